// The profile: the maternity unit or triage line (saved, shown again, refused with a linked error summary),
// "Saved." beside the Save button, and Delete account in its own section away from Log out.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { uniqueEmail } from '../support/app.js';
import { type E2E, startE2E } from '../support/browser.js';

describe('profile in Chromium', () => {
  let e2e: E2E;
  beforeAll(async () => {
    e2e = await startE2E();
  });
  afterAll(async () => {
    await e2e?.close();
  });

  it('saves a maternity unit, and links each error in the summary to its field', async () => {
    const context = await e2e.newContext();
    const signup = await context.request.post('/api/auth/signup', {
      data: { email: uniqueEmail('profile'), password: 'a sentence for a password', name: 'Mia' },
    });
    expect(signup.status()).toBe(201);
    const page = await context.newPage();
    await page.goto('/profile');
    await page.getByRole('heading', { level: 1, name: 'Your profile' }).waitFor();

    const unit = page.getByRole('group', { name: 'Your maternity unit or triage line (optional)' });
    await unit.getByLabel('Unit name').fill('Rosie maternity triage');
    await unit.getByLabel('Phone number').fill('call the ward');
    await page.getByRole('button', { name: 'Save', exact: true }).click();

    const summary = page.locator('.form-error');
    await summary.waitFor();
    await expect.poll(() => page.evaluate(() => document.activeElement?.className)).toBe('form-error');
    const link = summary.getByRole('link', { name: /^The phone number may hold only digits/ });
    expect(await link.getAttribute('href')).toBe('#field-maternityUnit-phone');
    await link.click();
    expect(await page.evaluate(() => document.activeElement?.id)).toBe('field-maternityUnit-phone');
    expect(await unit.getByLabel('Phone number').getAttribute('aria-invalid')).toBe('true');

    await unit.getByLabel('Phone number').fill('01223 217217');
    await page.getByRole('button', { name: 'Save', exact: true }).click();
    const saved = page.locator('.form-actions [role="status"]');
    await saved.getByText('Saved.').waitFor();
    expect(await page.locator('.form-error').count()).toBe(0);
    const me = await (await context.request.get('/api/me')).json();
    expect(me.maternityUnit).toEqual({ name: 'Rosie maternity triage', phone: '01223 217217' });

    await page.reload();
    expect(await unit.getByLabel('Unit name').inputValue()).toBe('Rosie maternity triage');
    expect(await unit.getByLabel('Phone number').inputValue()).toBe('01223 217217');

    // Emptying both clears it.
    await unit.getByLabel('Unit name').fill('');
    await unit.getByLabel('Phone number').fill('');
    await page.getByRole('button', { name: 'Save', exact: true }).click();
    await saved.getByText('Saved.').waitFor();
    expect((await (await context.request.get('/api/me')).json()).maternityUnit).toBeNull();
  });

  it('keeps Delete account in its own section, apart from Log out', async () => {
    const context = await e2e.newContext();
    await context.request.post('/api/auth/signup', {
      data: { email: uniqueEmail('profile'), password: 'a sentence for a password' },
    });
    const page = await context.newPage();
    await page.goto('/profile');
    const danger = page.getByRole('region', { name: 'Delete your account' });
    await danger.waitFor();
    expect(await danger.getByRole('button', { name: 'Delete account' }).count()).toBe(1);
    expect(await danger.getByRole('button', { name: 'Log out' }).count()).toBe(0);
    const logOut = await page.getByRole('button', { name: 'Log out' }).boundingBox();
    const remove = await danger.getByRole('button', { name: 'Delete account' }).boundingBox();
    expect(remove!.y - (logOut!.y + logOut!.height)).toBeGreaterThan(48);
  });
});
