// What the report reads (the person, their diary and their saved checks) and what it returns.
// Every figure comes from what the person entered: the report says so on each section.
import type { Factor, FactorKey, Interval, PerWeek, RedFlagReason, ReliefRank } from '../insights/index.js';
import type { CheckinRecord, EpisodeRecord } from '../insights/records.js';
import type { Supplement } from '../insights/vocabulary.js';
import type { BloodPressure, FindingName, TriageLevel } from '../triage/index.js';

export type ReportPerson = {
  /** Our id of the person (a UUID); FHIR ids are derived from it. */
  id: string;
  name: string | null;
  birthYear: number | null;
  /** YYYY-MM-DD, or null when not given. */
  dueDate: string | null;
  /** YYYY-MM-DD of the birth once the person has recorded it; null before (or when not recorded). */
  birthDate: string | null;
  /** BCP 47 language tag, e.g. zh-CN; null = the app's default (English). */
  locale: string | null;
  /** IANA time zone the report is read on. */
  timeZone: string;
};

/** One saved triage check, as the history keeps it. */
export type TriageCheckFact = {
  id: string;
  /** ISO 8601 instant. */
  createdAt: string;
  level: TriageLevel;
  /** Findings answered yes. */
  findings: readonly FindingName[];
  gestationalWeek: number | null;
  bloodPressure: BloodPressure | null;
  reasons: readonly { rule: string; level: TriageLevel; explanation: string }[];
};

export type ReportInput = {
  person: ReportPerson;
  /** Episodes up to noon the day after `to` may be passed: they belong to the night of `to`. */
  episodes: readonly EpisodeRecord[];
  checkins: readonly CheckinRecord[];
  triageChecks: readonly TriageCheckFact[];
};

export type ReportOptions = {
  /** The instant the report is made. */
  now: Date;
  /** First and last local dates (inclusive); null = from the first entry / up to today. */
  from: string | null;
  to: string | null;
};

/** Where the person is on the day the report is made. */
export type ReportStage =
  | { status: 'pregnant' | 'post-term'; dueDate: string; weeks: number; days: number }
  | { status: 'after-birth'; birthDate: string; weeksSinceBirth: number; daysSinceBirth: number }
  | { status: 'past-due-date'; dueDate: string; weeksSinceDueDate: number }
  | { status: 'not-yet'; dueDate: string }
  | { status: 'unknown' };

export type TrendHalf = {
  from: string;
  to: string;
  days: number;
  episodes: number;
  /** episodes / days × 7. */
  perWeek: number;
  medianIntensity: number | null;
};

export type CrampTrend = {
  /** 'more' or 'fewer' only when the 95% interval of the rate ratio leaves out 1. */
  direction: 'more' | 'fewer' | 'no-clear-change' | 'not-enough-data';
  firstHalf: TrendHalf | null;
  secondHalf: TrendHalf | null;
  /** Second half's cramp rate over the first half's. */
  rateRatio: number | null;
  interval: Interval | null;
};

export type ReportHabit = {
  factor: FactorKey;
  label: string;
  with: Factor['with'];
  without: Factor['without'];
  rateRatio: number;
  interval: Interval;
  intervalIncludesOne: boolean;
};

export type ReportTriageCheck = {
  id: string;
  createdAt: string;
  /** Local date of the check. */
  date: string;
  level: TriageLevel;
  findings: FindingName[];
  bloodPressure: BloodPressure | null;
  reasons: { rule: string; level: TriageLevel; explanation: string }[];
};

export type ReportRedFlag = {
  date: string;
  kind: RedFlagReason | 'triage-finding';
  source: 'checkin' | 'episode' | 'triage';
  /** The finding answered yes, for kind triage-finding. */
  finding: FindingName | null;
  /** The episode whose note matched, for source episode. */
  episodeId: string | null;
};

export type ReportSupplement = { supplement: Supplement; daysTaken: number };

export type Report = {
  kind: 'crampwise-report';
  version: 1;
  generatedAt: string;
  /** All figures below are what the person recorded, not clinical measurements. */
  dataSource: 'self-reported';
  person: { name: string | null; birthYear: number | null; locale: string | null };
  stage: ReportStage;
  period: { from: string; to: string; days: number; timeZone: string };
  cramps: {
    dataSource: 'self-reported';
    episodes: number;
    nightEpisodes: number;
    /** nightEpisodes / episodes; null without episodes. */
    nightShare: number | null;
    perWeek: PerWeek;
    intensity: { median: number | null; rated: number };
    durationSeconds: { median: number | null; recorded: number };
    trend: CrampTrend;
  };
  relief: { dataSource: 'self-reported'; methods: ReliefRank[] };
  habits: {
    dataSource: 'self-reported';
    /** Only comparisons with at least `minNightsPerSide` nights on each side and a cramp to compare. */
    compared: ReportHabit[];
    minNightsPerSide: number;
    /** Habits left out for too few nights (or no cramps on those nights). */
    leftOut: number;
  };
  triageChecks: { dataSource: 'self-reported'; checks: ReportTriageCheck[] };
  redFlags: { dataSource: 'self-reported'; seen: ReportRedFlag[] };
  supplements: { dataSource: 'self-reported'; daysAnswered: number; taken: ReportSupplement[] };
  checkins: { dataSource: 'self-reported'; days: number };
};
