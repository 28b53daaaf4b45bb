// The questionnaire's answers and how they become the engine's input. Imports only the pure engine, so
// the server's /check route and the offline questionnaire's script (src/web/check-script) read the same
// answers with this one module and cannot drift apart.
import {
  findingApplies,
  findingsInGroup,
  isFindingName,
  parseTriageInput,
  type Stage,
  type TriageInput,
  type TriageResult,
  triage,
} from '../../core/triage/index.js';
import { FIELD } from './fields.js';

/** Everything answered so far, as typed: finding names marked yes, and the numbers as text. */
export type CheckAnswers = {
  readonly findings: readonly string[];
  /** "Pregnant now, or had your baby in the last 12 weeks?"; undefined = not answered (counted as pregnant). */
  readonly stage: Stage | undefined;
  /** Weeks since the birth, as typed (only read after the birth). */
  readonly postpartumWeeks: string;
  readonly week: string;
  readonly systolic: string;
  readonly diastolic: string;
};

export const NO_ANSWERS: CheckAnswers = {
  findings: [],
  stage: undefined,
  postpartumWeeks: '',
  week: '',
  systolic: '',
  diastolic: '',
};

export const STAGES: readonly Stage[] = ['pregnant', 'after-birth'];

/**
 * The answer fields of a posted (or in-page) form, as typed. The stage is taken only when it is one of
 * the two; parseCheckForm refuses any other value before this is called.
 */
export function answersFromForm(params: URLSearchParams): CheckAnswers {
  const text = (key: string) => (params.get(key) ?? '').trim();
  const stageText = text(FIELD.stage);
  return {
    findings: [...new Set(params.getAll(FIELD.finding).map((name) => name.trim()))],
    stage: (STAGES as readonly string[]).includes(stageText) ? (stageText as Stage) : undefined,
    postpartumWeeks: text(FIELD.postpartumWeeks),
    week: text(FIELD.week),
    systolic: text(FIELD.systolic),
    diastolic: text(FIELD.diastolic),
  };
}

/** The stage the answers are read in: not answered counts as pregnant (the unknown week never lowers urgency). */
export function stageOf(answers: CheckAnswers): Stage {
  return answers.stage ?? 'pregnant';
}

/**
 * The answers without what does not apply at their stage: after the birth, questions about the baby
 * inside (and ordinary bleeding, which is expected then) are neither asked nor counted.
 */
export function applicableAnswers(answers: CheckAnswers): CheckAnswers {
  const stage = stageOf(answers);
  return {
    ...answers,
    findings: answers.findings.filter((name) => !isFindingName(name) || findingApplies(name, stage)),
  };
}

function numberOrText(text: string): number | string {
  // Numbers go through as numbers; anything else as text, which the triage schema refuses by name.
  return /^-?\d+(\.\d+)?$/.test(text) ? Number(text) : text;
}

/** The answers as a raw triage request, for parseTriageInput to judge. */
export function triageRequestFrom(
  answers: CheckAnswers,
  include: { numbers: boolean },
): Record<string, unknown> {
  const applicable = applicableAnswers(answers);
  const request: Record<string, unknown> = {
    findings: Object.fromEntries(applicable.findings.map((name) => [name, true])),
  };
  if (!include.numbers) return request;
  // One of the two, never both: the week of pregnancy, or the weeks since the birth.
  if (stageOf(answers) === 'after-birth') {
    request.postpartumWeeks = numberOrText(answers.postpartumWeeks);
  } else if (answers.week !== '') {
    request.gestationalWeek = numberOrText(answers.week);
  }
  if (answers.systolic !== '' || answers.diastolic !== '') {
    request.bloodPressure = Object.fromEntries(
      [
        ['systolic', answers.systolic],
        ['diastolic', answers.diastolic],
      ]
        .filter(([, value]) => value !== '')
        .map(([key, value]) => [key, numberOrText(value!)]),
    );
  }
  return request;
}

export type ReadAnswers = { ok: true; value: TriageInput } | { ok: false; fields: Record<string, string> };

/**
 * The answers as a triage input. On an emergency short cut, numbers that do not read are left out
 * rather than holding the person on the form: an emergency sign already gives the highest level.
 */
export function readAnswers(answers: CheckAnswers, lenientNumbers: boolean): ReadAnswers {
  const full = parseTriageInput(triageRequestFrom(answers, { numbers: true }));
  if (full.ok) return full;
  if (lenientNumbers) {
    const findingsOnly = parseTriageInput(triageRequestFrom(answers, { numbers: false }));
    if (findingsOnly.ok) return findingsOnly;
  }
  return { ok: false, fields: full.error.fields };
}

const EMERGENCY_FINDINGS: ReadonlySet<string> = new Set(findingsInGroup('emergency'));

/** Whether any emergency sign is ticked: the answer is then the emergency number, whatever else. */
export function emergencyTicked(answers: CheckAnswers): boolean {
  return answers.findings.some((name) => EMERGENCY_FINDINGS.has(name));
}

/**
 * The whole answer for a signed-out check (the offline questionnaire): read as the server reads a
 * last step, and triaged with the options the server passes for the same answers.
 */
export function triageAnswers(
  answers: CheckAnswers,
  region: string,
): { ok: true; input: TriageInput; result: TriageResult } | { ok: false; fields: Record<string, string> } {
  const read = readAnswers(answers, emergencyTicked(answers));
  if (!read.ok) return read;
  const result = triage(read.value, { region, afterBirth: answers.stage === 'after-birth' });
  return { ok: true, input: read.value, result };
}
