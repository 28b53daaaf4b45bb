// The Crampwise mark for server-rendered pages. Relief passes literal colours: it inlines its own CSS
// and does not load the site's variables.
export function Logo({
  background = 'var(--surface-2)',
  stroke = 'var(--accent)',
}: {
  background?: string;
  stroke?: string;
}) {
  return (
    <svg viewBox="0 0 64 64" aria-hidden="true">
      <rect width="64" height="64" rx="14" fill={background} />
      <path
        d="M24 10c0 14-6 18-6 30 0 8 6 14 14 14h10c4 0 6-3 4-6-2-4-10-4-12-8-3-6 2-14 2-30"
        fill="none"
        stroke={stroke}
        strokeWidth="5"
        strokeLinecap="round"
        strokeLinejoin="round"
      />
    </svg>
  );
}
