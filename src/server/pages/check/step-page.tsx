// One screen of the questionnaire: a group of yes/no questions (or the two optional numbers), the
// progress, and buttons that post every answer so far back to the server.
import { type EmergencyNumber, FINDINGS } from '../../../core/triage/index.js';
import { DIASTOLIC_RANGE, SYSTOLIC_RANGE, WEEK_RANGE } from '../../../core/triage/input.js';
import { type CheckAnswers, FIELD, STEP_COUNT, type StepNumber, stepDefinition } from './form.js';
import { CarriedAnswers, findingsOfStep, renderCheckPage } from './parts.js';

export type StepErrors = {
  /** Problems with the answers as a whole (a finding name the form should never send). */
  form: readonly string[];
  week?: string | undefined;
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
  /** "Yes" was pressed on the first screen with nothing ticked. */
  needsTick: boolean;
};

function Progress({ step }: { step: StepNumber }) {
  const label = `Step ${step} of ${STEP_COUNT}`;
  return (
    <div className="check-progress">
      <p id="check-progress-label" className="check-progress-label">
        {label}
        <span className="muted"> · {stepDefinition(step).name}</span>
      </p>
      <progress max={STEP_COUNT} value={step} aria-labelledby="check-progress-label">
        {label}
      </progress>
    </div>
  );
}

function Question({ name, checked, visibleWhy }: { name: string; checked: boolean; visibleWhy: boolean }) {
  const finding = FINDINGS.find((f) => f.name === name)!;
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
        />
        <span>{finding.question}</span>
      </label>
      {visibleWhy ? (
        <p className="check-why" id={whyId}>
          {finding.why}
        </p>
      ) : (
        <details className="check-why">
          <summary>Why we ask</summary>
          <p id={whyId}>{finding.why}</p>
        </details>
      )}
    </div>
  );
}

function NumberField(props: {
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

function Numbers({
  answers,
  errors,
  profileWeek,
}: Pick<StepPageProps, 'answers' | 'errors' | 'profileWeek'>) {
  const weekHint =
    profileWeek !== undefined && answers.week === String(profileWeek)
      ? `Filled in from the due date in your profile. Change it if it is not right.`
      : `A whole number from ${WEEK_RANGE.min} to ${WEEK_RANGE.max}. Some warning signs matter more from 20 weeks.`;
  return (
    <>
      <NumberField
        id="check-week"
        name={FIELD.week}
        label="Week of pregnancy"
        hint={weekHint}
        value={answers.week}
        error={errors.week}
        range={WEEK_RANGE}
      />
      <fieldset className="field check-bp">
        <legend>Blood pressure from a home monitor</legend>
        <p className="hint" id="check-bp-hint">
          Only if you have measured it today. The top number is written first, as in 135/85.
        </p>
        <div className="check-bp-pair">
          <NumberField
            id="check-sys"
            name={FIELD.systolic}
            label="Top number (systolic)"
            hint={`${SYSTOLIC_RANGE.min} to ${SYSTOLIC_RANGE.max}`}
            value={answers.systolic}
            error={errors.systolic}
            range={SYSTOLIC_RANGE}
          />
          <NumberField
            id="check-dia"
            name={FIELD.diastolic}
            label="Bottom number (diastolic)"
            hint={`${DIASTOLIC_RANGE.min} to ${DIASTOLIC_RANGE.max}`}
            value={answers.diastolic}
            error={errors.diastolic}
            range={DIASTOLIC_RANGE}
          />
        </div>
      </fieldset>
    </>
  );
}

function Buttons({ step, emergency }: { step: StepNumber; emergency: EmergencyNumber }) {
  // The forward button comes first in the page, so Enter in a number box moves forward, not back.
  if (step === 1) {
    return (
      <div className="check-actions">
        <button className="button danger block" type="submit" name={FIELD.go} value="emergency">
          Yes — one or more of these
        </button>
        <button className="button block" type="submit" name={FIELD.go} value="next">
          None of these — continue
        </button>
        <p className="check-call-now">
          Already sure you need help? <a href={`tel:${emergency.number}`}>Call {emergency.number}</a>.
        </p>
      </div>
    );
  }
  return (
    <div className="check-actions">
      <button className="button block" type="submit" name={FIELD.go} value="next">
        {step === STEP_COUNT ? 'Show what to do' : 'Continue'}
      </button>
      <button className="button secondary block" type="submit" name={FIELD.go} value="back">
        Back
      </button>
    </div>
  );
}

function StepForm(props: StepPageProps) {
  const { step, answers, token, errors, emergency } = props;
  const definition = stepDefinition(step);
  const shown = findingsOfStep(step);
  const ticked = new Set(answers.findings);
  const formErrors = errors.form;
  const hasFieldErrors = Boolean(errors.week || errors.systolic || errors.diastolic);
  return (
    <form method="post" action="/check" className="check-form" data-step={step} noValidate>
      <Progress step={step} />
      {(formErrors.length > 0 || hasFieldErrors || props.needsTick) && (
        <div className="form-error" role="alert">
          {props.needsTick && (
            <p>
              Tick the signs you have so we can show you what to do. If you are not sure,{' '}
              <a href={`tel:${emergency.number}`}>call {emergency.number} now</a>.
            </p>
          )}
          {hasFieldErrors && <p>Please check the numbers below.</p>}
          {formErrors.map((message) => (
            <p key={message}>{message}</p>
          ))}
        </div>
      )}
      <fieldset className="check-group" aria-describedby="check-lead">
        <legend>
          <h1 id="check-heading" tabIndex={-1}>
            {definition.heading}
          </h1>
        </legend>
        <p className="check-lead" id="check-lead">
          {definition.lead}
        </p>
        {definition.group === null ? (
          <Numbers answers={answers} errors={errors} profileWeek={props.profileWeek} />
        ) : (
          shown.map((name) => (
            <Question key={name} name={name} checked={ticked.has(name)} visibleWhy={step === 1} />
          ))
        )}
      </fieldset>
      <input type="hidden" name={FIELD.step} value={step} />
      <input type="hidden" name={FIELD.token} value={token} />
      <CarriedAnswers answers={answers} shown={shown} numbersShown={definition.group === null} />
      <Buttons step={step} emergency={emergency} />
    </form>
  );
}

export function renderCheckStep(props: StepPageProps): string {
  return renderCheckPage(`Should I call? — step ${props.step} of ${STEP_COUNT}`, <StepForm {...props} />);
}
