// Request and response bodies of the plan resource: GET/PUT /api/plan, POST /api/plan/ics-token and the
// push subscription the installed app sends. Core computes the bodies; routes only parse and reply.
import { z } from 'zod';
import { EVIDENCE_VERDICTS, ITEM_KINDS, itemIdPattern, SAFETY_STATUSES } from '../content/schema.js';
import { MAX_PLAN_STEPS, TIME_PATTERN } from '../core/plan/index.js';

const itemId = z.string().regex(itemIdPattern, 'ids look like kind.name-in-kebab-case');
const clockTime = z.string().regex(TIME_PATTERN, 'a time as HH:MM, e.g. 21:30');
const isoDate = z.iso.date();

export const PlanStepChoice = z
  .strictObject({ id: itemId, time: clockTime.nullable().optional() })
  .meta({ id: 'PlanStepChoice' });

export const PutPlanRequest = z
  .strictObject({ steps: z.array(PlanStepChoice).max(MAX_PLAN_STEPS) })
  .meta({ id: 'PutPlanRequest' });
export type PutPlanRequest = z.infer<typeof PutPlanRequest>;

const shown = {
  id: itemId,
  title: z.string(),
  kind: z.enum(ITEM_KINDS),
  /** Why it is in the plan or suggested, from the diary, the week and the evidence. */
  why: z.string(),
  evidence: z.enum(EVIDENCE_VERDICTS),
  safety: z.enum(SAFETY_STATUSES).nullable(),
  /** The neutral title reminders carry. */
  reminderTitle: z.string(),
};

export const PlanStep = z.strictObject({ ...shown, time: clockTime.nullable() }).meta({ id: 'PlanStep' });
export const PlanSuggestion = z
  .strictObject({ ...shown, suggestedTime: clockTime.nullable() })
  .meta({ id: 'PlanSuggestion' });
export const WithdrawnPlanStep = z
  .strictObject({
    id: z.string(),
    reason: z.enum(['avoid', 'not-recommended', 'not-a-plan-kind', 'unknown-item']),
  })
  .meta({ id: 'WithdrawnPlanStep' });
export const StepAdherence = z
  .strictObject({
    id: itemId,
    days: z.array(z.strictObject({ date: isoDate, done: z.boolean().nullable() })),
    done: z.number().int().nonnegative(),
    answered: z.number().int().nonnegative(),
  })
  .meta({ id: 'StepAdherence' });

export const PlanResponse = z
  .strictObject({
    steps: z.array(PlanStep),
    suggestions: z.array(PlanSuggestion),
    /** Stored steps no longer allowed (their item became "avoid", say): shown once, then dropped. */
    withdrawn: z.array(WithdrawnPlanStep),
    /** The last 14 days per step, from the daily check-in. */
    adherence: z.array(StepAdherence),
    /** The private calendar feed; works without a cookie. */
    icsUrl: z.string(),
  })
  .meta({ id: 'PlanResponse' });
export type PlanResponse = z.infer<typeof PlanResponse>;

export const IcsTokenResponse = z.strictObject({ icsUrl: z.string() }).meta({ id: 'IcsTokenResponse' });
export type IcsTokenResponse = z.infer<typeof IcsTokenResponse>;

export const PushSubscriptionRequest = z
  .strictObject({
    endpoint: z.url(),
    keys: z.strictObject({
      p256dh: z.string().regex(/^[A-Za-z0-9_-]+$/),
      auth: z.string().regex(/^[A-Za-z0-9_-]+$/),
    }),
  })
  .meta({ id: 'PushSubscriptionRequest' });
export type PushSubscriptionRequest = z.infer<typeof PushSubscriptionRequest>;

export const PushUnsubscribeRequest = z
  .strictObject({ endpoint: z.url() })
  .meta({ id: 'PushUnsubscribeRequest' });
export type PushUnsubscribeRequest = z.infer<typeof PushUnsubscribeRequest>;

/** The server's VAPID public key, base64url, for PushManager.subscribe's applicationServerKey. */
export const PushKeyResponse = z.strictObject({ publicKey: z.string() }).meta({ id: 'PushKeyResponse' });
export type PushKeyResponse = z.infer<typeof PushKeyResponse>;

export const PlanFeedQuery = z.strictObject({
  token: z.string().min(1).max(200).describe('The private token from icsUrl.'),
});
