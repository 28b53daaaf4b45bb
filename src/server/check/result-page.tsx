// The answer to "Should I call?": the level as a banner with its action (and the number to call in
// an emergency), the reasons with their sources, what to do meanwhile, and what to watch for. In the
// page's language: the engine's answer is worded from the triage catalog by its ids (localize.ts), item
// titles come from the knowledge base in that language, and sources keep their own titles.
import { Children, type ReactNode } from 'react';
import type { IntlShape } from 'react-intl';
import type { KnowledgeBase } from '../../content/knowledge-base.js';
import { type CallChoice, type MaternityUnit, whoToCall } from '../../core/call/who-to-call.js';
import { ACTION_IDS, actionText, type EmergencyNumber, TRIAGE_LEVELS } from '../../core/triage/index.js';
import { CATALOGS } from '../../i18n/catalogs.js';
import { DEFAULT_LOCALE, type Locale } from '../../i18n/locales.js';
import type { TriageRecord } from '../db/repos/triage-results.js';
import { knowledgeIn } from '../localized-knowledge.js';
import { renderPage } from '../pages/document.js';
import type { Assessment } from '../triage/assess.js';
import { itemLink, sourceLink } from '../triage/knowledge-links.js';
import {
  actionTextIn,
  callWords,
  levelName,
  localizeEngineResult,
  REASON_MESSAGES,
  reasonText,
  triageIntl,
  WATCH_FOR_MESSAGES,
  watchForLine,
} from '../triage/localize.js';
import { calledName, type DoNowStep, doNowPlan, watchForAfterSteps } from './do-now.js';
import type { OfflineResultWords } from './fields.js';
import { type CheckAnswers, FIELD } from './form.js';
import { CarriedAnswers, CHECK_SCRIPT } from './parts.js';
import { HEADLINE_MESSAGES, headlineMessage } from './result-words.js';
import { checkWords, questionIn } from './words.js';

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
  /** The page's language (the request's); English when not given. */
  locale?: Locale;
};

/** What every part of the page words itself with. */
type Words = { locale: Locale; intl: IntlShape };

/** A message with one <link> in it, e.g. "Saved to your <link>past checks</link>." */
function withLink(intl: IntlShape, id: string, href: string): ReactNode {
  const formatted = intl.formatMessage(
    { id },
    { link: (chunks: ReactNode[]) => <a href={href}>{chunks}</a> },
  );
  return Children.toArray(formatted);
}

/** The engine answer's action in the page's language (worded again by its action id). */
function actionIn({ locale }: Words, assessment: Assessment): string {
  return localizeEngineResult(assessment.result, locale).action;
}

function stepText({ intl }: Words, step: DoNowStep, name: string | undefined): string {
  switch (step) {
    case 'call-maternity':
      return name === undefined
        ? intl.formatMessage({ id: 'triage.doNow.maternity.generic' })
        : intl.formatMessage({ id: 'triage.doNow.maternity.named' }, { who: name });
    case 'go-in':
      return intl.formatMessage({ id: 'triage.doNow.goIn' });
    case 'call-urgent':
      return name === undefined
        ? intl.formatMessage({ id: 'triage.doNow.urgent.generic' })
        : intl.formatMessage({ id: 'triage.doNow.urgent.named' }, { who: name });
    case 'seen-today':
      return intl.formatMessage({ id: 'triage.doNow.seenToday' });
    case 'call-soon':
      return name === undefined
        ? intl.formatMessage({ id: 'triage.doNow.soon.generic' })
        : intl.formatMessage({ id: 'triage.doNow.soon.named' }, { who: name });
    case 'say-which':
      return intl.formatMessage({ id: 'triage.doNow.sayWhich' });
    case 'no-rub':
      return intl.formatMessage({ id: 'triage.doNow.noRub' });
    case 'no-warm':
      return intl.formatMessage({ id: 'triage.doNow.noWarm' });
    case 'no-stretch':
      return intl.formatMessage({ id: 'triage.doNow.noStretch' });
    case 'keep-open':
      return intl.formatMessage({ id: 'triage.doNow.keepOpen' });
    default: {
      const unreachable: never = step;
      throw new Error(`Unknown step: ${String(unreachable)}`);
    }
  }
}

/** "What to do now" in the page's language, for an urgent or soon result. */
export function doNowStepsIn(words: Words, assessment: Assessment, call: CallChoice): string[] {
  const name = words.locale === 'en' ? calledName(call) : callWords(words.locale, call).name;
  return doNowPlan(assessment.result).map((step) => stepText(words, step, name));
}

