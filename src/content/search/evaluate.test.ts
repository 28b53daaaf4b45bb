import { describe, expect, it } from 'vitest';
import { evaluate } from './evaluate.js';

const answers: Record<string, string[]> = {
  'is advil safe': ['relief.nsaids', 'relief.paracetamol'],
  'is nettle safe': ['remedy.herbal-general', 'remedy.valerian-nettle-tea'],
  'swollen calf': ['diff.dvt', 'redflag.leg-swelling'],
  'pins and needles': ['food.banana', 'cause.calcium', 'cause.potassium', 'redflag.numbness-tingling'],
};
const search = (q: string) => answers[q] ?? [];

describe('evaluate', () => {
  it('counts hit@1, hit@3 and the safety-first rate separately', () => {
    const result = evaluate(search, [
      { query: 'is advil safe', expect: ['relief.nsaids'], own: ['relief.nsaids'] },
      {
        query: 'is nettle safe',
        expect: ['remedy.valerian-nettle-tea'],
        own: ['remedy.valerian-nettle-tea'],
      },
      { query: 'swollen calf', expect: ['redflag.leg-swelling'] },
      { query: 'pins and needles', expect: ['redflag.numbness-tingling'] },
    ]);
    expect(result.hitAt1).toBe(0.25);
    expect(result.hitAt3).toBe(0.75);
    expect(result.safetyQuestions).toBe(2);
    expect(result.safetyFirst).toBe(0.5);
    expect(result.misses.map((m) => [m.query, m.kind])).toEqual([
      ['is nettle safe', 'safety-first'],
      ['pins and needles', 'top3'],
    ]);
  });

  it('reports a safety-first rate of 1 for a set with no safety questions', () => {
    expect(evaluate(search, [{ query: 'swollen calf', expect: ['diff.dvt'] }]).safetyFirst).toBe(1);
  });
});
