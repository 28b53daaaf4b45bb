// The error words' ids: every id the boundary uses exists in every locale, every English template finds
// its own id again, and every field and error message the source writes has a template (so none stays
// English in another language).
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { packageRoot } from '../content/paths.js';
import { ERROR_CODES } from '../contract/error.js';
import { CATALOGS } from './catalogs.js';
import {
  CODE_MESSAGE_IDS,
  ERROR_MESSAGE_IDS,
  errorBodyIn,
  FIELD_MESSAGE_IDS,
  fieldMessageIn,
  matchErrorMessage,
  matchFieldMessage,
  NOT_FOUND_WHAT_IDS,
} from './error-text.js';
import { LOCALES } from './locales.js';
import { serverIntl } from './server-intl.js';

const ALL_IDS = [
  ...FIELD_MESSAGE_IDS,
  ...ERROR_MESSAGE_IDS,
  ...NOT_FOUND_WHAT_IDS,
  ...Object.values(CODE_MESSAGE_IDS),
];

/** Sample arguments: counts as numbers (Russian plurals need them), anything else as a word. */
const COUNTS = new Set(['min', 'max', 'count', 'seconds', 'minutes', 'left', 'low', 'high']);
function sample(english: string): Record<string, string | number> {
  const names = [...english.matchAll(/\{(\w+)\}/g)].map((m) => m[1] ?? '');
  return Object.fromEntries(names.map((name) => [name, COUNTS.has(name) ? 7 : `x_${name}`]));
}
/** The English text of an id with these arguments, as the catalog formats it (ICU quoting undone). */
const fill = (id: string, values: Record<string, string | number>) =>
  serverIntl('en', ['errors']).formatMessage({ id }, values);

describe('error message ids', () => {
  it('every id the boundary uses is in every locale, and every error code has its words', () => {
    for (const locale of LOCALES)
      for (const id of ALL_IDS) expect(CATALOGS.errors[locale][id], `${locale} ${id}`).toBeTruthy();
    expect(Object.keys(CODE_MESSAGE_IDS).sort()).toEqual([...ERROR_CODES].sort());
  });

  it('every English template finds its own id again, with its arguments (no template hides another)', () => {
    for (const id of FIELD_MESSAGE_IDS) {
      const english = CATALOGS.errors.en[id] ?? '';
      const values = sample(english);
      expect(matchFieldMessage(fill(id, values)), id).toEqual({ id, values });
    }
    for (const id of ERROR_MESSAGE_IDS) {
      const english = CATALOGS.errors.en[id] ?? '';
      expect(matchErrorMessage(fill(id, sample(english)))?.id, id).toBe(id);
    }
  });

  it("names the food check's supplements in the language", () => {
    for (const nutrient of ['calcium', 'magnesium', 'potassium'])
      expect(fieldMessageIn('ru', `${nutrient} is given in mg.`)).toMatch(/^[А-Я][а-я]+ указывается в мг\.$/);
    expect(fieldMessageIn('ja', 'Vitamin D is given in µg or IU.')).toBe(
      'ビタミン D は µg か IU で入力します。',
    );
  });

  it('formats a match in each language, with Russian plurals', () => {
    expect(fieldMessageIn('en', 'must be at least 10 characters')).toBe('must be at least 10 characters');
    expect(fieldMessageIn('ru', 'must be at least 10 characters')).toBe(
      'должно содержать не менее 10 символов',
    );
    expect(fieldMessageIn('ru', 'must be at most 1,000 characters')).toBe(
      'должно содержать не более 1\u00a0000 символов',
    );
    expect(fieldMessageIn('ja', 'must be at least 10 characters')).toBe('10 文字以上で入力してください');
    expect(fieldMessageIn('zh-Hans', 'must be at least 10 characters')).toBe('至少需要 10 个字符');
    expect(fieldMessageIn('ru', 'no template says this')).toBeUndefined();
  });

  it('leaves English bodies alone and falls back to the code and the generic field words elsewhere', () => {
    const body = {
      error: { code: 'conflict' as const, message: 'Something new.', fields: { a: 'something new' } },
    };
    expect(errorBodyIn('en', body)).toBe(body);
    expect(errorBodyIn('ru', body)).toEqual({
      error: {
        code: 'conflict',
        message: CATALOGS.errors.ru['errors.code.conflict'],
        fields: { a: CATALOGS.errors.ru['errors.field.invalid'] },
      },
    });
    const gone = errorBodyIn('ja', {
      error: { code: 'not_found' as const, message: 'That episode was not found.' },
    });
    expect(gone.error.message).toBe('この記録が見つかりませんでした。');
  });
});

