import { describe, expect, it } from 'vitest';
import { findControlCharacter } from './control-characters.js';

describe('findControlCharacter', () => {
  it('names the first field holding a control character, nested paths dotted', () => {
    expect(findControlCharacter({ name: 'Ana' })).toBeNull();
    expect(findControlCharacter({ name: 'A\u0000na' })).toBe('name');
    expect(findControlCharacter({ muscles: ['calf', 'foot\u0007'] })).toBe('muscles.1');
    expect(findControlCharacter({ a: { b: 'x\u009b' } })).toBe('a.b');
    expect(findControlCharacter('raw\u0000')).toBe('body');
  });

  it('allows tabs and line breaks in notes only, and never other controls there', () => {
    expect(findControlCharacter({ notes: 'one\r\ntwo\tthree' })).toBeNull();
    expect(findControlCharacter({ name: 'one\ntwo' })).toBe('name');
    expect(findControlCharacter({ notes: 'bell\u0007' })).toBe('notes');
  });

  it('checks keys too, and ignores non-strings', () => {
    expect(findControlCharacter({ 'bad\u0000key': 1 })).toBe('bad?key');
    expect(findControlCharacter({ n: 1, b: true, z: null })).toBeNull();
  });
});
