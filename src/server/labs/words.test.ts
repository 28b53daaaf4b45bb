import { describe, expect, it } from 'vitest';
import { ANALYTE_TABLE, ANALYTES } from '../../core/labs/analytes.js';
import { interpretLab, type LabInterpretation } from '../../core/labs/interpret.js';
import type { Stage } from '../../core/pregnancy/stage.js';
import { serverIntl } from '../../i18n/server-intl.js';
import { adviceIn, interpretationIn, LAB_TEXT_IDS, labTextId } from './words.js';

const STAGES: Stage[] = [
  { kind: 'unknown' },
  { kind: 'pregnant', week: 8 },
  { kind: 'pregnant', week: 20 },
  { kind: 'pregnant', week: 34 },
  { kind: 'postpartum', weeksSinceBirth: 3 },
];
const TRANSLATED = ['zh-Hans', 'ru', 'ja'] as const;

/** Results across every analyte, stage and flag: each limit and each range edge, stepped over both ways. */
function everyResult(): LabInterpretation[] {
  const results: LabInterpretation[] = [];
  for (const id of ANALYTES) {
    const def = ANALYTE_TABLE[id];
    for (const stage of STAGES) {
      const range = def.range(stage);
      const edges = [
        def.plausible.min,
        def.plausible.max,
        ...[range.low, range.high, def.contactToday.below, def.contactToday.above].flatMap((x) =>
          x === null ? [] : [x * 0.97, x * 1.03],
        ),
      ].filter((x) => x >= def.plausible.min && x <= def.plausible.max);
      for (const value of edges) {
        for (const labRange of [undefined, { low: range.low ?? 0, high: range.high ?? value * 2 }]) {
          const albumin = id === 'calcium-total' ? [undefined, { value: 28, unit: 'g/L' }] : [undefined];
          for (const alb of albumin) {
            const r = interpretLab(
              {
                analyte: id,
                value,
                unit: def.canonical,
                ...(labRange ? { labRange } : {}),
                ...(alb ? { albumin: alb } : {}),
              },
              stage,
            );
            if (r.ok) results.push(r.value);
          }
        }
      }
    }
  }
  return results;
}

const results = everyResult();

describe('lab explanations in four languages', () => {
  it('covers every flag, the contact-today case and every range source in the sample', () => {
    expect(new Set(results.map((r) => r.flag))).toEqual(new Set(['low', 'in-range', 'high']));
    expect(results.some((r) => r.contactToday)).toBe(true);
    expect(new Set(results.map((r) => r.range.source))).toEqual(new Set(['lab', 'pregnancy', 'default']));
    expect(results.some((r) => r.corrected)).toBe(true);
  });

  it('has a message for every sentence core writes (notes, caveats, questions), and uses every one', () => {
    const sentences = new Set(results.flatMap((r) => [r.range.note, ...r.caveats, ...r.askMidwife]));
    const missing = [...sentences].filter((s) => labTextId(s) === undefined);
    expect(missing).toEqual([]);
    const used = new Set([...sentences].map((s) => labTextId(s)));
    expect(LAB_TEXT_IDS.filter((id) => !used.has(id))).toEqual([]);
  });

  it('builds the advice in English exactly as core writes it, for every result', () => {
    const en = serverIntl('en', ['labs']);
    const differ = results.filter((r) => adviceIn(en, r) !== r.advice);
    expect(differ.map((r) => `${r.analyte} ${r.flag}: ${adviceIn(en, r)} ≠ ${r.advice}`)).toEqual([]);
  });

  it('leaves English answers untouched', () => {
    const r = results[0]!;
    expect(interpretationIn(r, 'en')).toBe(r);
  });

  it.each(TRANSLATED)(
    '%s: the same flag, numbers and contact-today decision, with every word translated',
    (locale) => {
      const intl = serverIntl(locale, ['labs']);
      const urgent = intl.formatMessage({ id: 'labs.advice.urgent' });
      for (const r of results) {
        const t = interpretationIn(r, locale);
        expect([t.analyte, t.flag, t.contactToday, t.value, t.unit]).toEqual([
          r.analyte,
          r.flag,
          r.contactToday,
          r.value,
          r.unit,
        ]);
        expect(t.range).toEqual({ ...r.range, note: t.range.note });
        expect(t.conversions).toEqual(r.conversions);
        expect(t.corrected?.value).toEqual(r.corrected?.value);
        expect(t.sources).toEqual(r.sources);
        // The urgent sentence is there exactly when core says to contact the maternity team today.
        expect(t.advice.includes(urgent)).toBe(r.contactToday);
        for (const [mine, english] of [
          [t.label, r.label],
          [t.range.note, r.range.note],
          [t.advice, r.advice],
          ...t.caveats.map((c, i) => [c, r.caveats[i]!] as const),
          ...t.askMidwife.map((q, i) => [q, r.askMidwife[i]!] as const),
        ] as const)
          expect(mine).not.toBe(english);
      }
    },
  );

  it('writes the corrected calcium with the locale’s decimal sign and unit label', () => {
    const r = interpretLab(
      { analyte: 'calcium-total', value: 2.25, unit: 'mmol/L', albumin: { value: 30, unit: 'g/L' } },
      { kind: 'pregnant', week: 30 },
    );
    if (!r.ok) throw new Error('expected a result');
    expect(r.value.advice).toContain('this is 2.45 mmol/L.');
    expect(interpretationIn(r.value, 'ru').advice).toContain('2,45 ммоль/л');
    expect(interpretationIn(r.value, 'ja').advice).toContain('2.45 mmol/L');
    expect(interpretationIn(r.value, 'zh-Hans').advice).toContain('2.45 mmol/L');
  });
});
