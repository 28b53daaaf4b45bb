// The way in for a visitor without an account, the same on every page that needs one.
import { FormattedMessage } from 'react-intl';
import { Link } from 'wouter';

export function AccountLinks() {
  return (
    <div className="form-actions">
      <Link className="button" href="/signup">
        <FormattedMessage id="account.links.signup" />
      </Link>
      <Link className="button secondary" href="/login">
        <FormattedMessage id="account.links.login" />
      </Link>
    </div>
  );
}
