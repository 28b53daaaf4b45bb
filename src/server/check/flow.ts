// The /check flow as pure functions: the posted form, who is asking and the moment give the page to
// answer with. Nothing here reads or writes the store; routes.ts saves a signed-in person's result.
import { randomUUID } from 'node:crypto';
import { whoToCall } from '../../core/call/who-to-call.js';
import { emergencyNumberFor, parseTriageInput, TRIAGE_RULES } from '../../core/triage/index.js';
import { BASELINE_SELF_CARE } from '../../core/triage/self-care.js';
import type { Locale } from '../../i18n/locales.js';
import type { AppContext } from '../context.js';
import type { UserRow } from '../db/repos/users.js';
import { knowledgeIn } from '../localized-knowledge.js';
import { maternityUnitOf } from '../person.js';
import { type Assessment, assess, profilePostpartumWeeks, profileWeek } from '../triage/assess.js';
import { itemLink } from '../triage/knowledge-links.js';
import { triageRegion } from '../triage/person-context.js';
import { emergencyTicked } from './answers.js';
import { engineMessageIn, numberBoxMessage } from './field-words.js';
import {
  type CheckAnswers,
  type CheckForm,
  formFieldFor,
  NO_ANSWERS,
  nextView,
  readAnswers,
  type StepNumber,
  sameDayTicked,
  stageOf,
  triageRequestFrom,
} from './form.js';
import { renderOfflineCheck } from './offline-page.js';
import { renderCheckProblem } from './parts.js';
import type { ResultPageProps } from './result-page.js';
import { renderCheckStep, type StepErrors } from './step-page.js';
import { type CheckWords, checkWords } from './words.js';

/** Who is asking: anyone may use /check; a signed-in person's profile fills in what it knows. */
export type CheckVisitor = {
  user: UserRow | undefined;
  acceptLanguage: string | undefined;
  /** The page's language (request.locale); English when not given. */
  locale?: Locale | undefined;
};

const wordsOf = (visitor: CheckVisitor): CheckWords => checkWords(visitor.locale);

/** What the flow answers: a page to send as it is, or a result to save (when signed in) and then show. */
export type CheckView =
  | { kind: 'page'; status: 200 | 400; html: string }
  | { kind: 'result'; assessment: Assessment; token: string; page: Omit<ResultPageProps, 'saved'> };

/** The configuration and knowledge the pages are drawn from; the flow never touches the store. */
type CheckEnv = Pick<AppContext, 'config' | 'knowledge'>;

const page = (status: 200 | 400, html: string): CheckView => ({ kind: 'page', status, html });

function emergencyFor(env: CheckEnv, visitor: CheckVisitor) {
  return emergencyNumberFor(
    triageRegion(visitor.user?.region, visitor.acceptLanguage, env.config.region).region,
  );
}

/** A page saying the form could not be read, with the emergency number for where the visitor is. */
export function checkProblem(env: CheckEnv, visitor: CheckVisitor, problems: readonly string[]): CheckView {
  return page(400, renderCheckProblem([...problems], emergencyFor(env, visitor), wordsOf(visitor)));
}

/** Titles of every Learn item the engine can suggest, for the offline questionnaire to name them. */
function selfCareTitles(env: CheckEnv, locale: Locale = 'en'): Record<string, string> {
  const ids = new Set([...BASELINE_SELF_CARE, ...TRIAGE_RULES.flatMap((rule) => rule.selfCare ?? [])]);
  const knowledge = knowledgeIn(env.knowledge, locale);
  return Object.fromEntries([...ids].map((id) => [id, itemLink(knowledge, id).title]));
}

function stepPage(
  env: CheckEnv,
  visitor: CheckVisitor,
  now: Date,
  step: StepNumber,
  answers: CheckAnswers,
  token: string,
  extra: { errors?: StepErrors; needsTick?: boolean } = {},
): string {
  const week = profileWeek(env, visitor.user, now);
  const postpartumWeeks = profilePostpartumWeeks(env, visitor.user, now);
  let shownAnswers = answers;
  // The first step starts with the stage the profile gives (a birth date in the last 12 weeks, or a
  // due date) when the question has not been answered yet.
  if (step === 1 && answers.stage === undefined && !extra.errors) {
    if (postpartumWeeks !== undefined) {
      shownAnswers = { ...answers, stage: 'after-birth', postpartumWeeks: String(postpartumWeeks) };
    } else if (week !== undefined) {
      shownAnswers = { ...answers, stage: 'pregnant' };
    }
  }
  // The numbers step starts with the week from the profile's due date when nothing was typed.
  if (step === 5 && answers.week === '' && week !== undefined && !extra.errors) {
    shownAnswers = { ...shownAnswers, week: String(week) };
  }
  return renderCheckStep({
    step,
    answers: shownAnswers,
    token,
    emergency: emergencyFor(env, visitor),
    errors: extra.errors ?? { form: [] },
    profileWeek: week,
    profilePostpartumWeeks: postpartumWeeks,
    needsTick: extra.needsTick ?? false,
    words: wordsOf(visitor),
  });
}

/** GET /check: the first step, prefilled from the profile, with a fresh submission token. */
export function firstStep(env: CheckEnv, visitor: CheckVisitor, now: Date): CheckView {
  return page(200, stepPage(env, visitor, now, 1, NO_ANSWERS, randomUUID()));
}

