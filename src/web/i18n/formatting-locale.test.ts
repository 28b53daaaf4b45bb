import { describe, expect, it } from 'vitest';
import { appLocale, formattingLocale } from './locale';

describe('formattingLocale', () => {
  // Reported by the diary's translation: every English reader got US dates and a 12-hour clock.
  it("keeps an English reader's own English for dates and times", () => {
    expect(formattingLocale('en', ['en-GB', 'en'])).toBe('en-GB');
    expect(formattingLocale('en', ['de-DE', 'en-AU'])).toBe('en-AU');
    expect(
      new Intl.DateTimeFormat(formattingLocale('en', ['en-GB']), { hour: 'numeric' }).resolvedOptions()
        .hour12,
    ).toBe(false);
  });

  it('is plain English when the browser lists no English, and the language itself otherwise', () => {
    expect(formattingLocale('en', ['ja-JP'])).toBe('en');
    expect(formattingLocale('en', [])).toBe('en');
    expect(formattingLocale('ru', ['en-GB'])).toBe('ru');
    expect(formattingLocale('zh-Hans', ['zh-CN'])).toBe('zh-Hans');
  });

  it('gives the app language back from a regional English', () => {
    expect(appLocale({ locale: 'en-GB' })).toBe('en');
    expect(appLocale({ locale: 'ja' })).toBe('ja');
  });
});
