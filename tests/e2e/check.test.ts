import type { Page } from 'playwright-core';
import { Temporal } from 'temporal-polyfill';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { uniqueEmail } from '../support/app.js';
import { type E2E, startE2E } from '../support/browser.js';

/** Continue through the remaining screens to the result, ticking nothing more. */
async function continueToResult(page: Page): Promise<void> {
  while ((await page.locator('.triage-banner').count()) === 0) {
    const before = await page.locator('#check-heading').textContent();
    // One locator for either button, and a wait for the screen to change: deciding from the old screen
    // raced the in-place swap (it clicked "Continue" just as the last step, which has none, arrived).
    await page.getByRole('button', { name: /^(Continue|Show what to do)$/ }).click();
    await page.waitForFunction(
      (previous) =>
        document.querySelector('.triage-banner') !== null ||
        document.querySelector('#check-heading')?.textContent !== previous,
      before,
    );
  }
}

async function onStep(page: Page, heading: string | RegExp): Promise<void> {
  await page.getByRole('heading', { level: 1, name: heading }).waitFor();
}

describe('"Should I call?" in Chromium', () => {
  let e2e: E2E;
  beforeAll(async () => {
    e2e = await startE2E();
  });
  afterAll(async () => {
    await e2e?.close();
  });

  it('goes straight from a ticked emergency sign to the number to call', async () => {
    const page = await (await e2e.newContext()).newPage();
    await page.goto('/check');
    expect(await page.locator('#check-progress-label').textContent()).toMatch(/^Step 1 of 5/);
    await page.getByLabel('Do you have pain in your chest, especially when you breathe in?').check();
    await page.getByRole('button', { name: 'Yes — one or more of these' }).click();
    await page.locator('.triage-banner.level-emergency').waitFor();
    expect(await page.locator('.triage-level').textContent()).toMatch(/Emergency/);
    const call = page.getByRole('link', { name: 'Call 999', exact: true });
    expect(await call.getAttribute('href')).toBe('tel:999');
    // The script moved focus to the new heading, so a screen reader starts at the answer.
    expect(await page.evaluate(() => document.activeElement?.id)).toBe('check-heading');
    expect(await page.getByRole('button', { name: 'Print' }).isVisible()).toBe(true);
  });

  it('walks every screen to an urgent answer with its reasons and sources', async () => {
    const page = await (await e2e.newContext()).newPage();
    await page.goto('/check');
    await page.getByRole('button', { name: 'None of these — continue' }).click();
    await onStep(page, 'Your legs');
    expect(await page.locator('#check-progress-label').textContent()).toMatch(/^Step 2 of 5/);
    await page.getByLabel('Is one leg (calf, ankle or thigh) more swollen than the other?').check();
    await page.getByRole('button', { name: 'Continue' }).click();
    await onStep(page, 'Pregnancy warning signs');
    await continueToResult(page);

    expect(await page.locator('.triage-banner').getAttribute('class')).toContain('level-urgent');
    expect(await page.locator('.triage-level').textContent()).toMatch(/Urgent/);
    expect(await page.getByRole('heading', { name: 'Why' }).isVisible()).toBe(true);
    expect(await page.locator('.check-reasons > li').count()).toBeGreaterThan(0);
    const source = page.locator('.check-sources a').first();
    expect(await source.getAttribute('href')).toMatch(/^\/learn\/sources#[a-z0-9-]+$/);
    // Signed out in en-GB: the region's advice line, and the clot steps in "What to do now".
    const call = page.getByRole('link', { name: 'Call NHS 111' });
    expect(await call.getAttribute('href')).toBe('tel:111');
    expect(await call.isVisible()).toBe(true);
    expect(await page.locator('.check-do-now').textContent()).toContain('Do not rub or massage the leg.');
    expect(await page.locator('.check-also-mentioned').first().textContent()).toMatch(/^Also mentioned by:/);
  });

  it('offers "See advice now" as soon as a same-day sign is ticked, and shows the answer at once', async () => {
    const page = await (await e2e.newContext()).newPage();
    await page.goto('/check');
    await page.getByRole('button', { name: 'None of these — continue' }).click();
    await onStep(page, 'Your legs');
    const adviceNow = page.getByRole('button', { name: 'See advice now' });
    expect(await adviceNow.isVisible()).toBe(false);
    await page.getByLabel('Are both feet or ankles mildly swollen?').check();
    expect(await adviceNow.isVisible()).toBe(false);
    await page.getByLabel('Is one leg (calf, ankle or thigh) more swollen than the other?').check();
    expect(await adviceNow.isVisible()).toBe(true);
    // The footer holding it stays in view at the foot of the screen.
    expect(
      await page.locator('.check-form .check-actions').evaluate((el) => getComputedStyle(el).position),
    ).toBe('sticky');
    await adviceNow.click();
    await page.locator('.triage-banner.level-urgent').waitFor();
    expect(await page.getByRole('link', { name: 'Call NHS 111' }).getAttribute('href')).toBe('tel:111');
  });

  it("calls the person's own maternity unit from an urgent answer", async () => {
    const page = await (await e2e.newContext()).newPage();
    await page.goto('/');
    const signup = await page.request.post('/api/auth/signup', {
      data: { email: uniqueEmail('unit'), password: 'a sentence for a password', region: 'GB' },
      headers: { origin: e2e.baseUrl },
    });
    expect(signup.status()).toBe(201);
    const saved = await page.request.patch('/api/me', {
      data: { maternityUnit: { name: 'Rosie triage line', phone: '01223 217217' } },
      headers: { origin: e2e.baseUrl },
    });
    expect(saved.status()).toBe(200);
    await page.goto('/check');
    await page.getByRole('button', { name: 'None of these — continue' }).click();
    await onStep(page, 'Your legs');
    await page.getByLabel('Is one leg (calf, ankle or thigh) more swollen than the other?').check();
    await page.getByRole('button', { name: 'See advice now' }).click();
    await page.locator('.triage-banner.level-urgent').waitFor();
    const call = page.getByRole('link', { name: 'Call Rosie triage line' });
    expect(await call.getAttribute('href')).toBe('tel:01223217217');
    expect(await page.locator('a[href="tel:111"]').count()).toBe(0);
  });

  it('reaches an answer with JavaScript off, through plain form posts', async () => {
    const context = await e2e.newContext({ javaScriptEnabled: false });
    const page = await context.newPage();
    await page.goto('/check');
    await page.getByRole('button', { name: 'None of these — continue' }).click();
    await onStep(page, 'Your legs');
    // v2 wording: ordinary after-cramp soreness is not this sign.
    await page.getByLabel(/one calf or thigh tender .* not just the easing soreness after a cramp/).check();
    await page.getByRole('button', { name: 'Continue' }).click();
    await onStep(page, 'Pregnancy warning signs');
    // A same-day sign was ticked on the last screen: "See advice now" is there without the script.
    expect(await page.getByRole('button', { name: 'See advice now' }).isVisible()).toBe(true);
    await page.getByLabel('Do you have a headache?').check();
    await page.getByRole('button', { name: 'Continue' }).click();
    await onStep(page, /cramps and your health/);
    // The browser's Back shows the posted step from its cache, ticks intact, without resending.
    await page.goBack();
    await onStep(page, 'Pregnancy warning signs');
    expect(await page.getByLabel('Do you have a headache?').isChecked()).toBe(true);
    await page.goForward();
    await onStep(page, /cramps and your health/);
    await page.getByRole('button', { name: 'Continue' }).click();
    await onStep(page, /Two numbers/);
    await page.getByLabel('Week of pregnancy').fill('28');
    await page.getByLabel('Top number (systolic)').fill('124');
    await page.getByLabel('Bottom number (diastolic)').fill('78');
    await page.getByRole('button', { name: 'Show what to do' }).click();
    await page.locator('.triage-banner.level-urgent').waitFor();
    expect(await page.getByText('124/78 mmHg').isVisible()).toBe(true);
    expect(await page.getByRole('link', { name: 'Call NHS 111' }).getAttribute('href')).toBe('tel:111');
    expect(await page.getByText('Do you have a headache?').count()).toBeGreaterThan(0);
    // Without the script there is nothing to press for Print; the browser's own menu prints.
    expect(await page.getByRole('button', { name: 'Print' }).isVisible()).toBe(false);

    await page.getByRole('button', { name: 'Change my answers' }).click();
    await onStep(page, 'Right now, do you have any of these?');
    await page.getByRole('button', { name: 'None of these — continue' }).click();
    await onStep(page, 'Your legs');
    expect(await page.getByLabel(/calf or thigh tender/).isChecked()).toBe(true);
  });

  it('keeps the answers when going Back, with the button, the browser and a reload', async () => {
    const page = await (await e2e.newContext()).newPage();
    await page.goto('/check');
    await page.getByRole('button', { name: 'None of these — continue' }).click();
    await onStep(page, 'Your legs');
    await page.getByLabel('Does an area of your leg feel warm or hot?').check();
    await page.getByRole('button', { name: 'Continue' }).click();
    await onStep(page, 'Pregnancy warning signs');
    await page.getByLabel('Do you have a fever (a temperature of 38°C / 100.4°F or more)?').check();

    await page.getByRole('button', { name: 'Back' }).click();
    await onStep(page, 'Your legs');
    expect(await page.getByLabel('Does an area of your leg feel warm or hot?').isChecked()).toBe(true);
    await page.getByRole('button', { name: 'Continue' }).click();
    await onStep(page, 'Pregnancy warning signs');
    expect(await page.getByLabel(/Do you have a fever/).isChecked()).toBe(true);

    await page.goBack();
    await onStep(page, 'Your legs');
    expect(await page.getByLabel('Does an area of your leg feel warm or hot?').isChecked()).toBe(true);
    await page.reload();
    await onStep(page, 'Your legs');
    expect(await page.getByLabel('Does an area of your leg feel warm or hot?').isChecked()).toBe(true);
    await page.goForward();
    await onStep(page, 'Pregnancy warning signs');
    expect(await page.getByLabel(/Do you have a fever/).isChecked()).toBe(true);

    await continueToResult(page);
    expect(await page.locator('.triage-banner').getAttribute('class')).toContain('level-urgent');
    // A link back to /check starts afresh rather than restoring the last answers.
    await page.getByRole('link', { name: 'Start again' }).click();
    await onStep(page, 'Right now, do you have any of these?');
    await page.getByRole('button', { name: 'None of these — continue' }).click();
    await onStep(page, 'Your legs');
    expect(await page.getByLabel('Does an area of your leg feel warm or hot?').isChecked()).toBe(false);
  });

  /** The after-birth path to an obstetric urgent answer: stage first, baby questions hidden. */
  async function afterBirthToMaternityUnit(page: Page): Promise<void> {
    await page.goto('/check');
    await page.getByLabel('I had my baby in the last 12 weeks').check();
    const weeks = page.getByLabel('How many weeks ago was your baby born?');
    expect(await weeks.isVisible()).toBe(true);
    await weeks.fill('3');
    await page.getByRole('button', { name: 'None of these — continue' }).click();
    await onStep(page, 'Your legs');
    await page.getByRole('button', { name: 'Continue' }).click();
    await onStep(page, 'Warning signs after the birth');
    expect(await page.getByLabel('Is the baby moving less than usual?').count()).toBe(0);
    expect(await page.getByLabel(/regular, painful tightenings/).count()).toBe(0);
    await page.getByLabel('If so: is it severe, or will it not go away?').check();
    await page.getByRole('button', { name: 'Continue' }).click();
    await onStep(page, /cramps and your health/);
    await page.getByRole('button', { name: 'Continue' }).click();
    await onStep(page, 'Blood pressure, if you know it');
    expect(await page.getByLabel('Week of pregnancy').count()).toBe(0);
    await page.getByRole('button', { name: 'Show what to do' }).click();
    await page.locator('.triage-banner.level-urgent').waitFor();
    expect(await page.locator('.triage-banner').getAttribute('data-action')).toBe('maternity-unit-now');
    expect(await page.getByRole('heading', { level: 1 }).textContent()).toBe('Go to your maternity unit now');
    expect(await page.locator('.triage-action').textContent()).toMatch(/maternity unit \(labour ward\) now/);
    const call = page.getByRole('link', { name: 'Cannot get there? Call 999' });
    expect(await call.getAttribute('href')).toBe('tel:999');
    expect(await page.getByText('Weeks since the birth').isVisible()).toBe(true);
  }

  it('takes the after-birth path to the maternity unit with a tel: button, with JavaScript', async () => {
    const page = await (await e2e.newContext()).newPage();
    // The weeks box shows only once "had my baby" is chosen (CSS, no script needed).
    await page.goto('/check');
    expect(await page.getByLabel('How many weeks ago was your baby born?').isVisible()).toBe(false);
    await afterBirthToMaternityUnit(page);
    expect(await page.evaluate(() => document.activeElement?.id)).toBe('check-heading');
  });

  it('takes the after-birth path to the maternity unit with a tel: button, with JavaScript off', async () => {
    const context = await e2e.newContext({ javaScriptEnabled: false });
    await afterBirthToMaternityUnit(await context.newPage());
  });

  it('switches the home screen to weeks since the birth when the profile has a birth date', async () => {
    const context = await e2e.newContext();
    const page = await context.newPage();
    await page.goto('/');
    const signup = await page.request.post('/api/auth/signup', {
      data: {
        email: uniqueEmail('birth'),
        password: 'a sentence for a password',
        region: 'GB',
        timezone: 'Europe/London',
      },
      headers: { origin: e2e.baseUrl },
    });
    expect(signup.status()).toBe(201);
    const today = Temporal.Now.plainDateISO('Europe/London');
    await page.goto('/profile');
    await page.getByLabel('Due date', { exact: true }).fill(today.add({ days: 10 }).toString());
    await page.getByRole('button', { name: 'Save' }).click();
    await page.getByRole('status').getByText('Saved.').waitFor();
    await page.goto('/');
    await page.getByTestId('gestational-age').waitFor();
    expect(await page.getByTestId('gestational-age').textContent()).toBe('Week 38, day 4');

    await page.goto('/profile');
    await page
      .getByLabel("Your baby's birth date (after the birth)")
      .fill(today.subtract({ days: 17 }).toString());
    await page.getByRole('button', { name: 'Save' }).click();
    await page.getByRole('status').getByText('Saved.').waitFor();
    await page.goto('/');
    await page.getByTestId('weeks-since-birth').waitFor();
    expect(await page.getByTestId('weeks-since-birth').textContent()).toBe('2 weeks, 3 days since the birth');
    expect(await page.getByTestId('gestational-age').count()).toBe(0);

    // A birth date in the future is refused with the field's own message, and nothing changes.
    await page.goto('/profile');
    await page.getByLabel("Your baby's birth date (after the birth)").fill(today.add({ days: 2 }).toString());
    await page.getByRole('button', { name: 'Save' }).click();
    await page
      .locator('#field-birthDate-error')
      .getByText(/cannot be in the future/)
      .waitFor();

    // A signed-in check after the birth starts at "had my baby", with the weeks filled in.
    await page.goto('/check');
    expect(await page.getByLabel('I had my baby in the last 12 weeks').isChecked()).toBe(true);
    expect(await page.getByLabel('How many weeks ago was your baby born?').inputValue()).toBe('2');
  });

  it('saves a signed-in check and lists it under "Your past checks"', async () => {
    const context = await e2e.newContext();
    const page = await context.newPage();
    await page.goto('/');
    const signup = await page.request.post('/api/auth/signup', {
      data: { email: uniqueEmail('check'), password: 'a sentence for a password', region: 'GB' },
      headers: { origin: e2e.baseUrl },
    });
    expect(signup.status()).toBe(201);

    await page.goto('/check');
    await page.getByRole('button', { name: 'None of these — continue' }).click();
    await onStep(page, 'Your legs');
    await page.getByLabel('Is it hard to walk or to put weight on the leg?').check();
    await page.getByRole('button', { name: 'Continue' }).click();
    await onStep(page, 'Pregnancy warning signs');
    await continueToResult(page);
    await page.getByText('Saved to your').waitFor();

    await page.getByRole('link', { name: 'past checks' }).click();
    await page.getByRole('heading', { name: 'Your past checks' }).waitFor();
    const history = page.getByTestId('triage-history');
    await history.waitFor();
    expect(await history.locator('li.card').count()).toBe(1);
    expect(await history.textContent()).toMatch(/Urgent/);
    expect(await history.textContent()).toMatch(/hard to walk/);
  });
});
