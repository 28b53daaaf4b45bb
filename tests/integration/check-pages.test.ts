import type { FastifyInstance, LightMyRequestResponse } from 'fastify';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { findingsInGroup } from '../../src/core/triage/index.js';
import type { Store } from '../../src/server/db/connect.js';
import { listTriageResults } from '../../src/server/db/repos/triage-results.js';
import { signUp, testApp } from '../support/app.js';
import { storeTargets } from '../support/stores.js';

/** Due 70 days after 1 March 2025: week 30 on that day. */
const DUE_AT_WEEK_30 = '2025-05-10';
const NOON_1_MARCH = Date.parse('2025-03-01T12:00:00Z');

type Control = { name: string; value: string; type: string; checked: boolean };

/** The controls of the first form in the page's main content, as a browser reads them. */
function controls(html: string): Control[] {
  const main = html.slice(html.indexOf('<main'));
  const form = main.slice(main.indexOf('<form'), main.indexOf('</form>'));
  return [...form.matchAll(/<input\b[^>]*>/g)].map(([tag]) => {
    const attr = (name: string) => new RegExp(`\\s${name}="([^"]*)"`).exec(tag)?.[1];
    return {
      name: attr('name') ?? '',
      value: attr('value') ?? '',
      type: attr('type') ?? 'text',
      checked: /\schecked=""/.test(tag),
    };
  });
}

/**
 * Submits the page's form as a browser would: hidden inputs, ticked boxes (after `tick` and
 * `untick`), number boxes (after `set`), and the pressed button's name=value.
 */
function submission(
  html: string,
  go: string,
  changes: { tick?: string[]; untick?: string[]; set?: Record<string, string> } = {},
): string {
  const params = new URLSearchParams();
  for (const control of controls(html)) {
    if (control.type === 'checkbox') {
      const on =
        (control.checked || changes.tick?.includes(control.value)) &&
        !changes.untick?.includes(control.value);
      if (on) params.append(control.name, control.value);
    } else if (control.type === 'radio') {
      // A radio goes only when chosen: by `set`, or else as the page has it checked.
      const chosen = changes.set?.[control.name];
      if (chosen === undefined ? control.checked : chosen === control.value)
        params.append(control.name, control.value);
    } else if (control.name !== '') {
      params.append(control.name, changes.set?.[control.name] ?? control.value);
    }
  }
  params.set('go', go);
  return params.toString();
}

function mainOf(response: LightMyRequestResponse): string {
  return response.body.slice(response.body.indexOf('<main'));
}

function checkedFindings(html: string): string[] {
  return controls(html)
    .filter((c) => c.type === 'checkbox' && c.checked)
    .map((c) => c.value);
}

function carriedFindings(html: string): string[] {
  return controls(html)
    .filter((c) => c.type === 'hidden' && c.name === 'f')
    .map((c) => c.value);
}

const tokenOf = (html: string) => controls(html).find((c) => c.name === 'token')?.value;

