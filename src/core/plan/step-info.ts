// What the plan knows about each step beyond its knowledge item: the neutral title a reminder carries
// (calendars and lock screens are seen by others, so no health words), a sensible default time, and the
// diary answers that show whether it was done or went with fewer cramps.
import type { Habit, ReliefMethod } from '../insights/index.js';

export type StepInfo = {
  /** Shown in calendar events and push notifications: plain, with no health detail. */
  reminder: string;
  /** A starting time the person can change; null for steps not done at a set time. */
  defaultTime: string | null;
  /** The check-in habit that records this step. */
  habit?: Habit;
  /** For a relief step: the method in the episode log that it is. */
  relief?: ReliefMethod;
  /** Done in the evening to head off night cramps. */
  bedtime?: boolean;
};

export const GENERIC_REMINDER = 'Daily reminder';

export const STEP_INFO: Readonly<Record<string, StepInfo>> = {
  'prevent.calf-stretches': {
    reminder: 'Evening stretch',
    defaultTime: '21:30',
    habit: 'stretchedBeforeBed',
    bedtime: true,
  },
  'prevent.warm-bath-or-foot-soak': {
    reminder: 'Warm bath',
    defaultTime: '21:00',
    habit: 'warmBath',
    bedtime: true,
  },
  'prevent.left-side-sleeping': {
    reminder: 'Lights out',
    defaultTime: '22:30',
    habit: 'sleptOnLeftSide',
    bedtime: true,
  },
  'prevent.elevate-legs': { reminder: 'Feet up', defaultTime: '19:00', habit: 'legsElevated' },
  'prevent.compression-stockings': {
    reminder: 'Stockings on',
    defaultTime: '08:00',
    habit: 'compressionStockings',
  },
  'prevent.daily-walk': { reminder: 'Walk', defaultTime: '17:30' },
  'prevent.hydration': { reminder: 'Glass of water', defaultTime: '10:00' },
  'prevent.ankle-circles': { reminder: 'Ankle circles', defaultTime: '15:00' },
  'prevent.regular-exercise': { reminder: 'Swim or yoga', defaultTime: '18:00' },
  'prevent.change-position': { reminder: 'Get up and move', defaultTime: '11:00' },
  'prevent.mineral-rich-diet': { reminder: 'Food check', defaultTime: '19:30' },
  'prevent.prenatal-vitamins': { reminder: 'Morning routine', defaultTime: '08:30' },
  'prevent.self-massage': { reminder: 'Massage', defaultTime: '21:00', bedtime: true },
  'prevent.stress-relief': { reminder: 'Wind down', defaultTime: '20:30', bedtime: true },
  'prevent.regular-routine': { reminder: 'Bedtime', defaultTime: '22:30', bedtime: true },
  'prevent.rest': { reminder: 'Rest', defaultTime: '14:00' },
  'prevent.supportive-shoes': { reminder: 'Comfortable shoes', defaultTime: null },
  'prevent.support-belt': { reminder: 'Belt on', defaultTime: null },
  'prevent.uncrossed-legs': { reminder: 'Sit easy', defaultTime: null },
  'prevent.prenatal-checkups': { reminder: 'Appointment', defaultTime: null },
  'relief.calf-stretch': { reminder: 'Stretch', defaultTime: null, relief: 'calf-stretch' },
  'relief.thigh-stretch': { reminder: 'Stretch', defaultTime: null, relief: 'thigh-stretch' },
  'relief.massage': { reminder: 'Massage', defaultTime: null, relief: 'massage' },
  'relief.heat': { reminder: 'Warmth', defaultTime: null, relief: 'heat' },
  'relief.walk-it-out': { reminder: 'Walk', defaultTime: null, relief: 'walk' },
  'relief.warm-bath': { reminder: 'Warm bath', defaultTime: null, relief: 'warm-bath' },
  'relief.paracetamol': { reminder: GENERIC_REMINDER, defaultTime: null, relief: 'paracetamol' },
  'lifestyle.sleep-and-fatigue': { reminder: 'Bedtime', defaultTime: '22:00', bedtime: true },
  'lifestyle.support-and-classes': { reminder: GENERIC_REMINDER, defaultTime: null },
};

export function stepInfo(id: string): StepInfo {
  return STEP_INFO[id] ?? { reminder: GENERIC_REMINDER, defaultTime: null };
}
