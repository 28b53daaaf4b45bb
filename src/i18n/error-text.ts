// The API's error words in the request's language. The server and the domain core keep writing their
// messages in English (the English answers are the contract the tests and clients hold), and every such
// message has a stable id in the `errors` catalog whose English text is its exact template. At the error
// boundary an English message is matched against those templates, its arguments are taken out, and the
// same id is formatted in the request's language. English answers are never touched.
import { type MessageFormatElement, parse, TYPE } from '@formatjs/icu-messageformat-parser';
import type { ErrorCode } from '../contract/error.js';
import { CATALOGS } from './catalogs.js';
import type { Locale } from './locales.js';
import { serverIntl } from './server-intl.js';

/** Every field message, most specific first: `must be at least {min} characters` before `… at least {min}`. */
export const FIELD_MESSAGE_IDS = [
  'errors.field.invalid',
  'errors.field.isInvalid',
  'errors.field.required',
  'errors.field.unknownField',
  'errors.field.controlCharacters',
  'errors.field.wholeNumber',
  'errors.field.atLeastCharacters',
  'errors.field.atMostCharacters',
  'errors.field.atLeast',
  'errors.field.atMost',
  'errors.field.noNul',
  'errors.field.noRepeat',
  'errors.field.digits',
  'errors.field.between',
  'errors.field.isoDate',
  'errors.field.dateTimeZ',
  'errors.field.dateOrDateTime',
  'errors.field.oneMuscle',
  'errors.field.email',
  'errors.field.timeZone',
  'errors.field.countryExamples',
  'errors.field.country',
  'errors.field.postpartumRange',
  'errors.field.requiredWholeFromTo',
  'errors.field.wholeFromTo',
  'errors.field.fromTo',
  'errors.field.notEmpty',
  'errors.field.notBeforeFrom',
  'errors.field.notAfterTomorrow',
  'errors.field.notBefore',
  'errors.field.shareId',
  'errors.field.languageTag',
  'errors.field.oneOf',
  'errors.field.paper',
  'errors.field.uuid',
  'errors.field.pageCursor',
  'errors.field.dateTimeExample',
  'errors.field.checkId',
  'errors.field.expiresInDays',
  'errors.field.future',
  'errors.field.reliefHelped',
  'errors.field.cannotBeUsed',
  'errors.field.dueOrLastPeriod',
  'errors.field.dueTooPast',
  'errors.field.dueTooFuture',
  'errors.field.birthFuture',
  'errors.field.birthTooOld',
  'errors.field.notThePassword',
  'errors.field.passwordIsEmail',
  'errors.field.commonPassword',
  'errors.field.pushHttps',
  'errors.field.pushHost',
  'errors.field.rangeBackwards',
  'errors.field.trueOrFalse',
  'errors.field.bloodPressureObject',
  'errors.field.diastolicLower',
  'errors.field.findingsObject',
  'errors.field.jsonObject',
  'errors.field.bothStages',
  'errors.field.afterBirthOnly',
  'errors.field.unknownFieldSuggestMany',
  'errors.field.unknownFieldSuggestOne',
  'errors.field.unknownFieldAccepted',
  'errors.field.unknownBloodPressureField',
  'errors.field.unknownFindingSuggestMany',
  'errors.field.unknownFindingSuggestOne',
  'errors.field.unknownFinding',
  'errors.field.bodyEmptyJson',
  'errors.field.protoKeys',
  'errors.field.notJson',
  'errors.field.planUnknownItem',
  'errors.field.planKind',
  'errors.field.planAvoid',
  'errors.field.planNotRecommended',
  'errors.field.planDuplicate',
  'errors.field.planTime',
  'errors.field.planTooMany',
  'errors.field.noFood',
  'errors.field.servings',
  'errors.field.vitaminDUnit',
  'errors.field.calciumMg',
  'errors.field.magnesiumMg',
  'errors.field.potassiumMg',
  'errors.field.supplementAmount',
  'errors.field.labRangeLimit',
  'errors.field.labRangeEnds',
  'errors.field.labRangeOrder',
  'errors.field.labAlbumin',
] as const;

/** The body's own `message`, in the same order rule. */
export const ERROR_MESSAGE_IDS = [
  'errors.message.invalidFields',
  'errors.message.invalidJson',
  'errors.message.emptyBody',
  'errors.message.contentLength',
  'errors.message.addressTooLong',
  'errors.message.addressInvalid',
  'errors.message.tooManyEpisodes',
  'errors.message.tooManyCheckins',
  'errors.message.tooManyChanges',
  'errors.message.tooManyAttemptsIn',
  'errors.message.tooManyPasscodes',
  'errors.message.idTaken',
  'errors.message.linkExpired',
  'errors.message.wrongPasscode',
  'errors.message.storeDown',
  'errors.message.badCredentials',
  'errors.message.missingFoodFacts',
  'errors.message.pushOff',
  'errors.message.wrongPassword',
  'errors.message.triageInvalid',
  'errors.message.bodyEmpty',
  'errors.message.bodyProto',
  'errors.code.unauthenticated',
  'errors.code.cross_site_request',
  'errors.code.payload_too_large',
  'errors.code.unsupported_media_type',
  'errors.code.rate_limited',
  'errors.code.internal',
  // Last: `{what} was not found.` — what is one of the phrases below, or a method and path kept as is.
  'errors.message.notFound',
] as const;

