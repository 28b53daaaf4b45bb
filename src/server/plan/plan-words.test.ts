// The plan in words per language: the reasons core gives as data, said in each locale (English exactly as
// before the reasons became data), reminder titles with no health words in any language, the push
// payload in the person's language, and a Japanese calendar feed that ical.js reads back.
import ICAL from 'ical.js';
import { describe, expect, it } from 'vitest';
import { STEP_INFO } from '../../core/plan/index.js';
import { CATALOGS } from '../../i18n/catalogs.js';
import { LOCALES, type Locale } from '../../i18n/locales.js';
import { buildPlanCalendar } from './ics.js';
import {
  calendarName,
  planIntl,
  pushPayload,
  REMINDER_MESSAGES,
  reminderTitle,
  whyText,
} from './plan-words.js';

const workedExample = {
  reasons: [
    { code: 'peak-window', startHour: 1, endHour: 4 },
    { code: 'habit-fewer', habit: 'stretchedBeforeBed', withRate: 0.25, withoutRate: 1.5 },
    { code: 'third-trimester', week: 31 },
  ],
  evidence: 'consensus',
  safety: 'recommended',
} as const;

describe('why a step is in the plan, in words', () => {
  it('says the worked example in English exactly as the plan always has', () => {
    expect(whyText(planIntl('en'), { ...workedExample, reasons: [...workedExample.reasons] })).toBe(
      'Your cramps are mostly 1–4 a.m.; stretching before bed went with fewer cramps on your nights ' +
        '(0.25 against 1.50 a night); cramps are most common in the third trimester, and you are at week 31.',
    );
  });

  it.each([
    [
      'ru',
      'Судороги у вас чаще всего бывают в 01:00–04:00; растяжка перед сном: в такие ваши ночи судорог было ' +
        'меньше (0,25 против 1,50 за ночь); судороги чаще всего бывают в третьем триместре, а у вас 31-я неделя.',
    ],
    [
      'zh-Hans',
      '您的抽筋大多发生在 01:00–04:00；在您的记录中，睡前拉伸的夜晚抽筋更少（每晚 0.25 次，对比 1.50 次）；' +
        '抽筋在孕晚期最常见，而您现在是孕 31 周。',
    ],
    [
      'ja',
      'あなたのこむら返りは主に01:00～04:00に起きています。寝る前のストレッチをした夜は、こむら返りが少なめでした' +
        '（1晩あたり0.25回、しなかった夜は1.50回）。こむら返りは妊娠後期に最も多く、あなたはいま妊娠31週です。',
    ],
  ] as const)('says it in %s, with the numbers of that locale', (locale, text) => {
    expect(whyText(planIntl(locale), { ...workedExample, reasons: [...workedExample.reasons] })).toBe(text);
  });

  it('lets the evidence speak when there is no reason, and asks for the midwife on ask-first steps', () => {
    const bare = { reasons: [], evidence: 'limited', safety: 'ask-first' } as const;
    expect(whyText(planIntl('en'), { ...bare, reasons: [] })).toBe(
      'Small or mixed trials support it. Ask your midwife before you start.',
    );
    expect(whyText(planIntl('ru'), { ...bare, reasons: [] })).toBe(
      'Это подтверждают небольшие или противоречивые исследования. Прежде чем начать, посоветуйтесь с акушеркой.',
    );
    expect(whyText(planIntl('ja'), { ...bare, reasons: [] })).toContain('助産師に相談してください');
  });

  it('says every reason code in every locale without a message id or an empty word', () => {
    const reasons = [
      { code: 'night' },
      { code: 'habit-more', habit: 'warmBath', withRate: 2, withoutRate: 1 },
      { code: 'relief-helped', helped: 3, tried: 4 },
      { code: 'side-sleep', week: 30 },
      { code: 'postpartum-walk' },
    ] as const;
    for (const locale of LOCALES) {
      const text = whyText(planIntl(locale), {
        reasons: [...reasons],
        evidence: 'established',
        safety: 'ok',
      });
      expect(text, locale).not.toMatch(/plan\.\w/);
      expect(text, locale).toContain(locale === 'en' ? 'week 30' : '30');
    }
  });
});

