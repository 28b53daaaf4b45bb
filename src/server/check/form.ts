// The /check questionnaire as plain form posts: which step is shown, and every answer so far
// carried from step to step in the form itself, so nothing is lost with or without JavaScript.
import {
  FINDING_NAMES,
  type FindingGroup,
  type FindingName,
  findingApplies,
  isFindingName,
  type Stage,
  triage,
} from '../../core/triage/index.js';

export const STEP_COUNT = 5;
export type StepNumber = 1 | 2 | 3 | 4 | 5;

export type StepDefinition = {
  readonly number: StepNumber;
  /** The finding groups asked on this step; none on the numbers step. */
  readonly groups: readonly FindingGroup[];
  /** Short name for the progress line. */
  readonly name: string;
  readonly heading: string;
  readonly lead: string;
};

export const STEPS: readonly StepDefinition[] = [
  {
    number: 1,
    groups: ['emergency'],
    name: 'Emergency signs',
    heading: 'Right now, do you have any of these?',
    lead: 'Tick each one that is true for you now.',
  },
  {
    number: 2,
    groups: ['leg'],
    name: 'Your legs',
    heading: 'Your legs',
    lead: 'Tick each one that is true now or since the cramp. Leave the rest.',
  },
  {
    number: 3,
    groups: ['pregnancy'],
    name: 'Warning signs',
    heading: 'Pregnancy warning signs',
    lead: 'These matter even when the trouble seems to be in your leg. Tick any you have now.',
  },
  {
    number: 4,
    groups: ['pattern', 'context'],
    name: 'Your cramps and health',
    heading: 'Your cramps and your health',
    lead: 'Tick any that are true for you.',
  },
  {
    number: 5,
    groups: [],
    name: 'Two numbers',
    heading: 'Two numbers, if you know them',
    lead: 'Both are optional. Leave a box empty if you are not sure.',
  },
];

export function stepDefinition(step: StepNumber): StepDefinition {
  return STEPS[step - 1]!;
}

export {
  answersFromForm,
  applicableAnswers,
  type CheckAnswers,
  NO_ANSWERS,
  readAnswers,
  STAGES,
  stageOf,
  triageRequestFrom,
} from './answers.js';

import {
  answersFromForm,
  applicableAnswers,
  type CheckAnswers,
  NO_ANSWERS,
  STAGES,
  stageOf,
} from './answers.js';

/**
 * What a button asks for: `next` (Continue, or the result after the last step), `back`,
 * `emergency` ("Yes — one or more of these"), `edit` (from the result, to step 1 with the answers
 * kept), `show` (step `to` directly; the script uses it when the browser's Back is pressed) and
 * `advice` ("See advice now": the result at once, offered when a same-day sign is ticked).
 */
export const GO_ACTIONS = ['next', 'back', 'emergency', 'edit', 'show', 'advice'] as const;
export type GoAction = (typeof GO_ACTIONS)[number];

export type CheckForm = {
  readonly step: StepNumber;
  readonly go: GoAction;
  readonly to: StepNumber | undefined;
  readonly token: string | undefined;
  readonly answers: CheckAnswers;
};

export { ANSWER_FIELDS, FIELD } from './fields.js';

import { FIELD, SINGLE_FIELDS } from './fields.js';

const KNOWN_FIELDS: ReadonlySet<string> = new Set(Object.values(FIELD));
const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;
const MAX_TEXT = 20;

function toStep(value: string | null): StepNumber | undefined {
  const n = value !== null && /^[1-5]$/.test(value) ? Number(value) : undefined;
  return n as StepNumber | undefined;
}

export type ParsedCheckForm = { ok: true; form: CheckForm } | { ok: false; problems: string[] };

/**
 * Words a form problem in the page's language: its `check.form.*` message id, its English (the
 * default, kept here so this module stays free of the catalogs) and the values it names.
 */
export type SayProblem = (id: string, english: string, values?: Record<string, string>) => string;

const inEnglish: SayProblem = (_id, english) => english;

/**
 * Read a posted questionnaire form. Finding names are checked later by the triage parser (so an
 * unknown one gets its "Did you mean …?"); here only the form's own fields are checked.
 */
