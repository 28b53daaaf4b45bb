// The plan as a signed-in person sees it, read from her profile, diary and chosen steps; and the checks a
// new plan must pass. Routes call these and stay thin; the rules themselves are in src/core/plan.
import { createHash } from 'node:crypto';
import type { Kysely } from 'kysely';
import type { KnowledgeBase } from '../../content/knowledge-base.js';
import {
  eligibility,
  type PlanError,
  type PlanItemFact,
  planView,
  validatePlanChoice,
} from '../../core/plan/index.js';
import { sinceBirthAt } from '../../core/pregnancy/after-birth.js';
import { calendarDateIn, gestationalAgeAt } from '../../core/pregnancy/gestational-age.js';
import type { Stage } from '../../core/pregnancy/stage.js';
import type { Locale } from '../../i18n/locales.js';
import { listCheckins } from '../db/repos/checkins.js';
import { listAllEpisodes } from '../db/repos/episodes.js';
import { listPlanSteps, type StoredPlanStep } from '../db/repos/plan-steps.js';
import type { UserRow } from '../db/repos/users.js';
import type { Database } from '../db/schema.js';
import { knowledgeIn } from '../localized-knowledge.js';
import type { IcsStep } from './ics.js';
import { planIntl, planInWords, reminderTitle } from './plan-words.js';

const factsCache = new WeakMap<KnowledgeBase, PlanItemFact[]>();

/** The knowledge items as the plan core reads them (kind, title, evidence and safety verdicts). */
export function planItemFacts(knowledge: KnowledgeBase): PlanItemFact[] {
  let facts = factsCache.get(knowledge);
  if (!facts) {
    facts = knowledge.items.map((item) => ({
      id: item.id,
      kind: item.kind,
      title: item.title,
      evidence: item.evidence.verdict,
      safety: item.safety?.status ?? null,
    }));
    factsCache.set(knowledge, facts);
  }
  return facts;
}

/** Where the person is today on her own calendar: weeks since the birth, else the week of pregnancy. */
export function stageOf(user: UserRow, zone: string, now: Date): Stage {
  if (user.baby_birth_date) {
    const since = sinceBirthAt(user.baby_birth_date, zone, now);
    if (since) return { kind: 'postpartum', weeksSinceBirth: since.weeks };
  }
  if (user.due_date) {
    const age = gestationalAgeAt(user.due_date, zone, now);
    if (age.status === 'pregnant' || age.status === 'post-term') return { kind: 'pregnant', week: age.weeks };
  }
  return { kind: 'unknown' };
}

/** The plan page's data in the reader's language: item titles, reasons and reminder titles. */
export async function loadPlanView(
  db: Kysely<Database>,
  knowledge: KnowledgeBase,
  person: { user: UserRow; zone: string; now: Date },
  locale: Locale,
) {
  const { user, zone, now } = person;
  const [chosen, episodes, checkins] = await Promise.all([
    listPlanSteps(db, user.id),
    listAllEpisodes(db, user.id),
    listCheckins(db, user.id),
  ]);
  const view = planView({
    items: planItemFacts(knowledgeIn(knowledge, locale)),
    chosen,
    stage: stageOf(user, zone, now),
    diary: { episodes, checkins, timeZone: zone },
    planCheckins: checkins,
    today: calendarDateIn(zone, now),
  });
  return planInWords(view, locale);
}

/** The plan a PUT asks for, checked against the knowledge base: the steps to store, or field messages. */
export function checkPlanChoice(
  knowledge: KnowledgeBase,
  steps: readonly { id: string; time?: string | null | undefined }[],
): { ok: true; steps: StoredPlanStep[] } | { ok: false; fields: Record<string, string> } {
  const result = validatePlanChoice(
    steps.map((step) => ({ id: step.id, time: step.time ?? null })),
    planItemFacts(knowledge),
  );
  if (result.ok) return { ok: true, steps: result.value };
  return { ok: false, fields: fieldMessages(result.errors) };
}

function fieldMessages(errors: readonly PlanError[]): Record<string, string> {
  const fields: Record<string, string> = {};
  for (const error of errors) fields[error.field] ??= error.message;
  return fields;
}

/**
 * The stored steps that still may be steps, as the calendar feed and the reminders carry them: under
 * their plain reminder titles in the person's language.
 */
export function timedStepsOf(
  knowledge: KnowledgeBase,
  steps: readonly StoredPlanStep[],
  locale: Locale,
): IcsStep[] {
  const byId = new Map(planItemFacts(knowledge).map((item) => [item.id, item]));
  const intl = planIntl(locale);
  return steps.flatMap((step) => {
    const item = byId.get(step.id);
    if (step.time === null || !item || eligibility(item) !== 'ok') return [];
    return [{ id: step.id, time: step.time, title: reminderTitle(intl, step.id) }];
  });
}

/**
 * A step's event id in the feed: stable (calendar apps update the event rather than add a copy) but
 * opaque, since an item id such as prevent.calf-stretches would tell the calendar's host a health matter.
 */
export function feedEventId(itemId: string): string {
  return `step-${createHash('sha256').update(itemId).digest('hex').slice(0, 20)}`;
}
