// The frame around every page: header with the brand and account link, the page, and the disclaimer.
import type { ReactNode } from 'react';
import { Link } from 'wouter';
import { useSession } from '../session';
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

export function Layout({ children }: { children: ReactNode }) {
  const { profile, loading } = useSession();
  return (
    <>
      <a className="skip-link" href="#main">
        Skip to content
      </a>
      <header className="site-header">
        <Link href="/" className="brand">
          <Logo />
          Crampwise
        </Link>
        <nav className="header-actions" aria-label="Account">
          <ThemeToggle />
          {loading ? (
            <span className="button ghost" aria-hidden="true" style={{ visibility: 'hidden' }}>
              Log in
            </span>
          ) : profile ? (
            <Link href="/profile" className="button ghost">
              Profile
            </Link>
          ) : (
            <Link href="/login" className="button ghost">
              Log in
            </Link>
          )}
        </nav>
        <SearchBox />
      </header>
      <main id="main">{children}</main>
      <footer className="site-footer">
        <p className="disclaimer">
          Crampwise gives general information, not a diagnosis. If you are worried, contact your midwife or
          doctor. In an emergency call your local emergency number.
        </p>
      </footer>
    </>
  );
}
