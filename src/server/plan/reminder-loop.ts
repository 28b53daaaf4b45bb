// Plan reminders by Web Push: every interval, each timed step whose time has come on its owner's clock
// (in her zone, never the server's) is claimed in the store for that local date and sent to each of her
// subscriptions. A claim means a restart or a second instance never sends it twice; a step that comes
// due while the server was down is sent only within CATCH_UP_MINUTES of its time. A subscription the push
// service answers 404/410 for is deleted.
import type { Kysely } from 'kysely';
import { Temporal } from 'temporal-polyfill';
import type { KnowledgeBase } from '../../content/knowledge-base.js';
import { dateOfEpochDay, ZoneClock } from '../../core/insights/local-time.js';
import { isValidTimeZone } from '../../core/pregnancy/time-zones.js';
import { DEFAULT_LOCALE, isLocale } from '../../i18n/locales.js';
import { claimReminder, forgetRemindersBefore, listTimedStepsWithPush } from '../db/repos/plan-steps.js';
import { deleteGoneSubscription, listPushSubscriptions } from '../db/repos/push-subscriptions.js';
import type { Database } from '../db/schema.js';
import { timedStepsOf } from './plan-service.js';
import { pushPayload } from './plan-words.js';
import { type PushOutcome, sendPush, type VapidKeys } from './web-push.js';

export const CATCH_UP_MINUTES = 30;
export const DEFAULT_REMINDER_INTERVAL_MS = 60_000;
const KEEP_SENT_MS = 3 * 86_400_000;

export type ReminderLoopOptions = {
  db: Kysely<Database>;
  knowledge: KnowledgeBase;
  defaultTimeZone: string;
  subject: string;
  vapidKeys: () => Promise<VapidKeys>;
  now: () => Date;
  intervalMs?: number;
  /** Tests only: a plain-http endpoint on this machine. */
  allowLoopbackHttp?: boolean;
  log: { warn: (object: object, message: string) => void };
};

export type TickResult = { sent: number; gone: number; failed: number };

/**
 * The local date a step is due on at `now`, or null when it is not due: due from the instant her clock
 * shows the step's time (today's, or yesterday's for a late-evening step just after midnight) for
 * CATCH_UP_MINUTES. A time the clocks skip is read as calendars read it (RFC 5545, Temporal's
 * "compatible"): shifted forward by the jump, so 02:30 on a spring-forward night is 03:30.
 */
export function reminderDateAt(time: string, timeZone: string, now: Date): string | null {
  const today = new ZoneClock(timeZone).localTime(now.getTime()).epochDay;
  for (const epochDay of [today, today - 1]) {
    const date = dateOfEpochDay(epochDay);
    const at = Temporal.PlainDateTime.from(`${date}T${time}`).toZonedDateTime(timeZone).epochMilliseconds;
    const late = now.getTime() - at;
    if (late >= 0 && late < CATCH_UP_MINUTES * 60_000) return date;
  }
  return null;
}

export class ReminderLoop {
  private timer: NodeJS.Timeout | undefined;
  private running: Promise<TickResult> | undefined;

  constructor(private readonly options: ReminderLoopOptions) {}

  start(): void {
    if (this.timer) return;
    this.timer = setInterval(() => {
      void this.tick().catch((error: unknown) =>
        this.options.log.warn({ err: error }, 'plan reminders: a round failed'),
      );
    }, this.options.intervalMs ?? DEFAULT_REMINDER_INTERVAL_MS);
    this.timer.unref();
  }

  async stop(): Promise<void> {
    clearInterval(this.timer);
    this.timer = undefined;
    await this.running?.catch(() => {});
  }

  /** One round; a round still running when the next is due is not overlapped. */
  tick(): Promise<TickResult> {
    if (this.running) return this.running;
    this.running = this.round().finally(() => {
      this.running = undefined;
    });
    return this.running;
  }

  private async round(): Promise<TickResult> {
    const { db, knowledge, now: clock } = this.options;
    const now = clock();
    const result: TickResult = { sent: 0, gone: 0, failed: 0 };
    const rows = await listTimedStepsWithPush(db);
    // Withdrawn items (now "avoid", say) never remind.
    const allowed = new Set(
      timedStepsOf(knowledge, rows, DEFAULT_LOCALE).map((step) => `${step.id} ${step.time}`),
    );
    for (const row of rows) {
      if (!allowed.has(`${row.id} ${row.time}`)) continue;
      const zone =
        row.timezone && isValidTimeZone(row.timezone) ? row.timezone : this.options.defaultTimeZone;
      const date = reminderDateAt(row.time, zone, now);
      if (date === null || !(await claimReminder(db, row.userId, row.id, date, now))) continue;
      // In her profile's language; English when she has not chosen one (a push has no browser to ask).
      const payload = pushPayload(isLocale(row.language) ? row.language : DEFAULT_LOCALE, row.id);
      for (const subscription of await listPushSubscriptions(db, row.userId)) {
        const outcome = await this.send(subscription, payload);
        if (outcome.status === 'sent') result.sent++;
        else if (outcome.status === 'gone') {
          result.gone++;
          await deleteGoneSubscription(db, subscription.endpoint);
        } else {
          result.failed++;
          // Never the endpoint: it identifies the person's browser.
          this.options.log.warn(
            { statusCode: outcome.statusCode },
            `plan reminder not delivered: ${outcome.message}`,
          );
        }
      }
    }
    await forgetRemindersBefore(db, new Date(now.getTime() - KEEP_SENT_MS));
    return result;
  }

  private async send(subscription: Parameters<typeof sendPush>[0], payload: string): Promise<PushOutcome> {
    return sendPush(subscription, payload, {
      vapid: await this.options.vapidKeys(),
      subject: this.options.subject,
      ...(this.options.allowLoopbackHttp ? { allowLoopbackHttp: true } : {}),
    });
  }
}
