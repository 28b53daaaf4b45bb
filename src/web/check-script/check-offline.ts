// The offline "Should I call?" (/check/offline, kept on the phone by the service worker): reads the
// one-page form with the server's own answer mapping, runs the triage engine here, and draws the
// answer in the page. Nothing is saved or sent. Built to /check-offline.js by vite.scripts.config.ts;
// only this page loads it, so /check.js stays small.
import type { CallChoice } from '../../core/call/who-to-call.js';
import type { TriageResult } from '../../core/triage/index.js';
import { answersFromForm, emergencyTicked, triageAnswers } from '../../server/check/answers.js';
import { doNowPlan, watchForAfterSteps } from '../../server/check/do-now.js';
import { FIELD, type OfflineScriptText } from '../../server/check/fields.js';
import { headlineMessage } from '../../server/check/result-words.js';

/** The page's words, which the server puts on the form in the page's language (data-text). */
let text: OfflineScriptText;

const withNumber = (template: string, number: string) => template.replace('{number}', number);

type Child = Node | string | null | undefined | false;

function el(tag: string, attrs: Record<string, string> = {}, ...children: Child[]): HTMLElement {
  const node = document.createElement(tag);
  for (const [key, value] of Object.entries(attrs)) node.setAttribute(key, value);
  for (const child of children) if (child) node.append(child);
  return node;
}

function list(tag: 'ul' | 'ol', className: string, items: readonly string[]): HTMLElement {
  return el(tag, { class: className }, ...items.map((item) => el('li', {}, item)));
}

function section(id: string, heading: string, ...children: Child[]): HTMLElement {
  return el('section', { 'aria-labelledby': id }, el('h2', { id }, heading), ...children);
}

/** An English line of the engine in the page's language (English maps to itself). */
const say = (words: Readonly<Record<string, string>>, english: string) => words[english] ?? english;

function callButton(call: CallChoice): HTMLElement {
  const { callLabel, callNote } = text.result;
  return el(
    'div',
    { class: 'check-call', 'data-call': call.kind },
    el('a', { class: 'button call-button', href: call.href }, callLabel),
    call.kind !== 'emergency' &&
      call.label !== `Call ${call.number}` &&
      el('p', { class: 'check-call-number' }, call.number),
    callNote && el('p', { class: 'check-call-note' }, callNote),
  );
}

/** The answer as the server's result page gives it, without what needs the server (sources, saving). */
function resultView(
  result: TriageResult,
  call: CallChoice,
  selfCareTitles: Readonly<Record<string, string>>,
): HTMLElement {
  const { level, actionId, action, emergencyNumber } = result;
  const words = text.result;
  const callsSomeone = level === 'urgent' || level === 'soon';
  const emergencyHref = `tel:${emergencyNumber.number}`;
  const banner = el(
    'section',
    { class: `triage-banner level-${level}`, 'data-action': actionId, 'aria-labelledby': 'check-heading' },
    el(
      'p',
      { class: 'triage-level' },
      el('span', { class: 'visually-hidden' }, text.levelLabel),
      words.levels[level] ?? level,
    ),
    el(
      'h1',
      { id: 'check-heading', tabindex: '-1' },
      words.headlines[headlineMessage(level, actionId)] ?? '',
    ),
    el('p', { class: 'triage-action' }, say(words.actions, action)),
    level === 'emergency' &&
      el(
        'a',
        { class: 'button call-button', href: emergencyHref },
        withNumber(text.call, emergencyNumber.number),
      ),
    callsSomeone && callButton(call),
    actionId === 'maternity-unit-now' &&
      call.kind !== 'maternity-unit' &&
      el('p', { class: 'triage-maternity-number' }, text.maternityNumber),
    actionId === 'maternity-unit-now' &&
      el(
        'a',
        { class: 'button call-button', href: emergencyHref },
        withNumber(text.cannotGetThere, emergencyNumber.number),
      ),
  );
  const steps = callsSomeone ? doNowPlan(result).map((step) => words.doNow[step] ?? '') : [];
  const watchFor = watchForAfterSteps(result).map((line) => say(words.watch, line));
  const selfCare = result.selfCare.map((id) => selfCareTitles[id] ?? id);
  return el(
    'div',
    { class: 'check-result', 'data-level': level, 'data-offline': 'true' },
    banner,
    el('p', { class: 'notice check-offline-result' }, text.worked),
    steps.length > 0 && section('check-do-now', text.doNow, list('ol', 'check-do-now', steps)),
    section(
      'check-why',
      text.why,
      result.reasons.length === 0
        ? el('p', {}, text.noReasons)
        : el(
            'ol',
            { class: 'check-reasons' },
            ...result.reasons.map((reason) =>
              el(
                'li',
                { class: 'card' },
                el('p', { class: 'check-reason-level' }, words.levels[reason.level] ?? reason.level),
                el('p', {}, words.reasons[reason.rule] ?? reason.explanation),
              ),
            ),
          ),
    ),
    selfCare.length > 0 &&
      section(
        'check-meanwhile',
        callsSomeone ? text.readMore : text.meanwhile,
        list('ul', 'check-links', selfCare),
        result.selfCare.includes('relief.calf-stretch') &&
          el('p', {}, text.crampNow, el('a', { href: '/relief' }, text.relief), '.'),
      ),
    watchFor.length > 0 &&
      section(
        'check-watch',
        level === 'emergency' ? text.whileYouWait : text.watchFor,
        list('ul', 'check-watch', watchFor),
      ),
    el('p', { class: 'notice check-not-diagnosis' }, text.notDiagnosis),
    el(
      'p',
      {},
      el('button', { class: 'button secondary', type: 'button', 'data-change': 'true' }, text.change),
    ),
  );
}

