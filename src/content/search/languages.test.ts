// Search in Chinese, Russian and Japanese: how each language's text becomes words (examples checked by hand),
// its synonym and brand tables, answers only in the language asked, and the safety answer first: asking whether
// a remedy is safe puts its own verdict page first, and the "avoid" verdicts surface.
import { beforeAll, describe, expect, it } from 'vitest';
import { markdownToText } from '../markdown.js';
import { loadTranslatedItems, TRANSLATION_LOCALES, type TranslationLocale } from '../translations.js';
import { cjkIndexTokens, cjkSearchTokens, createCjkWordSplitter } from './cjk.js';
import { createLocalizedSearch, searchLanguage } from './languages.js';
import { stemRussian } from './ru/stem.js';
import type { KnowledgeSearch } from './search-index.js';

const searches = new Map<TranslationLocale, KnowledgeSearch>();
const safetyOf = new Map<string, string | undefined>();
// Three indexes of character pairs take a few seconds to build on a busy machine: more than the default 10 s.
beforeAll(() => {
  for (const locale of TRANSLATION_LOCALES) {
    const { items } = loadTranslatedItems(locale);
    for (const item of items) safetyOf.set(item.id, item.safety?.status);
    searches.set(
      locale,
      createLocalizedSearch(
        locale,
        items.map((item) => ({ ...item, detailsText: markdownToText(item.details) })),
      ),
    );
  }
}, 60_000);
const search = (locale: TranslationLocale, q: string) => searches.get(locale)!.search(q, 10);
/** The forms each concept of a question is searched in. */
const concepts = (locale: TranslationLocale, q: string) =>
  searchLanguage(locale)
    .parser.parseQuery(q)
    .concepts.map((c) => c.variants.map((v) => v.text));

describe('Chinese and Japanese words', () => {
  it('index every character and neighbouring pair of a Han or kana run, other words whole', () => {
    expect(cjkIndexTokens('小腿抽筋')).toEqual(['小', '小腿', '腿', '腿抽', '抽', '抽筋', '筋']);
    expect(cjkIndexTokens('维生素B6')).toEqual(['维', '维生', '生', '生素', '素', 'b6']);
    // Full-width forms are plain ones.
    expect(cjkIndexTokens('Ｂ６')).toEqual(['b6']);
    // Regression: Han counts as a letter, so "b吗" was one Latin word and "维生素b吗" never found vitamin B.
    expect(cjkSearchTokens('维生素b吗')).toEqual(['维生', '生素', 'b', '吗']);
  });

  it('search a word as its chain of pairs, and a lone character as itself', () => {
    expect(cjkSearchTokens('钙尔奇')).toEqual(['钙尔', '尔奇']);
    expect(cjkSearchTokens('足')).toEqual(['足']);
    expect(cjkSearchTokens('こむら返り')).toEqual(['こむ', 'むら', 'ら返', '返り']);
  });

  it('cut questions at table words first, where ICU alone splits brands and kana words', () => {
    const icu = (locale: string, text: string) =>
      [...new Intl.Segmenter(locale, { granularity: 'word' }).segment(text)].map((s) => s.segment);
    // What Node 20's ICU does on its own: the brand and the calf come apart.
    expect(icu('zh-Hans', '怀孕能吃钙尔奇吗')).toContain('尔');
    expect(icu('ja', 'ふくらはぎが痛い')).not.toContain('ふくらはぎ');
    const zh = createCjkWordSplitter('zh-Hans', ['钙尔奇', '能吃', '吗']);
    expect(zh('怀孕能吃钙尔奇吗')).toEqual(['怀孕', '能吃', '钙尔奇', '吗']);
    const ja = createCjkWordSplitter('ja', ['ふくらはぎ', '痛い']);
    expect(ja('ふくらはぎが痛い')).toEqual(['ふくらはぎ', 'が', '痛い']);
    // Between table words, ICU's words.
    expect(zh('半夜小腿抽筋')).toEqual(['半夜', '小腿', '抽筋']);
  });

  it('drop question words and particles, keep the subject', () => {
    expect(concepts('zh-Hans', '孕妇可以吃芬必得吗')).toEqual([['芬必得', '布洛芬', '非甾体抗炎药']]);
    expect(concepts('ja', '妊娠中にキニーネを飲んでいい？')[0]).toContain('キニーネ');
    expect(concepts('ja', '妊娠中にキニーネを飲んでいい？')).toHaveLength(1);
  });
});

