// The page the service worker shows when a page is not saved on the phone and there is no connection.
// It is rendered for the person when they were last online (their region, their maternity unit) and kept
// by the service worker, so it can still say whom to call and which signs cannot wait.
import { renderToStaticMarkup } from 'react-dom/server';
import type { CallChoice } from '../../core/call/who-to-call.js';
import type { EmergencyNumber } from '../../core/triage/index.js';
import { Logo } from './logo.js';

export type OfflinePageOptions = { emergency: EmergencyNumber; sameDay: CallChoice };

// Self-contained like /relief: it must render with nothing else in the cache.
const CSS = `
:root{color-scheme:dark light;--bg:#11141a;--text:#ece8e1;--muted:#aab1bc;--accent:#f2b880;--accent-text:#1a1208;
--danger:#ff8a80;--danger-text:#2a0c0a;--surface:#1b2029;--border:#343c49;--link:#9cc8ff}
@media (prefers-color-scheme:light){:root{--bg:#faf8f5;--text:#1d1f23;--muted:#555c66;--accent:#9a4d0f;
--accent-text:#fff;--danger:#b3261e;--danger-text:#fff;--surface:#fff;--border:#d6d0c7;--link:#0b57b0}}
html{background:var(--bg)}
body{margin:0 auto;max-width:34rem;padding:0 1rem 2rem;color:var(--text);font:1.15rem/1.5 system-ui,sans-serif}
header a{display:inline-flex;align-items:center;gap:.5rem;min-height:48px;color:var(--text);font-weight:700;text-decoration:none}
header svg{width:26px;height:26px}
h1{font-size:1.7rem;line-height:1.2;margin:.75rem 0 .5rem}
h2{font-size:1.25rem;margin:1.5rem 0 .5rem}
.btn{display:flex;align-items:center;justify-content:center;min-height:60px;border-radius:18px;margin:.75rem 0;
padding:0 1rem;font-weight:700;text-decoration:none;text-align:center}
.call{background:var(--danger);color:var(--danger-text)}
.same-day{background:var(--surface);color:var(--text);border:2px solid var(--accent)}
.relief{background:var(--accent);color:var(--accent-text)}
.note{color:var(--muted);font-size:1rem}
ul{padding-left:1.2rem}li{margin:.4rem 0}
a{color:var(--link)}
`;

export function renderOfflinePage({ emergency, sameDay }: OfflinePageOptions): string {
  const html = renderToStaticMarkup(
    <html lang="en">
      <head>
        <meta charSet="utf-8" />
        <meta name="viewport" content="width=device-width, initial-scale=1, viewport-fit=cover" />
        <meta name="color-scheme" content="dark light" />
        <title>Offline · Crampwise</title>
        <meta name="robots" content="noindex" />
        {/* biome-ignore lint/security/noDangerouslySetInnerHtml: our own constant stylesheet, no user input */}
        <style dangerouslySetInnerHTML={{ __html: CSS }} />
      </head>
      <body>
        <header>
          <a href="/">
            <Logo background="#242b36" stroke="#f2b880" />
            Crampwise
          </a>
        </header>
        <main>
          <h1>You are offline</h1>
          <p>This page is not saved on your phone. The cramp steps are.</p>
          <a className="btn relief" href="/relief">
            Relief now
          </a>
          <h2>Call {emergency.number} now if you have</h2>
          <ul>
            <li>sudden breathlessness, or chest pain that is worse when you breathe in</li>
            <li>coughing up blood, fainting or collapse</li>
            <li>a fit (seizure)</li>
            <li>a leg or foot that is suddenly cold, pale or blue and very painful</li>
            <li>back pain with numbness between the legs, or loss of bladder or bowel control</li>
          </ul>
          <a className="btn call" href={`tel:${emergency.number}`}>
            Call {emergency.number}
          </a>
          <h2>Get seen today if you have</h2>
          <ul>
            <li>one leg swollen, painful, red or warm (do not rub or warm it)</li>
            <li>a cramp that lasts more than 10 minutes</li>
            <li>
              after 20 weeks: a bad headache, blurred vision or flashing lights, pain just below the ribs, or
              sudden swelling of the face, hands or feet
            </li>
          </ul>
          <a className="btn same-day" href={sameDay.href}>
            {sameDay.label} ({sameDay.number})
          </a>
          {'note' in sameDay && sameDay.note && <p className="note">{sameDay.note}</p>}
          <p className="note">
            Crampwise gives general information, not a diagnosis. If you are worried, contact your midwife or
            doctor.
          </p>
        </main>
      </body>
    </html>,
  );
  return `<!doctype html>${html}`;
}
