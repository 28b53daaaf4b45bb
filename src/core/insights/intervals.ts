// Small statistics for honest insights: medians, a proportion's interval and a ratio of two rates.

/** Two-sided 95%: the standard normal quantile 0.975. */
export const Z_95 = 1.959963984540054;

export type Interval = { low: number; high: number };

/** The middle value; the mean of the two middle values for an even count; null when empty. */
export function median(values: readonly number[]): number | null {
  if (values.length === 0) return null;
  const sorted = [...values].sort((a, b) => a - b);
  const mid = sorted.length >> 1;
  return sorted.length % 2 === 1 ? sorted[mid]! : (sorted[mid - 1]! + sorted[mid]!) / 2;
}

/**
 * Wilson score interval for a proportion `successes / trials` (null when there are no trials).
 * Chosen over the plain normal interval because it stays within 0–1 and is honest for the small
 * counts a diary holds (1 of 1 is not "100% for sure").
 */
export function wilsonInterval(successes: number, trials: number, z = Z_95): Interval | null {
  if (trials <= 0) return null;
  const p = successes / trials;
  const z2 = z * z;
  const denominator = 1 + z2 / trials;
  const centre = (p + z2 / (2 * trials)) / denominator;
  const half = (z * Math.sqrt((p * (1 - p)) / trials + z2 / (4 * trials * trials))) / denominator;
  return { low: Math.max(0, centre - half), high: Math.min(1, centre + half) };
}

export type RateRatio = {
  /** (x1 / n1) / (x0 / n0), after the continuity correction when it applied. */
  ratio: number;
  interval: Interval;
  /** True when a count was 0 and 0.5 was added to both counts. */
  continuityCorrected: boolean;
};

/**
 * Ratio of two Poisson rates, x1 events over n1 nights against x0 events over n0 nights, with a
 * 95% Wald interval on the log scale: log(RR) ± z·sqrt(1/x1 + 1/x0), the usual large-sample
 * standard error of a log rate ratio (Rothman, Modern Epidemiology). The log is undefined when a
 * count is 0, so then 0.5 is added to both counts (the Haldane–Anscombe correction), which keeps
 * the interval finite and wide. Returns null when there is nothing to compare (no nights on a
 * side, or no events on either side).
 */
export function poissonRateRatio(x1: number, n1: number, x0: number, n0: number, z = Z_95): RateRatio | null {
  if (n1 <= 0 || n0 <= 0 || x1 + x0 === 0) return null;
  const corrected = x1 === 0 || x0 === 0;
  const a = corrected ? x1 + 0.5 : x1;
  const b = corrected ? x0 + 0.5 : x0;
  const logRatio = Math.log(a / n1 / (b / n0));
  const se = Math.sqrt(1 / a + 1 / b);
  return {
    ratio: Math.exp(logRatio),
    interval: { low: Math.exp(logRatio - z * se), high: Math.exp(logRatio + z * se) },
    continuityCorrected: corrected,
  };
}
