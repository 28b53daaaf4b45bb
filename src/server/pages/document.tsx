// The frame of every server-rendered page: head, header with search, footer with the disclaimer.
// Pages render with React on the server to static HTML, so they read completely without JavaScript.
import type { ReactNode } from 'react';
import { renderToStaticMarkup } from 'react-dom/server';
import type { IntlShape } from 'react-intl';
import { DEFAULT_LOCALE, type Locale } from '../../i18n/locales.js';
import { serverIntl } from '../../i18n/server-intl.js';
import { LanguageAlternates, LanguageSwitcher } from './language-switcher.js';
import { Logo } from './logo.js';

export type PageOptions = {
  title: string;
  description?: string;
  /** Canonical path of the page, used to mark the current section in the header. */
  path: string;
  body: ReactNode;
  /** Extra same-origin scripts, loaded deferred (progressive enhancement only). */
  scripts?: string[];
  /** Set false for pages that must stay tiny (Relief inlines its own CSS). */
  siteCss?: boolean;
  /** Inline CSS for the page; counted in its first response. */
  inlineCss?: string;
  /** Extra elements for <head>. */
  head?: ReactNode;
  /** Show the search box in the header (default true). */
  search?: boolean;
  /**
   * The page's language, given only by pages whose whole text is translated (their route then sends
   * `Vary: Accept-Language, Cookie`). Without it the page and its frame are English, so no page mixes
   * languages; the switcher is shown either way.
   */
  locale?: Locale;
  /** PUBLIC_URL, for absolute hreflang alternates on translated pages. */
  publicUrl?: string | undefined;
};

// The same four sections, in the same order, as the web app's header (src/web/components/layout.tsx).
export const SECTIONS = [
  { href: '/relief', messageId: 'common.section.relief' },
  { href: '/check', messageId: 'common.section.check' },
  { href: '/learn', messageId: 'common.section.learn' },
  { href: '/diary', messageId: 'common.section.diary' },
] as const;

export function SiteHeader({
  path,
  search = true,
  intl = serverIntl(DEFAULT_LOCALE, ['common']),
}: {
  path: string;
  search?: boolean;
  intl?: IntlShape;
}) {
  const t = (id: string) => intl.formatMessage({ id });
  return (
    <header className="site-header">
      <div className="header-top">
        <a href="/" className="brand">
          <Logo />
          Crampwise
        </a>
        <div className="header-tools">
          {/* Shown and wired by theme.js; without JavaScript the theme follows the phone's setting. */}
          <button
            type="button"
            className="button ghost theme-toggle"
            hidden
            aria-label={t('common.theme.toggle')}
            data-to-light={intl.formatMessage({ id: 'common.theme.switchTo' }, { theme: 'light' })}
            data-to-dark={intl.formatMessage({ id: 'common.theme.switchTo' }, { theme: 'dark' })}
          >
            <span aria-hidden="true">◐</span>
          </button>
          <a href="/profile" className="button ghost" aria-current={path === '/profile' ? 'page' : undefined}>
            {t('common.account')}
          </a>
        </div>
      </div>
      <nav className="section-nav" aria-label={t('common.sectionsLabel')}>
        {SECTIONS.map((s) => (
          <a
            key={s.href}
            href={s.href}
            className="button ghost"
            aria-current={path.startsWith(s.href) ? 'page' : undefined}
          >
            {t(s.messageId)}
          </a>
        ))}
      </nav>
      {search && (
        // biome-ignore lint/a11y/useSemanticElements: <search> is too new for older phone browsers; the role keeps the landmark
        <form className="site-search" action="/search" method="get" role="search">
          <label htmlFor="site-search-q" className="visually-hidden">
            {t('common.search.label')}
          </label>
          <input
            id="site-search-q"
            name="q"
            type="search"
            placeholder={t('common.search.placeholder')}
            autoComplete="off"
          />
          <button className="button secondary" type="submit">
            {t('common.search.button')}
          </button>
        </form>
      )}
    </header>
  );
}

export function SiteFooter({
  path,
  intl = serverIntl(DEFAULT_LOCALE, ['common']),
}: {
  path: string;
  intl?: IntlShape;
}) {
  return (
    <footer className="site-footer">
      <p className="disclaimer">{intl.formatMessage({ id: 'common.disclaimer' })}</p>
      <LanguageSwitcher
        path={path}
        current={intl.locale as Locale}
        label={intl.formatMessage({ id: 'common.language.label' })}
      />
    </footer>
  );
}

export function renderPage(options: PageOptions): string {
  const {
    title,
    description,
    path,
    body,
    scripts = [],
    siteCss = true,
    inlineCss,
    head,
    search = true,
    locale,
    publicUrl,
  } = options;
  const intl = serverIntl(locale ?? DEFAULT_LOCALE, ['common']);
  const html = renderToStaticMarkup(
    <html lang={intl.locale}>
      <head>
        <meta charSet="utf-8" />
        <meta name="viewport" content="width=device-width, initial-scale=1, viewport-fit=cover" />
        <meta name="color-scheme" content="dark light" />
        <meta name="theme-color" content="#11141a" />
        <title>{`${title} · Crampwise`}</title>
        {description && <meta name="description" content={description} />}
        <link rel="icon" href="/favicon.svg" type="image/svg+xml" />
        <link rel="manifest" href="/manifest.webmanifest" />
        <link rel="apple-touch-icon" href="/icons/icon-192.png" />
        {siteCss && <link rel="stylesheet" href="/site.css" />}
        {/* biome-ignore lint/security/noDangerouslySetInnerHtml: page CSS is our own constant, never user input */}
        {inlineCss && <style dangerouslySetInnerHTML={{ __html: inlineCss }} />}
        <script src="/theme.js" />
        {scripts.map((src) => (
          <script key={src} src={src} defer />
        ))}
        {locale && <LanguageAlternates path={path} publicUrl={publicUrl} />}
        {head}
      </head>
      <body>
        <a className="skip-link" href="#main">
          {intl.formatMessage({ id: 'common.skipLink' })}
        </a>
        <SiteHeader path={path} search={search} intl={intl} />
        <main id="main">{body}</main>
        <SiteFooter path={path} intl={intl} />
      </body>
    </html>,
  );
  return `<!doctype html>${html}`;
}
