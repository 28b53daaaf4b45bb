// Smooths the "Should I call?" questionnaire when JavaScript is on: each step replaces the page
// content in place, focus moves to the step's heading, the browser's Back and a reload keep the
// answers, and Print prints the result. Without this script the same forms post and work alike.
(() => {
  const main = document.getElementById('main');
  if (!main || !window.fetch || !window.DOMParser || !window.history.replaceState) return;

  const ANSWER_FIELDS = ['f', 'step', 'token', 'week', 'sys', 'dia', 'stage', 'pp'];

  /** Every answer the current screen holds (visible controls and carried hidden ones). */
  function answersOf(form) {
    const params = new URLSearchParams();
    for (const [key, value] of new FormData(form)) {
      if (ANSWER_FIELDS.includes(key)) params.append(key, String(value));
    }
    return params;
  }

  function currentForm() {
    return main.querySelector('form.check-form');
  }

  function currentView() {
    const stepForm = main.querySelector('form.check-form[data-step]');
    if (stepForm) return { kind: 'step', step: Number(stepForm.dataset.step) };
    return main.querySelector('.check-result') ? { kind: 'result', step: 0 } : { kind: 'other', step: 0 };
  }

  function withoutToken(params) {
    const copy = new URLSearchParams(params);
    copy.delete('token');
    return copy.toString();
  }

  /** What this history entry needs to come back after Back, Forward or a reload. */
  function stateNow() {
    const form = currentForm();
    const state = { check: true, ...currentView(), answers: form ? answersOf(form).toString() : '' };
    if (state.kind === 'result') state.html = main.innerHTML;
    state.title = document.title;
    return state;
  }

  function remember() {
    history.replaceState(stateNow(), '');
  }

  /** "See advice now" shows as soon as a same-day sign is ticked on this screen (or was on an earlier one). */
  function showAdviceNow() {
    const form = main.querySelector('form.check-form[data-step]');
    const button = form?.querySelector('.check-advice-now');
    if (!form || !button) return;
    const before = form.dataset.sameDayBefore === 'true';
    button.hidden = !(before || form.querySelector('input[data-same-day]:checked'));
  }

  function enhance() {
    for (const button of main.querySelectorAll('[data-print]')) {
      button.hidden = false;
    }
    showAdviceNow();
  }

  function focusHeading() {
    const heading = main.querySelector('#check-heading');
    if (heading) heading.focus();
  }

  // Buttons stay enabled while a step loads: a page frozen mid-request by the back/forward cache would
  // otherwise come back with dead buttons. A second tap is harmless — the newest request wins and the
  // server keeps one saved check per form token.
  function setBusy(busy) {
    const form = currentForm();
    if (form) form.setAttribute('aria-busy', busy ? 'true' : 'false');
  }

  function showOffline() {
    const form = currentForm();
    if (!form || form.querySelector('.check-offline')) return;
    const note = document.createElement('p');
    note.className = 'form-error check-offline';
    note.setAttribute('role', 'alert');
    note.textContent =
      'Could not reach Crampwise. Check your connection and try again; your answers are still here.';
    form.prepend(note);
  }

  function swapIn(html, mode) {
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

  function post(body, mode) {
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
        showOffline();
      });
  }

  function showStep(step, answers) {
    const body = new URLSearchParams(answers);
    body.set('go', 'show');
    body.set('to', String(step));
    if (!body.has('step')) body.set('step', String(step));
    return post(body, 'replace');
  }

  document.addEventListener('submit', (event) => {
    const form = event.target;
    if (!(form instanceof HTMLFormElement) || !form.classList.contains('check-form')) return;
    event.preventDefault();
    const body = answersOf(form);
    const submitter = event.submitter;
    if (submitter?.name) body.set(submitter.name, submitter.value);
    post(body, 'push');
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
    const state = event.state;
    if (!state?.check) return;
    if (state.kind === 'result' && state.html) {
      main.innerHTML = state.html;
      document.title = state.title;
      enhance();
      focusHeading();
      return;
    }
    // Going back to a step: draw it with the answers as they are now, so later answers are kept.
    const form = currentForm();
    showStep(state.step, form ? answersOf(form) : state.answers);
  });

  enhance();
  const saved = history.state;
  const view = currentView();
  // Only a reload or a return through history restores; following a link to /check starts afresh.
  const [navigation] = performance.getEntriesByType ? performance.getEntriesByType('navigation') : [];
  const returning = navigation?.type === 'reload' || navigation?.type === 'back_forward';
  if (returning && saved?.check && view.kind !== 'other') {
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
      showStep(saved.step, saved.answers);
      return;
    }
  }
  remember();
})();
