// The Relief page's only script, inlined so the page is one response; the route allows it by its hash.
// It enhances a page that already works without it: the hold timer, the voice mode and offline support.
// Compiled to ES2015 for old phone browsers by vite.scripts.config.ts (mode relief) into dist/inline, which
// src/server/pages/relief-script.ts reads; it must never contain a closing script tag.
// It holds no words of its own: the page is in one of four languages, and the server puts the texts the
// script shows and says on the hold panel (data-text), so one script serves every language.
import {
  HOLD_SECONDS as HOLD,
  RELIEF_IDS as ID,
  RELIEF_SAY_ATTRIBUTE,
  RELIEF_STEP_CLASS,
  RELIEF_TEXT_ATTRIBUTE,
  type ReliefScriptText,
  RING_RADIUS,
} from '../../server/pages/relief-ids';
import { SERVICE_WORKER_PATH } from './names';

const RING = 2 * Math.PI * RING_RADIUS;
const d = document;
const panel = d.getElementById(ID.hold);
const status = d.getElementById(ID.holdStatus);
const T: ReliefScriptText = JSON.parse(status?.getAttribute(RELIEF_TEXT_ATTRIBUTE) || '{"cues":{}}');
/** The page's language: the voice must speak it. */
const LANG = (d.documentElement.lang || 'en').toLowerCase();
const PRIMARY = LANG.split('-')[0];
const voiceNote = d.getElementById(ID.voiceNote);
const button = d.getElementById(ID.holdButton);
const count = d.getElementById(ID.holdCount);
const ring = d.getElementById(ID.holdRing);
const voiceButton = d.getElementById(ID.voiceButton);
// Missing on some old browsers, whatever the DOM types say.
const synth: SpeechSynthesis | undefined = window.speechSynthesis;
let voice: SpeechSynthesisVoice | null = null;
let voiceOn = false;
let timer = 0;
let end = 0;
let shown = HOLD;

const steps = () => d.querySelectorAll(`.${RELIEF_STEP_CLASS}`);

function stepText(i: number): string {
  const step = steps()[i];
  if (!step) return '';
  return Array.prototype.map
    .call(step.querySelectorAll(`[${RELIEF_SAY_ATTRIBUTE}]`), (el: Element) => el.textContent)
    .join('. ');
}

function cannotSpeak(): void {
  setVoice(false);
  if (status) status.textContent = T.cannotSpeak;
}

// Speech is an extra: whatever it does, it must not stop the timer.
function speak(text: string, interrupt: boolean): void {
  if (!voiceOn || !text || !synth || !voice) return;
  try {
    if (interrupt) synth.cancel();
    const u = new SpeechSynthesisUtterance(text);
    u.voice = voice;
    u.lang = voice.lang;
    u.rate = 0.9;
    u.onerror = (e) => {
      if (e.error !== 'interrupted' && e.error !== 'canceled') cannotSpeak();
    };
    synth.speak(u);
  } catch {
    cannotSpeak();
  }
}

function hush(): void {
  try {
    synth?.cancel();
  } catch {
    // Nothing to stop.
  }
}

function setVoice(on: boolean): void {
  voiceOn = on;
  voiceButton?.setAttribute('aria-pressed', on ? 'true' : 'false');
  if (!on) hush();
}

// A voice for the page's language, preferring one on the device (works offline) and the default; for
// Simplified Chinese, a mainland voice before a Taiwan or Hong Kong one.
function pageVoice(speech: SpeechSynthesis): SpeechSynthesisVoice | null {
  let best: SpeechSynthesisVoice | null = null;
  let bestScore = -1;
  for (const v of speech.getVoices()) {
    const tag = v.lang.replace(/_/g, '-').toLowerCase();
    if (tag.split('-')[0] !== PRIMARY) continue;
    const simplified = PRIMARY === 'zh' && !/-(tw|hk|mo|hant)\b/.test(tag) ? 4 : 0;
    const score = simplified + (v.localService ? 2 : 0) + (v.default ? 1 : 0);
    if (score > bestScore) {
      best = v;
      bestScore = score;
    }
  }
  return best;
}

if (panel && button && count && ring && status) {
  const draw = (ms: number): number => {
    const left = Math.max(0, Math.ceil(ms / 1000));
    count.textContent = String(left);
    ring.style.strokeDashoffset = String(RING * (1 - Math.max(0, ms) / (HOLD * 1000)));
    return left;
  };

  const halt = (label: string, message: string) => {
    clearInterval(timer);
    timer = 0;
    panel.classList.remove('running');
    button.textContent = label;
    status.textContent = message;
  };

  const finish = () => {
    draw(0);
    halt(T.repeat, T.released);
    speak(T.sayRelease, true);
    for (let i = 1; i < steps().length; i++) speak(stepText(i), false);
    if (navigator.vibrate) navigator.vibrate(200);
  };

  const tick = () => {
    const left = draw(end - Date.now());
    if (left === shown) return;
    shown = left;
    if (left === 0) {
      finish();
      return;
    }
    if (left === 10) status.textContent = T.tenLeft;
    const cue = T.cues[left];
    if (cue) speak(cue, true);
  };

  const start = () => {
    end = Date.now() + HOLD * 1000;
    shown = HOLD;
    draw(HOLD * 1000);
    panel.classList.add('running');
    button.textContent = T.stop;
    status.textContent = T.holding;
    timer = window.setInterval(tick, 200);
    speak(T.sayHoldStart, true);
  };

  button.addEventListener('click', () => {
    if (!timer) {
      start();
      return;
    }
    draw(HOLD * 1000);
    halt(T.start, T.stopped);
    if (voiceOn) hush();
  });
  panel.hidden = false;
}

// No voice for the page's language: say so (in that language), so nobody looks for a missing button.
const noVoice = (none: boolean) => {
  if (voiceNote) voiceNote.hidden = !none;
};

if (synth && window.SpeechSynthesisUtterance && voiceButton && status) {
  const findVoice = () => {
    voice = pageVoice(synth);
    voiceButton.hidden = !voice;
    if (!voice && voiceOn) setVoice(false);
    // An empty list may only mean the voices have not loaded yet: wait for them (or the timeout below).
    if (voice || synth.getVoices().length > 0) noVoice(!voice);
  };
  findVoice();
  if (synth.addEventListener) synth.addEventListener('voiceschanged', findVoice);
  setTimeout(() => noVoice(!voice), 1500);
  voiceButton.addEventListener('click', () => {
    setVoice(!voiceOn);
    if (voiceOn && !timer) speak(`${stepText(0)}. ${T.sayTapStart}`, true);
  });
  window.addEventListener('pagehide', hush);
} else if (panel) {
  noVoice(true);
}

if ('serviceWorker' in navigator) {
  navigator.serviceWorker.register(SERVICE_WORKER_PATH).catch(() => {});
}
