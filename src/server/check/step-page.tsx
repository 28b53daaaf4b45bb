// One screen of the questionnaire: a group of yes/no questions (or the two optional numbers), the
// progress, and buttons that post every answer so far back to the server.
import { Fragment, type ReactNode } from 'react';
import type { EmergencyNumber } from '../../core/triage/index.js';
import {
  DIASTOLIC_RANGE,
  POSTPARTUM_WEEK_RANGE,
  SYSTOLIC_RANGE,
  WEEK_RANGE,
} from '../../core/triage/input.js';
import {
  type CheckAnswers,
  FIELD,
  STEP_COUNT,
  type StepDefinition,
  type StepNumber,
  sameDayFindings,
  sameDayTicked,
  stageOf,
  stepDefinition,
} from './form.js';
import { CarriedAnswers, findingsOfStep, renderCheckPage } from './parts.js';
import { AFTER_BIRTH_WORDS, type CheckWords, checkWords, FINDING_WORDS, STEP_WORDS } from './words.js';

export type StepErrors = {
  /** Problems with the answers as a whole (a finding name the form should never send). */
  form: readonly string[];
  week?: string | undefined;
  postpartumWeeks?: string | undefined;
  systolic?: string | undefined;
  diastolic?: string | undefined;
};

export type StepPageProps = {
  step: StepNumber;
  answers: CheckAnswers;
  token: string;
  emergency: EmergencyNumber;
  errors: StepErrors;
  /** The week counted from the profile's due date, when signed in with one. */
  profileWeek: number | undefined;
  /** Weeks since the birth from the profile's birth date (0–12), when signed in with one. */
  profilePostpartumWeeks?: number | undefined;
  /** "Yes" was pressed on the first screen with nothing ticked. */
  needsTick: boolean;
  /** The page's language (English when not given). */
  words?: CheckWords;
};

/** A tel: link for the `<call>` tag of a message. */
const callLink = (number: string) => (chunks: ReactNode[]) => <a href={`tel:${number}`}>{chunks}</a>;

function Progress({ step, words }: { step: StepNumber; words: CheckWords }) {
  const label = words.text('check.progress', { step, count: STEP_COUNT });
  return (
    <div className="check-progress">
      <p id="check-progress-label" className="check-progress-label">
        {label}
        <span className="muted"> · {words.text(STEP_WORDS[step].name)}</span>
      </p>
      <progress max={STEP_COUNT} value={step} aria-labelledby="check-progress-label">
        {label}
      </progress>
    </div>
  );
}

/** The severity follow-up that makes the two headache findings one question. */
export const HEADACHE_FOLLOW_UP = {
  finding: 'severe_headache',
  question: 'check.headacheFollowUp',
} as const;

type QuestionProps = {
  name: string;
  words: CheckWords;
  checked: boolean;
  visibleWhy: boolean;
  sameDay: boolean;
  /** A follow-up asked under this question (the headache's severity). */
  followUp?: { checked: boolean; sameDay: boolean } | undefined;
};

export function Question({ name, words, checked, visibleWhy, sameDay, followUp }: QuestionProps) {
  const ids = FINDING_WORDS[name as keyof typeof FINDING_WORDS];
  const finding = { question: words.text(ids.question), why: words.text(ids.why) };
  const inputId = `q-${name}`;
  const whyId = `why-${name}`;
  return (
    <div className="check-q">
      <label className="check-q-label" htmlFor={inputId}>
        <input
          type="checkbox"
          id={inputId}
          name={FIELD.finding}
          value={name}
          defaultChecked={checked}
          aria-describedby={whyId}
          data-same-day={sameDay ? 'true' : undefined}
        />
        <span>{finding.question}</span>
      </label>
      {followUp && (
        <label className="check-q-label check-follow-up" htmlFor={`q-${HEADACHE_FOLLOW_UP.finding}`}>
          <input
            type="checkbox"
            id={`q-${HEADACHE_FOLLOW_UP.finding}`}
            name={FIELD.finding}
            value={HEADACHE_FOLLOW_UP.finding}
            defaultChecked={followUp.checked}
            data-same-day={followUp.sameDay ? 'true' : undefined}
          />
          <span>{words.text(HEADACHE_FOLLOW_UP.question)}</span>
        </label>
      )}
      {visibleWhy ? (
        <p className="check-why" id={whyId}>
          {finding.why}
        </p>
      ) : (
        <details className="check-why">
          <summary>{words.text('check.whyWeAsk')}</summary>
          <p id={whyId}>{finding.why}</p>
        </details>
      )}
    </div>
  );
}

