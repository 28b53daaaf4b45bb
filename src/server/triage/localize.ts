// The triage answer in the reader's language. The engine (src/core/triage) stays in English and speaks in
// ids: a rule id, an action id, a region code. This edge module turns those ids into the `triage` catalog's
// words, for the API's answers (new and saved checks alike) and the /check result page. English is returned
// exactly as the engine wrote it, so an English answer never changes.
import type { IntlShape } from 'react-intl';
import type { CallChoice } from '../../core/call/who-to-call.js';
import {
  type ActionId,
  actionText,
  DEFAULT_REGION,
  defaultActionId,
  type EmergencyNumber,
  type TriageLevel,
} from '../../core/triage/index.js';
import { CATALOGS } from '../../i18n/catalogs.js';
import type { Locale } from '../../i18n/locales.js';
import { serverIntl } from '../../i18n/server-intl.js';

/** The formatter for the triage words in a language. */
export function triageIntl(locale: Locale): IntlShape {
  return serverIntl(locale, ['triage']);
}

/** Every rule's explanation, by rule id (src/core/triage/rules-*.ts). */
export const REASON_MESSAGES: Readonly<Record<string, string>> = {
  'pulmonary-embolism-signs': 'triage.reason.pulmonary-embolism-signs',
  'eclampsia-seizure': 'triage.reason.eclampsia-seizure',
  'acute-limb-ischaemia': 'triage.reason.acute-limb-ischaemia',
  'cauda-equina-signs': 'triage.reason.cauda-equina-signs',
  'severe-hypertension-with-symptoms': 'triage.reason.severe-hypertension-with-symptoms',
  'clot-reaching-the-lungs': 'triage.reason.clot-reaching-the-lungs',
  'both-legs-weak': 'triage.reason.both-legs-weak',
  'heavy-bleeding': 'triage.reason.heavy-bleeding',
  'constant-abdominal-pain': 'triage.reason.constant-abdominal-pain',
  'sepsis-signs': 'triage.reason.sepsis-signs',
  'dvt-one-leg-swollen': 'triage.reason.dvt-one-leg-swollen',
  'one-leg-pain': 'triage.reason.one-leg-pain',
  'hard-red-vein': 'triage.reason.hard-red-vein',
  'dvt-leg-tenderness': 'triage.reason.dvt-leg-tenderness',
  'dvt-leg-redness': 'triage.reason.dvt-leg-redness',
  'dvt-leg-warmth': 'triage.reason.dvt-leg-warmth',
  'leg-pain-persists': 'triage.reason.leg-pain-persists',
  'trouble-walking': 'triage.reason.trouble-walking',
  'cramp-over-10-minutes': 'triage.reason.cramp-over-10-minutes',
  'new-leg-weakness': 'triage.reason.new-leg-weakness',
  'preeclampsia-signs': 'triage.reason.preeclampsia-signs',
  'headache-with-swelling': 'triage.reason.headache-with-swelling',
  'vomiting-from-20-weeks': 'triage.reason.vomiting-from-20-weeks',
  'cannot-keep-fluids-down': 'triage.reason.cannot-keep-fluids-down',
  'reduced-fetal-movement': 'triage.reason.reduced-fetal-movement',
  'obstetric-warning-signs': 'triage.reason.obstetric-warning-signs',
  fever: 'triage.reason.fever',
  'racing-heart': 'triage.reason.racing-heart',
  'breathless-gradual': 'triage.reason.breathless-gradual',
  'high-blood-pressure-from-20-weeks': 'triage.reason.high-blood-pressure-from-20-weeks',
  'severe-blood-pressure': 'triage.reason.severe-blood-pressure',
  'numbness-tingling': 'triage.reason.numbness-tingling',
  'numbness-with-swelling': 'triage.reason.numbness-with-swelling',
  'numbness-with-diabetes': 'triage.reason.numbness-with-diabetes',
  'back-pain-radiating': 'triage.reason.back-pain-radiating',
  'cold-pale-toe-episodes': 'triage.reason.cold-pale-toe-episodes',
  'arm-and-leg-cramps-with-pain': 'triage.reason.arm-and-leg-cramps-with-pain',
  'home-care-not-helping': 'triage.reason.home-care-not-helping',
  'frequent-cramps-with-other-discomfort': 'triage.reason.frequent-cramps-with-other-discomfort',
  'high-blood-pressure-before-20-weeks': 'triage.reason.high-blood-pressure-before-20-weeks',
  'high-blood-pressure-later-after-birth': 'triage.reason.high-blood-pressure-later-after-birth',
  'previous-clot': 'triage.reason.previous-clot',
  'vomiting-with-frequent-cramps': 'triage.reason.vomiting-with-frequent-cramps',
  'frequent-cramps': 'triage.reason.frequent-cramps',
  'cramps-disturb-sleep': 'triage.reason.cramps-disturb-sleep',
  'supplement-question': 'triage.reason.supplement-question',
  'painful-varicose-veins': 'triage.reason.painful-varicose-veins',
  'both-legs-swollen': 'triage.reason.both-legs-swollen',
  headache: 'triage.reason.headache',
  vomiting: 'triage.reason.vomiting',
  'diabetes-known': 'triage.reason.diabetes-known',
  'clot-risk-context': 'triage.reason.clot-risk-context',
  'residual-soreness': 'triage.reason.residual-soreness',
};

