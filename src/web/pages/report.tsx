// The report for a midwife or doctor: the same one page as the PDF (printable), its downloads, and
// "Share with your midwife": links that work without an account until they expire or are revoked.
// Every word comes from the `report` catalog in the app's language; the downloads follow it too (the
// server answers in the language the app's cookie names).

import { type FormEvent, useState } from 'react';
import { type IntlShape, useIntl } from 'react-intl';
import type { ReportView } from '../../contract/report';
import type { CreatedShare, CreateShareRequest, Share, ShareList } from '../../contract/shares';
import { REPORT_CSS, ReportSheet } from '../../server/pages/report-sheet';
import { api } from '../api';
import { Field, FormError, fieldMessage } from '../components/field';
import { useApiForm } from '../components/use-api-form';
import { loadErrorMessage, useResource } from '../components/use-resource';
import { DiaryLoading, DiarySignedOut } from '../diary/components/signed-out';
import { addDays, todayIn } from '../diary/diary-time';
import { appLocale } from '../i18n/locale';
import { useSession } from '../session';

const PERIODS = [
  { days: 28, label: 'report.page.period.last4Weeks' },
  { days: 91, label: 'report.page.period.last3Months' },
  { days: 0, label: 'report.page.period.everything' },
] as const;

const VIEW_WORDS: Record<Share['views'][number]['what'], string> = {
  page: 'report.share.what.page',
  pdf: 'report.share.what.pdf',
  fhir: 'report.share.what.fhir',
  shl: 'report.share.what.shl',
};

const STATUS_WORDS: Record<Share['status'], string> = {
  active: 'report.share.status.active',
  expired: 'report.share.status.expired',
  revoked: 'report.share.status.revoked',
};

function when(intl: IntlShape, iso: string): string {
  return intl.formatDate(iso, { dateStyle: 'medium', timeStyle: 'short' });
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
  const intl = useIntl();
  const t = (id: string) => intl.formatMessage({ id });
  const [periodDays, setPeriodDays] = useState<number>(28);
  const today = todayIn(timeZone, new Date());
  const from = periodDays === 0 ? null : addDays(today, -(periodDays - 1));
  const query = rangeQuery(from);
  // The downloads name the page's language, so a file saved from a Russian page is in Russian.
  const download = withParam(query, 'lang', appLocale(intl));
  const report = useResource<ReportView>(`/api/report${query}`, t('report.page.loadError'));

  return (
    <div className="report-page">
      <style>{REPORT_CSS}</style>
      <h1 className="no-print">{t('report.page.title')}</h1>
      <p className="no-print">{t('report.page.intro')}</p>
      <div className="no-print field">
        <label htmlFor="report-period">{t('report.page.period')}</label>
        <select id="report-period" value={periodDays} onChange={(e) => setPeriodDays(Number(e.target.value))}>
          {PERIODS.map((p) => (
            <option key={p.days} value={p.days}>
              {t(p.label)}
            </option>
          ))}
        </select>
      </div>
      <nav className="report-downloads" aria-label={t('report.page.downloads')}>
        <button type="button" className="button primary" onClick={() => window.print()}>
          {t('report.page.print')}
        </button>
        <a
          className="button secondary"
          href={withParam(`/api/report.pdf${download}`, 'paper', 'A4')}
          download
        >
          {t('report.page.pdfA4')}
        </a>
        <a
          className="button secondary"
          href={withParam(`/api/report.pdf${download}`, 'paper', 'LETTER')}
          download
        >
          {t('report.page.pdfLetter')}
        </a>
        <a className="button secondary" href={`/api/fhir${download}`} download>
          {t('report.page.fhir')}
        </a>
      </nav>
      {report.error && (
        <p className="form-error" role="alert">
          {report.error}
        </p>
      )}
      {report.data === null && !report.error && <p className="muted">{t('report.page.loading')}</p>}
      {report.data && <ReportSheet report={report.data} intl={intl} />}
      <ShareSection from={from} />
    </div>
  );
}

