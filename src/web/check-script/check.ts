// Smooths the "Should I call?" questionnaire when JavaScript is on: each step replaces the page
// content in place, focus moves to the step's heading, the browser's Back and a reload keep the
// answers, "See advice now" shows as a same-day sign is ticked, and Print prints the result. Without
// this script the same forms post and work alike. Built to /check.js by vite.scripts.config.ts.
import { ANSWER_FIELDS, CHECK_OFFLINE_PATH, FIELD } from '../../server/check/fields.js';

type ViewKind = 'step' | 'result' | 'other';
type View = { kind: ViewKind; step: number };
/** What a history entry keeps so the screen can come back after Back, Forward or a reload. */
type CheckState = View & { check: true; answers: string; html?: string; title: string };

function isCheckState(value: unknown): value is CheckState {
  return typeof value === 'object' && value !== null && (value as { check?: unknown }).check === true;
}

function start(main: HTMLElement): void {
  /** Every answer the current screen holds (visible controls and carried hidden ones). */
  function answersOf(form: HTMLFormElement): URLSearchParams {
    const params = new URLSearchParams();
    for (const [key, value] of new FormData(form)) {
      if (ANSWER_FIELDS.includes(key)) params.append(key, String(value));
    }
    return params;
  }

  function currentForm(): HTMLFormElement | null {
    return main.querySelector<HTMLFormElement>('form.check-form');
  }

  function currentView(): View {
    const stepForm = main.querySelector<HTMLFormElement>('form.check-form[data-step]');
    if (stepForm) return { kind: 'step', step: Number(stepForm.dataset.step) };
    return main.querySelector('.check-result') ? { kind: 'result', step: 0 } : { kind: 'other', step: 0 };
  }

  function withoutToken(params: URLSearchParams | string): string {
    const copy = new URLSearchParams(params);
    copy.delete(FIELD.token);
    return copy.toString();
  }

  function stateNow(): CheckState {
    const form = currentForm();
    const view = currentView();
    return {
      check: true,
      ...view,
      answers: form ? answersOf(form).toString() : '',
      ...(view.kind === 'result' ? { html: main.innerHTML } : {}),
      title: document.title,
    };
  }

  function remember(): void {
    history.replaceState(stateNow(), '');
  }

  /** "See advice now" shows as soon as a same-day sign is ticked here (or was on an earlier screen). */
  function showAdviceNow(): void {
    const form = main.querySelector<HTMLFormElement>('form.check-form[data-step]');
    const button = form?.querySelector<HTMLButtonElement>('.check-advice-now');
    if (!form || !button) return;
    const before = form.dataset.sameDayBefore === 'true';
    button.hidden = !(before || form.querySelector('input[data-same-day]:checked'));
  }

  function enhance(): void {
    for (const button of main.querySelectorAll<HTMLElement>('[data-print]')) button.hidden = false;
    showAdviceNow();
  }

  function focusHeading(): void {
    main.querySelector<HTMLElement>('#check-heading')?.focus();
  }

  // Buttons stay enabled while a step loads: a page frozen mid-request by the back/forward cache would
  // otherwise come back with dead buttons. A second tap is harmless — the newest request wins and the
  // server keeps one saved check per form token.
  function setBusy(busy: boolean): void {
    currentForm()?.setAttribute('aria-busy', busy ? 'true' : 'false');
  }

  function showOffline(): void {
    const form = currentForm();
    if (!form || form.querySelector('.check-offline')) return;
    const note = document.createElement('p');
    note.className = 'form-error check-offline';
    note.setAttribute('role', 'alert');
    // The step page gives the words in its language.
    note.textContent = form.dataset.unreachable ?? '';
    form.prepend(note);
  }

  function swapIn(html: string, mode: 'push' | 'replace'): boolean {
    const doc = new DOMParser().parseFromString(html, 'text/html');
    const next = doc.getElementById('main');
    if (!next) return false;
    const before = currentView();
    if (mode === 'push') remember();
    main.innerHTML = next.innerHTML;
    document.title = doc.title;
    const after = currentView();
    // A screen shown again (a message about the answers) replaces its entry rather than adding one.
    const same = before.kind === after.kind && before.step === after.step;
    if (mode === 'push' && !same) history.pushState(stateNow(), '', '/check');
    else history.replaceState(stateNow(), '', '/check');
    enhance();
    window.scrollTo(0, 0);
    focusHeading();
    return true;
  }

  // Requests can overlap (a reload restoring a step, then a quick Forward): only the latest may draw,
  // or an older answer arriving late would replace the screen the person has moved on to.
  let latest = 0;

  function post(body: URLSearchParams, mode: 'push' | 'replace'): Promise<void> {
    const ticket = ++latest;
    setBusy(true);
    return fetch('/check', {
      method: 'POST',
      body,
      credentials: 'same-origin',
      headers: { accept: 'text/html' },
    })
      .then((response) => response.text())
      .then((html) => {
        if (ticket !== latest) return;
        if (!swapIn(html, mode)) throw new Error('unexpected answer');
      })
      .catch(() => {
        if (ticket !== latest) return;
        setBusy(false);
        // With the service worker in charge, the one-page questionnaire answers offline: it opens with
        // these answers ticked. Without it, say so and keep the answers here.
        if (navigator.serviceWorker?.controller) {
          const carried = new URLSearchParams(body);
          for (const key of [FIELD.go, FIELD.to, FIELD.step, FIELD.token]) carried.delete(key);
          // The saved questionnaire in this page's language (the service worker keeps one per language).
          carried.set('lang', document.documentElement.lang);
          location.assign(`${CHECK_OFFLINE_PATH}?${carried.toString()}`);
          return;
        }
        showOffline();
      });
  }

  function showStep(step: number, answers: URLSearchParams | string): Promise<void> {
    const body = new URLSearchParams(answers);
    body.set(FIELD.go, 'show');
    body.set(FIELD.to, String(step));
    if (!body.has(FIELD.step)) body.set(FIELD.step, String(step));
    return post(body, 'replace');
  }

  document.addEventListener('submit', (event) => {
    const form = event.target;
    if (!(form instanceof HTMLFormElement) || !form.classList.contains('check-form')) return;
    event.preventDefault();
    const body = answersOf(form);
    const submitter = event.submitter;
    if (submitter instanceof HTMLButtonElement && submitter.name) body.set(submitter.name, submitter.value);
    void post(body, 'push');
  });

  main.addEventListener('change', remember);
  main.addEventListener('change', showAdviceNow);
  main.addEventListener('input', remember);
  main.addEventListener('click', (event) => {
    if (event.target instanceof Element && event.target.closest('[data-print]')) window.print();
  });

  window.addEventListener('pageshow', (event) => {
    if (event.persisted) setBusy(false);
  });

  window.addEventListener('popstate', (event) => {
    const state: unknown = event.state;
    if (!isCheckState(state)) return;
    if (state.kind === 'result' && state.html) {
      main.innerHTML = state.html;
      document.title = state.title;
      enhance();
      focusHeading();
      return;
    }
    // Going back to a step: draw it with the answers as they are now, so later answers are kept.
    const form = currentForm();
    void showStep(state.step, form ? answersOf(form) : state.answers);
  });

  enhance();
  const saved: unknown = history.state;
  const view = currentView();
  // Only a reload or a return through history restores; following a link to /check starts afresh.
  const [navigation] = performance.getEntriesByType('navigation') as PerformanceNavigationTiming[];
  const returning = navigation?.type === 'reload' || navigation?.type === 'back_forward';
  if (returning && isCheckState(saved) && view.kind !== 'other') {
    const form = currentForm();
    const here = form ? withoutToken(answersOf(form)) : '';
    const differs =
      saved.kind !== view.kind || saved.step !== view.step || withoutToken(saved.answers) !== here;
    // A reload of /check draws the first step afresh: put back the screen and answers this entry had.
    if (differs && saved.kind === 'result' && saved.html) {
      main.innerHTML = saved.html;
      document.title = saved.title;
      enhance();
    } else if (differs && saved.kind === 'step') {
      void showStep(saved.step, saved.answers);
      return;
    }
  }
  remember();
}

const main = document.getElementById('main');
if (main && 'fetch' in window && 'DOMParser' in window) start(main);
