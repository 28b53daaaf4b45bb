// Lab results explained: one result as printed on the report, explained for her week of pregnancy or
// weeks since the birth. It explains a number; it never gives a diagnosis, and says so first.
import { type FormEvent, useState } from 'react';
import type { LabAnalytesResponse, LabInterpretRequest, LabInterpretResponse } from '../../contract/labs';
import { telHref } from '../../core/call/who-to-call';
import { api } from '../api';
import { AccountLinks } from '../components/account-links';
import { FormError, fieldId } from '../components/field';
import { useApiForm } from '../components/use-api-form';
import { useResource } from '../components/use-resource';
import { useSession } from '../session';

type Analyte = LabAnalytesResponse['analytes'][number];

const FLAG_TEXT = {
  low: 'Below the range',
  'in-range': 'Inside the range',
  high: 'Above the range',
} as const;
const RANGE_SOURCE = {
  lab: 'the range printed on your report',
  pregnancy: 'a pregnancy range',
  default: 'a common adult range',
} as const;

/** The labels the error summary gives each field the server may name. */
const LABELS = {
  analyte: 'Test',
  value: 'Result',
  unit: 'Unit',
  'albumin.value': 'Albumin',
  'albumin.unit': 'Albumin unit',
  albumin: 'Albumin',
  labRange: 'Lab’s range',
  'labRange.low': 'Lab’s range, low end',
  'labRange.high': 'Lab’s range, high end',
} as const;

export function LabsPage() {
  const { profile, loading } = useSession();
  if (loading)
    return (
      <p className="muted" role="status">
        Loading…
      </p>
    );
  return (
    <div className="labs">
      <h1>Lab results explained</h1>
      <p className="notice" data-testid="not-a-diagnosis">
        This page explains a number from a blood or urine test. It is not a diagnosis, and it does not replace
        your midwife or doctor, who know the rest of your results.
      </p>
      {profile ? (
        <LabForm />
      ) : (
        <>
          <p className="lead">
            Enter a result as printed on your report and see it in other units, against the range for
            pregnancy, with questions to ask your midwife.
          </p>
          <AccountLinks />
        </>
      )}
    </div>
  );
}

/** A typed number as the API takes it: empty stays out, anything else is sent and judged by the server. */
const numberOf = (text: string) => (text.trim() === '' ? undefined : Number(text.replace(',', '.')));

