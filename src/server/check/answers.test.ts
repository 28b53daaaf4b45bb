import { describe, expect, it } from 'vitest';
import type { AppContext } from '../context.js';
import { assess } from '../triage/assess.js';
import { answersFromForm, emergencyTicked, readAnswers, triageAnswers } from './answers.js';
import { FIELD } from './fields.js';
import { nextView, parseCheckForm } from './form.js';

// The offline questionnaire (/check/offline, src/web/check-script/check-offline.ts) reads its one-page
// form with triageAnswers; the server reads the step pages' last post with parseCheckForm, readAnswers
// and assess. For the same answers both must give the same engine input and the same answer.

type Answers = {
  findings: string[];
  stage?: 'pregnant' | 'after-birth';
  week?: string;
  pp?: string;
  sys?: string;
  dia?: string;
};

const VIGNETTES: Record<string, Answers> = {
  'one leg swollen at 30 weeks': { findings: ['one_leg_swollen'], stage: 'pregnant', week: '30' },
  'headache with vision changes and 150/100 at 34 weeks': {
    findings: ['headache', 'severe_headache', 'vision_changes'],
    stage: 'pregnant',
    week: '34',
    sys: '150',
    dia: '100',
  },
  'ordinary night cramps at 24 weeks, stage not answered': { findings: ['cramp_over_10_min'], week: '24' },
  'red, warm calf three weeks after the birth (a baby-only answer ticked before switching stage)': {
    findings: ['leg_redness', 'leg_warmth', 'reduced_fetal_movement'],
    stage: 'after-birth',
    pp: '3',
    // Typed before the stage was changed: kept by the form, never read after the birth.
    week: '30',
  },
  'chest pain with a week that does not read': {
    findings: ['chest_pain'],
    stage: 'pregnant',
    week: 'thirty',
  },
  'fainting after the birth with the weeks left empty': { findings: ['fainting'], stage: 'after-birth' },
  'nothing ticked': { findings: [] },
};

const REGION = 'GB';
const ctx = { config: { region: REGION, defaultTimeZone: 'Europe/London' } } as unknown as AppContext;

function fields(answers: Answers): [string, string][] {
  return [
    ...answers.findings.map((name): [string, string] => [FIELD.finding, name]),
    ...(answers.stage ? [[FIELD.stage, answers.stage] as [string, string]] : []),
    [FIELD.postpartumWeeks, answers.pp ?? ''],
    [FIELD.week, answers.week ?? ''],
    [FIELD.systolic, answers.sys ?? ''],
    [FIELD.diastolic, answers.dia ?? ''],
  ];
}

/** The server's path: the last step page posted with its token, read and assessed for a signed-out person. */
function serverAnswer(answers: Answers) {
  // An emergency sign is sent with "Yes — one or more of these"; the rest continue to the result.
  const go =
    answers.findings.includes('chest_pain') || answers.findings.includes('fainting') ? 'emergency' : 'next';
  const params = new URLSearchParams([
    ...fields(answers),
    [FIELD.step, '5'],
    [FIELD.go, go],
    [FIELD.token, '0b6a1c0e-5d0a-4c52-9d36-6f1c8e0d9a11'],
  ]);
  const parsed = parseCheckForm(params);
  if (!parsed.ok) throw new Error(parsed.problems.join('; '));
  const view = nextView(parsed.form, emergencyTicked(parsed.form.answers));
  if (view.kind !== 'result') throw new Error('the last step did not lead to the result');
  const read = readAnswers(parsed.form.answers, view.shortCircuit);
  if (!read.ok) return read;
  const { stage } = parsed.form.answers;
  const assessment = assess(ctx, undefined, undefined, read.value, new Date('2025-03-01T12:00:00Z'), {
    pregnant: stage === 'pregnant',
    afterBirth: stage === 'after-birth',
  });
  return { ok: true as const, input: read.value, result: assessment.result };
}

/** The offline page's path: its one form (no token; step 5 so it also posts online), read in the page. */
function offlineAnswer(answers: Answers) {
  const params = new URLSearchParams([...fields(answers), [FIELD.step, '5'], [FIELD.go, 'next']]);
  return triageAnswers(answersFromForm(params), REGION);
}

describe('the offline questionnaire reads answers as the server does', () => {
  for (const [name, answers] of Object.entries(VIGNETTES)) {
    it(name, () => {
      const server = serverAnswer(answers);
      const offline = offlineAnswer(answers);
      expect(offline.ok).toBe(true);
      expect(server.ok).toBe(true);
      if (!offline.ok || !server.ok) return;
      expect(offline.input).toEqual(server.input);
      expect(offline.result).toEqual(server.result);
    });
  }

  it('gives the levels the rules give for the vignettes', () => {
    const level = (name: string) => {
      const answer = offlineAnswer(VIGNETTES[name]!);
      return answer.ok ? answer.result.level : undefined;
    };
    expect(level('one leg swollen at 30 weeks')).toBe('urgent');
    expect(level('chest pain with a week that does not read')).toBe('emergency');
    expect(level('fainting after the birth with the weeks left empty')).toBe('emergency');
    // Pre-eclampsia signs: the maternity unit now, the same day (urgent), not an ambulance.
    expect(level('headache with vision changes and 150/100 at 34 weeks')).toBe('urgent');
  });

  it('drops answers that need the baby inside after the birth, and reads the weeks since the birth', () => {
    const answer = offlineAnswer(
      VIGNETTES[
        'red, warm calf three weeks after the birth (a baby-only answer ticked before switching stage)'
      ]!,
    );
    expect(answer.ok && answer.input).toEqual({
      findings: { leg_redness: true, leg_warmth: true },
      postpartumWeeks: 3,
    });
  });

  it('holds back an unreadable number when no emergency sign is ticked, with the field message', () => {
    const answer = offlineAnswer({ findings: ['one_leg_swollen'], stage: 'pregnant', week: 'thirty' });
    expect(answer.ok).toBe(false);
    if (!answer.ok) expect(Object.keys(answer.fields)).toEqual(['gestationalWeek']);
  });
});
