// The offline "Should I call?" (/check/offline, kept on the phone by the service worker): reads the
// one-page form with the server's own answer mapping, runs the triage engine here, and draws the
// answer in the page. Nothing is saved or sent. Built to /check-offline.js by vite.scripts.config.ts;
// only this page loads it, so /check.js stays small.
import type { CallChoice } from '../../core/call/who-to-call.js';
import type { TriageResult } from '../../core/triage/index.js';
import { answersFromForm, emergencyTicked, triageAnswers } from '../../server/check/answers.js';
import { doNowSteps, watchForAfterSteps } from '../../server/check/do-now.js';
import { FIELD } from '../../server/check/fields.js';
import { headline, LEVEL_NAMES } from '../../server/check/result-words.js';

const NUMBER_LABELS: Readonly<Record<string, string>> = {
  gestationalWeek: 'Week of pregnancy',
  postpartumWeeks: 'Weeks since the birth',
  bloodPressure: 'Blood pressure',
  'bloodPressure.systolic': 'Top number',
  'bloodPressure.diastolic': 'Bottom number',
};

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

function callButton(call: CallChoice): HTMLElement {
  return el(
    'div',
    { class: 'check-call', 'data-call': call.kind },
    el('a', { class: 'button call-button', href: call.href }, call.label),
    call.kind !== 'emergency' &&
      call.label !== `Call ${call.number}` &&
      el('p', { class: 'check-call-number' }, call.number),
    'note' in call && call.note && el('p', { class: 'check-call-note' }, call.note),
  );
}

/** The answer as the server's result page gives it, without what needs the server (sources, saving). */
function resultView(
  result: TriageResult,
  call: CallChoice,
  selfCareTitles: Readonly<Record<string, string>>,
): HTMLElement {
  const { level, actionId, action, emergencyNumber } = result;
  const callsSomeone = level === 'urgent' || level === 'soon';
  const emergencyHref = `tel:${emergencyNumber.number}`;
  const banner = el(
    'section',
    { class: `triage-banner level-${level}`, 'data-action': actionId, 'aria-labelledby': 'check-heading' },
    el(
      'p',
      { class: 'triage-level' },
      el('span', { class: 'visually-hidden' }, 'Level: '),
      LEVEL_NAMES[level],
    ),
    el('h1', { id: 'check-heading', tabindex: '-1' }, headline(level, actionId, emergencyNumber.number)),
    el('p', { class: 'triage-action' }, action),
    level === 'emergency' &&
      el('a', { class: 'button call-button', href: emergencyHref }, `Call ${emergencyNumber.number}`),
    callsSomeone && callButton(call),
    actionId === 'maternity-unit-now' &&
      call.kind !== 'maternity-unit' &&
      el(
        'p',
        { class: 'triage-maternity-number' },
        "Your maternity unit's number is on your pregnancy notes or discharge papers. Call it now and say what is happening; they will tell you what to do next.",
      ),
    actionId === 'maternity-unit-now' &&
      el(
        'a',
        { class: 'button call-button', href: emergencyHref },
        `Cannot get there? Call ${emergencyNumber.number}`,
      ),
  );
  const steps = callsSomeone ? doNowSteps(result, call) : [];
  const watchFor = watchForAfterSteps(result);
  const selfCare = result.selfCare.map((id) => selfCareTitles[id] ?? id);
  return el(
    'div',
    { class: 'check-result', 'data-level': level, 'data-offline': 'true' },
    banner,
    el(
      'p',
      { class: 'notice check-offline-result' },
      'Worked out on this phone without a connection, from the same rules Crampwise uses online. It is not saved: note it down or keep this page open.',
    ),
    steps.length > 0 && section('check-do-now', 'What to do now', list('ol', 'check-do-now', steps)),
    section(
      'check-why',
      'Why',
      result.reasons.length === 0
        ? el(
            'p',
            {},
            'None of your answers is a warning sign that needs a call. Check again if anything changes.',
          )
        : el(
            'ol',
            { class: 'check-reasons' },
            ...result.reasons.map((reason) =>
              el(
                'li',
                { class: 'card' },
                el('p', { class: 'check-reason-level' }, LEVEL_NAMES[reason.level]),
                el('p', {}, reason.explanation),
              ),
            ),
          ),
    ),
    selfCare.length > 0 &&
      section(
        'check-meanwhile',
        callsSomeone ? 'Read more' : 'What to do meanwhile',
        list('ul', 'check-links', selfCare),
        result.selfCare.includes('relief.calf-stretch') &&
          el('p', {}, 'A cramp right now? ', el('a', { href: '/relief' }, 'Step-by-step relief'), '.'),
      ),
    watchFor.length > 0 &&
      section(
        'check-watch',
        level === 'emergency' ? 'While you wait' : 'Watch for',
        list('ul', 'check-watch', watchFor),
      ),
    el(
      'p',
      { class: 'notice check-not-diagnosis' },
      'This is not a diagnosis. It is a guide to how soon to get help, based only on your answers. If you are worried, contact your midwife or doctor whatever this says.',
    ),
    el(
      'p',
      {},
      el('button', { class: 'button secondary', type: 'button', 'data-change': 'true' }, 'Change my answers'),
    ),
  );
}

function start(form: HTMLFormElement, main: HTMLElement): void {
  const region = form.dataset.region ?? '';
  const call = JSON.parse(form.dataset.call ?? '{}') as CallChoice;
  const selfCareTitles = JSON.parse(form.dataset.selfCare ?? '{}') as Record<string, string>;
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
      const number = form.querySelector('.check-call-now a')?.textContent ?? 'the emergency number';
      showErrors([
        `Tick the signs you have so we can show you what to do. If you are not sure, ${number.toLowerCase()} now.`,
      ]);
      return;
    }
    // As on the server: an emergency sign is never held back by a number that does not read.
    const read = triageAnswers(answers, region);
    if (!read.ok) {
      showErrors(
        Object.entries(read.fields).map(([path, message]) =>
          NUMBER_LABELS[path] ? `${NUMBER_LABELS[path]} ${message.replace(/\.$/, '')}.` : message,
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
    document.title = `Should I call? — ${LEVEL_NAMES[result.level]}`;
    window.scrollTo(0, 0);
    shown.querySelector<HTMLElement>('#check-heading')?.focus();
  });

  main.addEventListener('click', (event) => {
    if (!(event.target instanceof Element) || !event.target.closest('[data-change]')) return;
    shown?.remove();
    shown = undefined;
    form.hidden = false;
    document.title = 'Should I call? — offline';
    form.querySelector<HTMLElement>('#check-offline-heading')?.focus();
  });
}

const main = document.getElementById('main');
const form = document.querySelector<HTMLFormElement>('form.check-offline-form');
if (main && form) start(form, main);
