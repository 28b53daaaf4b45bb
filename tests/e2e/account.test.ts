import { Temporal } from 'temporal-polyfill';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { uniqueEmail } from '../support/app.js';
import { type E2E, startE2E } from '../support/browser.js';

describe('account journey in Chromium', () => {
  let e2e: E2E;
  beforeAll(async () => {
    e2e = await startE2E();
  });
  afterAll(async () => {
    await e2e?.close();
  });

  it('signs up, sets a due date, sees the week on the home page, logs out and logs back in', async () => {
    const context = await e2e.newContext();
    const page = await context.newPage();
    const email = uniqueEmail('e2e');
    const password = 'a sentence for a password';

    await page.goto('/');
    await expect(page.getByRole('link', { name: /Relief now/ }).isVisible()).resolves.toBe(true);
    const doors = page.getByRole('navigation', { name: 'Main sections' });
    for (const door of ['Relief now', 'Should I call?', 'Learn', 'My diary']) {
      expect(await doors.getByRole('link', { name: new RegExp(door.replace('?', '\\?')) }).count()).toBe(1);
    }

    await page.goto('/signup');
    await page.getByLabel('Email').fill(email);
    await page.getByLabel('Password').fill(password);
    await page.getByLabel('Your name (optional)').fill('Mia');
    await page.getByRole('button', { name: 'Create account' }).click();
    await page.waitForURL('**/profile?welcome=1');

    // A due date 100 days from today in London is week 25, day 5.
    const today = Temporal.Now.plainDateISO('Europe/London');
    const due = today.add({ days: 100 }).toString();
    await page.getByLabel('Due date', { exact: true }).fill(due);
    await page.getByRole('button', { name: 'Save' }).click();
    await page.getByRole('status').getByText('Saved.').waitFor();

    await page.getByRole('link', { name: 'Crampwise' }).click();
    await page.getByTestId('gestational-age').waitFor();
    expect(await page.getByTestId('gestational-age').textContent()).toBe('Week 25, day 5');
    expect(await page.getByRole('heading', { level: 1 }).textContent()).toBe('Hello, Mia');

    await page.getByRole('banner').getByRole('link', { name: 'Account' }).click();
    await page.getByRole('button', { name: 'Log out' }).click();
    await page.getByRole('heading', { level: 2, name: 'Keep a private cramp diary' }).waitFor();

    await page.getByRole('banner').getByRole('link', { name: 'Account' }).click();
    await page.getByRole('heading', { level: 1, name: 'Log in' }).waitFor();
    await page.getByLabel('Email').fill(email.toUpperCase());
    await page.getByLabel('Password').fill('the wrong password');
    await page.getByRole('button', { name: 'Log in' }).click();
    await page.getByRole('alert').waitFor();
    expect(await page.getByRole('alert').textContent()).toMatch(/do not match/);

    await page.getByLabel('Password').fill(password);
    await page.getByRole('button', { name: 'Log in' }).click();
    await page.getByTestId('gestational-age').waitFor();
    expect(await page.getByTestId('gestational-age').textContent()).toBe('Week 25, day 5');
  });

  it('shows field messages for a bad sign-up', async () => {
    const context = await e2e.newContext();
    const page = await context.newPage();
    await page.goto('/signup');
    await page.getByLabel('Email').fill('not an email');
    await page.getByLabel('Password').fill('short');
    await page.getByRole('button', { name: 'Create account' }).click();
    // Each message beside its field, and in the summary as a link to that field.
    const besideFields = page.locator('.field .error');
    await besideFields.getByText('Email must be a valid email address.').waitFor();
    await besideFields.getByText('Password must be at least 10 characters.').waitFor();
    const summary = page.getByRole('alert');
    expect(
      await summary.getByRole('link', { name: 'Email must be a valid email address.' }).getAttribute('href'),
    ).toBe('#field-email');
    await summary.getByRole('link', { name: 'Password must be at least 10 characters.' }).click();
    expect(await page.evaluate(() => document.activeElement?.id)).toBe('field-password');
    expect(await page.getByLabel('Email').getAttribute('aria-invalid')).toBe('true');
  });

  it('deletes the account only with the password, then the login no longer works', async () => {
    const context = await e2e.newContext();
    const page = await context.newPage();
    const email = uniqueEmail('e2e-delete');
    const password = 'a sentence for a password';
    await page.goto('/signup');
    await page.getByLabel('Email').fill(email);
    await page.getByLabel('Password').fill(password);
    await page.getByRole('button', { name: 'Create account' }).click();
    await page.waitForURL('**/profile?welcome=1');

    await page.getByRole('button', { name: 'Delete account' }).click();
    await page.getByLabel('Your password, to confirm').fill('not my password');
    await page.getByRole('button', { name: 'Delete for good' }).click();
    await page.getByText('The password is not the password of this account.').waitFor();

    await page.getByLabel('Your password, to confirm').fill(password);
    await page.getByRole('button', { name: 'Delete for good' }).click();
    await page.getByRole('link', { name: 'Log in' }).waitFor();

    const login = await context.request.post('/api/auth/login', { data: { email, password } });
    expect(login.status()).toBe(401);
  });
});
