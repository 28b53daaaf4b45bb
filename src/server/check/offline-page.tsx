// /check/offline: the whole questionnaire on one page, kept on the phone by the service worker and
// shown when /check cannot reach the server. Its script (/check-offline.js) reads the answers with the
// server's own mapping, runs the triage engine in the page and draws the result there. The questions are
// the step pages' own components, grouped under the same headings; questions asked only during pregnancy
// are hidden by the stylesheet once "I had my baby" is chosen, as the step pages leave them out.
import type { CallChoice } from '../../core/call/who-to-call.js';
import { type EmergencyNumber, FINDINGS, findingApplies } from '../../core/triage/index.js';
import type { CheckAnswers } from './answers.js';
import { FIELD } from './fields.js';
import { STEPS, sameDayFindings, stageOf } from './form.js';
import { renderCheckPage } from './parts.js';
import { Numbers, Questions, StageQuestion, wordsFor } from './step-page.js';

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
};

const PREGNANCY_ONLY: ReadonlySet<string> = new Set(
  FINDINGS.filter((f) => !findingApplies(f.name, 'after-birth')).map((f) => f.name),
);

function OfflineForm(props: OfflineCheckProps) {
  const { answers, emergency } = props;
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
      noValidate
    >
      <h1 id="check-offline-heading" tabIndex={-1}>
        Should I call?
      </h1>
      <p className="notice check-offline-note">
        This version of the questions works without a connection: answer them on this one page and your phone
        works out what to do, with the same rules as online. Nothing you answer here is saved or sent.
      </p>
      <div className="form-error check-offline-errors" role="alert" tabIndex={-1} hidden />
      <StageQuestion
        answers={answers}
        errors={{ form: [] }}
        profilePostpartumWeeks={props.profilePostpartumWeeks}
      />
      {STEPS.map((definition) => {
        const pregnant = wordsFor(definition, false);
        const afterBirth = wordsFor(definition, true);
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
              <Numbers answers={answers} errors={{ form: [] }} profileWeek={props.profileWeek} />
            ) : (
              <Questions
                names={names}
                ticked={ticked}
                visibleWhy={definition.number === 1}
                sameDayNames={sameDayNames}
                wrap={wrap}
              />
            )}
            {definition.number === 1 && (
              <div className="check-actions">
                <button className="button danger block" type="submit" name={FIELD.go} value="emergency">
                  Yes — one or more of these
                </button>
                <p className="check-call-now">
                  Already sure you need help? <a href={`tel:${emergency.number}`}>Call {emergency.number}</a>.
                </p>
              </div>
            )}
          </fieldset>
        );
      })}
      {/* Posted online (the script not running), the server reads it as the last step: every answer is here. */}
      <input type="hidden" name={FIELD.step} value={STEPS.length} />
      <div className="check-actions">
        <button className="button block" type="submit" name={FIELD.go} value="next">
          Show what to do
        </button>
      </div>
    </form>
  );
}

export function renderOfflineCheck(props: OfflineCheckProps): string {
  return renderCheckPage('Should I call? — offline', <OfflineForm {...props} />, [CHECK_OFFLINE_SCRIPT]);
}