/**
 * Every watch-for line (the rules' own and the escalation lines of watch-for.ts). The engine hands over the
 * English text with the number filled in, and saved checks keep it so: the line is found again by the
 * English catalog text, which a unit test holds equal to the engine's.
 */
export const WATCH_FOR_MESSAGES: readonly string[] = [
  'triage.watch.no-massage',
  'triage.watch.another-fit',
  'triage.watch.leg-stays-hard',
  'triage.watch.bladder-bowel',
  'triage.watch.preeclampsia-breathing',
  'triage.watch.vomiting-with-preeclampsia-signs',
  'triage.watch.no-home-monitor',
  'triage.watch.heavy-bleeding-faint',
  'triage.watch.sepsis-signs',
  'triage.watch.racing-heart-plus',
  'triage.watch.breathless-plus',
  'triage.watch.bp-160-with-symptoms',
  'triage.watch.bp-remeasure',
  'triage.watch.bp-cannot-get-there',
  'triage.watch.bp-severe-with-symptoms',
  'triage.watch.new-weakness',
  'triage.watch.cold-foot',
  'triage.watch.bp-160-maternity',
  'triage.watch.bp-160-doctor',
  'triage.watch.one-leg-signs',
  'triage.watch.no-rubbing-veins',
  'triage.watch.vein-red-hard',
  'triage.watch.swelling-change',
  'triage.watch.headache-worse',
  'triage.watch.fluids-down',
  'triage.watch.vomiting-from-20-weeks',
  'triage.watch.diabetes-numbness',
  'triage.watch.one-leg-redness',
  'triage.watch.soreness-worse',
  'triage.escalation.emergency-signs',
  'triage.escalation.clot-signs',
  'triage.escalation.obstetric-pregnant',
  'triage.escalation.obstetric-after-birth',
  'triage.escalation.bleeding-sepsis',
  'triage.escalation.numbness-recurring',
  'triage.escalation.while-waiting',
];

const ACTION_MESSAGES: Readonly<Record<ActionId, { pregnant: string; afterBirth: string }>> = {
  'call-emergency': {
    pregnant: 'triage.action.call-emergency',
    afterBirth: 'triage.action.call-emergency.after-birth',
  },
  'maternity-unit-now': {
    pregnant: 'triage.action.maternity-unit-now',
    afterBirth: 'triage.action.maternity-unit-now.after-birth',
  },
  'seen-today': { pregnant: 'triage.action.seen-today', afterBirth: 'triage.action.seen-today' },
  'within-2-days': { pregnant: 'triage.action.within-2-days', afterBirth: 'triage.action.within-2-days' },
  'next-appointment': {
    pregnant: 'triage.action.next-appointment',
    afterBirth: 'triage.action.next-appointment.after-birth',
  },
  'self-care': { pregnant: 'triage.action.self-care', afterBirth: 'triage.action.self-care' },
};

export const ACTION_MESSAGE_IDS: readonly string[] = [
  ...new Set(Object.values(ACTION_MESSAGES).flatMap((ids) => [ids.pregnant, ids.afterBirth])),
];

const LEVEL_MESSAGES: Readonly<Record<TriageLevel, string>> = {
  emergency: 'triage.level.emergency',
  urgent: 'triage.level.urgent',
  soon: 'triage.level.soon',
  routine: 'triage.level.routine',
  'self-care': 'triage.level.self-care',
};

/** Advice lines' names and notes (src/core/call/advice-lines.ts) that are words rather than names. */
const ADVICE_LINE_WORDS: Readonly<Record<string, string>> = {
  'Emergency consultation line #7119': 'triage.adviceLine.JP.name',
  'Not every prefecture has #7119; where it does not connect, call 119.': 'triage.adviceLine.JP.note',
  'Health line 811': 'triage.adviceLine.CA.name',
  'Answered in most provinces and territories.': 'triage.adviceLine.CA.note',
  'In Northern Ireland, call your GP or the GP out-of-hours service instead.': 'triage.adviceLine.GB.note',
  'Answered in most wellbeing services counties.': 'triage.adviceLine.FI.note',
};

const englishWatch: ReadonlyArray<readonly [string, string]> = WATCH_FOR_MESSAGES.map(
  (id) => [id, CATALOGS.triage.en[id] ?? ''] as const,
);

/** The watch-for message id of an engine line (number filled in), or undefined for a line no longer written. */
export function watchForMessageId(line: string, number: string): string | undefined {
  return englishWatch.find(([, text]) => text.replaceAll('{number}', number) === line)?.[0];
}

/** The level's name (a badge on the page). */
export function levelName(intl: IntlShape, level: TriageLevel): string {
  return intl.formatMessage({ id: LEVEL_MESSAGES[level] });
}

