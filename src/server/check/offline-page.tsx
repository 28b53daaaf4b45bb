// /check/offline: the whole questionnaire on one page, kept on the phone by the service worker and
// shown when /check cannot reach the server. Its script (/check-offline.js) reads the answers with the
// server's own mapping, runs the triage engine in the page and draws the result there. The questions are
// the step pages' own components, grouped under the same headings; questions asked only during pregnancy
// are hidden by the stylesheet once "I had my baby" is chosen, as the step pages leave them out.
import type { CallChoice } from '../../core/call/who-to-call.js';
import { type EmergencyNumber, FINDINGS, findingApplies } from '../../core/triage/index.js';
import type { CheckAnswers } from './answers.js';
import { FIELD, type OfflineScriptText } from './fields.js';
import { STEPS, sameDayFindings, stageOf } from './form.js';
import { renderCheckPage } from './parts.js';
import { offlineResultWords } from './result-page.js';
import { CallNow, Numbers, Questions, StageQuestion, wordsFor } from './step-page.js';
import { type CheckWords, checkWords, FIELD_LABELS } from './words.js';

export { CHECK_OFFLINE_PATH } from './fields.js';
export const CHECK_OFFLINE_SCRIPT = '/check-offline.js';

export type OfflineCheckProps = {
  /** Prefilled from the profile as the step pages prefill them (stage, weeks); otherwise empty. */
  answers: CheckAnswers;
  /** The region the page was rendered for: its emergency number, and the engine's region. */
  region: string;
  emergency: EmergencyNumber;
  /** Whom an urgent or soon answer calls (the profile's unit, else the region's line, else emergency). */
  call: CallChoice;
  profileWeek: number | undefined;
  profilePostpartumWeeks: number | undefined;
  /** Titles of the Learn items the engine can suggest, by id: the script names them without the server. */
  selfCareTitles: Readonly<Record<string, string>>;
  /** The page's language (English when not given). */
  words?: CheckWords;
};

/** Placeholders the script replaces; ICU keeps them as they are when given as values. */
const NUMBER = '{number}';
const LEVEL = '{level}';

export function offlineScriptText(
  words: CheckWords,
  emergency: EmergencyNumber,
  call: CallChoice,
): OfflineScriptText {
  const emergencyNumber = emergency.number;
  const t = (id: string, values?: Record<string, string | number>) => words.text(id, values);
  return {
    needsTick: t('check.offline.needsTick', { number: emergencyNumber }),
    levelLabel: t('check.offline.levelLabel'),
    call: t('check.offline.call', { number: NUMBER }),
    maternityNumber: t('check.offline.maternityNumber'),
    cannotGetThere: t('check.offline.cannotGetThere', { number: NUMBER }),
    worked: t('check.offline.worked'),
    doNow: t('check.offline.doNow'),
    why: t('check.offline.why'),
    noReasons: t('check.offline.noReasons'),
    readMore: t('check.offline.readMore'),
    meanwhile: t('check.offline.meanwhile'),
    crampNow: t('check.offline.crampNow'),
    relief: t('check.offline.relief'),
    whileYouWait: t('check.offline.whileYouWait'),
    watchFor: t('check.offline.watchFor'),
    notDiagnosis: t('check.offline.notDiagnosis'),
    change: t('check.offline.change'),
    title: t('check.title.offline'),
    resultTitle: t('check.title.offlineResult', { level: LEVEL }),
    fieldError: t('check.fieldError', { label: '{label}', message: '{message}' }),
    labels: Object.fromEntries(Object.entries(FIELD_LABELS).map(([path, id]) => [path, t(id)])),
    result: offlineResultWords(words.locale, emergency, call),
  };
}

const PREGNANCY_ONLY: ReadonlySet<string> = new Set(
  FINDINGS.filter((f) => !findingApplies(f.name, 'after-birth')).map((f) => f.name),
);

function OfflineForm(props: OfflineCheckProps & { words: CheckWords }) {
  const { answers, emergency, words } = props;
  const ticked = new Set(answers.findings);
  const sameDayNames = sameDayFindings(stageOf(answers));
  const wrap = (name: string, question: React.ReactNode) =>
    PREGNANCY_ONLY.has(name) ? <div data-only="pregnant">{question}</div> : question;
  return (
    <form
      method="post"
      action="/check"
      className="check-offline-form"
      data-region={props.region}
      data-call={JSON.stringify(props.call)}
      data-self-care={JSON.stringify(props.selfCareTitles)}
      data-text={JSON.stringify(offlineScriptText(words, emergency, props.call))}
      noValidate
    >
      <h1 id="check-offline-heading" tabIndex={-1}>
        {words.text('check.offline.heading')}
      </h1>
      <p className="notice check-offline-note">{words.text('check.offline.note')}</p>
      <div className="form-error check-offline-errors" role="alert" tabIndex={-1} hidden />
      <StageQuestion
        answers={answers}
        errors={{ form: [] }}
        profilePostpartumWeeks={props.profilePostpartumWeeks}
        words={words}
      />
      {STEPS.map((definition) => {
        const pregnant = wordsFor(definition, false, words);
        const afterBirth = wordsFor(definition, true, words);
        const differs = pregnant.heading !== afterBirth.heading;
        const names = FINDINGS.filter((f) => definition.groups.includes(f.group)).map((f) => f.name);
        const leadId = `check-lead-${definition.number}`;
        return (
          <fieldset key={definition.number} className="check-group" aria-describedby={leadId}>
            <legend>
              <h2 data-only={differs ? 'pregnant' : undefined}>{pregnant.heading}</h2>
              {differs && <h2 data-only="after-birth">{afterBirth.heading}</h2>}
            </legend>
            <div id={leadId}>
              <p className="check-lead" data-only={differs ? 'pregnant' : undefined}>
                {pregnant.lead}
              </p>
              {differs && (
                <p className="check-lead" data-only="after-birth">
                  {afterBirth.lead}
                </p>
              )}
            </div>
            {definition.groups.length === 0 ? (
              <Numbers
                answers={answers}
                errors={{ form: [] }}
                profileWeek={props.profileWeek}
                words={words}
              />
            ) : (
              <Questions
                names={names}
                words={words}
                ticked={ticked}
                visibleWhy={definition.number === 1}
                sameDayNames={sameDayNames}
                wrap={wrap}
              />
            )}
            {definition.number === 1 && (
              <div className="check-actions">
                <button className="button danger block" type="submit" name={FIELD.go} value="emergency">
                  {words.text('check.button.emergency')}
                </button>
                <CallNow number={emergency.number} words={words} />
              </div>
            )}
          </fieldset>
        );
      })}
      {/* Posted online (the script not running), the server reads it as the last step: every answer is here. */}
      <input type="hidden" name={FIELD.step} value={STEPS.length} />
      <div className="check-actions">
        <button className="button block" type="submit" name={FIELD.go} value="next">
          {words.text('check.button.show')}
        </button>
      </div>
    </form>
  );
}

export function renderOfflineCheck(props: OfflineCheckProps): string {
  const words = props.words ?? checkWords();
  return renderCheckPage(
    words.text('check.title.offline'),
    <OfflineForm {...props} words={words} />,
    [CHECK_OFFLINE_SCRIPT],
    words,
  );
}
