// Relief now: what to do during a cramp, for someone woken at night with a phone in one hand.
// One small, self-contained response (CSS and script inline, no fonts, no images) that reads fully
// without JavaScript; the script adds the hold timer, the voice mode and offline support.
// Every text comes from the relief and common catalogs (src/i18n/messages), in the request's language;
// the inline script's own texts travel in a data attribute, so the script (and its CSP hash) is one.
import type { ReactNode } from 'react';
import { renderToStaticMarkup } from 'react-dom/server';
import type { IntlShape } from 'react-intl';
import { DEFAULT_REGION, type EmergencyNumber } from '../../core/triage/index.js';
import type { Locale } from '../../i18n/locales.js';
import { serverIntl } from '../../i18n/server-intl.js';
import type { RegionSource } from '../http/request-region.js';
import { SECTIONS, SiteFooter } from './document.js';
import { LanguageAlternates } from './language-switcher.js';
import { Logo } from './logo.js';
import {
  HOLD_SECONDS,
  RELIEF_IDS as ID,
  RELIEF_SAY_ATTRIBUTE,
  RELIEF_STEP_CLASS,
  RELIEF_TEXT_ATTRIBUTE,
  type ReliefScriptText,
  RING_RADIUS,
} from './relief-ids.js';
import { RELIEF_SCRIPT } from './relief-script.js';
import { RELIEF_CSS } from './relief-style.js';

export type ReliefPageOptions = {
  emergency: EmergencyNumber;
  /** Where the region came from: offers a way to set it when it was only guessed. */
  regionSource: RegionSource;
  /** The request's language (default English). */
  locale?: Locale;
  /** PUBLIC_URL, for absolute hreflang alternates. */
  publicUrl?: string | undefined;
};

type T = (id: string, values?: Record<string, string | number>) => string;

function translator(intl: IntlShape): T {
  return (id, values) => intl.formatMessage({ id }, values);
}

/** The texts the inline script shows or says, formatted here in the page's language. */
export function reliefScriptText(t: T): ReliefScriptText {
  const seconds = HOLD_SECONDS;
  return {
    start: t('relief.hold.start', { seconds }),
    repeat: t('relief.hold.repeat', { seconds }),
    stop: t('relief.hold.stop'),
    holding: t('relief.hold.holding', { seconds }),
    tenLeft: t('relief.hold.tenLeft'),
    released: t('relief.hold.released'),
    stopped: t('relief.hold.stopped'),
    cannotSpeak: t('relief.voice.cannot'),
    sayHoldStart: t('relief.say.holdStart'),
    sayRelease: t('relief.say.release'),
    sayTapStart: t('relief.say.tapStart'),
    cues: {
      20: t('relief.say.cue20'),
      10: t('relief.say.cue10'),
      5: t('relief.say.cue5'),
      4: t('relief.say.cue4'),
      3: t('relief.say.cue3'),
      2: t('relief.say.cue2'),
      1: t('relief.say.cue1'),
    },
  };
}

const RING_LENGTH = (2 * Math.PI * RING_RADIUS).toFixed(2);
/** Marks text the voice mode reads aloud. */
const SAY = { [RELIEF_SAY_ATTRIBUTE]: '' };

function StepTitle({ n, children }: { n: number; children: string }) {
  return (
    <h2>
      <span className="n" aria-hidden="true">
        {n}
      </span>
      <span {...SAY}>{children}</span>
    </h2>
  );
}

function HoldTimer({ t }: { t: T }) {
  const text = { [RELIEF_TEXT_ATTRIBUTE]: JSON.stringify(reliefScriptText(t)) };
  return (
    <div id={ID.hold} className="hold" hidden>
      <div className="dial" aria-hidden="true">
        <svg viewBox="0 0 120 120" aria-hidden="true">
          <circle className="track" cx="60" cy="60" r={RING_RADIUS} />
          <circle
            id={ID.holdRing}
            cx="60"
            cy="60"
            r={RING_RADIUS}
            transform="rotate(-90 60 60)"
            strokeDasharray={RING_LENGTH}
            strokeDashoffset="0"
          />
        </svg>
        <span id={ID.holdCount} className="num">
          {HOLD_SECONDS}
        </span>
      </div>
      <p id={ID.holdStatus} className="status" role="status" {...text}>
        {t('relief.hold.intro')}
      </p>
      <button id={ID.holdButton} className="btn" type="button">
        {t('relief.hold.start', { seconds: HOLD_SECONDS })}
      </button>
      <button id={ID.voiceButton} className="btn alt" type="button" aria-pressed="false" hidden>
        {t('relief.voice.button')}
      </button>
      <p id={ID.voiceNote} className="small" hidden>
        {t('relief.voice.none')}
      </p>
    </div>
  );
}

