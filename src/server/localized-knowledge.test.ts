import { describe, expect, it } from 'vitest';
import { loadKnowledgeBase } from '../content/knowledge-base.js';
import { LOCALES } from '../i18n/locales.js';
import { knowledgeIn, warmLanguages } from './localized-knowledge.js';

describe('knowledgeIn', () => {
  const english = loadKnowledgeBase();

  it('is the English knowledge base itself for en', () => {
    expect(knowledgeIn(english, 'en')).toBe(english);
  });

  it.each(LOCALES.filter((l) => l !== 'en'))(
    '%s: same ids, order and verdicts, translated titles',
    (locale) => {
      const kb = knowledgeIn(english, locale);
      expect(knowledgeIn(english, locale)).toBe(kb);
      expect(kb.items.map((i) => i.id)).toEqual(english.items.map((i) => i.id));
      for (const item of english.items) {
        const other = kb.item(item.id)!;
        expect(other.evidence.verdict).toBe(item.evidence.verdict);
        expect(other.safety?.status).toBe(item.safety?.status);
        expect(other.title).not.toBe(item.title);
      }
      expect(kb.detailsHtml('relief.calf-stretch')).not.toBe(english.detailsHtml('relief.calf-stretch'));
      expect(
        kb.search.search(locale === 'ru' ? 'судорога' : locale === 'ja' ? 'こむら返り' : '抽筋').length,
      ).toBeGreaterThan(0);
    },
  );
});

describe('warmLanguages', () => {
  it('builds each language in turn and logs it, so the first reader does not wait', async () => {
    const english = loadKnowledgeBase();
    const lines: string[] = [];
    await warmLanguages(english, ['ru', 'ja'], {
      info: (msg) => lines.push(msg),
      error: (_obj, msg) => lines.push(msg),
    });
    expect(lines).toEqual([
      expect.stringMatching(/^knowledge base in ru ready in \d+ ms$/),
      expect.stringMatching(/^knowledge base in ja ready in \d+ ms$/),
    ]);
  });
});