/** The one-page questionnaire the service worker keeps for when /check cannot reach the server. */
export function offlineCheck(env: CheckEnv, visitor: CheckVisitor, now: Date): CheckView {
  const week = profileWeek(env, visitor.user, now);
  const postpartumWeeks = profilePostpartumWeeks(env, visitor.user, now);
  const { region } = triageRegion(visitor.user?.region, visitor.acceptLanguage, env.config.region);
  // Prefilled as the step pages prefill them, so the same boxes give the same answer online or not.
  const answers: CheckAnswers = {
    ...NO_ANSWERS,
    ...(postpartumWeeks !== undefined
      ? { stage: 'after-birth', postpartumWeeks: String(postpartumWeeks) }
      : week !== undefined
        ? { stage: 'pregnant', week: String(week) }
        : {}),
  };
  return page(
    200,
    renderOfflineCheck({
      answers,
      region,
      emergency: emergencyNumberFor(region),
      call: whoToCall({ maternityUnit: maternityUnitOf(visitor.user), region }),
      profileWeek: week,
      profilePostpartumWeeks: postpartumWeeks,
      selfCareTitles: selfCareTitles(env, visitor.locale),
      words: wordsOf(visitor),
    }),
  );
}

/** Field messages from the triage parser, in the page's language, placed on the number boxes they belong to. */
function stepErrors(fields: Record<string, string>, locale: Locale = 'en'): StepErrors {
  const errors: {
    form: string[];
    week?: string;
    postpartumWeeks?: string;
    systolic?: string;
    diastolic?: string;
  } = { form: [] };
  for (const [path, message] of Object.entries(fields)) {
    const target = formFieldFor(path);
    if (target === 'form') errors.form.push(engineMessageIn(locale, message));
    else errors[target] ??= numberBoxMessage(locale, target, message);
  }
  return errors;
}

/** The field message for the weeks since the birth, or undefined when they read. */
function postpartumProblem(answers: CheckAnswers, locale?: Locale): StepErrors | undefined {
  const parsed = parseTriageInput(triageRequestFrom({ ...answers, findings: [] }, { numbers: true }));
  if (parsed.ok) return undefined;
  const errors = stepErrors(parsed.error.fields, locale);
  return errors.postpartumWeeks ? { form: [], postpartumWeeks: errors.postpartumWeeks } : undefined;
}

/** POST /check: the next step, the same step with what is wrong, or the result of the answers. */
export function checkView(env: CheckEnv, form: CheckForm, visitor: CheckVisitor, now: Date): CheckView {
  const { answers } = form;
  const view = nextView(form, emergencyTicked(answers), sameDayTicked(answers));
  const token = form.token && !(view.kind === 'step' && view.freshToken) ? form.token : randomUUID();

  if (view.kind === 'step') {
    // Names the form itself never writes (a tampered or stale form) are refused here too, by name.
    const findings = parseTriageInput(triageRequestFrom(answers, { numbers: false }));
    if (!findings.ok)
      return checkProblem(
        env,
        visitor,
        Object.values(findings.error.fields).map((message) =>
          engineMessageIn(visitor.locale ?? 'en', message),
        ),
      );
    // Leaving the first screen after the birth needs the weeks since the birth: they decide what is asked.
    if (form.step === 1 && view.step === 2 && stageOf(answers) === 'after-birth') {
      const weeks = postpartumProblem(answers, visitor.locale);
      if (weeks !== undefined)
        return page(400, stepPage(env, visitor, now, 1, answers, token, { errors: weeks }));
    }
    return page(
      view.needsTick ? 400 : 200,
      stepPage(env, visitor, now, view.step, answers, token, { needsTick: view.needsTick ?? false }),
    );
  }

  const read = readAnswers(answers, view.shortCircuit);
  if (!read.ok) {
    const errors = stepErrors(read.fields, visitor.locale);
    // Number mistakes go back to the screen with the box (weeks since the birth are on the first);
    // anything else means the form was not ours.
    if (errors.form.length > 0) return checkProblem(env, visitor, errors.form);
    return page(400, stepPage(env, visitor, now, errors.postpartumWeeks ? 1 : 5, answers, token, { errors }));
  }
  const week = profileWeek(env, visitor.user, now);
  const postpartumWeeks = profilePostpartumWeeks(env, visitor.user, now);
  // The boxes start filled from the profile; left as they were, the numbers still come from the profile.
  let input = read.value;
  if (input.gestationalWeek !== undefined && input.gestationalWeek === week) {
    input = { ...input, gestationalWeek: undefined };
  }
  if (input.postpartumWeeks !== undefined && input.postpartumWeeks === postpartumWeeks) {
    input = { ...input, postpartumWeeks: undefined };
  }
  const assessment = assess(env, visitor.user, visitor.acceptLanguage, input, now, {
    pregnant: answers.stage === 'pregnant',
    afterBirth: answers.stage === 'after-birth',
  });
  return {
    kind: 'result',
    assessment,
    token,
    page: {
      knowledge: env.knowledge,
      assessment,
      answers,
      token,
      signedIn: visitor.user !== undefined,
      maternityUnit: maternityUnitOf(visitor.user),
    },
  };
}