describe('Russian words', () => {
  it('are stemmed so the forms of a word meet (Snowball, checked by hand)', () => {
    for (const [word, stem] of [
      ['судорога', 'судорог'],
      ['судороги', 'судорог'],
      ['судорогой', 'судорог'],
      ['икры', 'икр'],
      ['икрах', 'икр'],
      ['ноги', 'ног'],
      ['ногами', 'ног'],
      ['магния', 'магн'],
      ['магнием', 'магн'],
      ['беременности', 'беременност'],
      ['опухшая', 'опухш'],
      ['помогают', 'помога'],
      ['растяжку', 'растяжк'],
    ] as const) {
      expect(stemRussian(word), word).toBe(stem);
    }
    // Not Russian letters: left alone.
    expect(stemRussian('b6')).toBe('b6');
  });

  it('fold case and ё to е before stemming', () => {
    expect(concepts('ru', 'Отёки')).toEqual(concepts('ru', 'отеки'));
    expect(concepts('ru', 'ОТЁКИ НОГ')).toEqual(concepts('ru', 'отеки ног'));
  });
});

describe('synonym and brand tables', () => {
  it('map brands sold in each country to the words the items use', () => {
    expect(concepts('ru', 'магне б6')[0]).toContain('магн');
    expect(concepts('ru', 'Кальций-Д3 Никомед')[0]).toContain('кальц');
    expect(concepts('zh-Hans', '钙尔奇')[0]).toContain('钙');
    expect(concepts('zh-Hans', '迪巧')[0]).toContain('钙');
    expect(concepts('ja', 'ツムラ68')[0]).toContain('芍薬甘草湯');
    expect(concepts('ja', 'ロキソニン')[0]).toContain('非ステロイド性抗炎症薬');
  });

  it('group lay words with the clinical ones', () => {
    expect(concepts('zh-Hans', '腿肚子')[0]).toContain('小腿');
    expect(concepts('ru', 'свело')[0]).toContain('судорог');
    expect(concepts('ja', 'こむらがえり')[0]).toContain('こむら返り');
  });

  it('name trimesters with the words the index gives trimester-limited verdicts', () => {
    expect(concepts('zh-Hans', '孕晚期能吃布洛芬吗')[0]).toContain('trimester3');
    expect(concepts('ru', 'в третьем триместре')[0]).toContain('trimester3');
    expect(concepts('ja', '妊娠初期')[0]).toContain('trimester1');
    expect(search('zh-Hans', '孕晚期能吃布洛芬吗')[0]!.id).toBe('relief.nsaids');
    expect(search('ru', 'ибупрофен в третьем триместре')[0]!.id).toBe('relief.nsaids');
  });

  // Magne B6 and Tsumura 68 have their own pages since the regional remedy items (issue 11) joined.
  it('find the brand’s page: Магне B6, 钙尔奇, 芬必得, ツムラ68, 湿布', () => {
    expect(search('ru', 'магне б6')[0]!.id).toBe('treat.magne-b6');
    expect(search('ru', 'кальций д3 никомед')[0]!.id).toBe('treat.calcium-supplement');
    expect(search('zh-Hans', '钙尔奇')[0]!.id).toBe('treat.chinese-calcium-tablets');
    expect(search('zh-Hans', '芬必得')[0]!.id).toBe('relief.nsaids');
    expect(search('ja', 'ツムラ68')[0]!.id).toBe('remedy.shakuyaku-kanzo-to');
    expect(search('ja', '湿布 妊娠中')[0]!.id).toBe('relief.nsaids');
  });
});

