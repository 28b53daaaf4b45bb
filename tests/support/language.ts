// What "no English left on a translated page" means in the end-to-end tests: every Latin-letter word on
// the page is a name (the brand, "English" in the language switcher, a medicine or source name the page
// cites) or a unit. Pass the page's own names; a message id (`diary.title`) is never allowed.

/** Latin-letter words allowed on every translated page. */
export const ALWAYS_ALLOWED: readonly string[] = ['Crampwise', 'English'];

/** The Latin-letter words in `text` that are not in the allowed names: English that leaked. */
export function englishLeaks(text: string, allowed: readonly string[] = []): string[] {
  // A word's trailing stop or apostrophe is punctuation, not part of the name ("Crampwise.", "et al.").
  const bare = (word: string) => word.replace(/[.'’-]+$/, '');
  const names = new Set([...ALWAYS_ALLOWED, ...allowed].map(bare));
  return (text.match(/[A-Za-z][A-Za-z'’.-]*/g) ?? []).map(bare).filter((word) => !names.has(word));
}

/** Message ids shown instead of text (`relief.h1`, `diary.list.empty`). */
export function messageIds(text: string): string[] {
  return (
    text.match(
      /\b(?:common|relief|triage|check|learn|errors|shell|account|diary|plan|report|food|labs)\.[a-z]\w*/g,
    ) ?? []
  );
}
