// The frame around every page: header with the brand and account link, the page, and the disclaimer.
// Its words come from the common catalog (src/i18n/messages/common), the pattern every page follows.
import type { ReactNode } from 'react';
import { useIntl } from 'react-intl';
import { Link, useLocation } from 'wouter';
import { LanguageSwitcher } from '../i18n/language-switcher';
import { useSession } from '../session';
import { usePageArrival } from './page-arrival';
import { SearchBox } from './search-box';
import { ThemeToggle } from './theme-toggle';

export function Logo() {
  return (
    <svg viewBox="0 0 64 64" aria-hidden="true">
      <rect width="64" height="64" rx="14" fill="var(--surface-2)" />
      <path
        d="M24 10c0 14-6 18-6 30 0 8 6 14 14 14h10c4 0 6-3 4-6-2-4-10-4-12-8-3-6 2-14 2-30"
        fill="none"
        stroke="var(--accent)"
        strokeWidth="5"
        strokeLinecap="round"
        strokeLinejoin="round"
      />
    </svg>
  );
}

// The same four sections, in the same order, as the server-rendered pages' header (src/server/pages/document.tsx).
// Relief, Should I call? and Learn are server pages: plain links, so the browser loads them.
const SECTIONS = [
  { href: '/relief', messageId: 'common.section.relief', server: true },
  { href: '/check', messageId: 'common.section.check', server: true },
  { href: '/learn', messageId: 'common.section.learn', server: true },
  { href: '/diary', messageId: 'common.section.diary', server: false },
] as const;

export function Layout({ children }: { children: ReactNode }) {
  const { profile } = useSession();
  const [path] = useLocation();
  const intl = useIntl();
  const t = (id: string) => intl.formatMessage({ id });
  usePageArrival(path);
  return (
    <>
      <a className="skip-link" href="#main">
        {t('common.skipLink')}
      </a>
      <header className="site-header">
        <div className="header-top">
          <Link href="/" className="brand">
            <Logo />
            Crampwise
          </Link>
          <div className="header-tools">
            <ThemeToggle />
            <Link
              href={profile ? '/profile' : '/login'}
              className="button ghost"
              aria-current={path === '/profile' || path === '/login' ? 'page' : undefined}
            >
              {t('common.account')}
            </Link>
          </div>
        </div>
        <nav className="section-nav" aria-label={t('common.sectionsLabel')}>
          {SECTIONS.map((s) =>
            s.server ? (
              <a key={s.href} href={s.href} className="button ghost">
                {t(s.messageId)}
              </a>
            ) : (
              <Link
                key={s.href}
                href={s.href}
                className="button ghost"
                aria-current={path.startsWith(s.href) ? 'page' : undefined}
              >
                {t(s.messageId)}
              </Link>
            ),
          )}
        </nav>
        <SearchBox />
      </header>
      <main id="main">{children}</main>
      <footer className="site-footer">
        <p className="disclaimer">{t('common.disclaimer')}</p>
        <LanguageSwitcher />
      </footer>
    </>
  );
}
