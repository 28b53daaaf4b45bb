// The frame of every server-rendered page: head, header with search, footer with the disclaimer.
// Pages render with React on the server to static HTML, so they read completely without JavaScript.
import type { ReactNode } from 'react';
import { renderToStaticMarkup } from 'react-dom/server';
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
};

// The same four sections, in the same order, as the web app's header (src/web/components/layout.tsx).
export const SECTIONS = [
  { href: '/relief', label: 'Relief' },
  { href: '/check', label: 'Should I call?' },
  { href: '/learn', label: 'Learn' },
  { href: '/diary', label: 'Diary' },
];

export function SiteHeader({ path, search = true }: { path: string; search?: boolean }) {
  return (
    <header className="site-header">
      <div className="header-top">
        <a href="/" className="brand">
          <Logo />
          Crampwise
        </a>
        <div className="header-tools">
          {/* Shown and wired by theme.js; without JavaScript the theme follows the phone's setting. */}
          <button type="button" className="button ghost theme-toggle" hidden aria-label="Switch theme">
            <span aria-hidden="true">◐</span>
          </button>
          <a href="/profile" className="button ghost" aria-current={path === '/profile' ? 'page' : undefined}>
            Account
          </a>
        </div>
      </div>
      <nav className="section-nav" aria-label="Sections">
        {SECTIONS.map((s) => (
          <a
            key={s.href}
            href={s.href}
            className="button ghost"
            aria-current={path.startsWith(s.href) ? 'page' : undefined}
          >
            {s.label}
          </a>
        ))}
      </nav>
      {search && (
        // biome-ignore lint/a11y/useSemanticElements: <search> is too new for older phone browsers; the role keeps the landmark
        <form className="site-search" action="/search" method="get" role="search">
          <label htmlFor="site-search-q" className="visually-hidden">
            Search Crampwise
          </label>
          <input
            id="site-search-q"
            name="q"
            type="search"
            placeholder="Search: charley horse, ibuprofen…"
            autoComplete="off"
          />
          <button className="button secondary" type="submit">
            Search
          </button>
        </form>
      )}
    </header>
  );
}

export function SiteFooter() {
  return (
    <footer className="site-footer">
      <p className="disclaimer">
        Crampwise gives general information, not a diagnosis. If you are worried, contact your midwife or
        doctor. In an emergency call your local emergency number.
      </p>
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
  } = options;
  const html = renderToStaticMarkup(
    <html lang="en">
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
        {head}
      </head>
      <body>
        <a className="skip-link" href="#main">
          Skip to content
        </a>
        <SiteHeader path={path} search={search} />
        <main id="main">{body}</main>
        <SiteFooter />
      </body>
    </html>,
  );
  return `<!doctype html>${html}`;
}
