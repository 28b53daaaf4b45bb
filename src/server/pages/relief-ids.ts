// What the Relief page and its inline script (src/web/site-scripts/relief.ts) both name: element ids, the
// step markers and the hold's length. Plain values, so the browser script imports them too.
export const RELIEF_IDS = {
  /** The hold timer's panel, hidden until the script shows it. */
  hold: 'hold',
  holdButton: 'hold-btn',
  holdCount: 'hold-num',
  holdRing: 'hold-ring',
  holdStatus: 'hold-status',
  voiceButton: 'voice',
  /** Shown when the phone has no voice for the page's language. */
  voiceNote: 'voice-note',
} as const;

/** Each step of the page is an element with this class... */
export const RELIEF_STEP_CLASS = 'step';
/** ...and the parts of it read aloud carry this attribute. */
export const RELIEF_SAY_ATTRIBUTE = 'data-say';

/** The stretch is held this long. */
export const HOLD_SECONDS = 30;
/** The progress ring's radius in the dial's 120-unit box. */
export const RING_RADIUS = 54;

/** The hold's status line carries the script's texts, in the page's language, as JSON in this attribute. */
export const RELIEF_TEXT_ATTRIBUTE = 'data-text';

/** What the inline script shows and says; formatted by the server (src/server/pages/relief-page.tsx). */
export type ReliefScriptText = {
  start: string;
  repeat: string;
  stop: string;
  holding: string;
  tenLeft: string;
  released: string;
  stopped: string;
  cannotSpeak: string;
  sayHoldStart: string;
  sayRelease: string;
  sayTapStart: string;
  /** Spoken on these seconds left. */
  cues: Record<number, string>;
};
