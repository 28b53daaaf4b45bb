// The answer to "Should I call?": the level as a banner with its action (and the number to call in
// an emergency), the reasons with their sources, what to do meanwhile, and what to watch for.
import type { KnowledgeBase } from '../../content/knowledge-base.js';
import { type CallChoice, type MaternityUnit, whoToCall } from '../../core/call/who-to-call.js';
import type { TriageRecord } from '../db/repos/triage-results.js';
import type { Assessment } from '../triage/assess.js';
import { itemLink, sourceLink } from '../triage/knowledge-links.js';
import { doNowSteps, watchForAfterSteps } from './do-now.js';
import { type CheckAnswers, FIELD } from './form.js';
import { CarriedAnswers, questionFor, renderCheckPage } from './parts.js';
import { headline, LEVEL_NAMES } from './result-words.js';

export type ResultPageProps = {
  knowledge: KnowledgeBase;
  assessment: Assessment;
  /** The answers as typed, carried by "Change my answers". */
  answers: CheckAnswers;
  token: string;
  saved: TriageRecord | undefined;
  signedIn: boolean;
  /** The signed-in person's own maternity unit or triage line, when saved in the profile. */
  maternityUnit: MaternityUnit | undefined;
};

/** Whom an urgent or soon result calls; none for the other levels. */
export function callFor(
  assessment: Assessment,
  maternityUnit: MaternityUnit | undefined,
): CallChoice | undefined {
  const { level } = assessment.result;
  if (level !== 'urgent' && level !== 'soon') return undefined;
  return whoToCall({ maternityUnit, region: assessment.region.region });
}

function CallButton({ call }: { call: CallChoice }) {
  return (
    <div className="check-call" data-call={call.kind}>
      <a className="button call-button" href={call.href}>
        {call.label}
      </a>
      {call.kind !== 'emergency' && call.label !== `Call ${call.number}` && (
        <p className="check-call-number">{call.number}</p>
      )}
      {'note' in call && call.note && <p className="check-call-note">{call.note}</p>}
    </div>
  );
}

function Banner({ assessment, call }: { assessment: Assessment; call: CallChoice | undefined }) {
  const { level, actionId, action, emergencyNumber } = assessment.result;
  return (
    <section
      className={`triage-banner level-${level}`}
      data-action={actionId}
      aria-labelledby="check-heading"
    >
      <p className="triage-level">
        <span className="visually-hidden">Level: </span>
        {LEVEL_NAMES[level]}
      </p>
      <h1 id="check-heading" tabIndex={-1}>
        {headline(level, actionId, emergencyNumber.number)}
      </h1>
      <p className="triage-action">{action}</p>
      {level === 'emergency' && (
        <a className="button call-button" href={`tel:${emergencyNumber.number}`}>
          Call {emergencyNumber.number}
        </a>
      )}
      {call && <CallButton call={call} />}
      {actionId === 'maternity-unit-now' && (
        <>
          {call?.kind !== 'maternity-unit' && (
            <p className="triage-maternity-number">
              Your maternity unit&apos;s number is on your pregnancy notes or discharge papers. Call it now
              and say what is happening; they will tell you what to do next.
            </p>
          )}
          <a className="button call-button" href={`tel:${emergencyNumber.number}`}>
            Cannot get there? Call {emergencyNumber.number}
          </a>
        </>
      )}
    </section>
  );
}

const isConsumerArticle = (knowledge: KnowledgeBase, key: string) =>
  knowledge.source(key)?.kind === 'consumer-article';

/**
 * Guideline, review and regulator sources lead a reason; consumer articles only echo them. A reason
 * cited by consumer articles alone keeps them as its sources rather than showing none.
 */
function leadingSources(knowledge: KnowledgeBase, keys: readonly string[]): readonly string[] {
  const leading = keys.filter((key) => !isConsumerArticle(knowledge, key));
  return leading.length > 0 ? leading : keys;
}

