// The report for a midwife or doctor: the same one page as the PDF (printable), its downloads, and
// "Share with your midwife": links that work without an account until they expire or are revoked.
import { type FormEvent, useState } from 'react';
import type { ReportView } from '../../contract/report';
import type { CreatedShare, CreateShareRequest, Share, ShareList } from '../../contract/shares';
import { REPORT_CSS, ReportSheet } from '../../server/pages/report-sheet';
import { api } from '../api';
import { Field, FormError, fieldMessage } from '../components/field';
import { useApiForm } from '../components/use-api-form';
import { loadErrorMessage, useResource } from '../components/use-resource';
import { DiaryLoading, DiarySignedOut } from '../diary/components/signed-out';
import { addDays, todayIn } from '../diary/diary-time';
import { useSession } from '../session';

const PERIODS = [
  { days: 28, label: 'Last 4 weeks' },
  { days: 91, label: 'Last 3 months' },
  { days: 0, label: 'Everything' },
] as const;

const VIEW_WORDS: Record<Share['views'][number]['what'], string> = {
  page: 'opened the page',
  pdf: 'downloaded the PDF',
  fhir: 'downloaded the FHIR file',
  shl: 'fetched it as a SMART Health Link',
};

const STATUS_WORDS: Record<Share['status'], string> = {
  active: 'Active',
  expired: 'Expired',
  revoked: 'Revoked',
};

function when(iso: string): string {
  return new Date(iso).toLocaleString(undefined, { dateStyle: 'medium', timeStyle: 'short' });
}

function rangeQuery(from: string | null): string {
  return from === null ? '' : `?from=${from}`;
}

function withParam(query: string, name: string, value: string): string {
  return `${query}${query === '' ? '?' : '&'}${name}=${value}`;
}

export function ReportPage() {
  const { profile, loading } = useSession();
  if (loading) return <DiaryLoading />;
  if (!profile) return <DiarySignedOut />;
  return <SignedInReport timeZone={profile.timezone} />;
}

function SignedInReport({ timeZone }: { timeZone: string }) {
  const [periodDays, setPeriodDays] = useState<number>(28);
  const today = todayIn(timeZone, new Date());
  const from = periodDays === 0 ? null : addDays(today, -(periodDays - 1));
  const query = rangeQuery(from);
  const report = useResource<ReportView>(`/api/report${query}`, 'Could not load your report.');

  return (
    <div className="report-page">
      <style>{REPORT_CSS}</style>
      <h1 className="no-print">Report for your midwife</h1>
      <p className="no-print">
        One page with what you logged: cramps per week, what helped, your checks and any warning signs. Print
        it, download it, or share a link.
      </p>
      <div className="no-print field">
        <label htmlFor="report-period">Period</label>
        <select id="report-period" value={periodDays} onChange={(e) => setPeriodDays(Number(e.target.value))}>
          {PERIODS.map((p) => (
            <option key={p.days} value={p.days}>
              {p.label}
            </option>
          ))}
        </select>
      </div>
      <nav className="report-downloads" aria-label="Print and download">
        <button type="button" className="button primary" onClick={() => window.print()}>
          Print
        </button>
        <a className="button secondary" href={withParam(`/api/report.pdf${query}`, 'paper', 'A4')} download>
          PDF (A4)
        </a>
        <a
          className="button secondary"
          href={withParam(`/api/report.pdf${query}`, 'paper', 'LETTER')}
          download
        >
          PDF (Letter)
        </a>
        <a className="button secondary" href={`/api/fhir${query}`} download>
          FHIR file (for clinic systems)
        </a>
      </nav>
      {report.error && (
        <p className="form-error" role="alert">
          {report.error}
        </p>
      )}
      {report.data === null && !report.error && <p className="muted">Loading…</p>}
      {report.data && <ReportSheet report={report.data} />}
      <ShareSection from={from} />
    </div>
  );
}

