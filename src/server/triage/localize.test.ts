// The triage words in four languages. Medical safety: a translation that drops a threshold ("10 minutes",
// "160/110"), the emergency number's placeholder or a rule is a wrong answer, not a style problem.
import { describe, expect, it } from 'vitest';
import { ADVICE_LINE_REGIONS, adviceLineFor } from '../../core/call/advice-lines.js';
import { whoToCall } from '../../core/call/who-to-call.js';
import {
  ACTION_IDS,
  actionText,
  emergencyNumberFor,
  RULE_IDS,
  TRIAGE_RULES,
  triage,
} from '../../core/triage/index.js';
import { ESCALATION_TEXTS } from '../../core/triage/watch-for.js';
import { CATALOGS } from '../../i18n/catalogs.js';
import { LOCALES } from '../../i18n/locales.js';
import {
  ACTION_MESSAGE_IDS,
  actionTextIn,
  callWords,
  localizeEngineResult,
  REASON_MESSAGES,
  WATCH_FOR_MESSAGES,
  watchForMessageId,
} from './localize.js';

const TRANSLATED = LOCALES.filter((locale) => locale !== 'en');
const en = CATALOGS.triage.en;

/** Numbers as written: 10, 160, 110, 38, 100.4, 7119. */
const numbersIn = (text: string): string[] => text.match(/\d+(?:\.\d+)?/g) ?? [];

const engineLines = [
  ...new Set([...TRIAGE_RULES.flatMap((rule) => rule.watchFor ?? []), ...ESCALATION_TEXTS]),
];

describe('every rule, action and watch-for line has its words', () => {
  it('has a message for every rule id, in every locale', () => {
    expect(Object.keys(REASON_MESSAGES).sort()).toEqual([...RULE_IDS].sort());
    for (const locale of LOCALES) {
      for (const id of Object.values(REASON_MESSAGES))
        expect(CATALOGS.triage[locale][id], `${locale} ${id}`).toBeTruthy();
    }
  });

  it('has a message for every action id (pregnant and after the birth), in every locale', () => {
    for (const action of ACTION_IDS) {
      for (const locale of LOCALES) {
        for (const afterBirth of [false, true]) {
          const text = actionTextIn(locale, action, emergencyNumberFor('DE'), afterBirth);
          expect(text.length, `${locale} ${action}`).toBeGreaterThan(20);
        }
      }
    }
    for (const locale of LOCALES) {
      for (const id of ACTION_MESSAGE_IDS)
        expect(CATALOGS.triage[locale][id], `${locale} ${id}`).toBeTruthy();
    }
  });

  it('finds every watch-for line the engine can write, whatever the number', () => {
    for (const line of engineLines) {
      for (const number of ['999', '112', '119']) {
        expect(watchForMessageId(line.replaceAll('{number}', number), number), line).toBeDefined();
      }
    }
    // And nothing in the list that the engine no longer writes.
    expect(WATCH_FOR_MESSAGES.map((id) => en[id]).sort()).toEqual([...engineLines].sort());
  });

  it('has advice-line words for every advice line with words in it', () => {
    for (const region of ADVICE_LINE_REGIONS) {
      const line = adviceLineFor(region);
      const call = whoToCall({ maternityUnit: undefined, region });
      for (const locale of TRANSLATED) {
        const words = callWords(locale, call);
        if (line?.note) expect(words.note, `${locale} ${region}`).not.toBe(line.note);
      }
    }
  });
});

describe('English stays exactly as the engine writes it', () => {
  it('the English catalog holds the engine’s own explanations', () => {
    for (const rule of TRIAGE_RULES) expect(en[REASON_MESSAGES[rule.id] ?? '']).toBe(rule.explanation);
  });

  it.each(['GB', 'US', 'JP', 'DE', 'RU', 'CN', undefined])(
    'the English action for %s is the engine’s',
    (region) => {
      const contact = emergencyNumberFor(region);
      for (const action of ACTION_IDS) {
        for (const afterBirth of [false, true]) {
          expect(actionTextIn('en', action, contact, afterBirth)).toBe(
            actionText(action, contact, afterBirth),
          );
        }
      }
    },
  );

  it('returns an English answer unchanged', () => {
    const result = triage({ findings: { one_leg_swollen: true, chest_pain: true } }, { region: 'GB' });
    expect(localizeEngineResult(result, 'en')).toBe(result);
  });

  it('words the call buttons as before in English', () => {
    const jp = whoToCall({ maternityUnit: undefined, region: 'JP' });
    expect(callWords('en', jp)).toEqual({
      label: jp.label,
      name: 'Emergency consultation line #7119',
      note: 'Not every prefecture has #7119; where it does not connect, call 119.',
    });
    const none = whoToCall({ maternityUnit: undefined, region: 'FR' });
    expect(callWords('en', none)).toEqual({
      label: none.label,
      name: undefined,
      note: 'note' in none ? none.note : undefined,
    });
    const unit = whoToCall({ maternityUnit: { name: "St Mary's", phone: '020 1234' }, region: 'GB' });
    expect(callWords('en', unit)).toEqual({ label: "Call St Mary's", name: "St Mary's", note: undefined });
  });
});

