// Runs in the <head> of every server-rendered page. Sets the colour theme before the first paint: the saved
// choice, else dark when the device asks for it or it is night. Without JavaScript, site.css follows the
// device. Built to /theme.js by vite.scripts.config.ts.
import { SERVICE_WORKER_PATH, THEME_STORAGE_KEY } from './names';

type Theme = 'light' | 'dark';

function savedTheme(): string | null {
  try {
    return localStorage.getItem(THEME_STORAGE_KEY);
  } catch {
    // Storage blocked (private mode): fall back to the device and the clock.
    return null;
  }
}

function initialTheme(): Theme {
  const saved = savedTheme();
  const hour = new Date().getHours();
  const dark =
    saved === 'dark' ||
    (saved !== 'light' &&
      (window.matchMedia?.('(prefers-color-scheme: dark)').matches || hour >= 20 || hour < 7));
  return dark ? 'dark' : 'light';
}

document.documentElement.setAttribute('data-theme', initialTheme());

// The theme button of server-rendered pages (the web app draws its own): shown only when it can work.
document.addEventListener('DOMContentLoaded', () => {
  const button = document.querySelector<HTMLButtonElement>('button.theme-toggle[hidden]');
  if (!button) return;
  const label = (): Theme => {
    const next = document.documentElement.getAttribute('data-theme') === 'dark' ? 'light' : 'dark';
    // The page writes both labels in its own language; English when a page does not.
    const words =
      (next === 'light' ? button.dataset.toLight : button.dataset.toDark) ?? `Switch to ${next} theme`;
    button.setAttribute('aria-label', words);
    button.setAttribute('title', words);
    return next;
  };
  label();
  button.hidden = false;
  button.addEventListener('click', () => {
    const next = label();
    document.documentElement.setAttribute('data-theme', next);
    try {
      localStorage.setItem(THEME_STORAGE_KEY, next);
    } catch {
      // Private mode: the choice lasts for this page only.
    }
    label();
  });
});

// Every page installs the service worker, so whichever page someone opens first, /relief, the diary and
// the offline page with the call numbers are on the phone afterwards.
if ('serviceWorker' in navigator) {
  window.addEventListener('load', () => {
    navigator.serviceWorker.register(SERVICE_WORKER_PATH).catch(() => {});
  });
}
