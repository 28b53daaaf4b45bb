// The knowledge search in the language of the page: English is the knowledge base's own search; every other
// language searches its translated items only (the translated knowledge base's own search, built once with
// it), so a Russian question never returns an English or Chinese answer.
import type { KnowledgeBase } from '../../content/knowledge-base.js';
import type { ItemKind } from '../../content/schema.js';
import type { SearchLocale } from '../../content/search/languages.js';
import type { KnowledgeSearch } from '../../content/search/search-index.js';
import { knowledgeIn } from '../localized-knowledge.js';
import { KIND_LABELS } from '../pages/learn-labels.js';

export function localizedSearch(knowledge: KnowledgeBase, locale: SearchLocale): KnowledgeSearch {
  return knowledgeIn(knowledge, locale).search;
}

/** The kinds in plain words in each language, as a result line shows them. */
export const KIND_LABELS_BY_LOCALE: Record<SearchLocale, Record<ItemKind, string>> = {
  en: KIND_LABELS,
  'zh-Hans': {
    overview: '概述',
    cause: '原因',
    'risk-factor': '风险因素',
    pattern: '症状组合',
    'red-flag': '警示信号',
    prevention: '预防',
    relief: '抽筋时怎么办',
    treatment: '治疗',
    remedy: '偏方',
    nutrient: '营养素',
    food: '食物',
    test: '检查',
    differential: '其他疾病',
    complication: '并发症',
    acupoint: '穴位',
    acupuncture: '针灸',
    lifestyle: '生活',
  },
  ru: {
    overview: 'Общее',
    cause: 'Причина',
    'risk-factor': 'Фактор риска',
    pattern: 'Сочетание признаков',
    'red-flag': 'Тревожный признак',
    prevention: 'Профилактика',
    relief: 'Во время судороги',
    treatment: 'Лечение',
    remedy: 'Народное средство',
    nutrient: 'Нутриент',
    food: 'Продукт',
    test: 'Обследование',
    differential: 'Другое заболевание',
    complication: 'Осложнение',
    acupoint: 'Точка акупунктуры',
    acupuncture: 'Иглоукалывание',
    lifestyle: 'Образ жизни',
  },
  ja: {
    overview: '概要',
    cause: '原因',
    'risk-factor': 'リスク要因',
    pattern: '症状の組み合わせ',
    'red-flag': '注意すべきサイン',
    prevention: '予防',
    relief: 'つったとき',
    treatment: '治療',
    remedy: '民間療法',
    nutrient: '栄養素',
    food: '食べ物',
    test: '検査',
    differential: 'ほかの病気',
    complication: '合併症',
    acupoint: 'ツボ',
    acupuncture: '鍼治療',
    lifestyle: '暮らし',
  },
};