export function parseCheckForm(params: URLSearchParams, say: SayProblem = inEnglish): ParsedCheckForm {
  const problems: string[] = [];
  for (const key of new Set(params.keys())) {
    if (!KNOWN_FIELDS.has(key))
      problems.push(
        say(
          'check.form.unknownField',
          `The form has a field '${key}' that this questionnaire does not use.`,
          {
            field: key,
          },
        ),
      );
  }
  for (const key of SINGLE_FIELDS) {
    if (params.getAll(key).length > 1)
      problems.push(say('check.form.repeated', `The form sent '${key}' more than once.`, { field: key }));
  }
  const step = toStep(params.get(FIELD.step));
  if (step === undefined)
    problems.push(say('check.form.noStep', 'The form did not say which step it came from.'));
  const go = params.get(FIELD.go) ?? 'next';
  if (!(GO_ACTIONS as readonly string[]).includes(go))
    problems.push(
      say('check.form.unknownAction', `The form asked for '${go}', which is not a step action.`, { go }),
    );
  const toText = params.get(FIELD.to);
  const to = toStep(toText);
  if (go === 'show' && to === undefined)
    problems.push(say('check.form.showWhich', 'The form asked to show a step without saying which.'));
  if (toText !== null && to === undefined)
    problems.push(say('check.form.stepRange', 'The step to show must be 1 to 5.'));
  const tokenText = params.get(FIELD.token) ?? '';
  const text = (key: string) => (params.get(key) ?? '').trim();
  for (const key of [FIELD.week, FIELD.systolic, FIELD.diastolic, FIELD.postpartumWeeks]) {
    if (text(key).length > MAX_TEXT)
      problems.push(say('check.form.tooLong', `The value sent for '${key}' is too long.`, { field: key }));
  }
  const stageText = text(FIELD.stage);
  if (stageText !== '' && !(STAGES as readonly string[]).includes(stageText))
    problems.push(
      say(
        'check.form.stage',
        `The form sent '${stageText}' as the stage, which is neither 'pregnant' nor 'after-birth'.`,
        { stage: stageText },
      ),
    );
  if (problems.length > 0 || step === undefined) return { ok: false, problems };
  return {
    ok: true,
    form: {
      step,
      go: go as GoAction,
      to,
      // A token that is not a UUID is not ours: a fresh one is issued rather than trusting it.
      token: UUID.test(tokenText) ? tokenText.toLowerCase() : undefined,
      answers: answersFromForm(params),
    },
  };
}

/** What to show after a post: a step (with a hint why) or the result. */
export type CheckView =
  | { kind: 'step'; step: StepNumber; freshToken: boolean; needsTick?: boolean }
  | { kind: 'result'; shortCircuit: boolean };

/**
 * The next screen for a posted form. Any emergency sign ticked goes straight to the result,
 * whichever button was pressed: nothing should stand between that person and the number to call.
 */
export function nextView(form: CheckForm, emergencyTicked: boolean, sameDayTicked = false): CheckView {
  switch (form.go) {
    case 'advice':
      // Offered only once a same-day sign is ticked; without one it is an ordinary Continue.
      if (sameDayTicked || emergencyTicked) return { kind: 'result', shortCircuit: emergencyTicked };
      return nextView({ ...form, go: 'next' }, emergencyTicked);
    case 'edit':
      return { kind: 'step', step: 1, freshToken: true };
    case 'show':
      return { kind: 'step', step: form.to ?? form.step, freshToken: false };
    case 'back':
      return { kind: 'step', step: Math.max(1, form.step - 1) as StepNumber, freshToken: false };
    case 'emergency':
      if (emergencyTicked) return { kind: 'result', shortCircuit: true };
      return { kind: 'step', step: 1, freshToken: false, needsTick: true };
    case 'next':
      if (form.step === 1 && emergencyTicked) return { kind: 'result', shortCircuit: true };
      if (form.step === STEP_COUNT) return { kind: 'result', shortCircuit: false };
      return { kind: 'step', step: (form.step + 1) as StepNumber, freshToken: false };
    default: {
      const unreachable: never = form.go;
      throw new Error(`Unknown step action: ${String(unreachable)}`);
    }
  }
}

/** Where a triage field message belongs on the form: a number box, or the form as a whole. */
export function formFieldFor(path: string): 'week' | 'postpartumWeeks' | 'systolic' | 'diastolic' | 'form' {
  if (path === 'gestationalWeek') return 'week';
  if (path === 'postpartumWeeks') return 'postpartumWeeks';
  if (path === 'bloodPressure' || path === 'bloodPressure.systolic') return 'systolic';
  if (path === 'bloodPressure.diastolic') return 'diastolic';
  return 'form';
}

/**
 * Whether the answers so far already mean being seen today (urgent) or an emergency, read as the
 * engine reads them with the week not known (which never lowers urgency). "See advice now" is then
 * offered: the questions left can raise the answer, but never lower it below same-day.
 */
export function sameDayTicked(answers: CheckAnswers): boolean {
  const stage = stageOf(answers);
  const names = applicableAnswers(answers).findings.filter(isFindingName);
  if (names.length === 0) return false;
  const findings: Partial<Record<FindingName, true>> = Object.fromEntries(names.map((name) => [name, true]));
  const { level } = triage({ findings }, { afterBirth: stage === 'after-birth' });
  return level === 'urgent' || level === 'emergency';
}

/** The findings that alone make the answer same-day at this stage, for the page to mark its boxes. */
export function sameDayFindings(stage: Stage): ReadonlySet<string> {
  return new Set(
    FINDING_NAMES.filter(
      (name) => findingApplies(name, stage) && sameDayTicked({ ...NO_ANSWERS, stage, findings: [name] }),
    ),
  );
}