function start(form: HTMLFormElement, main: HTMLElement): void {
  const region = form.dataset.region ?? '';
  const call = JSON.parse(form.dataset.call ?? '{}') as CallChoice;
  const selfCareTitles = JSON.parse(form.dataset.selfCare ?? '{}') as Record<string, string>;
  text = JSON.parse(form.dataset.text ?? '{}') as OfflineScriptText;
  const errors = form.querySelector<HTMLElement>('.check-offline-errors');
  let shown: HTMLElement | undefined;

  // Answers carried from /check when its connection dropped (see check.ts) are ticked here again.
  const carried = new URLSearchParams(location.search);
  for (const name of carried.getAll(FIELD.finding)) {
    const box = form.querySelector<HTMLInputElement>(
      `input[name="${FIELD.finding}"][value="${CSS.escape(name)}"]`,
    );
    if (box) box.checked = true;
  }
  const stage = carried.get(FIELD.stage);
  if (stage) {
    const radio = form.querySelector<HTMLInputElement>(
      `input[name="${FIELD.stage}"][value="${CSS.escape(stage)}"]`,
    );
    if (radio) radio.checked = true;
  }
  for (const key of [FIELD.postpartumWeeks, FIELD.week, FIELD.systolic, FIELD.diastolic]) {
    const value = carried.get(key);
    const box = form.querySelector<HTMLInputElement>(`input[name="${key}"]`);
    if (value !== null && box) box.value = value;
  }

  function showErrors(messages: readonly string[]): void {
    if (!errors) return;
    errors.replaceChildren(...messages.map((message) => el('p', {}, message)));
    errors.hidden = false;
    errors.scrollIntoView({ block: 'center' });
    errors.focus();
  }

  form.addEventListener('submit', (event) => {
    event.preventDefault();
    const params = new URLSearchParams();
    for (const [key, value] of new FormData(form)) params.append(key, String(value));
    const answers = answersFromForm(params);
    const go = event.submitter instanceof HTMLButtonElement ? event.submitter.value : 'next';
    if (go === 'emergency' && !emergencyTicked(answers)) {
      showErrors([text.needsTick]);
      return;
    }
    // As on the server: an emergency sign is never held back by a number that does not read.
    const read = triageAnswers(answers, region);
    if (!read.ok) {
      showErrors(
        Object.entries(read.fields).map(([path, message]) =>
          text.labels[path]
            ? text.fieldError
                .replace('{label}', text.labels[path])
                .replace('{message}', message.replace(/\.$/, ''))
            : message,
        ),
      );
      return;
    }
    const { result } = read;
    if (errors) errors.hidden = true;
    shown?.remove();
    shown = resultView(result, call, selfCareTitles);
    form.hidden = true;
    form.before(shown);
    document.title = text.resultTitle.replace('{level}', text.result.levels[result.level] ?? result.level);
    window.scrollTo(0, 0);
    shown.querySelector<HTMLElement>('#check-heading')?.focus();
  });

  main.addEventListener('click', (event) => {
    if (!(event.target instanceof Element) || !event.target.closest('[data-change]')) return;
    shown?.remove();
    shown = undefined;
    form.hidden = false;
    document.title = text.title;
    form.querySelector<HTMLElement>('#check-offline-heading')?.focus();
  });
}

const main = document.getElementById('main');
const form = document.querySelector<HTMLFormElement>('form.check-offline-form');
if (main && form) start(form, main);
