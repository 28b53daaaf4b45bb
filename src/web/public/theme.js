// Sets the colour theme before the first paint: the saved choice, else dark when the device asks or it is night.
(function () {
  var saved = null;
  try { saved = localStorage.getItem('cw-theme'); } catch (e) {}
  var dark;
  if (saved === 'dark') dark = true;
  else if (saved === 'light') dark = false;
  else {
    var hour = new Date().getHours();
    dark = (window.matchMedia && matchMedia('(prefers-color-scheme: dark)').matches) || hour >= 20 || hour < 7;
  }
  document.documentElement.setAttribute('data-theme', dark ? 'dark' : 'light');
})();