function LabForm() {
  const catalogue = useResource<LabAnalytesResponse>(
    '/api/labs/analytes',
    'Could not load the list of tests.',
  );
  const [analyteId, setAnalyteId] = useState('');
  const [value, setValue] = useState('');
  const [unit, setUnit] = useState('');
  const [low, setLow] = useState('');
  const [high, setHigh] = useState('');
  const [albumin, setAlbumin] = useState('');
  const [albuminUnit, setAlbuminUnit] = useState('g/L');
  const [result, setResult] = useState<LabInterpretResponse | null>(null);
  const form = useApiForm();

  if (catalogue.error)
    return (
      <p className="form-error" role="alert">
        {catalogue.error}
      </p>
    );
  if (!catalogue.data)
    return (
      <p className="muted" role="status">
        Loading the list of tests…
      </p>
    );
  const analytes = catalogue.data.analytes;
  const analyte: Analyte | undefined = analytes.find((a) => a.id === analyteId);

  function chooseAnalyte(id: string) {
    setAnalyteId(id);
    setUnit(analytes.find((a) => a.id === id)?.units[0] ?? '');
    setResult(null);
  }

  async function submit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const lowValue = numberOf(low);
    const highValue = numberOf(high);
    const albuminValue = numberOf(albumin);
    const body = {
      analyte: analyteId,
      // Left out when empty, so the server says it is required; text that is no number is sent as null.
      value: numberOf(value),
      unit,
      ...(analyte?.takesAlbumin && albuminValue !== undefined
        ? { albumin: { value: albuminValue, unit: albuminUnit } }
        : {}),
      ...(lowValue !== undefined || highValue !== undefined
        ? {
            labRange: {
              ...(lowValue !== undefined ? { low: lowValue } : {}),
              ...(highValue !== undefined ? { high: highValue } : {}),
            },
          }
        : {}),
    } as LabInterpretRequest;
    setResult(null);
    await form.run(async () => {
      setResult(await api<LabInterpretResponse>('POST', '/api/labs/interpret', body));
    });
  }

  const err = (name: string) => form.fields[name];
  const described = (name: string) => (err(name) ? `${fieldId(name)}-error` : undefined);
  const errorLine = (name: string) =>
    err(name) ? (
      <p className="error" id={`${fieldId(name)}-error`}>
        {err(name)}
      </p>
    ) : null;

  return (
    <>
      <form onSubmit={submit} noValidate className="lab-form">
        <div className="field">
          <label htmlFor={fieldId('analyte')}>Which test?</label>
          <select
            id={fieldId('analyte')}
            value={analyteId}
            aria-invalid={err('analyte') ? true : undefined}
            aria-describedby={described('analyte')}
            onChange={(event) => chooseAnalyte(event.target.value)}
          >
            <option value="">Choose a test</option>
            {analytes.map((a) => (
              <option key={a.id} value={a.id}>
                {a.plain}
              </option>
            ))}
          </select>
          {errorLine('analyte')}
        </div>

        <div className="lab-value-row">
          <div className="field">
            <label htmlFor={fieldId('value')}>Result</label>
            <input
              id={fieldId('value')}
              type="text"
              inputMode="decimal"
              autoComplete="off"
              value={value}
              aria-invalid={err('value') ? true : undefined}
              aria-describedby={described('value')}
              onChange={(event) => setValue(event.target.value)}
            />
            {errorLine('value')}
          </div>
          <div className="field">
            <label htmlFor={fieldId('unit')}>Unit</label>
            <select
              id={fieldId('unit')}
              value={unit}
              disabled={!analyte}
              aria-invalid={err('unit') ? true : undefined}
              aria-describedby={described('unit')}
              onChange={(event) => setUnit(event.target.value)}
            >
              {!analyte && <option value="">Choose a test first</option>}
              {analyte?.units.map((u) => (
                <option key={u} value={u}>
                  {u}
                </option>
              ))}
            </select>
            {errorLine('unit')}
          </div>
        </div>

        {analyte?.takesAlbumin && (
          <fieldset className="field lab-group">
            <legend>Albumin from the same blood test (optional)</legend>
            <p className="hint">
              Total calcium reads low when albumin is low; with albumin we correct for it.
            </p>
            <div className="lab-value-row">
              <div className="field">
                <label htmlFor={fieldId('albumin.value')}>Albumin</label>
                <input
                  id={fieldId('albumin.value')}
                  type="text"
                  inputMode="decimal"
                  autoComplete="off"
                  value={albumin}
                  aria-invalid={err('albumin.value') ? true : undefined}
                  aria-describedby={described('albumin.value')}
                  onChange={(event) => setAlbumin(event.target.value)}
                />
                {errorLine('albumin.value')}
              </div>
              <div className="field">
                <label htmlFor={fieldId('albumin.unit')}>Albumin unit</label>
                <select
                  id={fieldId('albumin.unit')}
                  value={albuminUnit}
                  onChange={(event) => setAlbuminUnit(event.target.value)}
                >
                  {catalogue.data.albuminUnits.map((u) => (
                    <option key={u} value={u}>
                      {u}
                    </option>
                  ))}
                </select>
                {errorLine('albumin.unit')}
              </div>
            </div>
          </fieldset>
        )}

        <fieldset className="field lab-group" id={fieldId('labRange')} tabIndex={-1}>
          <legend>The range printed on your report (optional)</legend>
          <p className="hint">
            In the same unit as the result. Your lab’s own range comes first; without it we use a usual one.
          </p>
          <div className="lab-value-row">
            <div className="field">
              <label htmlFor={fieldId('labRange.low')}>Low end</label>
              <input
                id={fieldId('labRange.low')}
                type="text"
                inputMode="decimal"
                autoComplete="off"
                value={low}
                aria-invalid={err('labRange.low') ? true : undefined}
                aria-describedby={described('labRange.low')}
                onChange={(event) => setLow(event.target.value)}
              />
              {errorLine('labRange.low')}
            </div>
            <div className="field">
              <label htmlFor={fieldId('labRange.high')}>High end</label>
              <input
                id={fieldId('labRange.high')}
                type="text"
                inputMode="decimal"
                autoComplete="off"
                value={high}
                aria-invalid={err('labRange.high') ? true : undefined}
                aria-describedby={described('labRange.high')}
                onChange={(event) => setHigh(event.target.value)}
              />
              {errorLine('labRange.high')}
            </div>
          </div>
          {errorLine('labRange')}
        </fieldset>

        <FormError message={form.error} fields={form.fields} labels={LABELS} />
        <div className="form-actions">
          <button type="submit" className="button block" disabled={form.busy}>
            {form.busy ? 'Explaining…' : 'Explain this result'}
          </button>
        </div>
      </form>
      {result && <LabResult result={result} />}
    </>
  );
}