describe.each(storeTargets)('the /check questionnaire on $name', (target) => {
  let store: Store;
  let app: FastifyInstance;

  beforeAll(async () => {
    store = await target.open();
    let ms = NOON_1_MARCH;
    app = await testApp(store, {
      now: () => {
        ms += 1000;
        return new Date(ms);
      },
    });
  });
  afterAll(async () => {
    await app.close();
    await store.close();
  });

  const start = (headers: Record<string, string> = {}) =>
    app.inject({ method: 'GET', url: '/check', headers: { 'accept-language': 'en-GB', ...headers } });
  const send = (payload: string, headers: Record<string, string> = {}) =>
    app.inject({
      method: 'POST',
      url: '/check',
      headers: {
        'content-type': 'application/x-www-form-urlencoded',
        'accept-language': 'en-GB',
        ...headers,
      },
      payload,
    });

  it('opens on the emergency screen, public, with a progress line and no answers', async () => {
    const response = await start();
    expect(response.statusCode).toBe(200);
    expect(response.headers['content-type']).toBe('text/html; charset=utf-8');
    expect(response.headers['cache-control']).toBe('private, no-cache');
    // Under no-referrer, browsers would post these forms with `Origin: null`; the site sends same-origin.
    expect(response.headers['referrer-policy']).toBe('same-origin');
    const html = mainOf(response);
    expect(html).toContain('Right now, do you have any of these?');
    expect(html).toContain('Step 1 of 5');
    expect(html).toMatch(/<progress[^>]*max="5"[^>]*value="1"/);
    expect(checkedFindings(html)).toEqual([]);
    const boxes = controls(html).filter((c) => c.type === 'checkbox');
    expect(boxes.map((b) => b.value)).toEqual(findingsInGroup('emergency'));
    expect(html).toContain('aria-describedby="why-chest_pain"');
    expect(html).toContain('Yes — one or more of these');
    expect(html).toContain('None of these — continue');
    expect(html).toContain('href="tel:999"');
    expect(tokenOf(html)).toMatch(/^[0-9a-f-]{36}$/);
    expect(response.body).toContain('<script src="/check.js" defer="">');
  });

  it('goes straight to an emergency result with a tel: link for the region', async () => {
    const first = mainOf(await start());
    const result = await send(submission(first, 'emergency', { tick: ['chest_pain'] }));
    expect(result.statusCode).toBe(200);
    const html = mainOf(result);
    expect(html).toContain('class="triage-banner level-emergency"');
    expect(html).toContain('Emergency');
    expect(html).toContain('Call 999 now');
    expect(html).toMatch(/<a class="button call-button" href="tel:999">Call 999<\/a>/);
    expect(html).toContain('/learn/sources#nhs-dvt');
    expect(html).toContain('While you wait');
    expect(html).toContain('not a diagnosis');
    expect(html).not.toContain('What to do meanwhile');
  });

  it('short-circuits on a ticked emergency sign even when "None of these" is pressed', async () => {
    const first = mainOf(await start({ 'accept-language': 'ja-JP' }));
    const html = mainOf(
      await send(submission(first, 'next', { tick: ['seizure'] }), { 'accept-language': 'ja-JP' }),
    );
    expect(html).toContain('level-emergency');
    expect(html).toContain('href="tel:119"');
  });

  it('asks for a tick when "Yes" is pressed with nothing ticked, and offers the number', async () => {
    const response = await send(submission(mainOf(await start()), 'emergency'));
    expect(response.statusCode).toBe(400);
    const html = mainOf(response);
    expect(html).toContain('role="alert"');
    expect(html).toMatch(/Tick the signs you have[^<]*<a href="tel:999">call 999 now<\/a>/);
    expect(html).toContain('Step 1 of 5');
  });

  it('walks every screen, carrying answers forward, to an urgent result', async () => {
    const step1 = mainOf(await start());
    const step2 = mainOf(await send(submission(step1, 'next')));
    expect(step2).toContain('Step 2 of 5');
    expect(step2).toContain('<h1 id="check-heading" tabindex="-1">Your legs</h1>');
    expect(step2).toContain('<summary>Why we ask</summary>');
    expect(
      controls(step2)
        .filter((c) => c.type === 'checkbox')
        .map((c) => c.value),
    ).toEqual(findingsInGroup('leg'));

    const step3 = mainOf(await send(submission(step2, 'next', { tick: ['one_leg_swollen'] })));
    expect(step3).toContain('Step 3 of 5');
    expect(step3).toContain('Pregnancy warning signs');
    expect(carriedFindings(step3)).toEqual(['one_leg_swollen']);
    const step4 = mainOf(await send(submission(step3, 'next', { tick: ['headache'] })));
    expect(step4).toContain('Step 4 of 5');
    expect(carriedFindings(step4).sort()).toEqual(['headache', 'one_leg_swollen']);
    const step5 = mainOf(await send(submission(step4, 'next')));
    expect(step5).toContain('Step 5 of 5');
    expect(step5).toContain('Week of pregnancy');
    expect(step5).toContain('Top number (systolic)');
    expect(controls(step5).find((c) => c.name === 'week')?.value).toBe('');
    expect(tokenOf(step5)).toBe(tokenOf(step1));

    const result = await send(submission(step5, 'next', { set: { week: '24' } }));
    expect(result.statusCode).toBe(200);
    const html = mainOf(result);
    expect(html).toContain('class="triage-banner level-urgent"');
    expect(html).toContain('Urgent');
    expect(html).toContain('Get seen today');
    expect(html).toContain('Why');
    expect(html).toContain('One leg more swollen than the other');
    expect(html).toMatch(/href="\/learn\/sources#nhs-dvt">Deep vein thrombosis/);
    expect(html).toContain('href="/learn/redflag.leg-swelling"');
    // A clot may be present: no stretching or rubbing, so no link to the Relief steps.
    expect(html).not.toContain('href="/relief"');
    // The clot warning is a step in "What to do now" on an urgent result.
    expect(html).toContain('Do not rub or massage the leg.');
    expect(html).toContain('Is one leg (calf, ankle or thigh) more swollen than the other?');
    expect(html).toMatch(/<dt>Week of pregnancy<\/dt><dd>24<\/dd>/);
    expect(html).toContain('Change my answers');
    expect(html).toMatch(/<button[^>]*data-print="true"[^>]*hidden=""/);
    expect(html).toContain('Log in</a> to keep a record');
  });

  it('goes back with every answer kept, including ones from later screens', async () => {
    const step2 = mainOf(await send(submission(mainOf(await start()), 'next')));
    const step3 = mainOf(await send(submission(step2, 'next', { tick: ['leg_redness', 'trouble_walking'] })));
    const step4 = mainOf(await send(submission(step3, 'next', { tick: ['fever'] })));
    const step5 = mainOf(await send(submission(step4, 'next', { tick: ['diabetes'] })));
    const back4 = mainOf(
      await send(submission(step5, 'back', { set: { week: '33', sys: '128', dia: '84' } })),
    );
    expect(back4).toContain('Step 4 of 5');
    expect(checkedFindings(back4)).toEqual(['diabetes']);
    const back3 = mainOf(await send(submission(back4, 'back')));
    expect(checkedFindings(back3)).toEqual(['fever']);
    const back2 = mainOf(await send(submission(back3, 'back')));
    expect(checkedFindings(back2)).toEqual(['leg_redness', 'trouble_walking']);
    expect(carriedFindings(back2).sort()).toEqual(['diabetes', 'fever']);
    const carried = controls(back2);
    expect(carried.find((c) => c.name === 'week')?.value).toBe('33');
    expect(carried.find((c) => c.name === 'sys')?.value).toBe('128');
    expect(carried.find((c) => c.name === 'dia')?.value).toBe('84');
    const back1 = mainOf(await send(submission(back2, 'back')));
    expect(back1).toContain('Step 1 of 5');
    const again1 = mainOf(await send(submission(back1, 'back')));
    expect(again1).toContain('Step 1 of 5');

    // Forward again: the numbers come back in their boxes.
    let page = back1;
    for (let i = 0; i < 4; i++) page = mainOf(await send(submission(page, 'next')));
    expect(page).toContain('Step 5 of 5');
    expect(controls(page).find((c) => c.name === 'week')?.value).toBe('33');
    const result = mainOf(await send(submission(page, 'next')));
    expect(result).toContain('level-urgent');
    expect(result).toContain('128/84 mmHg');
  });

  it('changes answers from the result, keeping them all, with a new submission token', async () => {
    let page = mainOf(await start());
    page = mainOf(await send(submission(page, 'next')));
    page = mainOf(await send(submission(page, 'next', { tick: ['residual_soreness'] })));
    for (let i = 0; i < 3; i++) page = mainOf(await send(submission(page, 'next')));
    expect(page).toContain('level-self-care');
    expect(page).toContain('You can look after this at home');
    expect(page).toContain('href="/relief"');
    const resultToken = tokenOf(page);
    const edit = mainOf(await send(submission(page, 'edit')));
    expect(edit).toContain('Step 1 of 5');
    expect(carriedFindings(edit)).toEqual(['residual_soreness']);
    expect(tokenOf(edit)).not.toBe(resultToken);
  });

  it('shows number mistakes on the last screen with the engine messages, keeping the answers', async () => {
    let page = mainOf(await start());
    page = mainOf(await send(submission(page, 'next')));
    page = mainOf(await send(submission(page, 'next', { tick: ['numbness_tingling'] })));
    for (let i = 0; i < 2; i++) page = mainOf(await send(submission(page, 'next')));
    const weekWrong = await send(submission(page, 'next', { set: { week: '52' } }));
    expect(weekWrong.statusCode).toBe(400);
    const html = mainOf(weekWrong);
    expect(html).toContain('Step 5 of 5');
    expect(html).toContain('Week of pregnancy must be a whole number from 0 to 45.');
    expect(html).toMatch(/id="check-week"[^>]*aria-invalid="true"|aria-invalid="true"[^>]*id="check-week"/);
    expect(carriedFindings(html)).toEqual(['numbness_tingling']);

    const bpWrong = mainOf(await send(submission(page, 'next', { set: { sys: '90', dia: '95' } })));
    expect(bpWrong).toContain('Bottom number must be lower than the systolic (top) number.');
    const half = mainOf(await send(submission(page, 'next', { set: { sys: '130' } })));
    expect(half).toMatch(/Bottom number is required/);
  });

  /** Step 1 to the result with one leg swollen (a suspected clot: urgent, be seen today). */
  async function swollenLegResult(headers: Record<string, string> = {}): Promise<string> {
    let page = mainOf(await start(headers));
    page = mainOf(await send(submission(page, 'next'), headers));
    page = mainOf(await send(submission(page, 'next', { tick: ['one_leg_swollen'] }), headers));
    page = mainOf(await send(submission(page, 'next'), headers));
    page = mainOf(await send(submission(page, 'next'), headers));
    return mainOf(await send(submission(page, 'next'), headers));
  }

  it('gives an urgent result a call button for the region line, steps to take, and guideline sources first', async () => {
    const html = await swollenLegResult();
    expect(html).toContain('level-urgent');
    // Signed out with en-GB: no maternity unit is known, so the region's advice line is offered.
    expect(html).toMatch(
      /<div class="check-call" data-call="advice-line"><a class="button call-button" href="tel:111">Call NHS 111<\/a>/,
    );
    expect(html).toContain('In Northern Ireland, call your GP');
    const doNow = html.slice(html.indexOf('id="check-do-now"'), html.indexOf('id="check-why"'));
    expect(doNow).toContain('What to do now');
    expect(doNow).toContain('Call NHS 111 now.');
    expect(doNow).toContain('Do not rub or massage the leg.');
    expect(doNow).toContain('Do not warm the leg');
    // The steps are sentences, not links named after symptoms; the long warning no longer repeats below.
    expect(doNow).not.toContain('<a ');
    expect(html).not.toContain('Do not massage a leg that may have a clot');
    expect(html).toContain('Read more');
    // The DVT reason cites WebMD and Fuji (consumer articles) after the NHS and RCOG guidance.
    const reason = html.slice(html.indexOf('class="check-reasons"'));
    const sources = reason.slice(
      reason.indexOf('class="check-sources"'),
      reason.indexOf('class="check-also-mentioned'),
    );
    const alsoAt = reason.indexOf('class="check-also-mentioned');
    const also = reason.slice(alsoAt, reason.indexOf('</p>', alsoAt));
    expect(sources).toContain('/learn/sources#nhs-dvt');
    expect(sources).toContain('/learn/sources#rcog-gtg37');
    expect(sources).not.toContain('#webmd');
    expect(also).toContain('Also mentioned by:');
    expect(also).toContain('/learn/sources#webmd');
    expect(also).toContain('/learn/sources#fuji');
  });

  it('offers "See advice now" once a same-day sign is ticked, and goes straight to the result', async () => {
    let page = mainOf(await start());
    page = mainOf(await send(submission(page, 'next')));
    // Step 2: the button is there for the script to show, hidden while nothing same-day is ticked.
    expect(page).toMatch(
      /<button class="button danger block check-advice-now"[^>]*value="advice" hidden=""[^>]*>See advice now/,
    );
    expect(page).toMatch(/<input type="checkbox" id="q-one_leg_swollen"[^>]*data-same-day="true"/);
    expect(page).not.toMatch(/data-same-day="true" name="f" value="frequent_cramps"/);
    page = mainOf(await send(submission(page, 'next', { tick: ['one_leg_swollen'] })));
    // Step 3, with a same-day sign carried: shown without a script.
    expect(page).toContain('Step 3 of 5');
    expect(page).toContain('data-same-day-before="true"');
    expect(page).toMatch(
      /<button class="button danger block check-advice-now" type="submit" value="advice" name="go">See advice now/,
    );
    const result = mainOf(await send(submission(page, 'advice')));
    expect(result).toContain('level-urgent');
    expect(result).toContain('href="tel:111"');
  });

  it('treats "See advice now" without a same-day sign as Continue', async () => {
    let page = mainOf(await start());
    page = mainOf(await send(submission(page, 'next')));
    page = mainOf(await send(submission(page, 'advice', { tick: ['frequent_cramps'] })));
    expect(page).toContain('Step 3 of 5');
  });

  it('asks about a headache once, with its severity as a follow-up under it', async () => {
    let page = mainOf(await start());
    page = mainOf(await send(submission(page, 'next')));
    page = mainOf(await send(submission(page, 'next')));
    expect(page).toContain('Pregnancy warning signs');
    expect(page).not.toContain('Do you have a severe headache that will not go away?');
    const headache = page.slice(page.indexOf('id="q-headache"'));
    const question = headache.slice(0, headache.indexOf('class="check-q"'));
    expect(question).toContain('Do you have a headache?');
    expect(question).toContain('class="check-q-label check-follow-up"');
    expect(question).toContain('value="severe_headache"');
    expect(question).toContain('If so: is it severe, or will it not go away?');
    page = mainOf(await send(submission(page, 'next', { tick: ['headache', 'severe_headache'] })));
    expect(carriedFindings(page).sort()).toEqual(['headache', 'severe_headache']);
    page = mainOf(await send(submission(page, 'next')));
    const result = mainOf(await send(submission(page, 'next')));
    expect(result).toContain('level-urgent');
    expect(result).toContain('data-action="maternity-unit-now"');
  });

  it("calls the person's own maternity unit from an urgent result when the profile has one", async () => {
    const person = await signUp(app, { timezone: 'Europe/London', region: 'GB' });
    const patched = await app.inject({
      method: 'PATCH',
      url: '/api/me',
      headers: { cookie: person.cookie },
      payload: { maternityUnit: { name: "St Thomas' triage", phone: '+44 (0)20 7188 7188' } },
    });
    expect(patched.statusCode).toBe(200);
    const html = await swollenLegResult({ cookie: person.cookie });
    expect(html).toMatch(
      /<div class="check-call" data-call="maternity-unit"><a class="button call-button" href="tel:\+442071887188">Call St Thomas(&#x27;|')? ?triage<\/a>/,
    );
    expect(html).toContain('+44 (0)20 7188 7188');
    expect(html).not.toContain('href="tel:111"');
  });

  it('gives a region with no advice line the emergency number with a note, and routine results no call', async () => {
    const person = await signUp(app, { timezone: 'America/New_York', region: 'US' });
    const html = await swollenLegResult({ cookie: person.cookie });
    expect(html).toContain('data-call="emergency"');
    expect(html).toContain('href="tel:911"');
    expect(html).toContain('We know of no non-emergency advice line for your region.');
    let page = mainOf(await start());
    for (let step = 1; step <= 5; step++) page = mainOf(await send(submission(page, 'next')));
    expect(page).toContain('level-self-care');
    expect(page).not.toContain('check-call');
    expect(page).not.toContain('What to do now');
  });

  it('counts the week from a signed-in profile, prefills it, and saves the check once', async () => {
    const person = await signUp(app, { timezone: 'Europe/London', region: 'GB' });
    await app.inject({
      method: 'PATCH',
      url: '/api/me',
      headers: { cookie: person.cookie },
      payload: { dueDate: DUE_AT_WEEK_30 },
    });
    const headers = { cookie: person.cookie, 'accept-language': 'en-US' };
    let page = mainOf(await start(headers));
    page = mainOf(await send(submission(page, 'next'), headers));
    page = mainOf(await send(submission(page, 'next'), headers));
    // v2: vomiting is the answer whose level depends on the week (mild ankle swelling no longer does).
    page = mainOf(await send(submission(page, 'next', { tick: ['vomiting'] }), headers));
    page = mainOf(await send(submission(page, 'next'), headers));
    expect(page).toContain('Step 5 of 5');
    expect(controls(page).find((c) => c.name === 'week')?.value).toBe('30');
    expect(page).toContain('Filled in from the due date in your profile');

    const form = submission(page, 'next');
    const result = mainOf(await send(form, headers));
    // New vomiting from 20 weeks goes to the maternity unit now; the week came from the profile.
    expect(result).toContain('level-urgent');
    expect(result).toContain('data-action="maternity-unit-now"');
    expect(result).toContain('counted from the due date in your profile');
    expect(result).toContain('Saved to your');
    const saved = await listTriageResults(store.db, person.id);
    expect(saved).toHaveLength(1);
    expect(saved[0]!.input).toMatchObject({ gestationalWeek: 30, gestationalWeekSource: 'profile' });

    // The same form sent again (a reload, a double tap) keeps the one saved check.
    await send(form, headers);
    expect(await listTriageResults(store.db, person.id)).toHaveLength(1);
    // Different answers under the same token are a new check.
    const changed = new URLSearchParams(form);
    changed.append('f', 'frequent_cramps');
    await send(changed.toString(), headers);
    const after = await listTriageResults(store.db, person.id);
    expect(after).toHaveLength(2);
    expect(after[0]!.input.findings).toEqual({ vomiting: true, frequent_cramps: true });
    expect(after[0]!.result.emergencyNumber.number).toBe('999');
  });

  describe('after the birth (v2)', () => {
    const BABY_QUESTIONS = [
      'reduced_fetal_movement',
      'fluid_leaking',
      'regular_contractions',
      'vaginal_bleeding',
    ];

    it('asks "pregnant now, or had your baby?" first, before the emergency signs', async () => {
      const page = mainOf(await start());
      const stage = page.indexOf('Are you pregnant now, or did you have your baby in the last 12 weeks?');
      expect(stage).toBeGreaterThan(0);
      expect(stage).toBeLessThan(page.indexOf('Right now, do you have any of these?'));
      expect(
        controls(page)
          .filter((c) => c.name === 'stage')
          .map((c) => c.value),
      ).toEqual(['pregnant', 'after-birth']);
      expect(controls(page).some((c) => c.name === 'pp')).toBe(true);
      for (const name of ['heavy_bleeding', 'constant_abdominal_pain', 'sepsis_signs', 'both_legs_weak']) {
        expect(
          controls(page).some((c) => c.value === name),
          name,
        ).toBe(true);
      }
    });

    it('hides what does not apply after the birth and ends at the maternity unit with a tel: button', async () => {
      let page = mainOf(await start());
      page = mainOf(await send(submission(page, 'next', { set: { stage: 'after-birth', pp: '2' } })));
      expect(page).toContain('Step 2 of 5');
      // The leg question on tenderness is worded so after-cramp soreness is not mistaken for it.
      expect(page).toContain('it is not just the easing soreness after a cramp');
      expect(page).toContain('not the usual cramp that comes and goes');
      page = mainOf(await send(submission(page, 'next')));
      expect(page).toContain('Warning signs after the birth');
      const asked = controls(page)
        .filter((c) => c.type === 'checkbox')
        .map((c) => c.value);
      for (const name of BABY_QUESTIONS) expect(asked, name).not.toContain(name);
      expect(asked).toEqual(expect.arrayContaining(['severe_headache', 'vomiting', 'racing_heart']));
      page = mainOf(await send(submission(page, 'next', { tick: ['severe_headache'] })));
      page = mainOf(await send(submission(page, 'next', { tick: ['recent_surgery'] })));
      expect(page).toContain('Step 5 of 5');
      expect(controls(page).some((c) => c.name === 'week' && c.type === 'number')).toBe(false);
      const result = mainOf(await send(submission(page, 'next')));
      expect(result).toContain('level-urgent');
      expect(result).toContain('data-action="maternity-unit-now"');
      expect(result).toContain('Go to your maternity unit now');
      expect(result).toMatch(/<a class="button call-button" href="tel:999">Cannot get there\? Call 999<\/a>/);
      expect(result).toContain('Weeks since the birth');
      expect(result).not.toMatch(/urgent care/);
    });

    it('asks for the weeks since the birth before moving on, and refuses more than 12', async () => {
      const page = mainOf(await start());
      const empty = await send(submission(page, 'next', { set: { stage: 'after-birth', pp: '' } }));
      expect(empty.statusCode).toBe(400);
      expect(mainOf(empty)).toContain('Step 1 of 5');
      expect(mainOf(empty)).toMatch(/Weeks since the birth must be a whole number from 0 to 12/);
      const tooMany = await send(submission(page, 'next', { set: { stage: 'after-birth', pp: '13' } }));
      expect(tooMany.statusCode).toBe(400);
      expect(mainOf(tooMany)).toMatch(/0 to 12/);
      // An emergency sign is never held back by a missing number.
      const emergency = await send(
        submission(page, 'emergency', { set: { stage: 'after-birth', pp: '' }, tick: ['heavy_bleeding'] }),
      );
      expect(mainOf(emergency)).toContain('level-emergency');
      // …and the action speaks of the birth, not of a pregnancy.
      expect(mainOf(emergency)).toContain('Say that you had a baby recently');
    });

    it('leaves out a baby answer carried from before the stage changed, rather than refusing the form', async () => {
      let page = mainOf(await start());
      page = mainOf(await send(submission(page, 'next', { set: { stage: 'after-birth', pp: '1' } })));
      const form = new URLSearchParams(submission(page, 'next'));
      form.append('f', 'reduced_fetal_movement');
      page = mainOf(await send(form.toString()));
      expect(page).toContain('Warning signs after the birth');
      for (let i = 0; i < 2; i++) page = mainOf(await send(submission(page, 'next')));
      const result = mainOf(await send(submission(page, 'next')));
      expect(result).toContain('level-self-care');
    });

    it('starts signed-in people with a recent birth date at "had my baby", with the weeks filled in', async () => {
      const person = await signUp(app, { timezone: 'Europe/London', region: 'GB' });
      await app.inject({
        method: 'PATCH',
        url: '/api/me',
        headers: { cookie: person.cookie },
        payload: { birthDate: '2025-02-15' },
      });
      const headers = { cookie: person.cookie };
      let page = mainOf(await start(headers));
      const stage = controls(page).find((c) => c.name === 'stage' && c.checked);
      expect(stage?.value).toBe('after-birth');
      expect(controls(page).find((c) => c.name === 'pp')?.value).toBe('2');
      expect(page).toContain('Counted from the birth date in your profile');
      page = mainOf(await send(submission(page, 'next'), headers));
      page = mainOf(await send(submission(page, 'next', { tick: ['one_leg_pain'] }), headers));
      for (let i = 0; i < 2; i++) page = mainOf(await send(submission(page, 'next'), headers));
      const result = mainOf(await send(submission(page, 'next'), headers));
      expect(result).toContain('data-action="seen-today"');
      expect(result).toContain('counted from the birth date in your profile');
      const saved = await listTriageResults(store.db, person.id);
      expect(saved[0]!.input).toMatchObject({ postpartumWeeks: 2, postpartumWeeksSource: 'profile' });
    });
  });

  it('sends an obstetric urgent answer in pregnancy to the maternity unit, with a tel: button', async () => {
    let page = mainOf(await start());
    page = mainOf(await send(submission(page, 'next', { set: { stage: 'pregnant' } })));
    page = mainOf(await send(submission(page, 'next')));
    page = mainOf(await send(submission(page, 'next', { tick: ['regular_contractions'] })));
    page = mainOf(await send(submission(page, 'next')));
    expect(page).toContain('Step 5 of 5');
    const result = mainOf(await send(submission(page, 'next')));
    expect(result).toContain('data-action="maternity-unit-now"');
    expect(result).toContain('Go to your maternity unit now');
    expect(result).toContain('href="tel:999"');
  });

  it('saves the emergency short cut for a signed-in person, even with an unreadable number carried', async () => {
    const person = await signUp(app);
    const page = mainOf(await start({ cookie: person.cookie }));
    const form = new URLSearchParams(submission(page, 'emergency', { tick: ['fainting'] }));
    form.set('week', 'forty');
    const html = mainOf(await send(form.toString(), { cookie: person.cookie }));
    expect(html).toContain('level-emergency');
    const saved = await listTriageResults(store.db, person.id);
    expect(saved.map((s) => s.level)).toEqual(['emergency']);
    expect(saved[0]!.input.gestationalWeek).toBeNull();
  });

  it('accepts the form with a charset, as fetch sends it', async () => {
    const response = await app.inject({
      method: 'POST',
      url: '/check',
      headers: { 'content-type': 'application/x-www-form-urlencoded;charset=UTF-8' },
      payload: 'step=2&go=show&to=4&f=fever',
    });
    expect(response.statusCode).toBe(200);
    expect(mainOf(response)).toContain('Step 4 of 5');
  });

  it.each([
    ['a misspelt finding', 'step=2&go=next&f=one_leg_swolen', /Did you mean &#x27;one_leg_swollen&#x27;\?/],
    ['an unknown field', 'step=2&go=next&colour=red', /field &#x27;colour&#x27;/],
    ['no step', 'go=next', /which step/],
    [
      'a finding name that is a prototype key',
      'step=5&go=next&f=__proto__',
      /Unknown finding &#x27;__proto__&#x27;/,
    ],
  ])('answers 400 with a readable page for %s', async (_name, payload, message) => {
    const response = await send(payload);
    expect(response.statusCode).toBe(400);
    expect(response.headers['content-type']).toBe('text/html; charset=utf-8');
    const html = mainOf(response);
    expect(html).toContain('We could not read those answers');
    expect(html).toMatch(message);
    expect(html).toContain('href="/check"');
    expect(html).toContain('href="tel:999"');
  });

  it('answers 400 for a body that is not a form', async () => {
    const response = await app.inject({ method: 'POST', url: '/check', payload: { step: 1 } });
    expect(response.statusCode).toBe(400);
    expect(mainOf(response)).toContain('Send the questionnaire as a web form.');
  });

  it('refuses a form posted from another site', async () => {
    const response = await send('step=1&go=next', { origin: 'https://evil.example' });
    expect(response.statusCode).toBe(403);
    const same = await send('step=1&go=next', { origin: 'http://crampwise.test', host: 'crampwise.test' });
    expect(same.statusCode).toBe(200);
  });
});
