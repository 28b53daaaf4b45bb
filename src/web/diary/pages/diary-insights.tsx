// Insights: cramps per week of pregnancy, the night share, intensity over time, what helped, and
// habits compared night by night — honest about how little a few weeks can show.
import { Link } from 'wouter';
import { useResource } from '../../components/use-resource';
import { useSession } from '../../session';
import { useDiary } from '../components/diary-provider';
import { IntensityChart, PerWeekChart } from '../components/insight-charts';
import { LogCrampButton } from '../components/log-cramp-button';
import { RedFlagBanner } from '../components/red-flag-banner';
import { DiaryLoading, DiarySignedOut } from '../components/signed-out';
import { getInsights, type Insights } from '../diary-api';
import { plural } from '../diary-labels';
import {
  EMPTY_INSIGHTS,
  factorPlain,
  factorSide,
  factorsWithData,
  factorVerdict,
  HONESTY_NOTE,
  nightShareText,
  percent,
  reliefLine,
} from '../insight-words';

export function DiaryInsightsPage() {
  const { profile, loading } = useSession();
  if (loading) return <DiaryLoading />;
  if (!profile) return <DiarySignedOut />;
  return <InsightsView />;
}

function InsightsView() {
  const { revision } = useDiary();
  // Loads again after a cramp syncs, is saved or deleted.
  const { data: insights, error } = useResource<Insights>(
    '/api/insights',
    'Could not load your insights.',
    () => getInsights(),
    revision,
  );

  return (
    <div className="insights">
      <p className="sheet-back">
        <Link href="/diary">← My diary</Link>
      </p>
      <h1>Patterns</h1>
      <p className="honesty-note">{HONESTY_NOTE}</p>
      {error ? (
        <p className="form-error" role="alert">
          {error}
        </p>
      ) : !insights ? (
        <DiaryLoading />
      ) : (
        <InsightsBody insights={insights} />
      )}
    </div>
  );
}

function InsightsBody({ insights }: { insights: Insights }) {
  const { totals } = insights;
  const flags = insights.redFlags.map((f) => f.date);
  if (totals.episodes === 0 && totals.checkins === 0) {
    return (
      <>
        <RedFlagBanner dates={flags} />
        <p className="empty-state">{EMPTY_INSIGHTS}</p>
        <LogCrampButton />
        <p>
          <Link href="/diary/check-in">Do this evening’s check-in</Link>
        </p>
      </>
    );
  }
  const factors = factorsWithData(insights.factors);
  return (
    <>
      <RedFlagBanner dates={flags} />
      <p className="insights-totals">
        {plural(totals.episodes, 'cramp')} and {plural(totals.checkins, 'check-in')} so far.
      </p>

      <section className="insight" aria-labelledby="per-week-title">
        <h2 id="per-week-title">
          {insights.perWeek.weeks.some((w) => w.weeksSinceBirth !== null)
            ? insights.perWeek.weeks.some((w) => w.weeksSinceBirth === null)
              ? 'Cramps per week, before and since the birth'
              : 'Cramps per week since the birth'
            : `Cramps per ${insights.perWeek.basis === 'pregnancy' ? 'week of pregnancy' : 'week'}`}
        </h2>
        {insights.perWeek.weeks.length === 0 ? (
          <p className="empty-state">{EMPTY_INSIGHTS}</p>
        ) : (
          <PerWeekChart perWeek={insights.perWeek} />
        )}
        {insights.perWeek.basis === 'calendar' &&
          !insights.perWeek.weeks.some((w) => w.weeksSinceBirth !== null) && (
            <p className="muted">
              Add your due date in your <Link href="/profile">profile</Link> to count by week of pregnancy.
            </p>
          )}
      </section>

      <section className="insight" aria-labelledby="night-title">
        <h2 id="night-title">At night</h2>
        {insights.nightShare === null ? (
          <p className="empty-state">{EMPTY_INSIGHTS}</p>
        ) : (
          <div className="night-share">
            <p className="big-stat" aria-hidden="true">
              {percent(insights.nightShare)}
            </p>
            <p>{nightShareText(insights)}</p>
          </div>
        )}
      </section>

      <section className="insight" aria-labelledby="intensity-title">
        <h2 id="intensity-title">How strong</h2>
        {insights.intensityOverTime.points.length === 0 ? (
          <p className="empty-state">
            Rate how strong each cramp was (0 to 10) in its details to see a line here.
          </p>
        ) : (
          <IntensityChart over={insights.intensityOverTime} />
        )}
      </section>

      <section className="insight" aria-labelledby="relief-title">
        <h2 id="relief-title">What helped</h2>
        {insights.relief.length === 0 ? (
          <p className="empty-state">
            In a cramp’s details, tick what you tried and what helped; the ones that helped most often rise to
            the top.
          </p>
        ) : (
          <ol className="relief-list">
            {insights.relief.map((relief) => {
              const line = reliefLine(relief);
              return (
                <li key={relief.method} className="card">
                  <p className="relief-title">{line.title}</p>
                  <details className="how-sure">
                    <summary>The numbers, and how sure</summary>
                    <p className="muted">{line.detail}</p>
                  </details>
                </li>
              );
            })}
          </ol>
        )}
      </section>

      <section className="insight" aria-labelledby="habits-title">
        <h2 id="habits-title">Habits and the nights after</h2>
        <p className="muted">
          Each evening’s check-in is set against the cramps of the night that follows (noon to noon).
        </p>
        {factors.length === 0 ? (
          <p className="empty-state">
            Check in each evening to compare nights after stretching, a warm bath or a supplement with nights
            without.
          </p>
        ) : (
          <ul className="factor-list">
            {factors.map((factor) => (
              <li key={factor.factor} className="card factor">
                <h3>{factor.label}</h3>
                {factorPlain(factor) && <p className="factor-plain">{factorPlain(factor)}</p>}
                <details className="how-sure" open={factorPlain(factor) === null}>
                  <summary>The numbers, and how sure</summary>
                  <dl className="factor-sides">
                    {(['with', 'without'] as const).map((which) => {
                      const side = factorSide(factor[which]);
                      return (
                        <div key={which}>
                          <dt>Nights {which}</dt>
                          <dd>
                            <span className="factor-rate">{side.rate}</span>
                            {side.nights && <span className="factor-nights">{side.nights}</span>}
                          </dd>
                        </div>
                      );
                    })}
                  </dl>
                  <p className={factor.comparison ? 'factor-verdict' : 'factor-verdict muted'}>
                    {factorVerdict(factor)}
                  </p>
                </details>
              </li>
            ))}
          </ul>
        )}
        <p className="honesty-note">{HONESTY_NOTE}</p>
      </section>
    </>
  );
}