/** The things that can be missing, as `notFound(what)` names them. */
export const NOT_FOUND_WHAT_IDS = [
  'errors.what.episode',
  'errors.what.checkin',
  'errors.what.shareLink',
  'errors.what.link',
  'errors.what.fileLink',
  'errors.what.foodLog',
  'errors.what.knowledgeItem',
  'errors.what.calendarLink',
  'errors.what.reminderSubscription',
  'errors.what.check',
] as const;

/** What a code says when its message is not one of the templates (a framework's own words, say). */
export const CODE_MESSAGE_IDS: Record<ErrorCode, string> = {
  invalid_input: 'errors.code.invalid_input',
  unauthenticated: 'errors.code.unauthenticated',
  invalid_credentials: 'errors.code.invalid_credentials',
  forbidden: 'errors.code.forbidden',
  cross_site_request: 'errors.code.cross_site_request',
  not_found: 'errors.code.not_found',
  conflict: 'errors.code.conflict',
  gone: 'errors.code.gone',
  too_many_records: 'errors.code.too_many_records',
  payload_too_large: 'errors.code.payload_too_large',
  unsupported_media_type: 'errors.code.unsupported_media_type',
  rate_limited: 'errors.code.rate_limited',
  internal: 'errors.code.internal',
  unavailable: 'errors.code.unavailable',
};

type Template = { id: string; pattern: RegExp; names: string[] };

const literal = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/** An English template as an anchored pattern: literals as they are, each `{argument}` as a lazy group. */
function compile(id: string): Template {
  const english = CATALOGS.errors.en[id];
  if (english === undefined) throw new Error(`${id} is not in the English errors catalog`);
  const names: string[] = [];
  const source = parse(english)
    .map((element: MessageFormatElement) => {
      if (element.type === TYPE.literal) return literal(element.value);
      if (element.type === TYPE.argument) {
        names.push(element.value);
        return '(.+?)';
      }
      throw new Error(`${id}: an English error template holds only text and {arguments}`);
    })
    .join('');
  return { id, pattern: new RegExp(`^${source}$`, 's'), names };
}

let compiled: { fields: Template[]; messages: Template[]; what: Map<string, string> } | undefined;
function templates() {
  compiled ??= {
    fields: FIELD_MESSAGE_IDS.map(compile),
    messages: ERROR_MESSAGE_IDS.map(compile),
    what: new Map(NOT_FOUND_WHAT_IDS.map((id) => [CATALOGS.errors.en[id] ?? id, id])),
  };
  return compiled;
}

export type MatchedMessage = { id: string; values: Record<string, string | number> };

/** Counts become numbers (for Russian plurals); everything else, dates and names included, stays text. */
const value = (text: string): string | number =>
  /^(\d{1,9}|\d{1,3}(,\d{3})+)$/.test(text) ? Number(text.replaceAll(',', '')) : text;

function match(list: readonly Template[], english: string): MatchedMessage | undefined {
  for (const { id, pattern, names } of list) {
    const found = pattern.exec(english);
    if (!found) continue;
    const values: Record<string, string | number> = {};
    names.forEach((name, index) => {
      values[name] = value(found[index + 1] ?? '');
    });
    return { id, values };
  }
  return undefined;
}

/** The catalog id and arguments behind an English field message, or undefined when it has none. */
export const matchFieldMessage = (english: string) => match(templates().fields, english);
/** The catalog id and arguments behind an English error message, or undefined when it has none. */
export const matchErrorMessage = (english: string) => match(templates().messages, english);

/** An English field message in `locale`; undefined when it is not one of the templates. */
export function fieldMessageIn(locale: Locale, english: string): string | undefined {
  if (locale === 'en') return english;
  const found = matchFieldMessage(english);
  return found && serverIntl(locale, ['errors']).formatMessage({ id: found.id }, found.values);
}

/**
 * An error body's words in `locale`: each field message, then the message (a triage 400's summary is
 * rebuilt from the translated fields). Words without a template get their code's or the generic field
 * message, so no English is left. The code and field keys never change.
 */
export function errorBodyIn<
  B extends { error: { code: ErrorCode; message: string; fields?: Record<string, string> | undefined } },
>(locale: Locale, body: B, fieldFallback?: (field: string) => string | undefined): B {
  if (locale === 'en') return body;
  const intl = serverIntl(locale, ['errors']);
  const { code, message, fields } = body.error;
  const translatedFields = fields
    ? Object.fromEntries(
        Object.entries(fields).map(([key, english]) => [
          key,
          fieldMessageIn(locale, english) ??
            fieldFallback?.(key) ??
            intl.formatMessage({ id: 'errors.field.invalid' }),
        ]),
      )
    : undefined;
  const found = matchErrorMessage(message);
  let text: string;
  if (found?.id === 'errors.message.triageInvalid') {
    const summary = Object.entries(translatedFields ?? {})
      .map(([key, words]) => `${key}: ${words}`)
      .join('; ');
    text = intl.formatMessage({ id: 'errors.message.triageInvalid' }, { summary });
  } else if (found?.id === 'errors.message.notFound') {
    const what = String(found.values.what);
    const whatId = templates().what.get(what);
    text = intl.formatMessage(
      { id: 'errors.message.notFound' },
      { what: whatId ? intl.formatMessage({ id: whatId }) : what },
    );
  } else if (found) {
    text = intl.formatMessage({ id: found.id }, found.values);
  } else {
    text = intl.formatMessage({ id: CODE_MESSAGE_IDS[code] });
  }
  return {
    ...body,
    error: { ...body.error, message: text, ...(translatedFields ? { fields: translatedFields } : {}) },
  };
}
