// The plan in words, in the reader's language: why each step is there (from core's reason codes), the
// neutral reminder title each step carries to calendars and lock screens (no health words in any
// language), the push notification and the calendar's name. Message ids are written out, keyed by the
// step id or reason code, so the catalog check sees every one.
import type { IntlShape } from 'react-intl';
import type { EvidenceVerdict } from '../../content/schema.js';
import type { Habit } from '../../core/insights/index.js';
import {
  formatWindow,
  type PlanReason,
  type PlanStep,
  type PlanSuggestion,
  type PlanView,
} from '../../core/plan/index.js';
import type { Locale } from '../../i18n/locales.js';
import { serverIntl } from '../../i18n/server-intl.js';

export function planIntl(locale: Locale): IntlShape {
  return serverIntl(locale, ['plan']);
}

/** Step id → the message of its reminder title. A step not listed reminds as "Daily reminder". */
export const REMINDER_MESSAGES: Readonly<Record<string, string>> = {
  'prevent.calf-stretches': 'plan.reminder.eveningStretch',
  'prevent.warm-bath-or-foot-soak': 'plan.reminder.warmBath',
  'prevent.left-side-sleeping': 'plan.reminder.lightsOut',
  'prevent.elevate-legs': 'plan.reminder.feetUp',
  'prevent.compression-stockings': 'plan.reminder.stockingsOn',
  'prevent.daily-walk': 'plan.reminder.walk',
  'prevent.hydration': 'plan.reminder.water',
  'prevent.ankle-circles': 'plan.reminder.ankleCircles',
  'prevent.regular-exercise': 'plan.reminder.swimOrYoga',
  'prevent.change-position': 'plan.reminder.getUp',
  'prevent.mineral-rich-diet': 'plan.reminder.foodCheck',
  'prevent.prenatal-vitamins': 'plan.reminder.morningRoutine',
  'prevent.self-massage': 'plan.reminder.massage',
  'prevent.stress-relief': 'plan.reminder.windDown',
  'prevent.regular-routine': 'plan.reminder.bedtime',
  'prevent.rest': 'plan.reminder.rest',
  'prevent.supportive-shoes': 'plan.reminder.shoes',
  'prevent.support-belt': 'plan.reminder.beltOn',
  'prevent.uncrossed-legs': 'plan.reminder.sitEasy',
  'prevent.prenatal-checkups': 'plan.reminder.appointment',
  'relief.calf-stretch': 'plan.reminder.stretch',
  'relief.thigh-stretch': 'plan.reminder.stretch',
  'relief.massage': 'plan.reminder.massage',
  'relief.heat': 'plan.reminder.warmth',
  'relief.walk-it-out': 'plan.reminder.walk',
  'relief.warm-bath': 'plan.reminder.warmBath',
  'relief.paracetamol': 'plan.reminder.daily',
  'lifestyle.sleep-and-fatigue': 'plan.reminder.bedtime',
  'lifestyle.support-and-classes': 'plan.reminder.daily',
};

/** The plain title a step's reminder carries: "Evening stretch", "Вечерняя растяжка". */
export function reminderTitle(intl: IntlShape, stepId: string): string {
  return intl.formatMessage({ id: REMINDER_MESSAGES[stepId] ?? 'plan.reminder.daily' });
}

function habitName(intl: IntlShape, habit: Habit): string {
  switch (habit) {
    case 'stretchedBeforeBed':
      return intl.formatMessage({ id: 'plan.habit.stretchedBeforeBed' });
    case 'warmBath':
      return intl.formatMessage({ id: 'plan.habit.warmBath' });
    case 'legsElevated':
      return intl.formatMessage({ id: 'plan.habit.legsElevated' });
    case 'compressionStockings':
      return intl.formatMessage({ id: 'plan.habit.compressionStockings' });
    case 'sleptOnLeftSide':
      return intl.formatMessage({ id: 'plan.habit.sleptOnLeftSide' });
  }
}

function evidenceWhy(intl: IntlShape, evidence: EvidenceVerdict): string {
  switch (evidence) {
    case 'established':
      return intl.formatMessage({ id: 'plan.why.evidence.established' });
    case 'consensus':
      return intl.formatMessage({ id: 'plan.why.evidence.consensus' });
    case 'limited':
      return intl.formatMessage({ id: 'plan.why.evidence.limited' });
    case 'unproven':
      return intl.formatMessage({ id: 'plan.why.evidence.unproven' });
    case 'contradicted':
      return intl.formatMessage({ id: 'plan.why.evidence.contradicted' });
  }
}

