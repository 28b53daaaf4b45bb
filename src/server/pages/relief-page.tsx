// Relief now: what to do during a cramp, for someone woken at night with a phone in one hand.
// One small, self-contained response (CSS and script inline, no fonts, no images) that reads fully
// without JavaScript; the script adds the hold timer, the voice mode and offline support.
import { renderToStaticMarkup } from 'react-dom/server';
import { DEFAULT_REGION, type EmergencyNumber } from '../../core/triage/index.js';
import type { RegionSource } from '../http/request-region.js';
import { SECTIONS, SiteFooter } from './document.js';
import { Logo } from './logo.js';
import {
  HOLD_SECONDS,
  RELIEF_IDS as ID,
  RELIEF_SAY_ATTRIBUTE,
  RELIEF_STEP_CLASS,
  RING_RADIUS,
} from './relief-ids.js';
import { RELIEF_SCRIPT } from './relief-script.js';
import { RELIEF_CSS } from './relief-style.js';

export type ReliefPageOptions = {
  emergency: EmergencyNumber;
  /** Where the region came from: offers a way to set it when it was only guessed. */
  regionSource: RegionSource;
};

const RING_LENGTH = (2 * Math.PI * RING_RADIUS).toFixed(2);
/** Marks text the voice mode reads aloud. */
const SAY = { [RELIEF_SAY_ATTRIBUTE]: '' };

function StepTitle({ n, children }: { n: number; children: string }) {
  return (
    <h2>
      <span className="n" aria-hidden="true">
        {n}
      </span>
      <span {...SAY}>{children}</span>
    </h2>
  );
}

function HoldTimer() {
  return (
    <div id={ID.hold} className="hold" hidden>
      <div className="dial" aria-hidden="true">
        <svg viewBox="0 0 120 120" aria-hidden="true">
          <circle className="track" cx="60" cy="60" r={RING_RADIUS} />
          <circle
            id={ID.holdRing}
            cx="60"
            cy="60"
            r={RING_RADIUS}
            transform="rotate(-90 60 60)"
            strokeDasharray={RING_LENGTH}
            strokeDashoffset="0"
          />
        </svg>
        <span id={ID.holdCount} className="num">
          {HOLD_SECONDS}
        </span>
      </div>
      <p id={ID.holdStatus} className="status" role="status">
        Tap start once you are holding the stretch.
      </p>
      <button id={ID.holdButton} className="btn" type="button">
        Start {HOLD_SECONDS}-second hold
      </button>
      <button id={ID.voiceButton} className="btn alt" type="button" aria-pressed="false" hidden>
        Read aloud
      </button>
    </div>
  );
}

function Steps() {
  return (
    <ol className="steps">
      <li className={RELIEF_STEP_CLASS}>
        <StepTitle n={1}>Stretch it</StepTitle>
        <p className="say" {...SAY}>
          Straighten your leg. Push your heel away and pull your toes up toward your shin. Hold about 30
          seconds, breathing slowly.
        </p>
        {/* The timer comes before the tip, so its Start button is on the first screen of a phone. */}
        <HoldTimer />
        <p className="tip">In bed, sit up first. A towel round the ball of your foot helps you pull.</p>
        <details>
          <summary>Cramp in the thigh?</summary>
          <h3>Front of the thigh</h3>
          <p>
            Hold on to something steady. Bend the knee and ease your heel toward your bottom. Wobbly? Lie on
            your side and do the same.
          </p>
          <h3>Back of the thigh</h3>
          <p>Sit with the leg straight out, heel on the floor, and lean forward gently from the hips.</p>
          <p>Hold about 30 seconds, then rub the muscle.</p>
          <a className="more" href="/learn/relief.thigh-stretch">
            More on thigh stretches
          </a>
        </details>
        <a className="more" href="/learn/relief.calf-stretch">
          More on the calf stretch
        </a>
      </li>
      <li className={RELIEF_STEP_CLASS}>
        <StepTitle n={2}>Rub it</StepTitle>
        <p className="say" {...SAY}>
          Rub the hard part of the muscle firmly, with long strokes up toward the knee, for a minute or two.
        </p>
        <p className="tip">As firm as feels good. Stop if it hurts more.</p>
        <a className="more" href="/learn/relief.massage">
          More on rubbing a cramp
        </a>
      </li>
      <li className={RELIEF_STEP_CLASS}>
        <StepTitle n={3}>Warm it</StepTitle>
        <p className="say" {...SAY}>
          Lay something warm on it: a warm towel, a wrapped hot water bottle, or a heating pad on low.
        </p>
        <p className="tip">Warm, never hot. Not on your bump, and do not fall asleep with a pad on.</p>
        <a className="more" href="/learn/relief.heat">
          More on warmth
        </a>
      </li>
      <li className={RELIEF_STEP_CLASS}>
        <StepTitle n={4}>Walk it off</StepTitle>
        <p className="say" {...SAY}>
          When it eases, switch on a light, hold on to something and take a few slow steps, heel down.
        </p>
        <p className="tip">Sit back down if the pain gets worse.</p>
        <a className="more" href="/learn/relief.walk-it-out">
          More on walking it off
        </a>
      </li>
    </ol>
  );
}