// Every message the source writes for a field or an error body. A new one without a template fails here.
const SCANNED = [
  'contract',
  'server',
  'core/triage/input.ts',
  'core/account',
  'core/plan',
  'core/share/expiry.ts',
];
/** Not API answers: the server's own settings (read once at start), and words that are not messages. */
const NOT_ANSWERS = [/server\/config\.ts$/, /server\/db\/repos\//, /server\/routes\/shares\.ts$/];

function files(path: string): string[] {
  if (!statSync(path).isDirectory()) return [path];
  return readdirSync(path).flatMap((name) => files(join(path, name)));
}
const sources = SCANNED.flatMap((dir) => files(join(packageRoot, 'src', dir)))
  .filter((file) => /\.tsx?$/.test(file) && !/\.test\.tsx?$|test-support/.test(file))
  .filter((file) => !NOT_ANSWERS.some((pattern) => pattern.test(file)))
  .map((file) => ({ file, text: readFileSync(file, 'utf8') }));
/** A template literal's `${…}` as a sample value, so the message can be matched. */
const filled = (text: string) =>
  // biome-ignore lint/suspicious/noTemplateCurlyInString: the source's own text, matched as written
  text.replace('${wholeNumber(range)}', 'must be a whole number from 7 to 7').replace(/\$\{[^}]*\}/g, '7');
/** Messages put together from parts elsewhere; each is checked whole in its own test below. */
const PUT_TOGETHER = [
  // biome-ignore lint/suspicious/noTemplateCurlyInString: the source's own text, matched as written
  '${error.message} Delete old entries to add new ones.',
  // biome-ignore lint/suspicious/noTemplateCurlyInString: the source's own text, matched as written
  "The request body ${problem.split(':')[0]}.",
];

describe('the messages the source writes', () => {
  it('every field message has a template', () => {
    const field = /(['`])((?:must|is|cannot|send either|needs|push endpoints|expiresInDays) [^'`]*)\1/g;
    const found = sources.flatMap(({ file, text }) =>
      [...text.matchAll(field)].map((m) => ({ file, message: filled(m[2] ?? '') })),
    );
    expect(found.length).toBeGreaterThan(80);
    const missing = found.filter(({ message }) => !matchFieldMessage(message));
    expect(missing).toEqual([]);
  });

  it('every error message and every thing that can be not found has a template', () => {
    const error = /new AppError\(\s*'[a-z_]+',\s*(['`])(.*?)\1/gs;
    const what = /notFound\((['`])(.*?)\1\)/g;
    const messages = sources.flatMap(({ file, text }) =>
      [...text.matchAll(error)]
        .filter((m) => !PUT_TOGETHER.includes(m[2] ?? ''))
        .map((m) => ({ file, message: filled(m[2] ?? '') })),
    );
    const things = sources.flatMap(({ file, text }) =>
      [...text.matchAll(what)].map((m) => ({ file, thing: m[2] ?? '' })),
    );
    expect(messages.length).toBeGreaterThan(15);
    expect(messages.filter(({ message }) => !matchErrorMessage(message))).toEqual([]);
    const known = new Set(NOT_FOUND_WHAT_IDS.map((id) => CATALOGS.errors.en[id]));
    expect(things.filter(({ thing }) => !thing.includes('${') && !known.has(thing))).toEqual([]);
  });
});

describe('messages put together from parts', () => {
  it("the database's record ceiling, with the boundary's advice after it", () => {
    const migration = readFileSync(
      join(packageRoot, 'src/server/db/migrations/0005-record-limits.ts'),
      'utf8',
    );
    const raised = [...migration.matchAll(/raise exception '([^']*)'/g)].map((m) => m[1] ?? '');
    expect(raised).toHaveLength(2);
    for (const text of raised)
      expect(
        matchErrorMessage(`${text.replace('%', '7')} Delete old entries to add new ones.`),
      ).toBeDefined();
  });

  it("a triage body that is not JSON, in each of the route's three words for it", () => {
    for (const problem of [
      'is empty',
      'is not valid JSON',
      'must not contain __proto__ or constructor.prototype keys',
    ])
      expect(matchErrorMessage(`The request body ${problem}.`), problem).toBeDefined();
  });
});