const DO_NOW_STEPS: readonly DoNowStep[] = [
  'call-maternity',
  'go-in',
  'call-urgent',
  'seen-today',
  'call-soon',
  'say-which',
  'no-rub',
  'no-warm',
  'no-stretch',
  'keep-open',
];

/**
 * Every word an answer computed offline can need, in the page's language, for the page's region (its
 * emergency number) and call: the offline questionnaire's script looks its answer's ids and English lines
 * up here, so it says what this page would say without carrying the catalogs.
 */
export function offlineResultWords(
  locale: Locale,
  emergency: EmergencyNumber,
  call: CallChoice,
): OfflineResultWords {
  const intl = triageIntl(locale);
  const words: Words = { locale, intl };
  const { number } = emergency;
  const name = locale === 'en' ? calledName(call) : callWords(locale, call).name;
  const translated = locale !== 'en';
  const { label, note } = callWords(locale, call);
  return {
    levels: Object.fromEntries(TRIAGE_LEVELS.map((level) => [level, levelName(intl, level)])),
    headlines: Object.fromEntries(
      HEADLINE_MESSAGES.map((id) => [id, intl.formatMessage({ id }, { number })]),
    ),
    actions: translated
      ? Object.fromEntries(
          ACTION_IDS.flatMap((action) =>
            [false, true].map((afterBirth) => [
              actionText(action, emergency, afterBirth),
              actionTextIn(locale, action, emergency, afterBirth),
            ]),
          ),
        )
      : {},
    reasons: translated
      ? Object.fromEntries(
          Object.keys(REASON_MESSAGES).map((rule) => [rule, reasonText(locale, rule, '', number)]),
        )
      : {},
    watch: translated
      ? Object.fromEntries(
          WATCH_FOR_MESSAGES.map((id) => {
            const english = (CATALOGS.triage.en[id] ?? '').replaceAll('{number}', number);
            return [english, watchForLine(locale, english, number)];
          }),
        )
      : {},
    doNow: Object.fromEntries(DO_NOW_STEPS.map((step) => [step, stepText(words, step, name)])),
    callLabel: label,
    callNote: note,
  };
}

/** Whom an urgent or soon result calls; none for the other levels. */
export function callFor(
  assessment: Assessment,
  maternityUnit: MaternityUnit | undefined,
): CallChoice | undefined {
  const { level } = assessment.result;
  if (level !== 'urgent' && level !== 'soon') return undefined;
  return whoToCall({ maternityUnit, region: assessment.region.region });
}

function CallButton({ words, call }: { words: Words; call: CallChoice }) {
  const { label, note } = callWords(words.locale, call);
  return (
    <div className="check-call" data-call={call.kind}>
      <a className="button call-button" href={call.href}>
        {label}
      </a>
      {call.kind !== 'emergency' && call.label !== `Call ${call.number}` && (
        <p className="check-call-number">{call.number}</p>
      )}
      {note && <p className="check-call-note">{note}</p>}
    </div>
  );
}

