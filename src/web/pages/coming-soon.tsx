// An honest placeholder for a door whose page is still being built.
import { Link } from 'wouter';

export function ComingSoonPage({ title, text }: { title: string; text: string }) {
  return (
    <>
      <h1>{title}</h1>
      <p className="notice">Coming soon: {text}</p>
      <p>
        If you have a leg that is swollen, red, warm or very painful, or you feel breathless, contact your
        midwife or doctor now, or call your local emergency number.
      </p>
      <p>
        <Link href="/">Back to the start</Link>
      </p>
    </>
  );
}

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
