// The part of a viewer's address a share's access log keeps: the first half only, enough to tell
// "my clinic's network" from "somewhere else" without keeping an address that points at one device.
import { isIPv4, isIPv6 } from 'node:net';

/** `203.0.113.7` → `203.0.x.x`; `2001:db8:1:2:3:4:5:6` → `2001:db8:1:2::/64`; anything else → `unknown`. */
export function addressPrefix(address: string | undefined): string {
  if (address === undefined) return 'unknown';
  const mapped = /^::ffff:(\d+\.\d+\.\d+\.\d+)$/i.exec(address);
  const v4 = mapped ? mapped[1]! : address;
  if (isIPv4(v4)) {
    const [a, b] = v4.split('.');
    return `${a}.${b}.x.x`;
  }
  if (isIPv6(address)) return `${expandIPv6(address).slice(0, 4).join(':')}::/64`;
  return 'unknown';
}

/** The eight groups of an IPv6 address, without leading zeros, `::` filled in. */
function expandIPv6(address: string): string[] {
  const plain = address.split('%')[0]!.toLowerCase();
  const [head = '', tail] = plain.split('::');
  const groups = (part: string) => (part === '' ? [] : part.split(':'));
  const left = groups(head);
  const right = tail === undefined ? [] : groups(tail);
  const fill = tail === undefined ? [] : Array<string>(8 - left.length - right.length).fill('0');
  return [...left, ...fill, ...right].map((g) => g.replace(/^0+(?=.)/, ''));
}
