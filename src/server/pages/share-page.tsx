// The pages a share link opens for a clinician without an account: the passcode form when the link
// has one, the read-only report with its downloads, and the answers for a link that no longer works.
// They are in the language of the person who shared the report (see shareLocale in share-link.ts).
import type { IntlShape } from 'react-intl';
import type { Report } from '../../core/report/index.js';
import type { Locale } from '../../i18n/locales.js';
import { serverIntl } from '../../i18n/server-intl.js';
import { renderPage } from './document.js';
import { REPORT_CSS, ReportSheet } from './report-sheet.js';

function frame(token: string, intl: IntlShape, locale: Locale, body: React.ReactNode): string {
  return renderPage({
    title: intl.formatMessage({ id: 'report.title' }),
    description: intl.formatMessage({ id: 'report.sharePage.description' }),
    path: `/s/${token}`,
    body: <div className="share-page">{body}</div>,
    inlineCss: REPORT_CSS,
    search: false,
    locale,
  });
}

const intlFor = (locale: Locale) => serverIntl(locale, ['common', 'report']);

export function renderShareReport(token: string, report: Report, locale: Locale): string {
  const intl = intlFor(locale);
  const t = (id: string) => intl.formatMessage({ id });
  const base = `/s/${token}`;
  return frame(
    token,
    intl,
    locale,
    <>
      <h1>{t('report.title')}</h1>
      <p className="muted no-print">{t('report.sharePage.intro')}</p>
      <nav className="report-downloads" aria-label={t('report.sharePage.downloads')}>
        <a className="button secondary" href={`${base}/report.pdf?paper=A4`} download>
          {t('report.page.pdfA4')}
        </a>
        <a className="button secondary" href={`${base}/report.pdf?paper=LETTER`} download>
          {t('report.page.pdfLetter')}
        </a>
        <a className="button secondary" href={`${base}/fhir.json`} download>
          {t('report.sharePage.fhir')}
        </a>
      </nav>
      <ReportSheet report={report} intl={intl} />
    </>,
  );
}

/** Why the passcode form is shown again. */
export type PasscodeProblem = { kind: 'empty' } | { kind: 'wrong' } | { kind: 'too-many'; minutes: number };

function problemText(intl: IntlShape, problem: PasscodeProblem): string {
  switch (problem.kind) {
    case 'empty':
      return intl.formatMessage({ id: 'report.sharePage.enterPasscode' });
    case 'wrong':
      return intl.formatMessage({ id: 'report.sharePage.wrongPasscode' });
    case 'too-many':
      return intl.formatMessage({ id: 'report.sharePage.tooManyTries' }, { minutes: problem.minutes });
    default: {
      const unreachable: never = problem;
      return unreachable;
    }
  }
}

export function renderSharePasscode(token: string, locale: Locale, problem?: PasscodeProblem): string {
  const intl = intlFor(locale);
  const t = (id: string) => intl.formatMessage({ id });
  const error = problem ? problemText(intl, problem) : undefined;
  return frame(
    token,
    intl,
    locale,
    <>
      <h1>{t('report.title')}</h1>
      <p>{t('report.sharePage.passcodeIntro')}</p>
      <form method="post" action={`/s/${token}`} className="card" noValidate>
        {error && (
          <p className="form-error" role="alert" id="passcode-error">
            {error}
          </p>
        )}
        <div className="field">
          <label htmlFor="passcode">{t('report.sharePage.passcode')}</label>
          <input
            id="passcode"
            name="passcode"
            type="password"
            autoComplete="off"
            required
            aria-describedby={error ? 'passcode-error' : undefined}
            aria-invalid={error ? true : undefined}
          />
        </div>
        <div className="form-actions">
          <button className="button primary" type="submit">
            {t('report.sharePage.show')}
          </button>
        </div>
      </form>
    </>,
  );
}

export function renderShareGone(token: string, state: 'unknown' | 'expired', locale: Locale): string {
  const intl = intlFor(locale);
  const t = (id: string) => intl.formatMessage({ id });
  return frame(
    token,
    intl,
    locale,
    <>
      <h1>{t(state === 'expired' ? 'report.sharePage.expiredTitle' : 'report.sharePage.unknownTitle')}</h1>
      <p>
        {t(state === 'expired' ? 'report.sharePage.expiredText' : 'report.sharePage.unknownText')}{' '}
        {t('report.sharePage.askAgain')}
      </p>
    </>,
  );
}
