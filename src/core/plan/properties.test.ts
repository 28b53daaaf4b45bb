// The plan's safety property: whatever the items say and whatever the diary holds, nothing whose
// safety verdict is "avoid" (or "not recommended") is suggested, shown as a step or accepted.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { loadContent } from '../../content/loader.js';
import { EVIDENCE_VERDICTS, ITEM_KINDS, SAFETY_STATUSES } from '../../content/schema.js';
import { type CheckinFact, type EpisodeFact, HABITS, RELIEF_METHODS } from '../insights/index.js';
import { BARRED_SAFETY, buildPlan, PLAN_KINDS, type PlanItemFact, validatePlanChoice } from './index.js';

const contentItems: PlanItemFact[] = loadContent().items.map((item) => ({
  id: item.id,
  kind: item.kind,
  title: item.title,
  evidence: item.evidence.verdict,
  safety: item.safety?.status ?? null,
}));
const DAY = 86_400_000;
const start = Date.parse('2026-10-01T00:00:00Z');

/** The real items with their kinds, verdicts and safety shuffled, so any item can turn out to be "avoid". */
const items = fc
  .tuple(
    ...contentItems.map((item) =>
      fc.record({
        kind: fc.oneof(fc.constant(item.kind), fc.constantFrom(...ITEM_KINDS)),
        evidence: fc.constantFrom(...EVIDENCE_VERDICTS),
        safety: fc.oneof(fc.constant(item.safety), fc.constantFrom(...SAFETY_STATUSES), fc.constant(null)),
      }),
    ),
  )
  .map((overrides) => contentItems.map((item, k): PlanItemFact => ({ ...item, ...overrides[k]! })));

const episode = fc.record({
  id: fc.uuid(),
  startedAt: fc.integer({ min: 0, max: 40 * DAY }).map((ms) => new Date(start + ms).toISOString()),
  intensity: fc.option(fc.integer({ min: 0, max: 10 })),
  wokeFromSleep: fc.boolean(),
  reliefTried: fc.subarray([...RELIEF_METHODS]),
  reliefHelped: fc.subarray([...RELIEF_METHODS]),
  minutesToRelief: fc.option(fc.integer({ min: 0, max: 60 })),
  notes: fc.constant(null),
}) satisfies fc.Arbitrary<EpisodeFact>;

const checkins = fc.uniqueArray(fc.integer({ min: 0, max: 39 }), { maxLength: 40 }).chain((days) =>
  fc.tuple(
    ...days.map((day) =>
      fc.record(Object.fromEntries(HABITS.map((h) => [h, fc.option(fc.boolean())]))).map(
        (habits): CheckinFact => ({
          date: new Date(start + day * DAY).toISOString().slice(0, 10),
          stretchedBeforeBed: null,
          warmBath: null,
          legsElevated: null,
          compressionStockings: null,
          sleptOnLeftSide: null,
          ...habits,
          supplements: null,
          swelling: null,
          notes: null,
        }),
      ),
    ),
  ),
);

const stage = fc.oneof(
  fc.integer({ min: 0, max: 42 }).map((week) => ({ kind: 'pregnant' as const, week })),
  fc
    .integer({ min: 0, max: 52 })
    .map((weeksSinceBirth) => ({ kind: 'postpartum' as const, weeksSinceBirth })),
  fc.constant({ kind: 'unknown' as const }),
);

const choice = fc.record({
  id: fc.constantFrom(...contentItems.map((i) => i.id)),
  time: fc.option(fc.constantFrom('06:00', '21:30', '23:59')),
});

const barred = (item: PlanItemFact | undefined) =>
  item === undefined ||
  (item.safety !== null && BARRED_SAFETY.includes(item.safety)) ||
  !(PLAN_KINDS as readonly string[]).includes(item.kind);

describe('plan safety properties', () => {
  it('never suggests or shows a step whose item is avoid, not recommended or not a plan kind', () => {
    fc.assert(
      fc.property(
        items,
        fc.array(episode, { maxLength: 40 }),
        checkins,
        fc.array(choice, { maxLength: 8 }),
        stage,
        fc.constantFrom('Europe/London', 'Asia/Tokyo', 'America/New_York'),
        (planItems, episodes, dayCheckins, chosen, where, timeZone) => {
          const byId = new Map(planItems.map((i) => [i.id, i]));
          const plan = buildPlan({
            items: planItems,
            chosen,
            stage: where,
            diary: { episodes, checkins: dayCheckins, timeZone },
          });
          for (const shown of [...plan.steps, ...plan.suggestions]) {
            expect(barred(byId.get(shown.id)), shown.id).toBe(false);
            expect(shown.safety).not.toBe('avoid');
            for (const reason of shown.reasons) expect(typeof reason.code, shown.id).toBe('string');
          }
        },
      ),
      { numRuns: 150 },
    );
  });

  it('never accepts a plan holding such a step', () => {
    fc.assert(
      fc.property(items, fc.array(choice, { maxLength: 8 }), (planItems, chosen) => {
        const byId = new Map(planItems.map((i) => [i.id, i]));
        const result = validatePlanChoice(chosen, planItems);
        const anyBarred = chosen.some((c) => barred(byId.get(c.id)));
        if (anyBarred) expect(result.ok).toBe(false);
        if (result.ok) for (const step of result.value) expect(byId.get(step.id)?.safety).not.toBe('avoid');
      }),
      { numRuns: 300 },
    );
  });
});
