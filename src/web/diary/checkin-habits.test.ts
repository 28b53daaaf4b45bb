import { describe, expect, it } from 'vitest';
import { answersToSave, clampStep, EMPTY_CHECKIN, habitsFrom } from './checkin-habits';
import type { Checkin } from './diary-api';

const yesterday: Checkin = {
  date: '2026-11-21',
  waterGlasses: 8,
  walkedMinutes: 40,
  standingHours: 5,
  stretchedBeforeBed: true,
  warmBath: false,
  legsElevated: true,
  compressionStockings: null,
  sleptOnLeftSide: true,
  supplements: ['magnesium'],
  swelling: 'one-leg',
  notes: 'left calf warm',
  planStepsDone: ['prevent.calf-stretches'],
  createdAt: '2026-11-21T21:00:00Z',
  updatedAt: '2026-11-21T21:00:00Z',
};

describe('habitsFrom', () => {
  it('copies the habits but not the day’s swelling, notes or plan steps done', () => {
    expect(habitsFrom(yesterday)).toEqual({
      waterGlasses: 8,
      walkedMinutes: 40,
      standingHours: 5,
      stretchedBeforeBed: true,
      warmBath: false,
      legsElevated: true,
      compressionStockings: null,
      sleptOnLeftSide: true,
      supplements: ['magnesium'],
      swelling: null,
      notes: null,
      planStepsDone: null,
    });
  });

  it('does not share the supplement list with the check-in it came from', () => {
    const copy = habitsFrom(yesterday);
    copy.supplements?.push('calcium');
    expect(yesterday.supplements).toEqual(['magnesium']);
  });
});

describe('answersToSave', () => {
  it('saves an unticked habit as no and no supplement as none, leaving amounts and swelling unanswered', () => {
    expect(answersToSave({ ...EMPTY_CHECKIN, warmBath: true, notes: '  ' })).toEqual({
      ...EMPTY_CHECKIN,
      stretchedBeforeBed: false,
      warmBath: true,
      legsElevated: false,
      compressionStockings: false,
      sleptOnLeftSide: false,
      supplements: [],
      notes: null,
    });
  });

  it('trims notes', () => {
    expect(answersToSave({ ...EMPTY_CHECKIN, notes: ' ankles puffy \n' }).notes).toBe('ankles puffy');
  });
});

describe('clampStep', () => {
  it('steps inside the range, and from empty starts at one step or the minimum', () => {
    expect(clampStep(null, 1, 0, 30)).toBe(1);
    expect(clampStep(null, -1, 0, 30)).toBe(0);
    expect(clampStep(null, 10, 0, 600)).toBe(10);
    expect(clampStep(5, 1, 0, 30)).toBe(6);
    expect(clampStep(30, 1, 0, 30)).toBe(30);
    expect(clampStep(0, -1, 0, 30)).toBe(0);
    expect(clampStep(595, 10, 0, 600)).toBe(600);
  });
});
