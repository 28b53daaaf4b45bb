// The result page's "What to do now" in the page's language: English exactly as the offline script says it,
// and the other languages from the triage catalog, naming the same unit or line.
import { describe, expect, it } from 'vitest';
import { type CallChoice, whoToCall } from '../../core/call/who-to-call.js';
import { type TriageResult, triage } from '../../core/triage/index.js';
import { LOCALES, type Locale } from '../../i18n/locales.js';
import type { Assessment } from '../triage/assess.js';
import { triageIntl } from '../triage/localize.js';
import { doNowSteps } from './do-now.js';
import { doNowStepsIn } from './result-page.js';

const assessmentOf = (result: TriageResult) => ({ result }) as Assessment;
const words = (locale: Locale) => ({ locale, intl: triageIntl(locale) });

const calls: CallChoice[] = [
  whoToCall({ maternityUnit: undefined, region: 'GB' }),
  whoToCall({ maternityUnit: undefined, region: 'JP' }),
  whoToCall({ maternityUnit: undefined, region: 'RU' }),
  whoToCall({ maternityUnit: { name: 'Rosie triage', phone: '01223 217 217' }, region: 'GB' }),
];
const results = [
  triage({ findings: { one_leg_swollen: true } }),
  triage({ findings: { severe_headache: true }, gestationalWeek: 30 }),
  triage({ findings: { numbness_tingling: true } }),
];

describe('doNowStepsIn', () => {
  it('says in English exactly what the offline script says', () => {
    for (const result of results) {
      for (const call of calls) {
        expect(doNowStepsIn(words('en'), assessmentOf(result), call)).toEqual(doNowSteps(result, call));
      }
    }
  });

  it('gives the same number of steps in every language, naming the unit or line', () => {
    for (const locale of LOCALES) {
      for (const result of results) {
        for (const call of calls) {
          const steps = doNowStepsIn(words(locale), assessmentOf(result), call);
          expect(steps).toHaveLength(doNowSteps(result, call).length);
        }
      }
    }
    const unit = calls[3] as CallChoice;
    expect(doNowStepsIn(words('ru'), assessmentOf(results[0] as TriageResult), unit)[0]).toBe(
      'Позвоните сейчас (Rosie triage).',
    );
    const japan = calls[1] as CallChoice;
    expect(doNowStepsIn(words('ja'), assessmentOf(results[0] as TriageResult), japan)[0]).toBe(
      '今すぐ 救急安心センター（#7119） に電話してください。',
    );
  });
});
