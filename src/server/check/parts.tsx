// Pieces shared by the questionnaire's steps and its result: the page frame, and the hidden
// inputs that carry every answer forward from one server-rendered step to the next.
import type { ReactNode } from 'react';
import {
  type EmergencyNumber,
  FINDINGS,
  type FindingName,
  findingApplies,
  type Stage,
} from '../../core/triage/index.js';
import { renderPage } from '../pages/document.js';
import { type CheckAnswers, FIELD, type StepNumber, stepDefinition } from './form.js';
import { type CheckWords, checkWords } from './words.js';

export const CHECK_SCRIPT = '/check.js';

/** Findings asked on a step, by name; after the birth, those that need the baby inside are not asked. */
export function findingsOfStep(step: StepNumber, stage: Stage = 'pregnant'): readonly FindingName[] {
  const { groups } = stepDefinition(step);
  return FINDINGS.filter((f) => groups.includes(f.group) && findingApplies(f.name, stage)).map((f) => f.name);
}

/**
 * Hidden inputs for every answer not shown as a control on this screen. `shown` lists the findings
 * that have checkboxes here; `numbersShown` is true on the step with the number boxes.
 */
export function CarriedAnswers({
  answers,
  shown,
  numbersShown,
  stageShown = false,
}: {
  answers: CheckAnswers;
  shown: readonly string[];
  numbersShown: boolean;
  /** True on the first step, where the stage question and the weeks-since-birth box are shown. */
  stageShown?: boolean;
}) {
  const onScreen = new Set(shown);
  return (
    <>
      {answers.findings
        .filter((name) => !onScreen.has(name))
        .map((name) => (
          <input key={name} type="hidden" name={FIELD.finding} value={name} />
        ))}
      {!stageShown && answers.stage !== undefined && (
        <input type="hidden" name={FIELD.stage} value={answers.stage} />
      )}
      {!stageShown && answers.postpartumWeeks !== '' && (
        <input type="hidden" name={FIELD.postpartumWeeks} value={answers.postpartumWeeks} />
      )}
      {!numbersShown && (
        <>
          {answers.week !== '' && <input type="hidden" name={FIELD.week} value={answers.week} />}
          {answers.systolic !== '' && <input type="hidden" name={FIELD.systolic} value={answers.systolic} />}
          {answers.diastolic !== '' && (
            <input type="hidden" name={FIELD.diastolic} value={answers.diastolic} />
          )}
        </>
      )}
    </>
  );
}

/**
 * The questionnaire's page frame. Given the page's words, the frame, `<html lang>`, switcher and
 * hreflang follow their language; without them the page is the English one without alternates.
 */
export function renderCheckPage(
  title: string,
  body: ReactNode,
  scripts: string[] = [CHECK_SCRIPT],
  words?: CheckWords,
): string {
  return renderPage({
    title,
    description: (words ?? checkWords()).text('check.description'),
    path: '/check',
    body: <div className="check">{body}</div>,
    scripts,
    search: false,
    ...(words ? { locale: words.locale } : {}),
  });
}

/** A form that cannot be read: say so plainly and offer a fresh start. */
export function renderCheckProblem(
  problems: readonly string[],
  emergency: EmergencyNumber,
  words: CheckWords = checkWords(),
): string {
  const call = (chunks: ReactNode[]) => <a href={`tel:${emergency.number}`}>{chunks}</a>;
  return renderCheckPage(
    words.text('check.title.problem'),
    <>
      <h1 id="check-heading" tabIndex={-1}>
        {words.text('check.problem.heading')}
      </h1>
      <div className="form-error" role="alert">
        <ul>
          {problems.map((problem) => (
            <li key={problem}>{problem}</li>
          ))}
        </ul>
      </div>
      <p>
        <a className="button" href="/check">
          {words.text('check.problem.restart')}
        </a>
      </p>
      <p>{words.rich('check.problem.callNow', { number: emergency.number, call })}</p>
    </>,
    undefined,
    words,
  );
}
