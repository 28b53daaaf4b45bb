// Insights: cramps per week of pregnancy, the night share, intensity over time, what helped, and
// habits compared night by night — honest about how little a few weeks can show.
import { FormattedMessage, useIntl } from 'react-intl';
import { Link } from 'wouter';
import { useResource } from '../../components/use-resource';
import { useSession } from '../../session';
import { useDiary } from '../components/diary-provider';
import { IntensityChart, PerWeekChart } from '../components/insight-charts';
import { LogCrampButton } from '../components/log-cramp-button';
import { RedFlagBanner } from '../components/red-flag-banner';
import { DiaryLoading, DiarySignedOut } from '../components/signed-out';
import { getInsights, type Insights } from '../diary-api';
import {
  emptyInsights,
  factorLabel,
  factorPlain,
  factorSide,
  factorsWithData,
  factorVerdict,
  honestyNote,
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
  const intl = useIntl();
  const { revision } = useDiary();
  // Loads again after a cramp syncs, is saved or deleted.
  const { data: insights, error } = useResource<Insights>(
    '/api/insights',
    intl.formatMessage({ id: 'diary.insights.loadError' }),
    () => getInsights(),
    revision,
  );

  return (
    <div className="insights">
      <p className="sheet-back">
        <Link href="/diary">{intl.formatMessage({ id: 'diary.back' })}</Link>
      </p>
      <h1>{intl.formatMessage({ id: 'diary.insights.title' })}</h1>
      <p className="honesty-note">{honestyNote(intl)}</p>
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
  const intl = useIntl();
  const t = (id: string) => intl.formatMessage({ id });
  const { totals } = insights;
  const flags = insights.redFlags.map((f) => f.date);
  if (totals.episodes === 0 && totals.checkins === 0) {
    return (
      <>
        <RedFlagBanner dates={flags} />
        <p className="empty-state">{emptyInsights(intl)}</p>
        <LogCrampButton />
        <p>
          <Link href="/diary/check-in">{t('diary.insights.doCheckin')}</Link>
        </p>
      </>
    );
  }
  const factors = factorsWithData(insights.factors);
  return (
    <>
      <RedFlagBanner dates={flags} />
      <p className="insights-totals">
        {intl.formatMessage(
          { id: 'diary.insights.totals' },
          { cramps: totals.episodes, checkins: totals.checkins },
        )}
      </p>

      <section className="insight" aria-labelledby="per-week-title">
        <h2 id="per-week-title">
          {insights.perWeek.weeks.some((w) => w.weeksSinceBirth !== null)
            ? insights.perWeek.weeks.some((w) => w.weeksSinceBirth === null)
              ? t('diary.insights.perWeekAroundBirth')
              : t('diary.insights.perWeekSinceBirth')
            : insights.perWeek.basis === 'pregnancy'
              ? t('diary.insights.perPregnancyWeek')
              : t('diary.insights.perWeek')}
        </h2>
        {insights.perWeek.weeks.length === 0 ? (
          <p className="empty-state">{emptyInsights(intl)}</p>
        ) : (
          <PerWeekChart perWeek={insights.perWeek} />
        )}
        {insights.perWeek.basis === 'calendar' &&
          !insights.perWeek.weeks.some((w) => w.weeksSinceBirth !== null) && (
            <p className="muted">
              <FormattedMessage
                id="diary.insights.addDueDate"
                values={{ link: (chunks) => <Link href="/profile">{chunks}</Link> }}
              />
            </p>
          )}
      </section>

      <section className="insight" aria-labelledby="night-title">
        <h2 id="night-title">{t('diary.insights.night')}</h2>
        {insights.nightShare === null ? (
          <p className="empty-state">{emptyInsights(intl)}</p>
        ) : (
          <div className="night-share">
            <p className="big-stat" aria-hidden="true">
              {percent(intl, insights.nightShare)}
            </p>
            <p>{nightShareText(intl, insights)}</p>
          </div>
        )}
      </section>

      <section className="insight" aria-labelledby="intensity-title">
        <h2 id="intensity-title">{t('diary.insights.intensity')}</h2>
        {insights.intensityOverTime.points.length === 0 ? (
          <p className="empty-state">{t('diary.insights.intensityEmpty')}</p>
        ) : (
          <IntensityChart over={insights.intensityOverTime} />
        )}
      </section>

      <section className="insight" aria-labelledby="relief-title">
        <h2 id="relief-title">{t('diary.insights.relief')}</h2>
        {insights.relief.length === 0 ? (
          <p className="empty-state">{t('diary.insights.reliefEmpty')}</p>
        ) : (
          <ol className="relief-list">
            {insights.relief.map((relief) => {
              const line = reliefLine(intl, relief);
              return (
                <li key={relief.method} className="card">
                  <p className="relief-title">{line.title}</p>
                  <details className="how-sure">
                    <summary>{t('diary.insights.howSure')}</summary>
                    <p className="muted">{line.detail}</p>
                  </details>
                </li>
              );
            })}
          </ol>
        )}
      </section>

      <section className="insight" aria-labelledby="habits-title">
        <h2 id="habits-title">{t('diary.insights.habits')}</h2>
        <p className="muted">{t('diary.insights.habitsLead')}</p>
        {factors.length === 0 ? (
          <p className="empty-state">{t('diary.insights.habitsEmpty')}</p>
        ) : (
          <ul className="factor-list">
            {factors.map((factor) => {
              const plain = factorPlain(intl, factor);
              return (
                <li key={factor.factor} className="card factor">
                  <h3>{factorLabel(intl, factor.factor)}</h3>
                  {plain && <p className="factor-plain">{plain}</p>}
                  <details className="how-sure" open={plain === null}>
                    <summary>{t('diary.insights.howSure')}</summary>
                    <dl className="factor-sides">
                      {(['with', 'without'] as const).map((which) => {
                        const side = factorSide(intl, factor[which]);
                        return (
                          <div key={which}>
                            <dt>
                              {which === 'with'
                                ? t('diary.factor.nightsWith')
                                : t('diary.factor.nightsWithout')}
                            </dt>
                            <dd>
                              <span className="factor-rate">{side.rate}</span>
                              {side.nights && <span className="factor-nights">{side.nights}</span>}
                            </dd>
                          </div>
                        );
                      })}
                    </dl>
                    <p className={factor.comparison ? 'factor-verdict' : 'factor-verdict muted'}>
                      {factorVerdict(intl, factor)}
                    </p>
                  </details>
                </li>
              );
            })}
          </ul>
        )}
        <p className="honesty-note">{honestyNote(intl)}</p>
      </section>
    </>
  );
}