/** The region's name in the language: the engine's own label in English, Intl's region name otherwise. */
export function regionName(locale: Locale, contact: EmergencyNumber): string {
  if (locale === 'en') return contact.label;
  if (contact.region === DEFAULT_REGION)
    return triageIntl(locale).formatMessage({ id: 'triage.region.unknown' });
  try {
    return new Intl.DisplayNames([locale], { type: 'region' }).of(contact.region) ?? contact.label;
  } catch {
    return contact.label;
  }
}

/** The instruction for an action in the language (actionText in src/core/triage/levels.ts, in words). */
export function actionTextIn(
  locale: Locale,
  action: ActionId,
  contact: EmergencyNumber,
  afterBirth: boolean,
): string {
  const intl = triageIntl(locale);
  const where =
    contact.region === DEFAULT_REGION
      ? intl.formatMessage({ id: 'triage.action.where.default' })
      : intl.formatMessage({ id: 'triage.action.where.region' }, { region: regionName(locale, contact) });
  const ids = ACTION_MESSAGES[action];
  return intl.formatMessage(
    { id: afterBirth ? ids.afterBirth : ids.pregnant },
    { number: contact.number, where },
  );
}

/** One watch-for line in the language; a line no catalog knows (an old saved check) stays as it was. */
export function watchForLine(locale: Locale, line: string, number: string): string {
  if (locale === 'en') return line;
  const id = watchForMessageId(line, number);
  return id === undefined ? line : triageIntl(locale).formatMessage({ id }, { number });
}

/** A rule's explanation in the language; a rule no longer in the table (an old saved check) keeps its text. */
export function reasonText(locale: Locale, rule: string, explanation: string, number: string): string {
  if (locale === 'en') return explanation;
  const id = Object.hasOwn(REASON_MESSAGES, rule) ? REASON_MESSAGES[rule] : undefined;
  return id === undefined ? explanation : triageIntl(locale).formatMessage({ id }, { number });
}

/** The part of an engine answer that carries words; the rest passes through untouched. */
export type EngineWords = {
  level: TriageLevel;
  actionId?: ActionId | undefined;
  action: string;
  emergencyNumber: EmergencyNumber;
  reasons: ReadonlyArray<{ rule: string; explanation: string }>;
  watchFor: readonly string[];
};

/**
 * Whether an answer was worded for after the birth: the engine's own English says so (a saved check keeps
 * its action text, not the flag).
 */
function wordedAfterBirth(result: EngineWords, action: ActionId): boolean {
  const after = actionText(action, result.emergencyNumber, true);
  return after !== actionText(action, result.emergencyNumber, false) && result.action === after;
}

/**
 * An engine answer (just made, or read back from a saved check) in the language: the action by its id (by
 * the level for checks saved before action ids), each reason by its rule id, each watch-for line, and the
 * region's name. Ids, levels, numbers and the order of everything stay as they are.
 */
export function localizeEngineResult<T extends EngineWords>(result: T, locale: Locale): T {
  if (locale === 'en') return result;
  const { number } = result.emergencyNumber;
  const action = result.actionId ?? defaultActionId(result.level);
  return {
    ...result,
    action: actionTextIn(locale, action, result.emergencyNumber, wordedAfterBirth(result, action)),
    emergencyNumber: { ...result.emergencyNumber, label: regionName(locale, result.emergencyNumber) },
    reasons: result.reasons.map((reason) => ({
      ...reason,
      explanation: reasonText(locale, reason.rule, reason.explanation, number),
    })),
    watchFor: result.watchFor.map((line) => watchForLine(locale, line, number)),
  };
}

/** Who a call button rings, in words: its label, the name to use in a sentence, and any note. */
export type CallWords = { label: string; name: string | undefined; note: string | undefined };

function adviceWords(intl: IntlShape, text: string): string {
  const id = Object.hasOwn(ADVICE_LINE_WORDS, text) ? ADVICE_LINE_WORDS[text] : undefined;
  return id === undefined ? text : intl.formatMessage({ id });
}

/**
 * The words of a call button (src/core/call/who-to-call.ts). The person's own maternity unit keeps the
 * name they saved; an advice line is named as people there know it, translated where the name is words.
 */
export function callWords(locale: Locale, call: CallChoice): CallWords {
  const intl = triageIntl(locale);
  const note = 'note' in call && call.note ? call.note : undefined;
  if (call.kind === 'emergency') {
    return {
      label: intl.formatMessage({ id: 'triage.result.callNumber' }, { number: call.number }),
      name: undefined,
      note: intl.formatMessage({ id: 'triage.call.emergencyNote' }, { number: call.number }),
    };
  }
  const saidName = call.label.replace(/^Call /, '');
  const name = call.kind === 'advice-line' ? adviceWords(intl, saidName) : saidName;
  return {
    label: intl.formatMessage({ id: 'triage.call.named' }, { name }),
    name,
    note: note === undefined ? undefined : adviceWords(intl, note),
  };
}
