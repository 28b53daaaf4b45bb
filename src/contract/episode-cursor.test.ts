import { describe, expect, it } from 'vitest';
import { decodeCursor, encodeCursor } from './episode-cursor.js';

const cursor = { startedAt: '2026-11-20T02:00:00.000Z', id: '0f8b5a4e-3c2d-4b1a-9e8f-7a6b5c4d3e2f' };

describe('episode cursor', () => {
  it('writes the same text the Buffer-based codec did, so cursors already handed out still work', () => {
    const before = Buffer.from(JSON.stringify([cursor.startedAt, cursor.id])).toString('base64url');
    expect(encodeCursor(cursor)).toBe(before);
    expect(decodeCursor(before)).toEqual(cursor);
  });

  it('reads back what it writes', () => {
    expect(decodeCursor(encodeCursor(cursor))).toEqual(cursor);
  });

  it.each([
    ['not base64url', 'abc$'],
    ['a lone base64 character', 'a'],
    ['JSON that is not a pair', Buffer.from('{"a":1}').toString('base64url')],
    [
      'a pair with a bad instant',
      Buffer.from(JSON.stringify(['yesterday', cursor.id])).toString('base64url'),
    ],
    ['a pair with a bad id', Buffer.from(JSON.stringify([cursor.startedAt, 'x'])).toString('base64url')],
    ['bytes that are not UTF-8', Buffer.from([0xff, 0xfe, 0x22]).toString('base64url')],
  ])('answers null for %s', (_label, text) => {
    expect(decodeCursor(text)).toBeNull();
  });
});
