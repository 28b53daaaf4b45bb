// The page for an address the app does not know.
import type { ReactNode } from 'react';
import { FormattedMessage } from 'react-intl';
import { Link } from 'wouter';

export function NotFoundPage() {
  return (
    <>
      <h1>
        <FormattedMessage id="account.notFound.h1" />
      </h1>
      <p>
        <FormattedMessage
          id="account.notFound.text"
          values={{ link: (chunks: ReactNode) => <Link href="/">{chunks}</Link> }}
        />
      </p>
    </>
  );
}
