// The page for an address the app does not know.
import { Link } from 'wouter';

export function NotFoundPage() {
  return (
    <>
      <h1>Page not found</h1>
      <p>
        That page does not exist. <Link href="/">Go to the start</Link>.
      </p>
    </>
  );
}
