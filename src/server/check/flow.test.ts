import { describe, expect, it } from 'vitest';
import { loadKnowledgeBase } from '../../content/knowledge-base.js';
import type { Config } from '../config.js';
import type { UserRow } from '../db/repos/users.js';
import { FIELD } from './fields.js';
import { type CheckView, checkView, firstStep } from './flow.js';
import { parseCheckForm } from './form.js';

// The /check flow used to be spread over a route that read the clock and the store as it went; it is now
// one function of the form, the visitor and the moment, so it runs here without a server or a database.
const env = { config: { region: 'GB', defaultTimeZone: 'UTC' } as Config, knowledge: loadKnowledgeBase() };
const signedOut = { user: undefined, acceptLanguage: undefined };
const NOW = new Date('2025-03-01T12:00:00Z');
const TOKEN = '6f1c2f3e-2a4b-4c5d-8e9f-0a1b2c3d4e5f';

function post(fields: [string, string][]): CheckView {
  const parsed = parseCheckForm(new URLSearchParams(fields));
  if (!parsed.ok) throw new Error(parsed.problems.join(' '));
  return checkView(env, parsed.form, signedOut, NOW);
}

describe('checkView', () => {
  it('answers an emergency sign on the first step with the result, to be saved by the caller', () => {
    const view = post([
      [FIELD.step, '1'],
      [FIELD.token, TOKEN],
      [FIELD.finding, 'chest_pain'],
    ]);
    expect(view.kind).toBe('result');
    if (view.kind !== 'result') return;
    expect(view.assessment.result.level).toBe('emergency');
    expect(view.assessment.result.emergencyNumber.number).toBe('999');
    expect(view.token).toBe(TOKEN);
    expect(view.page.signedIn).toBe(false);
  });

  it('moves on to the next step with nothing ticked, and gives the same page for the same input', () => {
    const fields: [string, string][] = [
      [FIELD.step, '1'],
      [FIELD.token, TOKEN],
    ];
    const view = post(fields);
    expect(view).toMatchObject({ kind: 'page', status: 200 });
    expect(post(fields)).toEqual(view);
  });

  it('refuses a finding name the form never writes, by name', () => {
    const view = post([
      [FIELD.step, '2'],
      [FIELD.finding, 'one_leg_swolen'],
    ]);
    expect(view).toMatchObject({ kind: 'page', status: 400 });
    if (view.kind === 'page') expect(view.html).toContain('one_leg_swollen');
  });

  it('prefills the first step from the profile of the moment given', () => {
    const user = { due_date: '2025-05-10', timezone: 'UTC', region: 'GB' } as UserRow;
    const view = firstStep(env, { user, acceptLanguage: undefined }, NOW);
    expect(view.kind).toBe('page');
    if (view.kind === 'page')
      expect(view.html).toMatch(/value="pregnant"[^>]*checked|checked[^>]*value="pregnant"/);
  });
});