describe('translations keep every number, threshold and the emergency number', () => {
  const safetyIds = Object.keys(en).filter(
    (id) => !id.startsWith('triage.result.') || /bp|Number|cannot/.test(id),
  );

  it.each(TRANSLATED)('%s keeps every number the English has', (locale) => {
    const dropped = safetyIds.flatMap((id) => {
      const translated = CATALOGS.triage[locale][id] ?? '';
      const missing = numbersIn(en[id] ?? '').filter((n) => !numbersIn(translated).includes(n));
      return missing.length > 0 ? [`${id}: ${missing.join(', ')}`] : [];
    });
    expect(dropped).toEqual([]);
  });

  it.each(TRANSLATED)('%s keeps {number} wherever the English has it', (locale) => {
    const dropped = Object.keys(en).filter(
      (id) =>
        (en[id] ?? '').includes('{number}') && !(CATALOGS.triage[locale][id] ?? '').includes('{number}'),
    );
    expect(dropped).toEqual([]);
  });

  it('fails on a dropped threshold (the check itself)', () => {
    expect(numbersIn('a cramp lasts more than 10 minutes, 160/110')).toEqual(['10', '160', '110']);
    expect(numbersIn('судорога длится дольше').includes('10')).toBe(false);
  });
});

describe('an answer in another language', () => {
  it('keeps the level, action, rule ids and number; words them from the catalog', () => {
    const result = triage({ findings: { one_leg_swollen: true, racing_heart: true } }, { region: 'JP' });
    const ja = localizeEngineResult(result, 'ja');
    expect(ja.level).toBe('emergency');
    expect(ja.actionId).toBe('call-emergency');
    expect(ja.reasons.map((r) => r.rule)).toEqual(result.reasons.map((r) => r.rule));
    expect(ja.emergencyNumber).toEqual({ number: '119', region: 'JP', label: '日本' });
    expect(ja.action).toContain('119');
    expect(ja.action).toContain('日本の救急番号');
    expect(ja.reasons[0]?.explanation).toBe(CATALOGS.triage.ja['triage.reason.clot-reaching-the-lungs']);
    expect(ja.watchFor).toContain(CATALOGS.triage.ja['triage.watch.no-massage']);
    expect(ja.watchFor.join(' ')).not.toMatch(/[A-Za-z]{3,}/);
  });

  it('fills the local number into the translated lines', () => {
    const result = triage({ findings: { leg_weakness: true } }, { region: 'RU' });
    const ru = localizeEngineResult(result, 'ru');
    expect(ru.watchFor).toContain(
      'Недержание мочи или кала либо онемение между ног → звоните 103 сейчас же.',
    );
  });

  it('words an answer after the birth as after the birth', () => {
    const result = triage({ findings: { chest_pain: true }, postpartumWeeks: 3 }, { region: 'CN' });
    const zh = localizeEngineResult(result, 'zh-Hans');
    expect(zh.action).toContain('最近生了孩子');
    expect(zh.action).toContain('120');
    const pregnant = localizeEngineResult(
      triage({ findings: { chest_pain: true } }, { region: 'CN' }),
      'zh-Hans',
    );
    expect(pregnant.action).toContain('您怀孕了');
  });

  it('words a check saved before action ids by its level', () => {
    const result = triage({ findings: { frequent_cramps: true } }, { region: 'GB' });
    const { actionId: _dropped, ...old } = result;
    expect(localizeEngineResult(old, 'ru').action).toBe(CATALOGS.triage.ru['triage.action.next-appointment']);
  });

  it('keeps a line or reason it does not know (an older wording) rather than dropping it', () => {
    const result = triage({ findings: { frequent_cramps: true } }, { region: 'GB' });
    const changed = {
      ...result,
      reasons: [{ ...result.reasons[0], rule: 'retired-rule', explanation: 'An old reason.' }],
      watchFor: ['An old line → call 999 now.'],
    };
    const ja = localizeEngineResult(changed as typeof result, 'ja');
    expect(ja.reasons[0]?.explanation).toBe('An old reason.');
    expect(ja.watchFor).toEqual(['An old line → call 999 now.']);
  });

  it('names #7119 in Japanese and keeps 119 in its note', () => {
    const words = callWords('ja', whoToCall({ maternityUnit: undefined, region: 'JP' }));
    expect(words.label).toBe('救急安心センター（#7119） に電話');
    expect(words.note).toContain('119');
  });
});