function ShareSection({ from }: { from: string | null }) {
  const shares = useResource<ShareList>('/api/shares', 'Could not load your shared links.');
  const { fields, error, busy, run } = useApiForm();
  const [days, setDays] = useState('14');
  const [passcode, setPasscode] = useState('');
  const [label, setLabel] = useState('');
  const [created, setCreated] = useState<CreatedShare | null>(null);
  const [revokeError, setRevokeError] = useState<string | null>(null);

  async function submit(event: FormEvent) {
    event.preventDefault();
    const body: CreateShareRequest = {
      expiresInDays: Number(days),
      ...(from !== null ? { from } : {}),
      ...(passcode !== '' ? { passcode } : {}),
      ...(label.trim() !== '' ? { label: label.trim() } : {}),
    };
    const ok = await run(async () => setCreated(await api<CreatedShare>('POST', '/api/shares', body)));
    if (ok) {
      setPasscode('');
      shares.reload();
    }
  }

  async function revoke(share: Share) {
    if (!window.confirm('Revoke this link? It stops working at once.')) return;
    setRevokeError(null);
    try {
      await api('DELETE', `/api/shares/${share.id}`);
      if (created?.id === share.id) setCreated(null);
      shares.reload();
    } catch (e) {
      setRevokeError(loadErrorMessage(e, 'Could not revoke that link.'));
    }
  }

  return (
    <section className="no-print share-section" aria-labelledby="share-title">
      <h2 id="share-title">Share with your midwife</h2>
      <p>
        Make a link your midwife or doctor can open without an account. It shows this report read-only, with
        the PDF and a FHIR file for their records. It stops working when it expires or when you revoke it, and
        you can see each time it is opened.
      </p>
      <form className="card" onSubmit={submit} noValidate>
        <FormError
          message={error}
          fields={fields}
          labels={{ expiresInDays: 'Days', passcode: 'Passcode', label: 'Name of the link', to: 'Period' }}
        />
        <Field
          label="Days the link works (1 to 90)"
          name="expiresInDays"
          type="number"
          inputMode="numeric"
          min={1}
          max={90}
          required
          value={days}
          onChange={(e) => setDays(e.target.value)}
          error={fieldMessage(fields, 'expiresInDays', 'Days')}
        />
        <Field
          label="Passcode (optional)"
          name="passcode"
          type="text"
          autoComplete="off"
          hint="At least 4 characters. Tell it to your midwife separately; the link asks for it first."
          value={passcode}
          onChange={(e) => setPasscode(e.target.value)}
          error={fieldMessage(fields, 'passcode', 'Passcode')}
        />
        <Field
          label="Name of the link (optional)"
          name="label"
          type="text"
          maxLength={80}
          hint="Who it is for, e.g. “Midwife Jones”."
          value={label}
          onChange={(e) => setLabel(e.target.value)}
          error={fieldMessage(fields, 'label', 'Name')}
        />
        <div className="form-actions">
          <button className="button primary" type="submit" disabled={busy}>
            {busy ? 'Making the link…' : 'Make a link'}
          </button>
        </div>
      </form>
      {created && <CreatedLink share={created} />}
      <h3>Your links</h3>
      {(revokeError ?? shares.error) && (
        <p className="form-error" role="alert">
          {revokeError ?? shares.error}
        </p>
      )}
      {shares.data === null && !shares.error && <p className="muted">Loading…</p>}
      {shares.data?.items.length === 0 && <p className="muted">No links yet.</p>}
      {shares.data && shares.data.items.length > 0 && (
        <ul className="share-list" data-testid="share-list">
          {shares.data.items.map((share) => (
            <li key={share.id} className="card">
              <p>
                <strong>{share.label ?? 'Link'}</strong> · {STATUS_WORDS[share.status]}
                {share.hasPasscode ? ' · with passcode' : ''}
              </p>
              <p className="muted">
                Made {when(share.createdAt)};{' '}
                {share.status === 'revoked' && share.revokedAt
                  ? `revoked ${when(share.revokedAt)}`
                  : `${share.status === 'expired' ? 'expired' : 'works until'} ${when(share.expiresAt)}`}
              </p>
              {share.views.length === 0 ? (
                <p className="muted">Not opened yet.</p>
              ) : (
                <details>
                  <summary>
                    Opened {share.views.length} {share.views.length === 1 ? 'time' : 'times'}
                  </summary>
                  <ul className="share-views">
                    {share.views.map((view, i) => (
                      // biome-ignore lint/suspicious/noArrayIndexKey: a read-only log, never reordered
                      <li key={i}>
                        {when(view.at)}: {VIEW_WORDS[view.what]}
                        {view.recipient ? ` by “${view.recipient}”` : ''} from {view.addressPrefix}
                      </li>
                    ))}
                  </ul>
                </details>
              )}
              {share.status === 'active' && (
                <button type="button" className="button ghost" onClick={() => revoke(share)}>
                  Revoke
                </button>
              )}
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}

function CreatedLink({ share }: { share: CreatedShare }) {
  const [copied, setCopied] = useState(false);
  async function copy() {
    try {
      await navigator.clipboard.writeText(share.url);
      setCopied(true);
    } catch {
      setCopied(false);
    }
  }
  return (
    <div className="card notice" data-testid="created-share" aria-live="polite">
      <p>
        <strong>Your link is ready.</strong> Copy it now: for your privacy only a scrambled form of it is
        kept, so it cannot be shown again. It works until {when(share.expiresAt)}.
      </p>
      <div className="field">
        <label htmlFor="share-url">Link</label>
        <input id="share-url" readOnly value={share.url} onFocus={(e) => e.currentTarget.select()} />
      </div>
      <div className="form-actions">
        <button type="button" className="button secondary" onClick={copy}>
          {copied ? 'Copied' : 'Copy the link'}
        </button>
      </div>
      <figure className="share-qr">
        {/* biome-ignore lint/security/noDangerouslySetInnerHtml: the SVG comes from our own server's QR encoder, no user markup */}
        <div dangerouslySetInnerHTML={{ __html: share.qrSvg }} />
        <figcaption className="muted">Or let your midwife scan this code with a phone.</figcaption>
      </figure>
    </div>
  );
}
