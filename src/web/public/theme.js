// Sets the colour theme before the first paint: the saved choice, else dark when the device asks or it is night.
(() => {
  let saved = null;
  try {
    saved = localStorage.getItem('cw-theme');
  } catch {
    // Storage blocked (private mode): fall back to the device and the clock.
  }
  const hour = new Date().getHours();
  const dark =
    saved === 'dark' ||
    (saved !== 'light' &&
      (window.matchMedia?.('(prefers-color-scheme: dark)').matches || hour >= 20 || hour < 7));
  document.documentElement.setAttribute('data-theme', dark ? 'dark' : 'light');
})();
