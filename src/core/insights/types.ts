// What the insights read: plain diary records, the person's time zone and due date.
import type { ReliefMethod, Supplement, Swelling } from './vocabulary.js';

export type EpisodeFact = {
  id: string;
  /** An ISO 8601 instant (with `Z` or an offset). */
  startedAt: string;
  /** 0–10, or null while the person has not said. */
  intensity: number | null;
  wokeFromSleep: boolean;
  reliefTried: readonly ReliefMethod[];
  reliefHelped: readonly ReliefMethod[];
  minutesToRelief: number | null;
  notes: string | null;
};

/** One day's check-in; null means the question was not answered. */
export type CheckinFact = {
  /** The calendar date, YYYY-MM-DD, on the person's own calendar. */
  date: string;
  stretchedBeforeBed: boolean | null;
  warmBath: boolean | null;
  legsElevated: boolean | null;
  compressionStockings: boolean | null;
  sleptOnLeftSide: boolean | null;
  supplements: readonly Supplement[] | null;
  swelling: Swelling | null;
  notes: string | null;
};

export type InsightOptions = {
  /** IANA time zone of the person, e.g. Europe/London. */
  timeZone: string;
  /** YYYY-MM-DD, or null when the person has not given one. */
  dueDate: string | null;
  /** The baby's birth date (YYYY-MM-DD): from it on, weeks are counted since the birth. */
  birthDate?: string | null;
  /** First and last local calendar dates to report on, inclusive; null for open-ended. */
  from: string | null;
  to: string | null;
};