function Banner({
  words,
  assessment,
  call,
}: {
  words: Words;
  assessment: Assessment;
  call: CallChoice | undefined;
}) {
  const { intl } = words;
  const { level, actionId, emergencyNumber } = assessment.result;
  const callNumber = intl.formatMessage(
    { id: 'triage.result.callNumber' },
    { number: emergencyNumber.number },
  );
  return (
    <section
      className={`triage-banner level-${level}`}
      data-action={actionId}
      aria-labelledby="check-heading"
    >
      <p className="triage-level">
        <span className="visually-hidden">{intl.formatMessage({ id: 'triage.result.levelLabel' })} </span>
        {levelName(intl, level)}
      </p>
      <h1 id="check-heading" tabIndex={-1}>
        {intl.formatMessage({ id: headlineMessage(level, actionId) }, { number: emergencyNumber.number })}
      </h1>
      <p className="triage-action">{actionIn(words, assessment)}</p>
      {level === 'emergency' && (
        <a className="button call-button" href={`tel:${emergencyNumber.number}`}>
          {callNumber}
        </a>
      )}
      {call && <CallButton words={words} call={call} />}
      {actionId === 'maternity-unit-now' && (
        <>
          {call?.kind !== 'maternity-unit' && (
            <p className="triage-maternity-number">
              {intl.formatMessage({ id: 'triage.result.maternityNumberHint' })}
            </p>
          )}
          <a className="button call-button" href={`tel:${emergencyNumber.number}`}>
            {intl.formatMessage({ id: 'triage.result.cannotGetThere' }, { number: emergencyNumber.number })}
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

function DoNow({
  words,
  assessment,
  call,
}: {
  words: Words;
  assessment: Assessment;
  call: CallChoice | undefined;
}) {
  if (!call) return null;
  const steps = doNowStepsIn(words, assessment, call);
  return (
    <section aria-labelledby="check-do-now">
      <h2 id="check-do-now">{words.intl.formatMessage({ id: 'triage.result.doNow' })}</h2>
      <ol className="check-do-now">
        {steps.map((step) => (
          <li key={step}>{step}</li>
        ))}
      </ol>
    </section>
  );
}

function Reasons({
  words,
  knowledge,
  assessment,
}: {
  words: Words;
  knowledge: KnowledgeBase;
  assessment: Assessment;
}) {
  const { intl, locale } = words;
  const { reasons, emergencyNumber } = assessment.result;
  const why = intl.formatMessage({ id: 'triage.result.why' });
  if (reasons.length === 0) {
    return (
      <section aria-labelledby="check-why">
        <h2 id="check-why">{why}</h2>
        <p>{intl.formatMessage({ id: 'triage.result.noReasons' })}</p>
      </section>
    );
  }
  return (
    <section aria-labelledby="check-why">
      <h2 id="check-why">{why}</h2>
      <ol className="check-reasons">
        {reasons.map((reason) => (
          <li key={reason.rule} className="card" data-rule={reason.rule}>
            <p className="check-reason-level">{levelName(intl, reason.level)}</p>
            <p>{reasonText(locale, reason.rule, reason.explanation, emergencyNumber.number)}</p>
            {reason.findings.length > 0 && (
              <div className="check-reason-answers">
                <p className="muted">{intl.formatMessage({ id: 'triage.result.answeredYes' })}</p>
                <ul>
                  {reason.findings.map((name) => (
                    <li key={name}>{questionIn(checkWords(locale), name)}</li>
                  ))}
                </ul>
              </div>
            )}
            <SourceLine
              label={intl.formatMessage({ id: 'triage.result.sources' })}
              className="check-sources"
              knowledge={knowledge}
              keys={leadingSources(knowledge, reason.sources)}
            />
            <SourceLine
              label={intl.formatMessage({ id: 'triage.result.alsoMentioned' })}
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

function Meanwhile({
  words,
  knowledge,
  assessment,
}: {
  words: Words;
  knowledge: KnowledgeBase;
  assessment: Assessment;
}) {
  const { intl, locale } = words;
  const items = knowledgeIn(knowledge, locale);
  const { selfCare, level } = assessment.result;
  if (selfCare.length === 0) return null;
  // On urgent and soon results the steps are in "What to do now"; these pages only explain more.
  const readMore = level === 'urgent' || level === 'soon';
  // The Relief page stretches and rubs the leg; it is offered only when the engine still
  // suggests that (it withholds it whenever a clot may be present).
  const reliefIsSafe = selfCare.includes('relief.calf-stretch');
  return (
    <section aria-labelledby="check-meanwhile">
      <h2 id="check-meanwhile">
        {intl.formatMessage({ id: readMore ? 'triage.result.readMore' : 'triage.result.meanwhile' })}
      </h2>
      <ul className="check-links">
        {selfCare
          .map((id) => itemLink(items, id))
          .map((item) => (
            <li key={item.id}>
              <a href={item.href}>{item.title}</a>
            </li>
          ))}
      </ul>
      {reliefIsSafe && <p>{withLink(intl, 'triage.result.crampNow', '/relief')}</p>}
    </section>
  );
}

function WatchFor({ words, assessment }: { words: Words; assessment: Assessment }) {
  const { intl, locale } = words;
  const { level, emergencyNumber } = assessment.result;
  const watchFor = watchForAfterSteps(assessment.result).map((line) =>
    watchForLine(locale, line, emergencyNumber.number),
  );
  if (watchFor.length === 0) return null;
  return (
    <section aria-labelledby="check-watch">
      <h2 id="check-watch">
        {intl.formatMessage({
          id: level === 'emergency' ? 'triage.result.whileYouWait' : 'triage.result.watchFor',
        })}
      </h2>
      <ul className="check-watch">
        {watchFor.map((line) => (
          <li key={line}>{line}</li>
        ))}
      </ul>
    </section>
  );
}

function YourAnswers({ words, assessment }: { words: Words; assessment: Assessment }) {
  const { intl } = words;
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
  const notGiven = intl.formatMessage({ id: 'triage.result.notGiven' });
  const sinceBirthText = !afterBirth
    ? ''
    : postpartumWeeksSource === 'profile'
      ? intl.formatMessage({ id: 'triage.result.fromBirthDate' }, { weeks: postpartumWeeks })
      : String(postpartumWeeks);
  const weekText =
    gestationalWeek === null
      ? notGiven
      : gestationalWeekSource === 'profile'
        ? intl.formatMessage({ id: 'triage.result.fromDueDate' }, { week: gestationalWeek })
        : String(gestationalWeek);
  return (
    <section aria-labelledby="check-answers">
      <h2 id="check-answers">{intl.formatMessage({ id: 'triage.result.yourAnswers' })}</h2>
      <dl className="check-answers">
        <dt>{intl.formatMessage({ id: 'triage.result.signsYes' })}</dt>
        <dd>
          {yes.length === 0 ? (
            intl.formatMessage({ id: 'triage.result.none' })
          ) : (
            <ul>
              {yes.map((name) => (
                <li key={name}>{questionIn(checkWords(words.locale), name)}</li>
              ))}
            </ul>
          )}
        </dd>
        {afterBirth ? (
          <>
            <dt>{intl.formatMessage({ id: 'triage.result.weeksSinceBirth' })}</dt>
            <dd>{sinceBirthText}</dd>
          </>
        ) : (
          <>
            <dt>{intl.formatMessage({ id: 'triage.result.weekOfPregnancy' })}</dt>
            <dd>{weekText}</dd>
          </>
        )}
        <dt>{intl.formatMessage({ id: 'triage.result.homeBp' })}</dt>
        <dd>
          {bloodPressure
            ? intl.formatMessage(
                { id: 'triage.result.bpValue' },
                { systolic: bloodPressure.systolic, diastolic: bloodPressure.diastolic },
              )
            : notGiven}
        </dd>
      </dl>
    </section>
  );
}

function Actions({
  words,
  answers,
  token,
  saved,
  signedIn,
}: Omit<ResultPageProps, 'assessment' | 'knowledge' | 'maternityUnit' | 'locale'> & { words: Words }) {
  const { intl } = words;
  return (
    <div className="no-print">
      <form method="post" action="/check" className="check-form check-edit">
        <input type="hidden" name={FIELD.step} value="1" />
        <input type="hidden" name={FIELD.token} value={token} />
        <CarriedAnswers answers={answers} shown={[]} numbersShown={false} />
        <div className="check-actions">
          <button className="button secondary block" type="submit" name={FIELD.go} value="edit">
            {intl.formatMessage({ id: 'triage.result.changeAnswers' })}
          </button>
          <button className="button secondary block" type="button" data-print hidden>
            {intl.formatMessage({ id: 'triage.result.print' })}
          </button>
          <a className="button ghost block" href="/check">
            {intl.formatMessage({ id: 'triage.result.startAgain' })}
          </a>
        </div>
      </form>
      {saved ? (
        <p className="muted" role="status">
          {withLink(intl, 'triage.result.saved', '/profile')}
        </p>
      ) : (
        !signedIn && <p className="muted">{withLink(intl, 'triage.result.notSaved', '/login')}</p>
      )}
    </div>
  );
}

export function renderCheckResult(props: ResultPageProps): string {
  const locale = props.locale ?? DEFAULT_LOCALE;
  const words: Words = { locale, intl: triageIntl(locale) };
  const { intl } = words;
  const { level } = props.assessment.result;
  const call = callFor(props.assessment, props.maternityUnit);
  return renderPage({
    title: intl.formatMessage({ id: 'triage.result.title' }, { level: levelName(intl, level) }),
    description: intl.formatMessage({ id: 'triage.result.description' }),
    path: '/check',
    body: (
      <div className="check">
        <div className="check-result" data-level={level}>
          <Banner words={words} assessment={props.assessment} call={call} />
          <DoNow words={words} assessment={props.assessment} call={call} />
          <Reasons words={words} knowledge={props.knowledge} assessment={props.assessment} />
          <Meanwhile words={words} knowledge={props.knowledge} assessment={props.assessment} />
          <WatchFor words={words} assessment={props.assessment} />
          <YourAnswers words={words} assessment={props.assessment} />
          <p className="notice check-not-diagnosis">
            {intl.formatMessage({ id: 'triage.result.notDiagnosis' })}
          </p>
          <Actions
            words={words}
            answers={props.answers}
            token={props.token}
            saved={props.saved}
            signedIn={props.signedIn}
          />
        </div>
      </div>
    ),
    scripts: [CHECK_SCRIPT],
    search: false,
    // English keeps the page frame it has always had; a translated result gets its language's frame.
    ...(locale === DEFAULT_LOCALE ? {} : { locale }),
  });
}
