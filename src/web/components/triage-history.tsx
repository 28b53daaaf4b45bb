// "Your past checks": the signed-in person's saved "Should I call?" answers, newest first.
import { useState } from 'react';
import { FINDINGS } from '../../core/triage/findings';
import type { TriageLevel } from '../../core/triage/levels';
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

const LEVEL_NAMES: Record<TriageLevel, string> = {
  emergency: 'Emergency',
  urgent: 'Urgent',
  soon: 'Soon',
  routine: 'Routine',
  'self-care': 'Self-care',
};

const QUESTIONS = new Map<string, string>(FINDINGS.map((f) => [f.name, f.question]));

/** "Week 30" of pregnancy, or "2 weeks after the birth"; empty when neither was known. */
function stageText(item: HistoryItem): string {
  if (item.postpartumWeeks !== null && item.postpartumWeeks !== undefined) {
    return `${item.postpartumWeeks} ${item.postpartumWeeks === 1 ? 'week' : 'weeks'} after the birth`;
  }
  return item.gestationalWeek !== null ? `Week ${item.gestationalWeek}` : '';
}

function when(iso: string): string {
  return new Date(iso).toLocaleString(undefined, { dateStyle: 'medium', timeStyle: 'short' });
}

export function TriageHistory() {
  const history = useResource<{ items: HistoryItem[] }>(
    '/api/triage/history?limit=20',
    'Could not load your past checks.',
  );
  const items = history.data?.items ?? null;
  const [deleteError, setDeleteError] = useState<string | null>(null);
  const error = deleteError ?? history.error;

  async function remove(item: HistoryItem) {
    if (!window.confirm(`Delete the check from ${when(item.createdAt)}?`)) return;
    try {
      await api('DELETE', `/api/triage/history/${item.id}`);
      history.setData((current) => current && { items: current.items.filter((i) => i.id !== item.id) });
    } catch (e) {
      setDeleteError(loadErrorMessage(e, 'Could not delete that check.'));
    }
  }

  return (
    <section aria-labelledby="past-checks">
      <h2 id="past-checks">Your past checks</h2>
      {error && (
        <p className="form-error" role="alert">
          {error}
        </p>
      )}
      {items === null && !error && <p className="muted">Loading…</p>}
      {items?.length === 0 && (
        <p className="muted">
          No checks saved yet. They are saved when you answer "Should I call?" while logged in.
        </p>
      )}
      {items && items.length > 0 && (
        <ul className="triage-history" data-testid="triage-history">
          {items.map((item) => (
            <li key={item.id} className={`card level-${item.level}`}>
              <p className="history-when">{when(item.createdAt)}</p>
              <p className="level-name">{LEVEL_NAMES[item.level]}</p>
              {item.findings.length > 0 ? (
                <ul className="history-findings">
                  {item.findings.map((name) => (
                    <li key={name}>{QUESTIONS.get(name) ?? name}</li>
                  ))}
                </ul>
              ) : (
                <p className="muted">No warning signs ticked.</p>
              )}
              {(stageText(item) || item.bloodPressure) && (
                <p className="muted">
                  {stageText(item)}
                  {stageText(item) && item.bloodPressure && ' · '}
                  {item.bloodPressure &&
                    `Blood pressure ${item.bloodPressure.systolic}/${item.bloodPressure.diastolic}`}
                </p>
              )}
              <button
                className="button ghost"
                type="button"
                aria-label={`Delete the check from ${when(item.createdAt)}`}
                onClick={() => remove(item)}
              >
                Delete
              </button>
            </li>
          ))}
        </ul>
      )}
      <p>
        <a className="button secondary" href="/check">
          Check again
        </a>
      </p>
    </section>
  );
}
