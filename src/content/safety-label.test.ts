import { describe, expect, it } from 'vitest';
import { safetyLabel } from './safety-label.js';

describe('safetyLabel', () => {
  it('names each status plainly', () => {
    expect(safetyLabel({ status: 'recommended' })).toBe('Recommended');
    expect(safetyLabel({ status: 'ok' })).toBe('OK');
    expect(safetyLabel({ status: 'ask-first' })).toBe('Ask first');
    expect(safetyLabel({ status: 'not-recommended' })).toBe('Not recommended');
    expect(safetyLabel({ status: 'avoid' })).toBe('Avoid');
  });

  it('adds the trimesters it is limited to', () => {
    expect(safetyLabel({ status: 'avoid', trimesters: [2, 3] })).toBe('Avoid in trimesters 2–3');
    expect(safetyLabel({ status: 'avoid', trimesters: [3] })).toBe('Avoid in trimester 3');
    expect(safetyLabel({ status: 'ask-first', trimesters: [3, 1] })).toBe('Ask first in trimesters 1 and 3');
    expect(safetyLabel({ status: 'ok', trimesters: [1, 2, 3] })).toBe('OK in trimesters 1–3');
  });
});
