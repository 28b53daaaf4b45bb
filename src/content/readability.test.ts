import { describe, expect, it } from 'vitest';
import {
  countUnit,
  gradeDistribution,
  gradeOf,
  type ItemGrade,
  maxGradeFor,
  measuredUnits,
  proseUnits,
  readabilityProblems,
} from './readability.js';

describe('what the reading level measures', () => {
  it('keeps paragraphs and list items, and leaves out headings, tables and code', () => {
    const body = [
      '## A heading that is not a sentence',
      'First paragraph runs',
      'over two lines.',
      '',
      '- A list item.',
      '- **Bold** start with a [link](/learn/x).',
      '',
      '| Point | Where |',
      '|---|---|',
      '| LI4 | back of the hand |',
      '',
      '```',
      'code is never measured',
      '```',
    ].join('\n');
    expect(proseUnits(body)).toEqual([
      'First paragraph runs over two lines.',
      'A list item.',
      'Bold start with a link.',
    ]);
  });

  it('skips a unit that is mostly numbers, where a sentence formula means nothing', () => {
    expect(countUnit('2.25 – 2.75 mmol/l, 0.7 – 1.0')).toBeNull();
    expect(countUnit('Take 1,000 mg a day with food.')).toEqual({ sentence: 1, word: 7, syllable: 7 });
  });

  it('splits sentences at a full stop before a capital, not inside "e.g." or a decimal', () => {
    expect(countUnit('Rest, e.g. lie down. Then drink 2.5 cups.')?.sentence).toBe(2);
    expect(countUnit('A list item with no full stop')?.sentence).toBe(1);
  });

  it('measures the summary, evidence summary, safety reason, resolutions and body, not source claims', () => {
    const units = measuredUnits({
      summary: 'Summary text.',
      evidence: { verdict: 'consensus', summary: 'Evidence text.', sources: ['webmd'] },
      safety: { status: 'ok', reason: 'Safety text.' },
      conflicts: [
        {
          topic: 'A topic',
          positions: [
            { source: 'webmd', claim: 'Claim one.' },
            { source: 'apa', claim: 'Claim two.' },
          ],
          resolution: 'Resolution text.',
          resolutionSources: ['webmd'],
        },
      ],
      details: 'Body text.',
    });
    expect(units).toEqual([
      'Summary text.',
      'Evidence text.',
      'Safety text.',
      'Resolution text.',
      'Body text.',
    ]);
  });
});

describe('the reading-level bar', () => {
  it('is grade 8 for pages read in a hurry and grade 9 for the rest', () => {
    for (const kind of ['red-flag', 'relief', 'pattern', 'prevention', 'overview'] as const) {
      expect(maxGradeFor(kind)).toBe(8);
    }
    expect(maxGradeFor('cause')).toBe(9);
    expect(maxGradeFor('treatment')).toBe(9);
  });

  it('grades plain text low and dense text high', () => {
    expect(gradeOf(['Stretch your calf. Hold it for a count of thirty. Then let go.'])).toBeLessThan(4);
    const dense =
      'Supplementation with pharmacological magnesium preparations demonstrated no statistically significant ' +
      'reduction in the frequency of nocturnal gastrocnemius contractions in randomised controlled investigations.';
    expect(gradeOf([dense])).toBeGreaterThan(15);
  });

  it('reports each item over its bar, and the distribution', () => {
    const grades: ItemGrade[] = [
      { id: 'relief.easy', kind: 'relief', file: 'relief/relief.easy.md', grade: 5, max: 8 },
      { id: 'relief.hard', kind: 'relief', file: 'relief/relief.hard.md', grade: 8.4, max: 8 },
      { id: 'cause.ok', kind: 'cause', file: 'cause/cause.ok.md', grade: 8.4, max: 9 },
      { id: 'cause.hard', kind: 'cause', file: 'cause/cause.hard.md', grade: 9.6, max: 9 },
    ];
    expect(readabilityProblems(grades)).toEqual([
      {
        file: 'cause/cause.hard.md',
        message: 'cause.hard: reads at grade 9.6; cause items must be at grade 9 or below',
      },
      {
        file: 'relief/relief.hard.md',
        message: 'relief.hard: reads at grade 8.4; relief items must be at grade 8 or below',
      },
    ]);
    const d = gradeDistribution(grades);
    expect([d.count, d.min, d.median, d.p90, d.max]).toEqual([4, 5, 8.4, 9.6, 9.6]);
  });
});
