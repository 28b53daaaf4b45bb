// The pages a share link opens for a clinician without an account: the passcode form when the link
// has one, the read-only report with its downloads, and the answers for a link that no longer works.
import type { Report } from '../../core/report/index.js';
import { renderPage } from './document.js';
import { REPORT_CSS, ReportSheet } from './report-sheet.js';

const TITLE = 'Leg cramp report';

function frame(token: string, body: React.ReactNode): string {
  return renderPage({
    title: TITLE,
    description: 'A leg cramp diary summary shared by a patient.',
    path: `/s/${token}`,
    body: <div className="share-page">{body}</div>,
    inlineCss: REPORT_CSS,
    search: false,
  });
}

export function renderShareReport(token: string, report: Report): string {
  const base = `/s/${token}`;
  return frame(
    token,
    <>
      <h1>{TITLE}</h1>
      <p className="muted no-print">
        Shared by the patient from Crampwise. Read-only; this link stops working when it expires or the
        patient revokes it.
      </p>
      <nav className="report-downloads" aria-label="Downloads">
        <a className="button secondary" href={`${base}/report.pdf?paper=A4`} download>
          PDF (A4)
        </a>
        <a className="button secondary" href={`${base}/report.pdf?paper=LETTER`} download>
          PDF (Letter)
        </a>
        <a className="button secondary" href={`${base}/fhir.json`} download>
          FHIR R4 Bundle (JSON)
        </a>
      </nav>
      <ReportSheet report={report} />
    </>,
  );
}

export function renderSharePasscode(token: string, error?: string): string {
  return frame(
    token,
    <>
      <h1>{TITLE}</h1>
      <p>The patient protected this link with a passcode. They will have given it to you separately.</p>
      <form method="post" action={`/s/${token}`} className="card" noValidate>
        {error && (
          <p className="form-error" role="alert" id="passcode-error">
            {error}
          </p>
        )}
        <div className="field">
          <label htmlFor="passcode">Passcode</label>
          <input
            id="passcode"
            name="passcode"
            type="password"
            autoComplete="off"
            required
            aria-describedby={error ? 'passcode-error' : undefined}
            aria-invalid={error ? true : undefined}
          />
        </div>
        <div className="form-actions">
          <button className="button primary" type="submit">
            Show the report
          </button>
        </div>
      </form>
    </>,
  );
}

export function renderShareGone(token: string, state: 'unknown' | 'expired'): string {
  return frame(
    token,
    <>
      <h1>{state === 'expired' ? 'This link has expired' : 'This link does not work'}</h1>
      <p>
        {state === 'expired'
          ? 'The patient chose how long this report could be seen, and that time has passed.'
          : 'It may have been revoked by the patient, or mistyped.'}{' '}
        Ask the patient for a new link if you still need the report.
      </p>
    </>,
  );
}
