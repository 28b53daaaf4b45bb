/** Public API of the clinician report: the pure builder, its period and its types. */
export { buildReport } from './build-report.js';
export { type ReportError, type ReportPeriod, reportPeriod } from './period.js';
export { MIN_TREND_DAYS } from './trend.js';
export type * from './types.js';
