// Diary entries that should send the person to the triage questions: swelling in one leg, or a
// note describing a red, warm, hot or swollen leg or calf (possible signs of a clot).
import { dateOfEpochDay } from './local-time.js';
import type { LocalEpisode } from './localize.js';
import { mentionsRedWarmOrSwollenLegInOtherLanguages } from './red-flag-words.js';
import type { CheckinFact } from './types.js';

export type RedFlagReason = 'one-leg-swelling' | 'red-warm-or-swollen-leg-in-notes';

export type RedFlag = {
  /** Local date of the check-in or episode. */
  date: string;
  reason: RedFlagReason;
  source: 'checkin' | 'episode';
  /** The episode whose notes matched; null for a check-in. */
  episodeId: string | null;
  message: string;
};

const MESSAGES: Record<RedFlagReason, string> = {
  'one-leg-swelling':
    'You recorded swelling in one leg. One leg more swollen than the other should be checked today: answer a few questions to see what to do.',
  'red-warm-or-swollen-leg-in-notes':
    'A note mentions a red, warm, hot or swollen leg. Answer a few questions to see whether it should be checked today.',
};

const words = (list: string) => new Set(list.split(' '));

const SIGN_WORDS = words(
  'red redder reddish redness reddened warm warmer warmth hot hotter swollen swelling swelled puffy',
);
const LEG_WORDS = words('leg legs calf calves thigh thighs');
/** Words that may stand between a sign and the leg it describes ("calf is red and sore", "swelling in my left leg"). */
const LINK_WORDS = words(
  "left right lower upper back my the one whole entire it its it's and or is was are were feels feel felt " +
    'feeling looks look looked looking seems seem seemed got gets getting became become very really quite a ' +
    'bit little still so all of in on at around also more too slightly now sore tender painful tight achy ' +
    'aching stiff hard heavy cramp cramps cramping patch spot area skin behind over under',
);
const NEGATIONS = words("no not without never nor isn't wasn't aren't weren't doesn't didn't don't");
/** A cheap first look: most notes never name a leg at all. */
const LEG_HINT = /leg|cal(f|ves)|thigh/i;
/** At most this many linking words between the sign and the leg word. */
const MAX_GAP = 5;

function isLink(word: string): boolean {
  return LINK_WORDS.has(word) || SIGN_WORDS.has(word) || LEG_WORDS.has(word);
}

/**
 * True when some sentence puts a non-negated sign word near a leg word: in English joined only by linking
 * words (below); in Russian, Chinese or Japanese as red-flag-words.ts reads them.
 */
export function mentionsRedWarmOrSwollenLeg(text: string): boolean {
  return mentionsInEnglish(text) || mentionsRedWarmOrSwollenLegInOtherLanguages(text);
}

function mentionsInEnglish(text: string): boolean {
  if (!LEG_HINT.test(text)) return false;
  const sentences = text
    .toLowerCase()
    .replace(/[\u2018\u2019]/g, "'")
    .split(/[.!?;:\n]+/);
  for (const sentence of sentences) {
    const tokens = sentence.match(/[a-z']+/g) ?? [];
    for (let i = 0; i < tokens.length; i++) {
      if (!SIGN_WORDS.has(tokens[i]!) || NEGATIONS.has(tokens[i - 1] ?? '')) continue;
      if (linkedLegWord(tokens, i, 1) || linkedLegWord(tokens, i, -1)) return true;
    }
  }
  return false;
}

function linkedLegWord(words: string[], from: number, step: 1 | -1): boolean {
  for (let gap = 0, j = from + step; j >= 0 && j < words.length && gap <= MAX_GAP; j += step, gap++) {
    const word = words[j]!;
    if (LEG_WORDS.has(word)) return true;
    if (!isLink(word)) return false;
  }
  return false;
}

/** Red flags among check-ins and episodes (both already limited to the reporting range), oldest first. */
export function findRedFlags(checkins: readonly CheckinFact[], episodes: readonly LocalEpisode[]): RedFlag[] {
  const flags: RedFlag[] = [];
  const add = (date: string, reason: RedFlagReason, source: RedFlag['source'], episodeId: string | null) =>
    flags.push({ date, reason, source, episodeId, message: MESSAGES[reason] });
  for (const checkin of checkins) {
    if (checkin.swelling === 'one-leg') add(checkin.date, 'one-leg-swelling', 'checkin', null);
    if (checkin.notes && mentionsRedWarmOrSwollenLeg(checkin.notes)) {
      add(checkin.date, 'red-warm-or-swollen-leg-in-notes', 'checkin', null);
    }
  }
  for (const item of episodes) {
    if (item.episode.notes && mentionsRedWarmOrSwollenLeg(item.episode.notes)) {
      add(dateOfEpochDay(item.epochDay), 'red-warm-or-swollen-leg-in-notes', 'episode', item.episode.id);
    }
  }
  return flags.sort((a, b) => a.date.localeCompare(b.date) || a.source.localeCompare(b.source));
}
