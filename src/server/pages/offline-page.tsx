// The page the service worker shows when a page is not saved on the phone and there is no connection.
// It is rendered for the person when they were last online (their region, their maternity unit) and kept
// by the service worker, so it can still say whom to call and which signs cannot wait.

import { renderToStaticMarkup } from 'react-dom/server';
import type { IntlShape } from 'react-intl';
import { adviceLineFor } from '../../core/call/advice-lines.js';
import type { CallChoice, MaternityUnit } from '../../core/call/who-to-call.js';
import type { EmergencyNumber } from '../../core/triage/index.js';
import { DEFAULT_LOCALE, type Locale } from '../../i18n/locales.js';
import { serverIntl } from '../../i18n/server-intl.js';
import { Logo } from './logo.js';

export type OfflinePageOptions = {
  emergency: EmergencyNumber;
  sameDay: CallChoice;
  /** The page's language (English when not given). */
  locale?: Locale;
  /** Where the visitor is, and their own unit: what `sameDay` was chosen from, to name it in the language. */
  region?: string | undefined;
  maternityUnit?: MaternityUnit | undefined;
};

/** The advice lines whose names are words rather than names, and the lines that carry a note. */
const LINE_NAME_IDS: Record<string, string> = { JP: 'shell.offline.line.JP', CA: 'shell.offline.line.CA' };
const LINE_NOTE_IDS: Record<string, string> = {
  GB: 'shell.offline.lineNote.GB',
  JP: 'shell.offline.lineNote.JP',
  CA: 'shell.offline.lineNote.CA',
  FI: 'shell.offline.lineNote.FI',
};

/** The same-day button's words and note in the page's language; English as whoToCall wrote them. */
function sameDayWords(
  intl: IntlShape,
  locale: Locale,
  { sameDay, region, maternityUnit }: OfflinePageOptions,
): { label: string; note: string | undefined } {
  const englishNote = 'note' in sameDay ? sameDay.note : undefined;
  if (locale === 'en') return { label: sameDay.label, note: englishNote };
  if (sameDay.kind === 'maternity-unit')
    return {
      label: intl.formatMessage({ id: 'shell.offline.callName' }, { name: maternityUnit?.name ?? '' }),
      note: undefined,
    };
  if (sameDay.kind === 'emergency')
    return {
      label: intl.formatMessage({ id: 'shell.offline.call' }, { number: sameDay.number }),
      note: intl.formatMessage({ id: 'shell.offline.noAdviceLine' }, { number: sameDay.number }),
    };
  const code = (region ?? '').trim().toUpperCase() === 'UK' ? 'GB' : (region ?? '').trim().toUpperCase();
  const nameId = LINE_NAME_IDS[code];
  const noteId = LINE_NOTE_IDS[code];
  const name = nameId ? intl.formatMessage({ id: nameId }) : (adviceLineFor(code)?.name ?? sameDay.number);
  return {
    label: intl.formatMessage({ id: 'shell.offline.callName' }, { name }),
    note: noteId ? intl.formatMessage({ id: noteId }) : undefined,
  };
}

// Self-contained like /relief: it must render with nothing else in the cache.
const CSS = `
:root{color-scheme:dark light;--bg:#11141a;--text:#ece8e1;--muted:#aab1bc;--accent:#f2b880;--accent-text:#1a1208;
--danger:#ff8a80;--danger-text:#2a0c0a;--surface:#1b2029;--border:#343c49;--link:#9cc8ff}
@media (prefers-color-scheme:light){:root{--bg:#faf8f5;--text:#1d1f23;--muted:#555c66;--accent:#9a4d0f;
--accent-text:#fff;--danger:#b3261e;--danger-text:#fff;--surface:#fff;--border:#d6d0c7;--link:#0b57b0}}
html{background:var(--bg)}
body{margin:0 auto;max-width:34rem;padding:0 1rem 2rem;color:var(--text);font:1.15rem/1.5 system-ui,sans-serif}
header a{display:inline-flex;align-items:center;gap:.5rem;min-height:48px;color:var(--text);font-weight:700;text-decoration:none}
header svg{width:26px;height:26px}
h1{font-size:1.7rem;line-height:1.2;margin:.75rem 0 .5rem}
h2{font-size:1.25rem;margin:1.5rem 0 .5rem}
.btn{display:flex;align-items:center;justify-content:center;min-height:60px;border-radius:18px;margin:.75rem 0;
padding:0 1rem;font-weight:700;text-decoration:none;text-align:center}
.call{background:var(--danger);color:var(--danger-text)}
.same-day{background:var(--surface);color:var(--text);border:2px solid var(--accent)}
.relief{background:var(--accent);color:var(--accent-text)}
.note{color:var(--muted);font-size:1rem}
ul{padding-left:1.2rem}li{margin:.4rem 0}
a{color:var(--link)}
`;

export function renderOfflinePage(options: OfflinePageOptions): string {
  const { emergency, sameDay } = options;
  const locale = options.locale ?? DEFAULT_LOCALE;
  const intl = serverIntl(locale, ['shell']);
  const t = (id: string, values?: Record<string, string>) => intl.formatMessage({ id }, values);
  const call = sameDayWords(intl, locale, options);
  const html = renderToStaticMarkup(
    <html lang={locale}>
      <head>
        <meta charSet="utf-8" />
        <meta name="viewport" content="width=device-width, initial-scale=1, viewport-fit=cover" />
        <meta name="color-scheme" content="dark light" />
        <title>{t('shell.offline.title')}</title>
        <meta name="robots" content="noindex" />
        {/* biome-ignore lint/security/noDangerouslySetInnerHtml: our own constant stylesheet, no user input */}
        <style dangerouslySetInnerHTML={{ __html: CSS }} />
      </head>
      <body>
        <header>
          <a href="/">
            <Logo background="#242b36" stroke="#f2b880" />
            Crampwise
          </a>
        </header>
        <main>
          <h1>{t('shell.offline.heading')}</h1>
          <p>{t('shell.offline.notSaved')}</p>
          <a className="btn relief" href="/relief">
            {t('shell.reliefNow')}
          </a>
          <h2>{t('shell.offline.emergencyHeading', { number: emergency.number })}</h2>
          <ul>
            <li>{t('shell.offline.emergency.breathless')}</li>
            <li>{t('shell.offline.emergency.blood')}</li>
            <li>{t('shell.offline.emergency.fit')}</li>
            <li>{t('shell.offline.emergency.limb')}</li>
            <li>{t('shell.offline.emergency.back')}</li>
          </ul>
          <a className="btn call" href={`tel:${emergency.number}`}>
            {t('shell.offline.call', { number: emergency.number })}
          </a>
          <h2>{t('shell.offline.todayHeading')}</h2>
          <ul>
            <li>{t('shell.offline.today.leg')}</li>
            <li>{t('shell.offline.today.cramp')}</li>
            <li>{t('shell.offline.today.preEclampsia')}</li>
          </ul>
          <a className="btn same-day" href={sameDay.href}>
            {call.label} ({sameDay.number})
          </a>
          {call.note && <p className="note">{call.note}</p>}
          <p className="note">{t('shell.offline.disclaimer')}</p>
        </main>
      </body>
    </html>,
  );
  return `<!doctype html>${html}`;
}