/** "1–4 a.m." in English; elsewhere the hours on a 24-hour clock, "01:00–04:00". */
function hoursText(intl: IntlShape, startHour: number, endHour: number): string {
  if (intl.locale === 'en') return formatWindow({ startHour, endHour });
  const hour = (h: number) =>
    intl.formatTime(Date.UTC(2026, 0, 1, h), {
      timeZone: 'UTC',
      hour: '2-digit',
      minute: '2-digit',
      hourCycle: 'h23',
    });
  return intl.formatMessage({ id: 'plan.why.hours' }, { start: hour(startHour), end: hour(endHour) });
}

function rate(intl: IntlShape, value: number): string {
  return intl.formatNumber(value, { minimumFractionDigits: 2, maximumFractionDigits: 2 });
}

export function reasonText(intl: IntlShape, reason: PlanReason): string {
  switch (reason.code) {
    case 'peak-window':
      return intl.formatMessage(
        { id: 'plan.why.peak' },
        { hours: hoursText(intl, reason.startHour, reason.endHour) },
      );
    case 'night':
      return intl.formatMessage({ id: 'plan.why.night' });
    case 'habit-fewer':
    case 'habit-more':
      return intl.formatMessage(
        { id: reason.code === 'habit-fewer' ? 'plan.why.habitFewer' : 'plan.why.habitMore' },
        {
          habit: habitName(intl, reason.habit),
          withRate: rate(intl, reason.withRate),
          withoutRate: rate(intl, reason.withoutRate),
        },
      );
    case 'relief-helped':
      return intl.formatMessage(
        { id: 'plan.why.reliefHelped' },
        { helped: reason.helped, tried: reason.tried },
      );
    case 'side-sleep':
      return intl.formatMessage({ id: 'plan.why.sideSleep' }, { week: reason.week });
    case 'third-trimester':
      return intl.formatMessage({ id: 'plan.why.thirdTrimester' }, { week: reason.week });
    case 'postpartum-walk':
      return intl.formatMessage({ id: 'plan.why.postpartumWalk' });
  }
}

/** The reasons as one or two sentences; the evidence speaks when the diary and the week do not. */
export function whyText(intl: IntlShape, step: Pick<PlanStep, 'reasons' | 'evidence' | 'safety'>): string {
  const text =
    step.reasons.length > 0
      ? step.reasons
          .map((reason) => reasonText(intl, reason))
          .join(intl.formatMessage({ id: 'plan.why.separator' }))
      : evidenceWhy(intl, step.evidence);
  const sentence = intl.formatMessage(
    { id: step.safety === 'ask-first' ? 'plan.why.askFirst' : 'plan.why.sentence' },
    { text: `${text.charAt(0).toLocaleUpperCase(intl.locale)}${text.slice(1)}` },
  );
  return sentence;
}

function said<T extends PlanStep | PlanSuggestion>(intl: IntlShape, step: T) {
  const { reasons, ...rest } = step;
  return {
    ...rest,
    why: whyText(intl, step),
    reminderTitle: reminderTitle(intl, step.id),
  };
}

/** The plan as the API sends it: core's view with the reasons and reminder titles in words. */
export function planInWords(view: PlanView, locale: Locale) {
  const intl = planIntl(locale);
  return {
    steps: view.steps.map((step) => said(intl, step)),
    suggestions: view.suggestions.map((suggestion) => said(intl, suggestion)),
    withdrawn: view.withdrawn,
    adherence: view.adherence,
  };
}

/** A reminder sent to a phone: its plain title and a line that opens the plan. */
export function pushPayload(locale: Locale, stepId: string): string {
  const intl = planIntl(locale);
  return JSON.stringify({
    title: reminderTitle(intl, stepId),
    body: intl.formatMessage({ id: 'plan.push.body' }),
    url: '/plan',
    tag: stepId,
  });
}

/** The calendar's name in the person's language: "Daily plan", "每日计划". */
export function calendarName(locale: Locale): string {
  return planIntl(locale).formatMessage({ id: 'plan.ics.calendarName' });
}