function ShareSection({ from }: { from: string | null }) {
  const intl = useIntl();
  const t = (id: string) => intl.formatMessage({ id });
  const shares = useResource<ShareList>('/api/shares', t('report.share.loadError'));
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
    if (!window.confirm(t('report.share.revokeConfirm'))) return;
    setRevokeError(null);
    try {
      await api('DELETE', `/api/shares/${share.id}`);
      if (created?.id === share.id) setCreated(null);
      shares.reload();
    } catch (e) {
      setRevokeError(loadErrorMessage(e, t('report.share.revokeError')));
    }
  }

  return (
    <section className="no-print share-section" aria-labelledby="share-title">
      <h2 id="share-title">{t('report.share.title')}</h2>
      <p>{t('report.share.intro')}</p>
      <form className="card" onSubmit={submit} noValidate>
        <FormError
          message={error}
          fields={fields}
          labels={{
            expiresInDays: t('report.share.field.daysShort'),
            passcode: t('report.share.field.passcodeShort'),
            label: t('report.share.field.labelShort'),
            to: t('report.share.field.period'),
          }}
        />
        <Field
          label={t('report.share.field.days')}
          name="expiresInDays"
          type="number"
          inputMode="numeric"
          min={1}
          max={90}
          required
          value={days}
          onChange={(e) => setDays(e.target.value)}
          error={fieldMessage(fields, 'expiresInDays', t('report.share.field.daysShort'))}
        />
        <Field
          label={t('report.share.field.passcode')}
          name="passcode"
          type="text"
          autoComplete="off"
          hint={t('report.share.field.passcodeHint')}
          value={passcode}
          onChange={(e) => setPasscode(e.target.value)}
          error={fieldMessage(fields, 'passcode', t('report.share.field.passcodeShort'))}
        />
        <Field
          label={t('report.share.field.label')}
          name="label"
          type="text"
          maxLength={80}
          hint={t('report.share.field.labelHint')}
          value={label}
          onChange={(e) => setLabel(e.target.value)}
          error={fieldMessage(fields, 'label', t('report.share.field.labelShort'))}
        />
        <div className="form-actions">
          <button className="button primary" type="submit" disabled={busy}>
            {busy ? t('report.share.submitting') : t('report.share.submit')}
          </button>
        </div>
      </form>
      {created && <CreatedLink share={created} />}
      <h3>{t('report.share.list')}</h3>
      {(revokeError ?? shares.error) && (
        <p className="form-error" role="alert">
          {revokeError ?? shares.error}
        </p>
      )}
      {shares.data === null && !shares.error && <p className="muted">{t('report.page.loading')}</p>}
      {shares.data?.items.length === 0 && <p className="muted">{t('report.share.none')}</p>}
      {shares.data && shares.data.items.length > 0 && (
        <ul className="share-list" data-testid="share-list">
          {shares.data.items.map((share) => (
            <li key={share.id} className="card">
              <p>
                <strong>{share.label ?? t('report.share.unnamed')}</strong> · {t(STATUS_WORDS[share.status])}
                {share.hasPasscode ? ` · ${t('report.share.withPasscode')}` : ''}
              </p>
              <p className="muted">{shareDates(intl, share)}</p>
              {share.views.length === 0 ? (
                <p className="muted">{t('report.share.notOpened')}</p>
              ) : (
                <details>
                  <summary>
                    {intl.formatMessage({ id: 'report.share.opened' }, { count: share.views.length })}
                  </summary>
                  <ul className="share-views">
                    {share.views.map((view, i) => (
                      // biome-ignore lint/suspicious/noArrayIndexKey: a read-only log, never reordered
                      <li key={i}>{viewLine(intl, view)}</li>
                    ))}
                  </ul>
                </details>
              )}
              {share.status === 'active' && (
                <button type="button" className="button ghost" onClick={() => revoke(share)}>
                  {t('report.share.revoke')}
                </button>
              )}
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}

/** "Made 1 Dec 2026; works until 15 Dec 2026" (or when it expired or was revoked). */
function shareDates(intl: IntlShape, share: Share): string {
  const made = intl.formatMessage({ id: 'report.share.made' }, { date: when(intl, share.createdAt) });
  const state =
    share.status === 'revoked' && share.revokedAt
      ? intl.formatMessage({ id: 'report.share.revokedAt' }, { date: when(intl, share.revokedAt) })
      : intl.formatMessage(
          { id: share.status === 'expired' ? 'report.share.expiredAt' : 'report.share.worksUntil' },
          { date: when(intl, share.expiresAt) },
        );
  return `${made}; ${state}`;
}

function viewLine(intl: IntlShape, view: Share['views'][number]): string {
  const values = {
    when: when(intl, view.at),
    what: intl.formatMessage({ id: VIEW_WORDS[view.what] }),
    address: view.addressPrefix,
  };
  return view.recipient
    ? intl.formatMessage({ id: 'report.share.viewBy' }, { ...values, recipient: view.recipient })
    : intl.formatMessage({ id: 'report.share.view' }, values);
}

function CreatedLink({ share }: { share: CreatedShare }) {
  const intl = useIntl();
  const t = (id: string) => intl.formatMessage({ id });
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
        <strong>{t('report.share.ready')}</strong>{' '}
        {intl.formatMessage({ id: 'report.share.readyText' }, { date: when(intl, share.expiresAt) })}
      </p>
      <div className="field">
        <label htmlFor="share-url">{t('report.share.link')}</label>
        <input id="share-url" readOnly value={share.url} onFocus={(e) => e.currentTarget.select()} />
      </div>
      <div className="form-actions">
        <button type="button" className="button secondary" onClick={copy}>
          {copied ? t('report.share.copied') : t('report.share.copy')}
        </button>
      </div>
      <figure className="share-qr">
        {/* biome-ignore lint/security/noDangerouslySetInnerHtml: the SVG comes from our own server's QR encoder, no user markup */}
        <div dangerouslySetInnerHTML={{ __html: share.qrSvg }} />
        <figcaption className="muted">{t('report.share.qr')}</figcaption>
      </figure>
    </div>
  );
}
