// Lab results explained: one result as printed on the report, explained for her week of pregnancy or
// weeks since the birth. It explains a number; it never gives a diagnosis, and says so first.
import { type FormEvent, useState } from 'react';
import { FormattedMessage, type IntlShape, useIntl } from 'react-intl';
import type { LabAnalytesResponse, LabInterpretRequest, LabInterpretResponse } from '../../contract/labs';
import { telHref } from '../../core/call/who-to-call';
import { labUnitName } from '../../i18n/lab-units';
import { api } from '../api';
import { AccountLinks } from '../components/account-links';
import { CitedSources } from '../components/cited-sources';
import { FormError, fieldId } from '../components/field';
import { useApiForm } from '../components/use-api-form';
import { useResource } from '../components/use-resource';
import { useSession } from '../session';

type Analyte = LabAnalytesResponse['analytes'][number];

/** The labels the error summary gives each field the server may name. */
const labelsOf = (intl: IntlShape) => ({
  analyte: intl.formatMessage({ id: 'labs.form.testShort' }),
  value: intl.formatMessage({ id: 'labs.form.result' }),
  unit: intl.formatMessage({ id: 'labs.form.unit' }),
  'albumin.value': intl.formatMessage({ id: 'labs.form.albumin' }),
  'albumin.unit': intl.formatMessage({ id: 'labs.form.albuminUnit' }),
  albumin: intl.formatMessage({ id: 'labs.form.albumin' }),
  labRange: intl.formatMessage({ id: 'labs.form.range' }),
  'labRange.low': intl.formatMessage({ id: 'labs.form.rangeLow' }),
  'labRange.high': intl.formatMessage({ id: 'labs.form.rangeHigh' }),
});

/** A result as core rounded it, in the locale's decimal sign (2,25 in Russian), never grouped. */
const figure = (intl: IntlShape, value: number) =>
  intl.formatNumber(value, { maximumFractionDigits: 3, useGrouping: false });

