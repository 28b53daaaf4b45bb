// The Relief page's only script, inlined so the page is one response; the route allows it by its hash.
// It enhances a page that already works without it: the hold timer, the voice mode and offline support.
// Plain ES2015 for old phone browsers. It must never contain a closing script tag.

export const RELIEF_SCRIPT = `(function () {
  'use strict';
  var d = document;
  var HOLD = 30;
  var RING = 2 * Math.PI * 54;
  var CUES = { 20: 'twenty', 10: 'ten', 5: 'five', 4: 'four', 3: 'three', 2: 'two', 1: 'one' };
  var panel = d.getElementById('hold');
  var button = d.getElementById('hold-btn');
  var count = d.getElementById('hold-num');
  var ring = d.getElementById('hold-ring');
  var status = d.getElementById('hold-status');
  var voiceButton = d.getElementById('voice');
  var synth = window.speechSynthesis;
  var voice = null;
  var voiceOn = false;
  var timer = 0;
  var end = 0;
  var shown = HOLD;

  function stepText(i) {
    var step = d.querySelectorAll('.step')[i];
    if (!step) return '';
    return Array.prototype.map.call(step.querySelectorAll('[data-say]'), function (el) {
      return el.textContent;
    }).join('. ');
  }

  function cannotSpeak() {
    setVoice(false);
    status.textContent = 'This browser could not read aloud.';
  }

  // Speech is an extra: whatever it does, it must not stop the timer.
  function speak(text, interrupt) {
    if (!voiceOn || !text) return;
    try {
      if (interrupt) synth.cancel();
      var u = new SpeechSynthesisUtterance(text);
      u.voice = voice;
      u.lang = voice.lang;
      u.rate = 0.9;
      u.onerror = function (e) {
        if (e.error !== 'interrupted' && e.error !== 'canceled') cannotSpeak();
      };
      synth.speak(u);
    } catch (e) {
      cannotSpeak();
    }
  }

  function hush() {
    try {
      synth.cancel();
    } catch (e) {}
  }

  function setVoice(on) {
    voiceOn = on;
    voiceButton.setAttribute('aria-pressed', on ? 'true' : 'false');
    if (!on) hush();
  }

  // An English voice, preferring one on the device (works offline) and the default.
  function englishVoice() {
    var best = null;
    var bestScore = -1;
    synth.getVoices().forEach(function (v) {
      if (!/^en/i.test(v.lang)) return;
      var score = (v.localService ? 2 : 0) + (v['default'] ? 1 : 0);
      if (score > bestScore) {
        best = v;
        bestScore = score;
      }
    });
    return best;
  }

  function draw(ms) {
    var left = Math.max(0, Math.ceil(ms / 1000));
    count.textContent = String(left);
    ring.style.strokeDashoffset = String(RING * (1 - Math.max(0, ms) / (HOLD * 1000)));
    return left;
  }

  function tick() {
    var left = draw(end - Date.now());
    if (left === shown) return;
    shown = left;
    if (left === 0) return finish();
    if (left === 10) status.textContent = '10 seconds left. Keep breathing slowly.';
    if (CUES[left]) speak(CUES[left], true);
  }

  function start() {
    end = Date.now() + HOLD * 1000;
    shown = HOLD;
    draw(HOLD * 1000);
    panel.classList.add('running');
    button.textContent = 'Stop the timer';
    status.textContent = 'Holding for 30 seconds. Breathe slowly.';
    timer = setInterval(tick, 200);
    speak('Hold the stretch for thirty seconds. Breathe slowly.', true);
  }

  function halt(label, message) {
    clearInterval(timer);
    timer = 0;
    panel.classList.remove('running');
    button.textContent = label;
    status.textContent = message;
  }

  function finish() {
    draw(0);
    halt('Repeat the 30-second hold', 'Release. Now rub the muscle firmly.');
    speak('Release.', true);
    for (var i = 1; i < d.querySelectorAll('.step').length; i++) speak(stepText(i), false);
    if (navigator.vibrate) navigator.vibrate(200);
  }

  if (panel && button && count && ring && status) {
    button.addEventListener('click', function () {
      if (!timer) return start();
      draw(HOLD * 1000);
      halt('Start 30-second hold', 'Timer stopped.');
      if (voiceOn) hush();
    });
    panel.hidden = false;
  }

  if (synth && window.SpeechSynthesisUtterance && voiceButton && status) {
    var findVoice = function () {
      voice = englishVoice();
      voiceButton.hidden = !voice;
      if (!voice && voiceOn) setVoice(false);
    };
    findVoice();
    if (synth.addEventListener) synth.addEventListener('voiceschanged', findVoice);
    voiceButton.addEventListener('click', function () {
      setVoice(!voiceOn);
      if (voiceOn && !timer) speak(stepText(0) + '. Tap start when you are holding the stretch.', true);
    });
    window.addEventListener('pagehide', hush);
  }

  if ('serviceWorker' in navigator) {
    navigator.serviceWorker.register('/sw.js').catch(function () {});
  }
})();`;
