import { describe, expect, it } from 'vitest';
import { loadKnowledgeBase } from '../../content/knowledge-base.js';
import { serverIntl } from '../../i18n/server-intl.js';
import { SEARCH_TEXT_META as SCRIPT_META } from '../../web/site-scripts/names.js';
import { SEARCH_TEXT_META } from './live-search-text.js';
import { APPRAISAL_MESSAGES, appraisalIn } from './source-words.js';

const kb = loadKnowledgeBase();

describe('source appraisals in every language', () => {
  it('has a message for every source that carries an appraisal, and for no other', () => {
    const appraised = kb.sources.filter((s) => s.appraisal).map((s) => s.key);
    expect(Object.keys(APPRAISAL_MESSAGES).sort()).toEqual([...appraised].sort());
  });

  it('keeps the English message word for word the appraisal in sources.yaml, so an edit there is seen', () => {
    const en = serverIntl('en', ['learn']);
    for (const source of kb.sources.filter((s) => s.appraisal)) {
      expect(appraisalIn(en, source), source.key).toBe(source.appraisal);
    }
  });

  it('gives each language its own appraisal, keeping the numbers', () => {
    const magne = kb.source('magne-b6-label')!;
    for (const locale of ['zh-Hans', 'ru', 'ja'] as const) {
      const text = appraisalIn(serverIntl(locale, ['learn']), magne)!;
      expect(text).not.toBe(magne.appraisal);
      for (const figure of ['48', '100', '290', '400']) expect(text, `${locale} ${figure}`).toContain(figure);
    }
  });
});

describe('the search script’s words', () => {
  it('are read from the <meta> the pages write', () => {
    expect(SEARCH_TEXT_META).toBe(SCRIPT_META);
  });
});

describe('the nutrient tables’ notes', () => {
  it('have a message for every upper-limit note the targets carry', async () => {
    const { PREGNANCY_TARGETS } = await import('../../core/nutrition/targets.js');
    const { UPPER_LIMIT_NOTES } = await import('./learn-facts.js');
    const noted = Object.entries(PREGNANCY_TARGETS).filter(([, t]) => t.upperLimitNote);
    expect(Object.keys(UPPER_LIMIT_NOTES).sort()).toEqual(noted.map(([n]) => n).sort());
    const en = serverIntl('en', ['learn']);
    for (const [nutrient, target] of noted) {
      expect(en.formatMessage({ id: UPPER_LIMIT_NOTES[nutrient as 'magnesium']! })).toBe(
        target.upperLimitNote,
      );
    }
  });
});