/**
 * A step's questions, the headache's severity asked under the headache as one question when both are
 * there. `wrap` lets the one-page offline questionnaire mark questions asked only during pregnancy.
 */
export function Questions({
  names,
  words,
  ticked,
  visibleWhy,
  sameDayNames,
  wrap = (_name, question) => question,
}: {
  names: readonly string[];
  words: CheckWords;
  ticked: ReadonlySet<string>;
  visibleWhy: boolean;
  sameDayNames: ReadonlySet<string>;
  wrap?: (name: string, question: ReactNode) => ReactNode;
}) {
  const followUpHere = names.includes('headache') && names.includes(HEADACHE_FOLLOW_UP.finding);
  const questions = followUpHere ? names.filter((name) => name !== HEADACHE_FOLLOW_UP.finding) : names;
  return (
    <>
      {questions.map((name) => (
        <Fragment key={name}>
          {wrap(
            name,
            <Question
              name={name}
              words={words}
              checked={ticked.has(name)}
              visibleWhy={visibleWhy}
              sameDay={sameDayNames.has(name)}
              followUp={
                followUpHere && name === 'headache'
                  ? {
                      checked: ticked.has(HEADACHE_FOLLOW_UP.finding),
                      sameDay: sameDayNames.has(HEADACHE_FOLLOW_UP.finding),
                    }
                  : undefined
              }
            />,
          )}
        </Fragment>
      ))}
    </>
  );
}

export function NumberField(props: {
  id: string;
  name: string;
  label: string;
  hint: string;
  value: string;
  error: string | undefined;
  range: { min: number; max: number };
}) {
  const hintId = `${props.id}-hint`;
  const errorId = `${props.id}-error`;
  return (
    <div className="field">
      <label htmlFor={props.id}>{props.label}</label>
      <p className="hint" id={hintId}>
        {props.hint}
      </p>
      <input
        id={props.id}
        name={props.name}
        type="number"
        inputMode="numeric"
        min={props.range.min}
        max={props.range.max}
        step={1}
        defaultValue={props.value}
        aria-invalid={props.error ? true : undefined}
        aria-describedby={props.error ? `${hintId} ${errorId}` : hintId}
      />
      {props.error && (
        <p className="error" id={errorId}>
          {props.error}
        </p>
      )}
    </div>
  );
}

/** The first question: pregnant now, or after the birth (and how many weeks ago). */
export function StageQuestion({
  answers,
  errors,
  profilePostpartumWeeks,
  words,
}: Pick<StepPageProps, 'answers' | 'errors' | 'profilePostpartumWeeks'> & { words: CheckWords }) {
  const ppHint =
    profilePostpartumWeeks !== undefined && answers.postpartumWeeks === String(profilePostpartumWeeks)
      ? words.text('check.pp.hintProfile')
      : words.text('check.pp.hint', POSTPARTUM_WEEK_RANGE);
  return (
    <fieldset className="check-stage">
      <legend>{words.text('check.stage.legend')}</legend>
      <label className="check-q-label" htmlFor="stage-pregnant">
        <input
          type="radio"
          id="stage-pregnant"
          name={FIELD.stage}
          value="pregnant"
          defaultChecked={answers.stage === 'pregnant'}
        />
        <span>{words.text('check.stage.pregnant')}</span>
      </label>
      <label className="check-q-label" htmlFor="stage-after-birth">
        <input
          type="radio"
          id="stage-after-birth"
          name={FIELD.stage}
          value="after-birth"
          defaultChecked={answers.stage === 'after-birth'}
        />
        <span>{words.text('check.stage.afterBirth')}</span>
      </label>
      <div className="check-pp">
        <NumberField
          id="check-pp"
          name={FIELD.postpartumWeeks}
          label={words.text('check.pp.label')}
          hint={ppHint}
          value={answers.postpartumWeeks}
          error={errors.postpartumWeeks}
          range={POSTPARTUM_WEEK_RANGE}
        />
      </div>
    </fieldset>
  );
}

