import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import { loadContent } from '../content/loader.js';
import { type PlanItemFact, planView, validatePlanChoice } from '../core/plan/index.js';
import { planInWords } from '../server/plan/plan-words.js';
import { PlanResponse, PushSubscriptionRequest, PutPlanRequest } from './plan.js';

const items: PlanItemFact[] = loadContent().items.map((item) => ({
  id: item.id,
  kind: item.kind,
  title: item.title,
  evidence: item.evidence.verdict,
  safety: item.safety?.status ?? null,
}));

describe('plan contract', () => {
  it('parses what core builds once the server has put it in words, typed as the response without icsUrl', () => {
    const view = planView({
      items,
      chosen: [{ id: 'prevent.calf-stretches', time: '21:30' }, { id: 'relief.nsaids' }],
      stage: { kind: 'pregnant', week: 30 },
      diary: { timeZone: 'Europe/London', episodes: [], checkins: [] },
      planCheckins: [{ date: '2026-12-01', planStepsDone: ['prevent.calf-stretches'] }],
      today: '2026-12-01',
    });
    const body = { ...planInWords(view, 'en'), icsUrl: '/api/plan.ics?token=abc' };
    const typed: PlanResponse = body;
    const parsed = PlanResponse.parse(typed);
    expect(parsed.steps.map((s) => s.id)).toEqual(['prevent.calf-stretches']);
    expect(parsed.withdrawn).toEqual([{ id: 'relief.nsaids', reason: 'avoid' }]);
    expect(parsed.adherence[0]).toMatchObject({ id: 'prevent.calf-stretches', done: 1, answered: 1 });
  });

  it('takes the PUT body of the issue, and its parsed form is what core validates', () => {
    const body = PutPlanRequest.parse({ steps: [{ id: 'prevent.calf-stretches', time: '21:30' }] });
    expect(validatePlanChoice(body.steps, items)).toEqual({
      ok: true,
      value: [{ id: 'prevent.calf-stretches', time: '21:30' }],
    });
  });

  it('names the field of a malformed PUT body', () => {
    const result = PutPlanRequest.safeParse({ steps: [{ id: 'prevent.calf-stretches', time: '9pm' }] });
    expect(result.success).toBe(false);
    expect(result.error?.issues.map((i) => i.path.join('.'))).toEqual(['steps.0.time']);
    expect(PutPlanRequest.safeParse({ steps: [{ id: 'x', extra: 1 }] }).success).toBe(false);
  });

  it('names every schema for the OpenAPI document', () => {
    const ids = [PlanResponse, PutPlanRequest, PushSubscriptionRequest].map(
      (s) => z.globalRegistry.get(s)?.id,
    );
    expect(ids).toEqual(['PlanResponse', 'PutPlanRequest', 'PushSubscriptionRequest']);
  });
});
