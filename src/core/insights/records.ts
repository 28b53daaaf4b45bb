// The diary's records as the API sends them and the export saves them: one definition for the server
// and the web client. Dates are ISO strings on the wire.
import type { Muscle, ReliefMethod, Side, Supplement, Swelling } from './vocabulary.js';

export type EpisodeRecord = {
  id: string;
  /** ISO 8601 instant in UTC. */
  startedAt: string;
  durationSeconds: number | null;
  muscles: Muscle[];
  side: Side | null;
  /** 0–10; null = not filled in yet (one-tap logging). */
  intensity: number | null;
  wokeFromSleep: boolean;
  reliefTried: ReliefMethod[];
  reliefHelped: ReliefMethod[];
  minutesToRelief: number | null;
  notes: string | null;
  createdAt: string;
  updatedAt: string;
};

/** A check-in; null = not answered. */
export type CheckinRecord = {
  /** YYYY-MM-DD on the person's calendar. */
  date: string;
  waterGlasses: number | null;
  walkedMinutes: number | null;
  standingHours: number | null;
  stretchedBeforeBed: boolean | null;
  warmBath: boolean | null;
  legsElevated: boolean | null;
  compressionStockings: boolean | null;
  sleptOnLeftSide: boolean | null;
  /** [] = none taken, null = not answered. */
  supplements: Supplement[] | null;
  swelling: Swelling | null;
  notes: string | null;
  /** The plan step ids (knowledge item ids) done that day; null = not answered. */
  planStepsDone: string[] | null;
  createdAt: string;
  updatedAt: string;
};