function Steps({ t }: { t: T }) {
  return (
    <ol className="steps">
      <li className={RELIEF_STEP_CLASS}>
        <StepTitle n={1}>{t('relief.stretch.title')}</StepTitle>
        <p className="say" {...SAY}>
          {t('relief.stretch.say')}
        </p>
        {/* The timer comes before the tip, so its Start button is on the first screen of a phone. */}
        <HoldTimer t={t} />
        <p className="tip">{t('relief.stretch.tip')}</p>
        <details>
          <summary>{t('relief.thigh.summary')}</summary>
          <h3>{t('relief.thigh.frontTitle')}</h3>
          <p>{t('relief.thigh.front')}</p>
          <h3>{t('relief.thigh.backTitle')}</h3>
          <p>{t('relief.thigh.back')}</p>
          <p>{t('relief.thigh.hold')}</p>
          <a className="more" href="/learn/relief.thigh-stretch">
            {t('relief.thigh.more')}
          </a>
        </details>
        <a className="more" href="/learn/relief.calf-stretch">
          {t('relief.stretch.more')}
        </a>
      </li>
      <li className={RELIEF_STEP_CLASS}>
        <StepTitle n={2}>{t('relief.rub.title')}</StepTitle>
        <p className="say" {...SAY}>
          {t('relief.rub.say')}
        </p>
        <p className="tip">{t('relief.rub.tip')}</p>
        <a className="more" href="/learn/relief.massage">
          {t('relief.rub.more')}
        </a>
      </li>
      <li className={RELIEF_STEP_CLASS}>
        <StepTitle n={3}>{t('relief.warm.title')}</StepTitle>
        <p className="say" {...SAY}>
          {t('relief.warm.say')}
        </p>
        <p className="tip">{t('relief.warm.tip')}</p>
        <a className="more" href="/learn/relief.heat">
          {t('relief.warm.more')}
        </a>
      </li>
      <li className={RELIEF_STEP_CLASS}>
        <StepTitle n={4}>{t('relief.walk.title')}</StepTitle>
        <p className="say" {...SAY}>
          {t('relief.walk.say')}
        </p>
        <p className="tip">{t('relief.walk.tip')}</p>
        <a className="more" href="/learn/relief.walk-it-out">
          {t('relief.walk.more')}
        </a>
      </li>
    </ol>
  );
}

/** The emergency number's country, named in the page's language (English keeps the table's own label). */
function countryName(emergency: EmergencyNumber, locale: string): string {
  if (locale === 'en') return emergency.label;
  try {
    return new Intl.DisplayNames([locale], { type: 'region' }).of(emergency.region) ?? emergency.label;
  } catch {
    return emergency.label;
  }
}

function regionNote(t: T, locale: string, emergency: EmergencyNumber, source: RegionSource): string {
  if (emergency.region === DEFAULT_REGION) return t('relief.region.default', { number: emergency.number });
  const country = countryName(emergency, locale);
  return source === 'profile'
    ? t('relief.region.profile', { country })
    : t('relief.region.guessed', { country });
}

function Warning({ t, locale, emergency, regionSource }: { t: T; locale: string } & ReliefPageOptions) {
  return (
    <section className="warn" aria-labelledby="warn-title">
      <h2 id="warn-title">{t('relief.warn.title')}</h2>
      <p>{t('relief.warn.body')}</p>
      <a className="btn alt" href="/check">
        {t('relief.warn.check')}
      </a>
      <p>
        <strong>{t('relief.warn.breathless')}</strong>
      </p>
      <a className="btn call" href={`tel:${emergency.number}`}>
        {t('relief.warn.call', { number: emergency.number })}
      </a>
      <p className="small">
        {t('relief.warn.also')} {regionNote(t, locale, emergency, regionSource)}
      </p>
      {regionSource !== 'profile' && (
        <a className="more" href="/profile">
          {t('relief.region.set')}
        </a>
      )}
    </section>
  );
}

export function renderReliefPage(options: ReliefPageOptions): string {
  const locale = options.locale ?? 'en';
  const intl = serverIntl(locale, ['common', 'relief']);
  const t = translator(intl);
  const html = renderToStaticMarkup(
    <html lang={locale} data-theme="dark">
      <head>
        <meta charSet="utf-8" />
        <meta name="viewport" content="width=device-width, initial-scale=1, viewport-fit=cover" />
        <meta name="color-scheme" content="dark" />
        <meta name="theme-color" content="#11141a" />
        <title>{`${t('relief.title')} · Crampwise`}</title>
        <meta name="description" content={t('relief.description')} />
        <link rel="icon" href="/favicon.svg" type="image/svg+xml" />
        <LanguageAlternates path="/relief" publicUrl={options.publicUrl} />
        {/* biome-ignore lint/security/noDangerouslySetInnerHtml: our own constant stylesheet, no user input */}
        <style dangerouslySetInnerHTML={{ __html: RELIEF_CSS }} />
      </head>
      <body>
        {/* The site's header (same links as every page), styled by the inline CSS so nothing else loads. */}
        <header className="top">
          <div className="row">
            <a className="brand" href="/">
              <Logo background="#242b36" stroke="#f2b880" />
              Crampwise
            </a>
            <a href="/profile">{t('common.account')}</a>
          </div>
          <nav aria-label={t('common.sectionsLabel')}>
            {SECTIONS.map((s) => (
              <a key={s.href} href={s.href} aria-current={s.href === '/relief' ? 'page' : undefined}>
                {t(s.messageId)}
              </a>
            ))}
          </nav>
        </header>
        <main id="main">
          <h1>{t('relief.h1')}</h1>
          <p className="lead">{t('relief.lead')}</p>
          <p className="first">
            {intl.formatMessage(
              { id: 'relief.first' },
              {
                a: (chunks: ReactNode[]) => (
                  <a key="check" href="/check">
                    {chunks}
                  </a>
                ),
              },
            )}
          </p>
          <Steps t={t} />
          <Warning t={t} locale={locale} {...options} />
          <a className="btn done" href="/diary?log=now">
            {t('relief.done')}
          </a>
          <p className="small">{t('relief.after')}</p>
        </main>
        <SiteFooter path="/relief" intl={intl} />
        {/* biome-ignore lint/security/noDangerouslySetInnerHtml: our own constant script, allowed by its CSP hash */}
        <script dangerouslySetInnerHTML={{ __html: RELIEF_SCRIPT }} />
      </body>
    </html>,
  );
  return `<!doctype html>${html}`;
}
