import { describe, expect, it } from 'vitest';
import { addressPrefix } from './address.js';

describe('addressPrefix', () => {
  it('keeps the first two bytes of an IPv4 address', () => {
    expect(addressPrefix('203.0.113.7')).toBe('203.0.x.x');
    expect(addressPrefix('::ffff:192.168.1.20')).toBe('192.168.x.x');
  });
  it('keeps the first four groups of an IPv6 address', () => {
    expect(addressPrefix('2001:0db8:0001:0002:0003:0004:0005:0006')).toBe('2001:db8:1:2::/64');
    expect(addressPrefix('2001:db8::1')).toBe('2001:db8:0:0::/64');
    expect(addressPrefix('::1')).toBe('0:0:0:0::/64');
    expect(addressPrefix('fe80::1%eth0')).toBe('fe80:0:0:0::/64');
  });
  it('says unknown for anything that is not an address', () => {
    expect(addressPrefix(undefined)).toBe('unknown');
    expect(addressPrefix('localhost')).toBe('unknown');
  });
});
