// The insights' human sentences (a factor's label and summary, a red flag's message) in the person's
// language. The core writes them in English; other languages are rebuilt here from the same numbers and
// the stable ids (factor key, red-flag reason), so the JSON keeps its shape and English stays the core's.
import type { Insights } from '../../contract/insights.js';
import { type FactorKey, MIN_NIGHTS_PER_SIDE } from '../../core/insights/factors.js';
import type { RedFlagReason } from '../../core/insights/red-flags.js';
import type { Locale } from '../../i18n/locales.js';
import { serverIntl } from '../../i18n/server-intl.js';

const FACTOR_IDS: Record<FactorKey, string> = {
  stretchedBeforeBed: 'diary.factor.label.stretchedBeforeBed',
  warmBath: 'diary.factor.label.warmBath',
  legsElevated: 'diary.factor.label.legsElevated',
  compressionStockings: 'diary.factor.label.compressionStockings',
  sleptOnLeftSide: 'diary.factor.label.sleptOnLeftSide',
  'supplement:calcium': 'diary.factor.label.calcium',
  'supplement:magnesium': 'diary.factor.label.magnesium',
  'supplement:multivitamin': 'diary.factor.label.multivitamin',
  'supplement:vitamin-d': 'diary.factor.label.vitaminD',
};

const RED_FLAG_IDS: Record<RedFlagReason, string> = {
  'one-leg-swelling': 'diary.api.redFlag.oneLegSwelling',
  'red-warm-or-swollen-leg-in-notes': 'diary.api.redFlag.notes',
};

type Factor = Insights['factors'][number];

export function insightsIn(insights: Insights, locale: Locale): Insights {
  if (locale === 'en') return insights;
  const intl = serverIntl(locale, ['diary']);
  const fixed = (n: number) => intl.formatNumber(n, { minimumFractionDigits: 2, maximumFractionDigits: 2 });

  function summary(factor: Factor, label: string): string {
    const { with: withSide, without, comparison: c } = factor;
    if (withSide.nights < MIN_NIGHTS_PER_SIDE || without.nights < MIN_NIGHTS_PER_SIDE) {
      return intl.formatMessage(
        { id: 'diary.api.factor.notEnough' },
        { label, with: withSide.nights, without: without.nights, min: MIN_NIGHTS_PER_SIDE },
      );
    }
    if (c === null) {
      return intl.formatMessage(
        { id: 'diary.api.factor.noCramps' },
        { nights: withSide.nights + without.nights },
      );
    }
    const values = {
      label,
      with: withSide.nights,
      without: without.nights,
      withRate: fixed(withSide.rate ?? 0),
      withoutRate: fixed(without.rate ?? 0),
      ratio: fixed(c.rateRatio),
      low: fixed(c.interval.low),
      high: fixed(c.interval.high),
    };
    return c.intervalIncludesOne
      ? intl.formatMessage({ id: 'diary.api.factor.comparedChance' }, values)
      : intl.formatMessage({ id: 'diary.api.factor.compared' }, values);
  }

  return {
    ...insights,
    factors: insights.factors.map((factor) => {
      const label = intl.formatMessage({ id: FACTOR_IDS[factor.factor] });
      return { ...factor, label, summary: summary(factor, label) };
    }),
    redFlags: insights.redFlags.map((flag) => ({
      ...flag,
      message: intl.formatMessage({ id: RED_FLAG_IDS[flag.reason] }),
    })),
  };
}