export function LabsPage() {
  const { profile, loading } = useSession();
  if (loading)
    return (
      <p className="muted" role="status">
        <FormattedMessage id="labs.page.loading" />
      </p>
    );
  return (
    <div className="labs">
      <h1>
        <FormattedMessage id="labs.page.title" />
      </h1>
      <p className="notice" data-testid="not-a-diagnosis">
        <FormattedMessage id="labs.page.notice" />
      </p>
      {profile ? (
        <LabForm />
      ) : (
        <>
          <p className="lead">
            <FormattedMessage id="labs.page.lead" />
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
  const intl = useIntl();
  const catalogue = useResource<LabAnalytesResponse>(
    '/api/labs/analytes',
    intl.formatMessage({ id: 'labs.page.loadFailed' }),
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
        <FormattedMessage id="labs.page.loadingTests" />
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
          <label htmlFor={fieldId('analyte')}>
            <FormattedMessage id="labs.form.test" />
          </label>
          <select
            id={fieldId('analyte')}
            value={analyteId}
            aria-invalid={err('analyte') ? true : undefined}
            aria-describedby={described('analyte')}
            onChange={(event) => chooseAnalyte(event.target.value)}
          >
            <option value="">{intl.formatMessage({ id: 'labs.form.chooseTest' })}</option>
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
            <label htmlFor={fieldId('value')}>
              <FormattedMessage id="labs.form.result" />
            </label>
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
            <label htmlFor={fieldId('unit')}>
              <FormattedMessage id="labs.form.unit" />
            </label>
            <select
              id={fieldId('unit')}
              value={unit}
              disabled={!analyte}
              aria-invalid={err('unit') ? true : undefined}
              aria-describedby={described('unit')}
              onChange={(event) => setUnit(event.target.value)}
            >
              {!analyte && <option value="">{intl.formatMessage({ id: 'labs.form.unitFirst' })}</option>}
              {analyte?.units.map((u) => (
                <option key={u} value={u}>
                  {labUnitName(intl, u)}
                </option>
              ))}
            </select>
            {errorLine('unit')}
          </div>
        </div>

        {analyte?.takesAlbumin && (
          <fieldset className="field lab-group">
            <legend>
              <FormattedMessage id="labs.form.albuminLegend" />
            </legend>
            <p className="hint">
              <FormattedMessage id="labs.form.albuminHint" />
            </p>
            <div className="lab-value-row">
              <div className="field">
                <label htmlFor={fieldId('albumin.value')}>
                  <FormattedMessage id="labs.form.albumin" />
                </label>
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
                <label htmlFor={fieldId('albumin.unit')}>
                  <FormattedMessage id="labs.form.albuminUnit" />
                </label>
                <select
                  id={fieldId('albumin.unit')}
                  value={albuminUnit}
                  onChange={(event) => setAlbuminUnit(event.target.value)}
                >
                  {catalogue.data.albuminUnits.map((u) => (
                    <option key={u} value={u}>
                      {labUnitName(intl, u)}
                    </option>
                  ))}
                </select>
                {errorLine('albumin.unit')}
              </div>
            </div>
          </fieldset>
        )}

        <fieldset className="field lab-group" id={fieldId('labRange')} tabIndex={-1}>
          <legend>
            <FormattedMessage id="labs.form.rangeLegend" />
          </legend>
          <p className="hint">
            <FormattedMessage id="labs.form.rangeHint" />
          </p>
          <div className="lab-value-row">
            <div className="field">
              <label htmlFor={fieldId('labRange.low')}>
                <FormattedMessage id="labs.form.low" />
              </label>
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
              <label htmlFor={fieldId('labRange.high')}>
                <FormattedMessage id="labs.form.high" />
              </label>
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

        <FormError message={form.error} fields={form.fields} labels={labelsOf(intl)} />
        <div className="form-actions">
          <button type="submit" className="button block" disabled={form.busy}>
            <FormattedMessage id={form.busy ? 'labs.form.busy' : 'labs.form.submit'} />
          </button>
        </div>
      </form>
      {result && <LabResult result={result} />}
    </>
  );
}

function stageText(intl: IntlShape, stage: LabInterpretResponse['stage']): string {
  if (!stage || stage.kind === 'unknown') return intl.formatMessage({ id: 'labs.result.stageUnknown' });
  if (stage.kind === 'pregnant')
    return intl.formatMessage({ id: 'labs.result.stagePregnant' }, { week: stage.week ?? 0 });
  return intl.formatMessage({ id: 'labs.result.stagePostpartum' }, { weeks: stage.weeksSinceBirth ?? 0 });
}

function LabResult({ result }: { result: LabInterpretResponse }) {
  const intl = useIntl();
  const unit = useSession().profile?.maternityUnit ?? null;
  const n = (value: number) => figure(intl, value);
  const shown = (q: { value: number; unit: string }) => `${n(q.value)} ${labUnitName(intl, q.unit)}`;
  const { low, high } = result.range;
  const rangeUnit = labUnitName(intl, result.range.unit);
  const rangeText =
    low !== null && high !== null
      ? intl.formatMessage({ id: 'labs.result.rangeBoth' }, { low: n(low), high: n(high), unit: rangeUnit })
      : low !== null
        ? intl.formatMessage({ id: 'labs.result.rangeFrom' }, { low: n(low), unit: rangeUnit })
        : intl.formatMessage({ id: 'labs.result.rangeTo' }, { high: n(high ?? 0), unit: rangeUnit });
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
            <strong>
              <FormattedMessage id="labs.result.urgentTitle" />
            </strong>{' '}
            <FormattedMessage id="labs.result.urgentText" />
          </p>
          {unit && (
            <p>
              <a className="button danger" href={telHref(unit.phone)}>
                <FormattedMessage id="labs.result.call" values={{ name: unit.name, phone: unit.phone }} />
              </a>
            </p>
          )}
        </div>
      )}
      <p className="lab-flag" data-testid="lab-flag">
        <strong>
          <FormattedMessage id="labs.flag" values={{ flag: result.flag }} />
        </strong>
      </p>
      <dl className="lab-figures">
        <dt>
          <FormattedMessage id="labs.result.yours" />
        </dt>
        <dd data-testid="lab-value">
          {shown(result)}
          {result.conversions.length > 0 && ` = ${result.conversions.map(shown).join(' = ')}`}
        </dd>
        {result.corrected && (
          <>
            <dt>
              <FormattedMessage id="labs.result.corrected" />
            </dt>
            <dd data-testid="lab-corrected">
              {shown(result.corrected)}
              {result.corrected.conversions.length > 0 &&
                ` = ${result.corrected.conversions.map(shown).join(' = ')}`}
              <span className="hint"> ({result.corrected.formula})</span>
            </dd>
          </>
        )}
        <dt>
          <FormattedMessage id="labs.result.comparedWith" />
        </dt>
        <dd data-testid="lab-range">
          <FormattedMessage
            id="labs.result.rangeLine"
            values={{
              range: rangeText,
              source: intl.formatMessage({ id: 'labs.rangeSource' }, { source: result.range.source }),
            }}
          />{' '}
          <span className="muted">{result.range.note}</span>
        </dd>
      </dl>
      <p className="muted">{stageText(intl, result.stage)}</p>
      <p data-testid="lab-advice">{result.advice}</p>
      {result.caveats.length > 0 && (
        <>
          <h3>
            <FormattedMessage id="labs.result.goodToKnow" />
          </h3>
          <ul>
            {result.caveats.map((c) => (
              <li key={c}>{c}</li>
            ))}
          </ul>
        </>
      )}
      <h3>
        <FormattedMessage id="labs.result.ask" />
      </h3>
      <ul>
        {result.askMidwife.map((q) => (
          <li key={q}>{q}</li>
        ))}
      </ul>
      <p className="muted">
        <FormattedMessage
          id="labs.result.sources"
          values={{
            list:
              result.cited && result.cited.length > 0 ? (
                <CitedSources cited={result.cited} />
              ) : (
                intl.formatMessage({ id: 'labs.result.noSources' })
              ),
          }}
        />
      </p>
    </section>
  );
}
