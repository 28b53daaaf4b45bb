// What the plan knows about each step beyond its knowledge item: a sensible default time, and the diary
// answers that show whether it was done or went with fewer cramps. The neutral title a reminder carries
// (calendars and lock screens are seen by others, so no health words) is a message keyed by the step's
// id, in the reader's language (src/server/plan/plan-words.ts).
import type { Habit, ReliefMethod } from '../insights/index.js';

export type StepInfo = {
  /** A starting time the person can change; null for steps not done at a set time. */
  defaultTime: string | null;
  /** The check-in habit that records this step. */
  habit?: Habit;
  /** For a relief step: the method in the episode log that it is. */
  relief?: ReliefMethod;
  /** Done in the evening to head off night cramps. */
  bedtime?: boolean;
};

export const STEP_INFO: Readonly<Record<string, StepInfo>> = {
  'prevent.calf-stretches': {
    defaultTime: '21:30',
    habit: 'stretchedBeforeBed',
    bedtime: true,
  },
  'prevent.warm-bath-or-foot-soak': {
    defaultTime: '21:00',
    habit: 'warmBath',
    bedtime: true,
  },
  'prevent.left-side-sleeping': {
    defaultTime: '22:30',
    habit: 'sleptOnLeftSide',
    bedtime: true,
  },
  'prevent.elevate-legs': { defaultTime: '19:00', habit: 'legsElevated' },
  'prevent.compression-stockings': {
    defaultTime: '08:00',
    habit: 'compressionStockings',
  },
  'prevent.daily-walk': { defaultTime: '17:30' },
  'prevent.hydration': { defaultTime: '10:00' },
  'prevent.ankle-circles': { defaultTime: '15:00' },
  'prevent.regular-exercise': { defaultTime: '18:00' },
  'prevent.change-position': { defaultTime: '11:00' },
  'prevent.mineral-rich-diet': { defaultTime: '19:30' },
  'prevent.prenatal-vitamins': { defaultTime: '08:30' },
  'prevent.self-massage': { defaultTime: '21:00', bedtime: true },
  'prevent.stress-relief': { defaultTime: '20:30', bedtime: true },
  'prevent.regular-routine': { defaultTime: '22:30', bedtime: true },
  'prevent.rest': { defaultTime: '14:00' },
  'prevent.supportive-shoes': { defaultTime: null },
  'prevent.support-belt': { defaultTime: null },
  'prevent.uncrossed-legs': { defaultTime: null },
  'prevent.prenatal-checkups': { defaultTime: null },
  'relief.calf-stretch': { defaultTime: null, relief: 'calf-stretch' },
  'relief.thigh-stretch': { defaultTime: null, relief: 'thigh-stretch' },
  'relief.massage': { defaultTime: null, relief: 'massage' },
  'relief.heat': { defaultTime: null, relief: 'heat' },
  'relief.walk-it-out': { defaultTime: null, relief: 'walk' },
  'relief.warm-bath': { defaultTime: null, relief: 'warm-bath' },
  'relief.paracetamol': { defaultTime: null, relief: 'paracetamol' },
  'lifestyle.sleep-and-fatigue': { defaultTime: '22:00', bedtime: true },
  'lifestyle.support-and-classes': { defaultTime: null },
};

export function stepInfo(id: string): StepInfo {
  return STEP_INFO[id] ?? { defaultTime: null };
}
