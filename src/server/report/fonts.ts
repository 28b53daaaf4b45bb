// Noto fonts for the PDF, read once from the @expo-google-fonts packages (static TTF files that
// pdfkit's fontkit reads; pdfkit embeds only the glyphs a document uses). Noto Sans covers Latin,
// Greek and Cyrillic; Noto Sans SC and JP cover Chinese and Japanese.
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';

const require = createRequire(import.meta.url);

const FILES = {
  regular: '@expo-google-fonts/noto-sans/400Regular/NotoSans_400Regular.ttf',
  bold: '@expo-google-fonts/noto-sans/700Bold/NotoSans_700Bold.ttf',
  sc: '@expo-google-fonts/noto-sans-sc/400Regular/NotoSansSC_400Regular.ttf',
  jp: '@expo-google-fonts/noto-sans-jp/400Regular/NotoSansJP_400Regular.ttf',
} as const;

export type FontName = keyof typeof FILES;

const cache = new Map<FontName, Buffer>();

export function fontData(name: FontName): Buffer {
  let data = cache.get(name);
  if (!data) {
    data = readFileSync(require.resolve(FILES[name]));
    cache.set(name, data);
  }
  return data;
}

/**
 * Han, kana, CJK punctuation and full-width forms: drawn with a CJK font. The whole U+3000–U+30FF
 * range, because the katakana long-vowel mark ー and the middle dot ・ are script Common, not Katakana,
 * and Noto Sans has no glyph for them ("レポート" came out as "レポ ト").
 */
const CJK = /[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}\u3000-\u30ff\uff00-\uffef]/u;
const KANA = /[\p{Script=Hiragana}\p{Script=Katakana}]/u;

export type Run = { text: string; font: FontName };

/**
 * Splits text into runs a single font can draw. Japanese glyph shapes differ from Chinese ones
 * for the same characters, so Han text goes to JP when the person's language is Japanese or the
 * run holds kana, else to SC.
 */
export function fontRuns(text: string, latin: 'regular' | 'bold', locale: string | null): Run[] {
  const japanese = locale?.toLowerCase().startsWith('ja') ?? false;
  const runs: Run[] = [];
  let current = '';
  let cjk = false;
  const flush = () => {
    if (current === '') return;
    runs.push({ text: current, font: cjk ? (japanese || KANA.test(current) ? 'jp' : 'sc') : latin });
    current = '';
  };
  for (const char of text) {
    const isCjk = CJK.test(char);
    // Spaces stay with the run they are in, so a name like "王小红 Anna" keeps its space.
    if (isCjk !== cjk && char !== ' ') {
      flush();
      cjk = isCjk;
    }
    current += char;
  }
  flush();
  return runs;
}
