// A field's label and the API's message joined in each language, and the account messages that count
// (Russian needs one/few/many).
import { describe, expect, it } from 'vitest';
import { serverIntl } from '../../i18n/server-intl.js';
import { labelledMessage } from './field.js';

describe('a field message in the page language', () => {
  it.each([
    ['en', 'Password must be at least 10 characters.'],
    ['ru', 'Пароль: must be at least 10 characters.'],
    ['zh-Hans', '密码：must be at least 10 characters。'],
    ['ja', 'パスワード：must be at least 10 characters。'],
  ] as const)('%s: label and message as one sentence, one full stop', (locale, text) => {
    const intl = serverIntl(locale, ['account']);
    const label = intl.formatMessage({ id: 'account.field.password' });
    expect(labelledMessage(intl, label, 'must be at least 10 characters')).toBe(text);
    // The API's message may end in its own full stop: still one.
    expect(labelledMessage(intl, label, 'must be at least 10 characters.')).toBe(text);
  });

  it('keeps a Chinese message’s own full stop from doubling', () => {
    const intl = serverIntl('zh-Hans', ['account']);
    expect(labelledMessage(intl, '电话号码', '只能包含数字。')).toBe('电话号码：只能包含数字。');
  });
});

describe('account counts per language', () => {
  it.each([
    [1, 1, '1 неделя и 1 день после родов'],
    [3, 2, '3 недели и 2 дня после родов'],
    [5, 5, '5 недель и 5 дней после родов'],
    [21, 11, '21 неделя и 11 дней после родов'],
  ])('Russian: %i weeks, %i days since the birth', (weeks, days, text) => {
    expect(
      serverIntl('ru', ['account']).formatMessage({ id: 'account.home.sinceBirth' }, { weeks, days }),
    ).toBe(text);
  });

  it('English, Chinese and Japanese', () => {
    const say = (locale: 'en' | 'zh-Hans' | 'ja', weeks: number, days: number) =>
      serverIntl(locale, ['account']).formatMessage({ id: 'account.home.sinceBirth' }, { weeks, days });
    expect(say('en', 1, 1)).toBe('1 week, 1 day since the birth');
    expect(say('en', 2, 3)).toBe('2 weeks, 3 days since the birth');
    expect(say('zh-Hans', 2, 3)).toBe('产后 2 周 3 天');
    expect(say('ja', 2, 3)).toBe('出産から2週3日');
  });

  it('Russian past-due days and plan adherence agree with the number', () => {
    const ru = serverIntl('ru', ['account', 'plan']);
    expect(ru.formatMessage({ id: 'account.home.pastDue' }, { days: 2 })).toBe(
      '2 дня после предполагаемой даты родов',
    );
    expect(ru.formatMessage({ id: 'plan.adherence' }, { done: 3, answered: 5 })).toBe(
      'За последние 14 дней: выполнено в 3 из 5 дней с ежедневной отметкой.',
    );
    expect(ru.formatMessage({ id: 'plan.adherence' }, { done: 1, answered: 1 })).toBe(
      'За последние 14 дней: выполнено в 1 из 1 дня с ежедневной отметкой.',
    );
    expect(ru.formatMessage({ id: 'plan.withdrawn' }, { count: 2 })).toMatch(/^2 шага убраны/);
  });
});
