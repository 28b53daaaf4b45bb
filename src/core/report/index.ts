/** Public API of the clinician report: the pure builder and its types. */
export { buildReport, type ReportError } from './build-report.js';
export { MIN_TREND_DAYS } from './trend.js';
export type * from './types.js';
