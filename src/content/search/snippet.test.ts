import { describe, expect, it } from 'vitest';
import { makeSnippet, snippetSource } from './snippet.js';

const texts = (...t: string[]) => t.map(snippetSource);

const long = `${'Some opening words about other things. '.repeat(8)}Quinine is in tonic water and must be avoided. ${'More words after it. '.repeat(8)}`;

describe('makeSnippet', () => {
  it('centres on the matched words, cut at word boundaries with ellipses', () => {
    const snippet = makeSnippet(texts(long), new Set(['tonic', 'quinine']), 120);
    expect(snippet).toContain('Quinine is in tonic water');
    expect(snippet.startsWith('…')).toBe(true);
    expect(snippet.endsWith('…')).toBe(true);
    expect(snippet.length).toBeLessThanOrEqual(122);
  });

  it('matches folded forms (plurals) and prefers the first text that matches', () => {
    expect(makeSnippet(texts('No match here.', 'Two cramps at night.'), new Set(['cramp']))).toBe(
      'Two cramps at night.',
    );
  });

  it('falls back to the start of the first text', () => {
    expect(makeSnippet(texts('A short summary.'), new Set(['absent']))).toBe('A short summary.');
    expect(makeSnippet([], new Set(['x']))).toBe('');
  });
});
