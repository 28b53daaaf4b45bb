import { describe, expect, it } from 'vitest';
import { loadKnowledgeBase } from '../../content/knowledge-base.js';
import { serverIntl } from '../../i18n/server-intl.js';
import type { Config } from '../config.js';
import { numberBoxMessage } from './field-words.js';
import { FIELD } from './fields.js';
import { checkView } from './flow.js';
import { parseCheckForm } from './form.js';

const env = { config: { region: 'GB', defaultTimeZone: 'UTC' } as Config, knowledge: loadKnowledgeBase() };
const NOW = new Date('2025-03-01T12:00:00Z');
const say = (locale: 'ru' | 'ja' | 'zh-Hans', id: string, values?: Record<string, string | number>) =>
  serverIntl(locale, ['errors']).formatMessage({ id }, values);

describe("the engine's field messages on /check", () => {
  it('keep the English words as they were', () => {
    expect(numberBoxMessage('en', 'week', 'must be a whole number from 0 to 45')).toBe(
      'Week of pregnancy must be a whole number from 0 to 45.',
    );
  });

  it('follow the page language, after the name of the box', () => {
    expect(numberBoxMessage('ru', 'week', 'must be a whole number from 0 to 45')).toBe(
      'Неделя беременности: должно быть целым числом от 0 до 45.',
    );
    expect(numberBoxMessage('ja', 'systolic', 'must be a whole number from 50 to 260')).toBe(
      '上の血圧：50 から 260 までの整数で入力してください。',
    );
  });

  it.each(['ru', 'ja', 'zh-Hans'] as const)('say "Did you mean" for a misspelt finding in %s', (locale) => {
    const parsed = parseCheckForm(
      new URLSearchParams([
        [FIELD.step, '2'],
        [FIELD.finding, 'one_leg_swolen'],
      ]),
    );
    if (!parsed.ok) throw new Error(parsed.problems.join(' '));
    const view = checkView(env, parsed.form, { user: undefined, acceptLanguage: undefined, locale }, NOW);
    expect(view).toMatchObject({ kind: 'page', status: 400 });
    const words = say(locale, 'errors.field.unknownFindingSuggestOne', {
      name: 'one_leg_swolen',
      suggestion: 'one_leg_swollen',
    });
    // The page escapes quotes; compare the words around the names.
    if (view.kind === 'page') expect(view.html.replace(/&quot;|&#x27;|&#39;/g, "'")).toContain(words);
  });
});
