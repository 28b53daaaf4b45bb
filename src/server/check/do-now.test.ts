import { describe, expect, it } from 'vitest';
import { whoToCall } from '../../core/call/who-to-call.js';
import { NO_MASSAGE_WARNING } from '../../core/triage/self-care.js';
import { CLOT_STEPS, doNowSteps, watchForAfterSteps } from './do-now.js';

const gb = whoToCall({ maternityUnit: undefined, region: 'GB' });
const unit = whoToCall({ maternityUnit: { name: 'Rosie triage', phone: '01223 217 217' }, region: 'GB' });
const us = whoToCall({ maternityUnit: undefined, region: 'US' });

describe('doNowSteps', () => {
  it('starts an urgent clot result with the call and lists the clot steps as short sentences', () => {
    const steps = doNowSteps({ level: 'urgent', actionId: 'seen-today', watchFor: [NO_MASSAGE_WARNING] }, gb);
    expect(steps[0]).toBe('Call NHS 111 now.');
    expect(steps).toEqual(expect.arrayContaining([...CLOT_STEPS]));
    for (const step of steps) expect(step.length).toBeLessThan(70);
  });

  it("names the person's own unit, and the midwife when only the emergency number is known", () => {
    expect(doNowSteps({ level: 'urgent', actionId: 'maternity-unit-now', watchFor: [] }, unit)[0]).toBe(
      'Call Rosie triage now and say what is happening.',
    );
    expect(doNowSteps({ level: 'soon', actionId: 'seen-today', watchFor: [] }, us)[0]).toBe(
      'Call your midwife or maternity unit today or tomorrow.',
    );
  });

  it('leaves out the clot steps when no clot is suspected, and gives no steps below soon', () => {
    const soon = doNowSteps({ level: 'soon', actionId: 'seen-today', watchFor: [] }, gb);
    for (const step of CLOT_STEPS) expect(soon).not.toContain(step);
    expect(
      doNowSteps({ level: 'routine', actionId: 'seen-today', watchFor: [NO_MASSAGE_WARNING] }, gb),
    ).toEqual([]);
  });
});

describe('watchForAfterSteps', () => {
  it('drops the clot warning from urgent and soon results only; an emergency keeps it', () => {
    const watchFor = [NO_MASSAGE_WARNING, 'Chest pain → call 999 now.'];
    expect(watchForAfterSteps({ level: 'urgent', watchFor })).toEqual(['Chest pain → call 999 now.']);
    expect(watchForAfterSteps({ level: 'emergency', watchFor })).toEqual(watchFor);
  });
});
