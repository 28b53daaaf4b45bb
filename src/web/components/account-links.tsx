// The way in for a visitor without an account, the same on every page that needs one.
import { Link } from 'wouter';

export function AccountLinks() {
  return (
    <div className="form-actions">
      <Link className="button" href="/signup">
        Create a free account
      </Link>
      <Link className="button secondary" href="/login">
        Log in
      </Link>
    </div>
  );
}
