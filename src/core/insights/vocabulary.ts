// The diary's closed vocabularies, shared by the API schemas, the database checks and the insights.

export const MUSCLES = ['calf', 'thigh', 'foot', 'toes', 'other'] as const;
export type Muscle = (typeof MUSCLES)[number];

export const SIDES = ['left', 'right', 'both'] as const;
export type Side = (typeof SIDES)[number];

export const RELIEF_METHODS = [
  'calf-stretch',
  'thigh-stretch',
  'massage',
  'heat',
  'walk',
  'warm-bath',
  'paracetamol',
  'other',
] as const;
export type ReliefMethod = (typeof RELIEF_METHODS)[number];

export const SUPPLEMENTS = ['calcium', 'magnesium', 'multivitamin', 'vitamin-d', 'other'] as const;
export type Supplement = (typeof SUPPLEMENTS)[number];

export const SWELLING = ['none', 'both-ankles', 'one-leg'] as const;
export type Swelling = (typeof SWELLING)[number];

/** Yes/no habits a check-in can record; each is compared in the factors. */
export const HABITS = [
  'stretchedBeforeBed',
  'warmBath',
  'legsElevated',
  'compressionStockings',
  'sleptOnLeftSide',
] as const;
export type Habit = (typeof HABITS)[number];

/** Limits shared by the API, the database CHECK constraints and the tests. */
export const DIARY_LIMITS = {
  intensity: { min: 0, max: 10 },
  durationSeconds: { min: 0, max: 7200 },
  minutesToRelief: { min: 0, max: 600 },
  waterGlasses: { min: 0, max: 30 },
  walkedMinutes: { min: 0, max: 600 },
  standingHours: { min: 0, max: 24 },
  notesLength: 2000,
} as const;
