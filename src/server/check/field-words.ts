// The triage engine's field messages on the /check pages, in the page's language: the same words the API
// gives (the `errors` catalog), put after the name of the box they belong to.
import { fieldMessageIn } from '../../i18n/error-text.js';
import type { Locale } from '../../i18n/locales.js';
import { serverIntl } from '../../i18n/server-intl.js';

export type NumberBox = 'week' | 'postpartumWeeks' | 'systolic' | 'diastolic';

/** One of the engine's field messages in `locale` (the generic words when it has no template). */
export function engineMessageIn(locale: Locale, english: string): string {
  return (
    fieldMessageIn(locale, english) ??
    serverIntl(locale, ['errors']).formatMessage({ id: 'errors.field.invalid' })
  );
}

/** "Week of pregnancy must be a whole number from 0 to 45." — the box's name, then what is wrong. */
export function numberBoxMessage(locale: Locale, box: NumberBox, english: string): string {
  const intl = serverIntl(locale, ['errors']);
  const labels = {
    week: intl.formatMessage({ id: 'errors.check.week' }),
    postpartumWeeks: intl.formatMessage({ id: 'errors.check.postpartumWeeks' }),
    systolic: intl.formatMessage({ id: 'errors.check.systolic' }),
    diastolic: intl.formatMessage({ id: 'errors.check.diastolic' }),
  };
  return intl.formatMessage(
    { id: 'errors.check.boxMessage' },
    { label: labels[box], message: engineMessageIn(locale, english).replace(/\.$/, '') },
  );
}