/** The step's heading and lead, in the words of the stage (after the birth there is no pregnancy to warn about). */
export function wordsFor(
  definition: StepDefinition,
  afterBirth: boolean,
  words: CheckWords = checkWords(),
): { heading: string; lead: string } {
  const ids = (afterBirth && AFTER_BIRTH_WORDS[definition.number]) || STEP_WORDS[definition.number];
  return { heading: words.text(ids.heading), lead: words.text(ids.lead) };
}

export function Numbers({
  answers,
  errors,
  profileWeek,
  words,
}: Pick<StepPageProps, 'answers' | 'errors' | 'profileWeek'> & { words: CheckWords }) {
  const afterBirth = stageOf(answers) === 'after-birth';
  const weekHint =
    profileWeek !== undefined && answers.week === String(profileWeek)
      ? words.text('check.week.hintProfile')
      : words.text('check.week.hint', WEEK_RANGE);
  return (
    <>
      {afterBirth ? (
        // The weeks since the birth were asked first; a week of pregnancy typed earlier is kept, unused.
        answers.week !== '' && <input type="hidden" name={FIELD.week} value={answers.week} />
      ) : (
        <NumberField
          id="check-week"
          name={FIELD.week}
          label={words.text('check.week.label')}
          hint={weekHint}
          value={answers.week}
          error={errors.week}
          range={WEEK_RANGE}
        />
      )}
      <fieldset className="field check-bp">
        <legend>{words.text('check.bp.legend')}</legend>
        <p className="hint" id="check-bp-hint">
          {words.text('check.bp.hint')}
        </p>
        <div className="check-bp-pair">
          <NumberField
            id="check-sys"
            name={FIELD.systolic}
            label={words.text('check.bp.systolic')}
            hint={words.text('check.range', SYSTOLIC_RANGE)}
            value={answers.systolic}
            error={errors.systolic}
            range={SYSTOLIC_RANGE}
          />
          <NumberField
            id="check-dia"
            name={FIELD.diastolic}
            label={words.text('check.bp.diastolic')}
            hint={words.text('check.range', DIASTOLIC_RANGE)}
            value={answers.diastolic}
            error={errors.diastolic}
            range={DIASTOLIC_RANGE}
          />
        </div>
      </fieldset>
    </>
  );
}

function Buttons({
  step,
  emergency,
  sameDay,
  words,
}: {
  step: StepNumber;
  words: CheckWords;
  emergency: EmergencyNumber;
  sameDay: boolean;
}) {
  // The forward button comes first in the page, so Enter in a number box moves forward, not back.
  if (step === 1) {
    return (
      <div className="check-actions">
        <button className="button danger block" type="submit" name={FIELD.go} value="emergency">
          {words.text('check.button.emergency')}
        </button>
        <button className="button block" type="submit" name={FIELD.go} value="next">
          {words.text('check.button.none')}
        </button>
        <CallNow number={emergency.number} words={words} />
      </div>
    );
  }
  return (
    <div className="check-actions">
      <button className="button block" type="submit" name={FIELD.go} value="next">
        {step === STEP_COUNT ? words.text('check.button.show') : words.text('check.button.continue')}
      </button>
      {step < STEP_COUNT && (
        // Shown once a same-day sign is ticked (the script shows it as the box is ticked): the
        // remaining questions cannot make the answer less urgent, so they need not stand in the way.
        <button
          className="button danger block check-advice-now"
          type="submit"
          name={FIELD.go}
          value="advice"
          hidden={!sameDay}
        >
          {words.text('check.button.adviceNow')}
        </button>
      )}
      <button className="button secondary block" type="submit" name={FIELD.go} value="back">
        {words.text('check.button.back')}
      </button>
    </div>
  );
}

