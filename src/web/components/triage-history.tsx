// "Your past checks": the signed-in person's saved "Should I call?" answers, newest first.
import { useState } from 'react';
import { type IntlShape, useIntl } from 'react-intl';
import { FINDING_NAMES, type FindingName } from '../../core/triage/findings';
import type { TriageLevel } from '../../core/triage/levels';
import { findingLabel } from '../../server/report/words';
import { api } from '../api';
import { loadErrorMessage, useResource } from './use-resource';

type HistoryItem = {
  id: string;
  createdAt: string;
  level: TriageLevel;
  findings: string[];
  gestationalWeek: number | null;
  postpartumWeeks: number | null;
  bloodPressure: { systolic: number; diastolic: number } | null;
};

function levelName(intl: IntlShape, level: TriageLevel): string {
  switch (level) {
    case 'emergency':
      return intl.formatMessage({ id: 'account.history.level.emergency' });
    case 'urgent':
      return intl.formatMessage({ id: 'account.history.level.urgent' });
    case 'soon':
      return intl.formatMessage({ id: 'account.history.level.soon' });
    case 'routine':
      return intl.formatMessage({ id: 'account.history.level.routine' });
    case 'self-care':
      return intl.formatMessage({ id: 'account.history.level.selfCare' });
  }
}

/** A saved finding in the page's language: the report's short clinical label (a name no longer asked, as it is). */
function findingText(intl: IntlShape, name: string): string {
  return (FINDING_NAMES as readonly string[]).includes(name) ? findingLabel(intl, name as FindingName) : name;
}

/** "Week 30" of pregnancy, or "2 weeks after the birth"; empty when neither was known. */
function stageText(intl: IntlShape, item: HistoryItem): string {
  if (item.postpartumWeeks !== null && item.postpartumWeeks !== undefined) {
    return intl.formatMessage({ id: 'account.history.afterBirth' }, { weeks: item.postpartumWeeks });
  }
  return item.gestationalWeek !== null
    ? intl.formatMessage({ id: 'account.history.week' }, { week: item.gestationalWeek })
    : '';
}

export function TriageHistory() {
  const intl = useIntl();
  const t = (id: string) => intl.formatMessage({ id });
  const when = (iso: string) => intl.formatDate(new Date(iso), { dateStyle: 'medium', timeStyle: 'short' });
  const history = useResource<{ items: HistoryItem[] }>(
    '/api/triage/history?limit=20',
    t('account.history.loadError'),
  );
  const items = history.data?.items ?? null;
  const [deleteError, setDeleteError] = useState<string | null>(null);
  const error = deleteError ?? history.error;

  async function remove(item: HistoryItem) {
    const at = when(item.createdAt);
    if (!window.confirm(intl.formatMessage({ id: 'account.history.confirmDelete' }, { when: at }))) return;
    try {
      await api('DELETE', `/api/triage/history/${item.id}`);
      history.setData((current) => current && { items: current.items.filter((i) => i.id !== item.id) });
    } catch (e) {
      setDeleteError(loadErrorMessage(e, t('account.history.deleteError')));
    }
  }

  return (
    <section aria-labelledby="past-checks">
      <h2 id="past-checks">{t('account.history.title')}</h2>
      {error && (
        <p className="form-error" role="alert">
          {error}
        </p>
      )}
      {items === null && !error && <p className="muted">{t('account.loading')}</p>}
      {items?.length === 0 && <p className="muted">{t('account.history.empty')}</p>}
      {items && items.length > 0 && (
        <ul className="triage-history" data-testid="triage-history">
          {items.map((item) => (
            <li key={item.id} className={`card level-${item.level}`}>
              <p className="history-when">{when(item.createdAt)}</p>
              <p className="level-name">{levelName(intl, item.level)}</p>
              {item.findings.length > 0 ? (
                <ul className="history-findings">
                  {item.findings.map((name) => (
                    <li key={name}>{findingText(intl, name)}</li>
                  ))}
                </ul>
              ) : (
                <p className="muted">{t('account.history.noFindings')}</p>
              )}
              {(stageText(intl, item) || item.bloodPressure) && (
                <p className="muted">
                  {stageText(intl, item)}
                  {stageText(intl, item) && item.bloodPressure && ' · '}
                  {item.bloodPressure &&
                    intl.formatMessage(
                      { id: 'account.history.bloodPressure' },
                      { systolic: item.bloodPressure.systolic, diastolic: item.bloodPressure.diastolic },
                    )}
                </p>
              )}
              <button
                className="button ghost"
                type="button"
                aria-label={intl.formatMessage(
                  { id: 'account.history.deleteLabel' },
                  { when: when(item.createdAt) },
                )}
                onClick={() => remove(item)}
              >
                {t('account.history.delete')}
              </button>
            </li>
          ))}
        </ul>
      )}
      <p>
        <a className="button secondary" href="/check">
          {t('account.history.again')}
        </a>
      </p>
    </section>
  );
}