function SourceLine({
  label,
  className,
  knowledge,
  keys,
}: {
  label: string;
  className: string;
  knowledge: KnowledgeBase;
  keys: readonly string[];
}) {
  if (keys.length === 0) return null;
  return (
    <p className={className}>
      {label}{' '}
      {keys
        .map((key) => sourceLink(knowledge, key))
        .map((source, index) => (
          <span key={source.key}>
            {index > 0 && '; '}
            <a href={source.href}>{source.title}</a>
            {source.publisher && <span className="muted"> ({source.publisher})</span>}
          </span>
        ))}
    </p>
  );
}

function DoNow({ assessment, call }: { assessment: Assessment; call: CallChoice | undefined }) {
  if (!call) return null;
  const steps = doNowSteps(assessment.result, call);
  return (
    <section aria-labelledby="check-do-now">
      <h2 id="check-do-now">What to do now</h2>
      <ol className="check-do-now">
        {steps.map((step) => (
          <li key={step}>{step}</li>
        ))}
      </ol>
    </section>
  );
}

function Reasons({ knowledge, assessment }: { knowledge: KnowledgeBase; assessment: Assessment }) {
  const { reasons } = assessment.result;
  if (reasons.length === 0) {
    return (
      <section aria-labelledby="check-why">
        <h2 id="check-why">Why</h2>
        <p>None of your answers is a warning sign that needs a call. Check again if anything changes.</p>
      </section>
    );
  }
  return (
    <section aria-labelledby="check-why">
      <h2 id="check-why">Why</h2>
      <ol className="check-reasons">
        {reasons.map((reason) => (
          <li key={reason.rule} className="card">
            <p className="check-reason-level">{LEVEL_NAMES[reason.level]}</p>
            <p>{reason.explanation}</p>
            {reason.findings.length > 0 && (
              <div className="check-reason-answers">
                <p className="muted">You answered yes to:</p>
                <ul>
                  {reason.findings.map((name) => (
                    <li key={name}>{questionFor(name)}</li>
                  ))}
                </ul>
              </div>
            )}
            <SourceLine
              label="Sources:"
              className="check-sources"
              knowledge={knowledge}
              keys={leadingSources(knowledge, reason.sources)}
            />
            <SourceLine
              label="Also mentioned by:"
              className="check-also-mentioned muted"
              knowledge={knowledge}
              keys={reason.sources.filter((key) => isConsumerArticle(knowledge, key))}
            />
          </li>
        ))}
      </ol>
    </section>
  );
}

function Meanwhile({ knowledge, assessment }: { knowledge: KnowledgeBase; assessment: Assessment }) {
  const { selfCare, level } = assessment.result;
  if (selfCare.length === 0) return null;
  // On urgent and soon results the steps are in "What to do now"; these pages only explain more.
  const readMore = level === 'urgent' || level === 'soon';
  // The Relief page stretches and rubs the leg; it is offered only when the engine still
  // suggests that (it withholds it whenever a clot may be present).
  const reliefIsSafe = selfCare.includes('relief.calf-stretch');
  return (
    <section aria-labelledby="check-meanwhile">
      <h2 id="check-meanwhile">{readMore ? 'Read more' : 'What to do meanwhile'}</h2>
      <ul className="check-links">
        {selfCare
          .map((id) => itemLink(knowledge, id))
          .map((item) => (
            <li key={item.id}>
              <a href={item.href}>{item.title}</a>
            </li>
          ))}
      </ul>
      {reliefIsSafe && (
        <p>
          A cramp right now? <a href="/relief">Step-by-step relief</a>.
        </p>
      )}
    </section>
  );
}

function WatchFor({ assessment }: { assessment: Assessment }) {
  const { level } = assessment.result;
  const watchFor = watchForAfterSteps(assessment.result);
  if (watchFor.length === 0) return null;
  return (
    <section aria-labelledby="check-watch">
      <h2 id="check-watch">{level === 'emergency' ? 'While you wait' : 'Watch for'}</h2>
      <ul className="check-watch">
        {watchFor.map((line) => (
          <li key={line}>{line}</li>
        ))}
      </ul>
    </section>
  );
}