function regionNote(emergency: EmergencyNumber, source: RegionSource): string {
  if (emergency.region === DEFAULT_REGION) {
    return `${emergency.number} reaches emergency services from mobile phones in many countries.`;
  }
  return source === 'profile'
    ? `The number for ${emergency.label}, from your profile.`
    : `The number for ${emergency.label}.`;
}

function Warning({ emergency, regionSource }: ReliefPageOptions) {
  return (
    <section className="warn" aria-labelledby="warn-title">
      <h2 id="warn-title">Not an ordinary cramp?</h2>
      <p>
        One leg swollen, red or warm, or pain that will not ease? Do not rub or heat it. A cramp lasting over
        10 minutes needs checking too.
      </p>
      <a className="btn alt" href="/check">
        Should I call?
      </a>
      <p>
        <strong>Breathless or chest pain?</strong>
      </p>
      <a className="btn call" href={`tel:${emergency.number}`}>
        Call {emergency.number}
      </a>
      <p className="small">Also call if you cough up blood or faint. {regionNote(emergency, regionSource)}</p>
      {regionSource !== 'profile' && (
        <a className="more" href="/profile">
          Set your country
        </a>
      )}
    </section>
  );
}

export function renderReliefPage(options: ReliefPageOptions): string {
  const html = renderToStaticMarkup(
    <html lang="en" data-theme="dark">
      <head>
        <meta charSet="utf-8" />
        <meta name="viewport" content="width=device-width, initial-scale=1, viewport-fit=cover" />
        <meta name="color-scheme" content="dark" />
        <meta name="theme-color" content="#11141a" />
        <title>Relief now · Crampwise</title>
        <meta
          name="description"
          content="A leg cramp right now? Stretch, rub, warm, walk: step-by-step help that works offline."
        />
        <link rel="icon" href="/favicon.svg" type="image/svg+xml" />
        {/* biome-ignore lint/security/noDangerouslySetInnerHtml: our own constant stylesheet, no user input */}
        <style dangerouslySetInnerHTML={{ __html: RELIEF_CSS }} />
      </head>
      <body>
        {/* The site's header (same links as every page), styled by the inline CSS so nothing else loads. */}
        <header className="top">
          <div className="row">
            <a className="brand" href="/">
              <Logo background="#242b36" stroke="#f2b880" />
              Crampwise
            </a>
            <a href="/profile">Account</a>
          </div>
          <nav aria-label="Sections">
            {SECTIONS.map((s) => (
              <a key={s.href} href={s.href} aria-current={s.href === '/relief' ? 'page' : undefined}>
                {s.label}
              </a>
            ))}
          </nav>
        </header>
        <main id="main">
          <h1>Cramp right now?</h1>
          <p className="lead">Breathe out slowly. Most cramps let go within a minute or two.</p>
          <p className="first">
            One leg swollen, red or warm? Do not rub or heat it: <a href="/check">check if you should call</a>
            .
          </p>
          <Steps />
          <Warning {...options} />
          <a className="btn done" href="/diary?log=now">
            It’s over — log it
          </a>
          <p className="small">A sore muscle for up to a day afterwards is normal.</p>
        </main>
        <SiteFooter />
        {/* biome-ignore lint/security/noDangerouslySetInnerHtml: our own constant script, allowed by its CSP hash */}
        <script dangerouslySetInnerHTML={{ __html: RELIEF_SCRIPT }} />
      </body>
    </html>,
  );
  return `<!doctype html>${html}`;
}