describe('answers in the language asked', () => {
  it('never gives a Russian question an English or Chinese snippet', () => {
    for (const q of ['судороги ночью', 'магний', 'отек одной ноги', 'ибупрофен', 'calcium', '钙']) {
      for (const hit of search('ru', q)) {
        const letters = hit.snippet.match(/\p{L}/gu)?.length ?? 0;
        const cyrillic = hit.snippet.match(/\p{Script=Cyrillic}/gu)?.length ?? 0;
        expect(cyrillic / letters, `${q} → ${hit.id}: ${hit.snippet}`).toBeGreaterThan(0.7);
        expect(hit.snippet, hit.id).not.toMatch(/\p{Script=Han}/u);
      }
    }
  });

  it('gives Chinese and Japanese snippets around the match, in the language', () => {
    const [zh] = search('zh-Hans', '承山穴');
    expect(zh!.id).toBe('acupoint.bl57');
    expect(zh!.snippet).toMatch(/承山/);
    const [ja] = search('ja', '三陰交');
    expect(ja!.snippet).toMatch(/\p{Script=Han}/u);
    expect(ja!.snippet.length).toBeLessThanOrEqual(92);
  });
});

describe('the safety answer first, in every language', () => {
  /** "Is X safe?" for every remedy and medicine whose verdict is "avoid", asked the way people do. */
  const AVOID: Record<TranslationLocale, Array<[string, string | string[]]>> = {
    'zh-Hans': [
      ['孕妇能喝汤力水吗', 'treat.quinine'],
      ['孕妇可以吃布洛芬吗', 'relief.nsaids'],
      ['甘草片孕妇能吃吗', 'remedy.licorice'],
      ['孕妇可以喝缬草茶吗', 'remedy.valerian-nettle-tea'],
      ['曼陀罗孕妇能用吗', 'remedy.stramonium'],
      ['山楂孕妇能吃吗', 'remedy.hawthorn'],
      ['牛蒡根泡水孕妇能喝吗', 'remedy.burdock-golden-mustache'],
      ['菖蒲酊擦腿安全吗', 'remedy.calamus-rub'],
      ['三阴交孕妇能按吗', ['acupoint.sp6', 'acupoint.contraindicated']],
    ],
    ru: [
      ['можно ли беременным тоник', 'treat.quinine'],
      ['нурофен беременным можно', 'relief.nsaids'],
      ['солодка беременным безопасно', 'remedy.licorice'],
      ['валериана и крапива при беременности можно', 'remedy.valerian-nettle-tea'],
      ['дурман от судорог можно ли', 'remedy.stramonium'],
      ['боярышник при беременности можно', 'remedy.hawthorn'],
      ['лопух и золотой ус безопасно', 'remedy.burdock-golden-mustache'],
      ['растирание аиром безопасно ли', 'remedy.calamus-rub'],
      ['сань инь цзяо при беременности можно', ['acupoint.sp6', 'acupoint.contraindicated']],
    ],
    ja: [
      ['トニックウォーター 妊娠中 大丈夫', 'treat.quinine'],
      ['ロキソニン 妊婦 飲んでいい', 'relief.nsaids'],
      ['甘草 妊娠中 大丈夫', 'remedy.licorice'],
      ['バレリアン 妊娠中 大丈夫', 'remedy.valerian-nettle-tea'],
      ['ダチュラ 妊婦', 'remedy.stramonium'],
      ['サンザシ 妊娠中 飲んでいい', 'remedy.hawthorn'],
      ['ゴボウ茶 妊婦 大丈夫', 'remedy.burdock-golden-mustache'],
      ['ショウブ 塗って 大丈夫', 'remedy.calamus-rub'],
      ['三陰交 妊娠中 押していい', ['acupoint.sp6', 'acupoint.contraindicated']],
    ],
  };

  for (const locale of TRANSLATION_LOCALES) {
    it(`${locale}: asking whether an "avoid" remedy is safe puts its verdict page first`, () => {
      for (const [q, own] of AVOID[locale]) {
        const first = search(locale, q)[0];
        expect([own].flat(), `${q} → ${first?.id}`).toContain(first?.id);
        expect(safetyOf.get(first!.id), q).toBe('avoid');
      }
    });
  }
});