function YourAnswers({ assessment }: { assessment: Assessment }) {
  const {
    findings,
    gestationalWeek,
    gestationalWeekSource,
    bloodPressure,
    postpartumWeeks,
    postpartumWeeksSource,
  } = assessment.input;
  const yes = Object.keys(findings);
  const afterBirth = postpartumWeeks !== null && postpartumWeeks !== undefined;
  const sinceBirthText = afterBirth
    ? `${postpartumWeeks}${postpartumWeeksSource === 'profile' ? ' (counted from the birth date in your profile)' : ''}`
    : '';
  const weekText =
    gestationalWeek === null
      ? 'Not given'
      : `${gestationalWeek}${gestationalWeekSource === 'profile' ? ' (counted from the due date in your profile)' : ''}`;
  return (
    <section aria-labelledby="check-answers">
      <h2 id="check-answers">Your answers</h2>
      <dl className="check-answers">
        <dt>Signs you said yes to</dt>
        <dd>
          {yes.length === 0 ? (
            'None'
          ) : (
            <ul>
              {yes.map((name) => (
                <li key={name}>{questionFor(name)}</li>
              ))}
            </ul>
          )}
        </dd>
        {afterBirth ? (
          <>
            <dt>Weeks since the birth</dt>
            <dd>{sinceBirthText}</dd>
          </>
        ) : (
          <>
            <dt>Week of pregnancy</dt>
            <dd>{weekText}</dd>
          </>
        )}
        <dt>Home blood pressure</dt>
        <dd>{bloodPressure ? `${bloodPressure.systolic}/${bloodPressure.diastolic} mmHg` : 'Not given'}</dd>
      </dl>
    </section>
  );
}

function Actions({
  answers,
  token,
  saved,
  signedIn,
}: Omit<ResultPageProps, 'assessment' | 'knowledge' | 'maternityUnit'>) {
  return (
    <div className="no-print">
      <form method="post" action="/check" className="check-form check-edit">
        <input type="hidden" name={FIELD.step} value="1" />
        <input type="hidden" name={FIELD.token} value={token} />
        <CarriedAnswers answers={answers} shown={[]} numbersShown={false} />
        <div className="check-actions">
          <button className="button secondary block" type="submit" name={FIELD.go} value="edit">
            Change my answers
          </button>
          <button className="button secondary block" type="button" data-print hidden>
            Print
          </button>
          <a className="button ghost block" href="/check">
            Start again
          </a>
        </div>
      </form>
      {saved ? (
        <p className="muted" role="status">
          Saved to your <a href="/profile">past checks</a>.
        </p>
      ) : (
        !signedIn && (
          <p className="muted">
            Not saved. <a href="/login">Log in</a> to keep a record of your checks to show your midwife.
          </p>
        )
      )}
    </div>
  );
}

export function renderCheckResult(props: ResultPageProps): string {
  const { level } = props.assessment.result;
  const call = callFor(props.assessment, props.maternityUnit);
  return renderCheckPage(
    `Should I call? — ${LEVEL_NAMES[level]}`,
    <div className="check-result" data-level={level}>
      <Banner assessment={props.assessment} call={call} />
      <DoNow assessment={props.assessment} call={call} />
      <Reasons knowledge={props.knowledge} assessment={props.assessment} />
      <Meanwhile knowledge={props.knowledge} assessment={props.assessment} />
      <WatchFor assessment={props.assessment} />
      <YourAnswers assessment={props.assessment} />
      <p className="notice check-not-diagnosis">
        This is not a diagnosis. It is a guide to how soon to get help, based only on your answers. If you are
        worried, contact your midwife or doctor whatever this says.
      </p>
      <Actions answers={props.answers} token={props.token} saved={props.saved} signedIn={props.signedIn} />
    </div>,
  );
}
