// The person's data is theirs: download all of it, or delete the account (from the profile).
import { Link } from 'wouter';
import { EXPORT_CSV_URL, EXPORT_JSON_URL } from '../diary-api';

export function ExportLinks() {
  return (
    <section className="diary-section" aria-labelledby="your-data">
      <h2 id="your-data">Your data</h2>
      <p className="muted">Keep a copy, or take it to your midwife or doctor.</p>
      <div className="export-links">
        <a className="button secondary" href={EXPORT_JSON_URL} download>
          Download all my data (JSON)
        </a>
        <a className="button secondary" href={EXPORT_CSV_URL} download>
          Download cramps (CSV)
        </a>
      </div>
      <p className="muted">
        To delete your diary and everything else, use <Link href="/profile">Delete account</Link> in your
        profile.
      </p>
    </section>
  );
}
