// One read of a person's diary, check-ins and saved checks for a period, from which the report JSON,
// its PDF and the FHIR Bundle are all made: the signed-in routes and the share link call the same.
import type { Bundle } from '@medplum/fhirtypes';
import { buildFhirBundle } from '../../core/fhir/index.js';
import { epochDayOf, ZoneClock } from '../../core/insights/local-time.js';
import { buildReport, type Report, type ReportInput } from '../../core/report/index.js';
import type { Locale } from '../../i18n/locales.js';
import type { AppContext } from '../context.js';
import { listCheckins } from '../db/repos/checkins.js';
import { listAllEpisodes } from '../db/repos/episodes.js';
import { listTriageResults } from '../db/repos/triage-results.js';
import type { UserRow } from '../db/repos/users.js';
import { invalidFields } from '../errors.js';
import { fhirWords } from './fhir-words.js';
import { type Paper, renderReportPdf } from './pdf.js';
import { reportPerson, triageCheckFact } from './report-input.js';

export type ReportRange = { from: string | null; to: string | null };

export type ReportSource = {
  report(): Report;
  /** The one-page PDF in `locale`. */
  pdf(paper: Paper, locale: Locale): Promise<Buffer>;
  /**
   * `fhirBase`: where the Bundle is served, so each entry's fullUrl resolves there; `locale`: the
   * language of its human-readable text (narratives, our own codes' displays and titles).
   */
  bundle(fhirBase: string, locale: Locale): Bundle;
};

/** A 400 naming `to` when the range runs backwards (the core's only refusal). */
function rangeError(message: string) {
  return invalidFields({ to: message });
}

/**
 * Reads everything the period needs once. Episodes are read up to the start of `to` + 2 days, as
 * /api/insights does: the night of `to` runs until noon the day after.
 */
export async function loadReportSource(
  ctx: AppContext,
  user: UserRow,
  range: ReportRange,
  now: Date,
): Promise<ReportSource> {
  const { from, to } = range;
  if (from !== null && to !== null && to < from) throw rangeError('must not be before from');
  const person = reportPerson(user, ctx.config.defaultTimeZone);
  const clock = new ZoneClock(person.timeZone);
  const [episodes, checkins, checks] = await Promise.all([
    listAllEpisodes(ctx.db, user.id, {
      ...(from !== null ? { from: new Date(clock.startOfDay(epochDayOf(from))) } : {}),
      ...(to !== null ? { before: new Date(clock.startOfDay(epochDayOf(to) + 2)) } : {}),
    }),
    listCheckins(ctx.db, user.id, {
      ...(from !== null ? { from } : {}),
      ...(to !== null ? { to } : {}),
    }),
    listTriageResults(ctx.db, user.id),
  ]);
  const input: ReportInput = { person, episodes, checkins, triageChecks: checks.map(triageCheckFact) };
  const options = { now, from, to };

  let report: Report | undefined;
  const reportOnce = (): Report => {
    if (report) return report;
    const built = buildReport(input, options);
    if (!built.ok) throw rangeError(built.error.message);
    report = built.report;
    return report;
  };
  return {
    report: reportOnce,
    pdf: (paper, locale) => renderReportPdf(reportOnce(), { paper, locale }),
    bundle(fhirBase, locale) {
      const built = buildFhirBundle(input, {
        ...options,
        fhirBase,
        words: fhirWords(locale, person.timeZone),
      });
      if (!built.ok) throw rangeError(built.error.message);
      return built.bundle;
    },
  };
}

/** Where this server answers, for links and FHIR fullUrls: PUBLIC_URL, else the request's own origin. */
export function publicOrigin(ctx: AppContext, request: { protocol: string; host: string }): string {
  return (ctx.config.publicUrl ?? `${request.protocol}://${request.host}`).replace(/\/+$/, '');
}

export const FHIR_JSON_TYPE = 'application/fhir+json; charset=utf-8';

/** A download's Content-Disposition, named after what it is and the day it was made. */
export function attachmentHeader(kind: 'report' | 'fhir', day: string): string {
  return `attachment; filename="crampwise-${kind}-${day}.${kind === 'report' ? 'pdf' : 'json'}"`;
}