/** "Already sure you need help? Call 112." under the first screen's buttons. */
export function CallNow({ number, words }: { number: string; words: CheckWords }) {
  return <p className="check-call-now">{words.rich('check.callNow', { number, call: callLink(number) })}</p>;
}

function StepForm(props: StepPageProps & { words: CheckWords }) {
  const { step, answers, token, errors, emergency, words } = props;
  const definition = stepDefinition(step);
  const stage = stageOf(answers);
  const texts = wordsFor(definition, stage === 'after-birth', words);
  const shown = findingsOfStep(step, stage);
  const ticked = new Set(answers.findings);
  const sameDayNames = sameDayFindings(stage);
  const onScreen: ReadonlySet<string> = new Set(shown);
  const formErrors = errors.form;
  const hasFieldErrors = Boolean(
    errors.week || errors.systolic || errors.diastolic || errors.postpartumWeeks,
  );
  return (
    <form
      method="post"
      action="/check"
      className="check-form"
      data-step={step}
      // Whether the answers carried from other screens are already same-day: the script then keeps
      // "See advice now" shown whatever is ticked here.
      data-unreachable={words.text('check.unreachable')}
      data-same-day-before={
        sameDayTicked({ ...answers, findings: answers.findings.filter((name) => !onScreen.has(name)) })
          ? 'true'
          : 'false'
      }
      noValidate
    >
      <Progress step={step} words={words} />
      {(formErrors.length > 0 || hasFieldErrors || props.needsTick) && (
        <div className="form-error" role="alert">
          {props.needsTick && (
            <p>
              {words.rich('check.needsTick', { number: emergency.number, call: callLink(emergency.number) })}
            </p>
          )}
          {hasFieldErrors && (
            <p>{errors.postpartumWeeks ? errors.postpartumWeeks : words.text('check.checkNumbers')}</p>
          )}
          {formErrors.map((message) => (
            <p key={message}>{message}</p>
          ))}
        </div>
      )}
      {step === 1 && (
        <StageQuestion
          answers={answers}
          errors={errors}
          profilePostpartumWeeks={props.profilePostpartumWeeks}
          words={words}
        />
      )}
      <fieldset className="check-group" aria-describedby="check-lead">
        <legend>
          <h1 id="check-heading" tabIndex={-1}>
            {texts.heading}
          </h1>
        </legend>
        <p className="check-lead" id="check-lead">
          {texts.lead}
        </p>
        {definition.groups.length === 0 ? (
          <Numbers answers={answers} errors={errors} profileWeek={props.profileWeek} words={words} />
        ) : (
          <Questions
            names={shown}
            words={words}
            ticked={ticked}
            visibleWhy={step === 1}
            sameDayNames={sameDayNames}
          />
        )}
      </fieldset>
      <input type="hidden" name={FIELD.step} value={step} />
      <input type="hidden" name={FIELD.token} value={token} />
      <CarriedAnswers
        answers={answers}
        shown={shown}
        numbersShown={definition.groups.length === 0}
        stageShown={step === 1}
      />
      <Buttons step={step} emergency={emergency} sameDay={sameDayTicked(answers)} words={words} />
    </form>
  );
}

export function renderCheckStep(props: StepPageProps): string {
  const words = props.words ?? checkWords();
  return renderCheckPage(
    words.text('check.title.step', { step: props.step, count: STEP_COUNT }),
    <StepForm {...props} words={words} />,
    undefined,
    words,
  );
}