describe('reminder titles', () => {
  // Calendars and lock screens are seen by others: no health word in any language.
  const HEALTH: Record<Locale, RegExp> = {
    en: /cramp|pain|pregnan|\bleg|calf|baby|labour|birth|midwife|tablet|\bpills?\b|medic|paracetamol|vitamin|magnesium|calcium|clot/i,
    'zh-Hans': /抽筋|疼|痛|孕|小腿|宝宝|分娩|助产|药|维生素|镁|钙|血栓/,
    ru: /судорог|бол[ьи]|беремен|икр|малыш|род[ыо]|акушер|таблет|лекарств|витамин|магни|кальци|тромб/i,
    ja: /こむら|つる|痛|妊娠|妊婦|ふくらはぎ|赤ちゃん|出産|助産|薬|錠|ビタミン|マグネシウム|カルシウム|血栓/,
  };

  it('has one for every step and names each in every language, with no health word', () => {
    expect(Object.keys(REMINDER_MESSAGES).sort()).toEqual(Object.keys(STEP_INFO).sort());
    for (const locale of LOCALES) {
      const intl = planIntl(locale);
      for (const id of Object.keys(STEP_INFO)) {
        const title = reminderTitle(intl, id);
        expect(title, `${locale} ${id}`).toBe(CATALOGS.plan[locale][REMINDER_MESSAGES[id]!]);
        expect(title, `${locale} ${id}`).not.toMatch(HEALTH[locale]);
      }
      expect(calendarName(locale)).not.toMatch(HEALTH[locale]);
      expect(CATALOGS.plan[locale]['plan.push.body']).not.toMatch(HEALTH[locale]);
    }
    expect(reminderTitle(planIntl('en'), 'prevent.calf-stretches')).toBe('Evening stretch');
    expect(reminderTitle(planIntl('en'), 'prevent.unknown')).toBe('Daily reminder');
  });

  it('sends a Russian profile its push in Russian, and English when no language is set', () => {
    expect(JSON.parse(pushPayload('ru', 'prevent.calf-stretches'))).toEqual({
      title: 'Вечерняя разминка',
      body: 'Нажмите, чтобы открыть свой план.',
      url: '/plan',
      tag: 'prevent.calf-stretches',
    });
    expect(JSON.parse(pushPayload('en', 'prevent.hydration'))).toMatchObject({
      title: 'Glass of water',
      body: 'Tap to open your plan.',
    });
  });

  it('writes a Japanese calendar that ical.js reads back with the titles, alarm text and name', () => {
    const intl = planIntl('ja');
    const text = buildPlanCalendar({
      timeZone: 'Asia/Tokyo',
      steps: [
        { id: 'step-a', time: '21:30', title: reminderTitle(intl, 'prevent.calf-stretches') },
        { id: 'step-b', time: '07:05', title: reminderTitle(intl, 'prevent.hydration') },
      ],
      startDate: '2026-03-01',
      uidDomain: 'crampwise.test',
      now: new Date('2026-03-01T12:00:00Z'),
      calendarName: calendarName('ja'),
      language: 'ja',
    });
    const calendar = new ICAL.Component(ICAL.parse(text));
    expect(calendar.getFirstPropertyValue('name') ?? calendar.getFirstPropertyValue('x-wr-calname')).toBe(
      '毎日のプラン',
    );
    const events = calendar.getAllSubcomponents('vevent').map((v) => new ICAL.Event(v));
    expect(events.map((e) => e.summary)).toEqual(['夜のストレッチ', '水を一杯']);
    expect(
      calendar
        .getAllSubcomponents('vevent')
        .map((v) => v.getFirstSubcomponent('valarm')?.getFirstPropertyValue('description')),
    ).toEqual(['夜のストレッチ', '水を一杯']);
    expect(events[0]!.startDate.toString()).toBe('2026-03-01T21:30:00');
    expect(calendar.getFirstPropertyValue('prodid')).toMatch(/\/\/JA$/);
  });
});