const STAGE_TEXT = (stage: LabInterpretResponse['stage']) => {
  if (!stage || stage.kind === 'unknown')
    return 'Your profile has no due date or birth date, so this uses ranges for adults who are not pregnant.';
  if (stage.kind === 'pregnant') return `Judged for week ${stage.week} of pregnancy.`;
  return `Judged for ${stage.weeksSinceBirth} ${stage.weeksSinceBirth === 1 ? 'week' : 'weeks'} after the birth.`;
};

function LabResult({ result }: { result: LabInterpretResponse }) {
  const unit = useSession().profile?.maternityUnit ?? null;
  const shown = (q: { value: number; unit: string }) => `${q.value} ${q.unit}`;
  const rangeText =
    result.range.low !== null && result.range.high !== null
      ? `${result.range.low}–${result.range.high} ${result.range.unit}`
      : result.range.low !== null
        ? `${result.range.low} ${result.range.unit} or more`
        : `up to ${result.range.high} ${result.range.unit}`;
  return (
    <section
      className={`lab-result flag-${result.flag}${result.contactToday ? ' urgent' : ''}`}
      aria-labelledby="lab-result-title"
      aria-live="polite"
    >
      <h2 id="lab-result-title">{result.label}</h2>
      {result.contactToday && (
        <div className="lab-urgent" role="alert">
          <p>
            <strong>Contact your maternity team today.</strong> This result is far outside the range. Call
            your midwife or maternity unit today and tell them this result; don’t wait for your next
            appointment.
          </p>
          {unit && (
            <p>
              <a className="button danger" href={telHref(unit.phone)}>
                Call {unit.name}: {unit.phone}
              </a>
            </p>
          )}
        </div>
      )}
      <p className="lab-flag" data-testid="lab-flag">
        <strong>{FLAG_TEXT[result.flag]}</strong>
      </p>
      <dl className="lab-figures">
        <dt>Your result</dt>
        <dd data-testid="lab-value">
          {shown(result)}
          {result.conversions.length > 0 && ` = ${result.conversions.map(shown).join(' = ')}`}
        </dd>
        {result.corrected && (
          <>
            <dt>Corrected for albumin</dt>
            <dd data-testid="lab-corrected">
              {shown(result.corrected)}
              {result.corrected.conversions.length > 0 &&
                ` = ${result.corrected.conversions.map(shown).join(' = ')}`}
              <span className="hint"> ({result.corrected.formula})</span>
            </dd>
          </>
        )}
        <dt>Compared with</dt>
        <dd data-testid="lab-range">
          {rangeText}, {RANGE_SOURCE[result.range.source]}. <span className="muted">{result.range.note}</span>
        </dd>
      </dl>
      <p className="muted">{STAGE_TEXT(result.stage)}</p>
      <p data-testid="lab-advice">{result.advice}</p>
      {result.caveats.length > 0 && (
        <>
          <h3>Good to know</h3>
          <ul>
            {result.caveats.map((c) => (
              <li key={c}>{c}</li>
            ))}
          </ul>
        </>
      )}
      <h3>What to ask your midwife</h3>
      <ul>
        {result.askMidwife.map((q) => (
          <li key={q}>{q}</li>
        ))}
      </ul>
      <p className="muted">
        Sources:{' '}
        {result.cited && result.cited.length > 0
          ? result.cited.map((source, i) => (
              <span key={source.key}>
                {i > 0 ? '; ' : ''}
                {source.url ? <a href={source.url}>{source.title}</a> : source.title} ({source.publisher})
              </span>
            ))
          : 'a common adult reference range; the range on your own report comes first'}
        . Unit conversions use standard molar masses and the UCUM unit rules.
      </p>
    </section>
  );
}
