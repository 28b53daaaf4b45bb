// The Relief page's own stylesheet, inlined: the page must paint from its first response without /site.css.
// Always dark (it is opened at night), the palette of site.css, large type, 48 px or larger touch targets.

export const RELIEF_CSS = `
:root{--bg:#11141a;--surface:#1b2029;--surface-2:#242b36;--text:#ece8e1;--muted:#b4bac4;--border:#343c49;
--accent:#f2b880;--accent-text:#1a1208;--link:#9cc8ff;--focus:#ffd27a;--danger:#ff8a80;--danger-bg:#2e1719}
html{background:var(--bg);color-scheme:dark;-webkit-text-size-adjust:100%}
*,::before,::after{box-sizing:border-box}
[hidden]{display:none!important}
body{margin:0;color:var(--text);font:1.125rem/1.5 system-ui,-apple-system,'Segoe UI',Roboto,'Noto Sans',sans-serif}
a{color:var(--link);text-underline-offset:.15em}
:focus-visible{outline:3px solid var(--focus);outline-offset:3px;border-radius:8px}
.top,main,.site-footer{max-width:34rem;margin:0 auto;padding:0 1rem}
.top .row{display:flex;align-items:center;justify-content:space-between;flex-wrap:wrap}
.top nav{display:flex;flex-wrap:wrap;gap:0 .75rem;border-bottom:1px solid var(--border)}
.top a{display:inline-flex;align-items:center;gap:.5rem;min-height:48px;color:var(--text);text-decoration:none}
.top a[aria-current]{text-decoration:underline 3px;text-underline-offset:.4em}
.brand{font-weight:700}
.brand svg{width:26px;height:26px}
.first{border-left:6px solid var(--danger);background:var(--danger-bg);padding:.3rem .7rem;border-radius:10px;margin:0 0 .75rem;font-size:1rem}
.first a{display:inline-flex;align-items:center;min-height:48px}
h1{font-size:2.1rem;line-height:1.15;margin:.35rem 0 .3rem;letter-spacing:-.01em}
.lead{color:var(--muted);font-size:1.2rem;margin:0 0 .6rem}
h2{font-size:1.15rem;line-height:1.25;margin:0 0 .5rem}
.steps{list-style:none;margin:0;padding:0}
.step{background:var(--surface);border:1px solid var(--border);border-radius:20px;padding:1.1rem 1.1rem .5rem;margin:0 0 1rem}
.step h2{display:flex;align-items:center;gap:.65rem;color:var(--accent);text-transform:uppercase;letter-spacing:.06em;font-size:.95rem}
.n{display:inline-grid;place-items:center;width:2rem;height:2rem;border-radius:50%;background:var(--accent);color:var(--accent-text);font-size:1.05rem;letter-spacing:0}
.say{font-size:1.4rem;line-height:1.4;margin:0 0 .6rem;font-weight:500}
.tip{color:var(--muted);margin:0 0 .6rem}
.more{display:inline-flex;align-items:center;min-height:48px;font-size:1rem}
details{margin:.25rem 0 .5rem;border-top:1px solid var(--border);border-bottom:1px solid var(--border)}
summary{display:flex;align-items:center;min-height:52px;cursor:pointer;font-weight:600;color:var(--link)}
summary::after{content:'+';margin-left:auto;font-size:1.5rem;line-height:1}
details[open] summary::after{content:'\\2212'}
details h3{font-size:1.05rem;margin:.5rem 0 .2rem;color:var(--accent)}
details p{margin:0 0 .6rem}
.hold{display:grid;justify-items:center;gap:.75rem;margin:.5rem 0;padding:.5rem 0}
.dial{position:relative;width:10rem;height:10rem}
.dial svg{width:100%;height:100%;display:block}
.dial circle{fill:none;stroke-width:8}
.track{stroke:var(--surface-2)}
#hold-ring{stroke:var(--accent);stroke-linecap:round;transition:stroke-dashoffset .2s linear}
.num{position:absolute;inset:0;display:grid;place-items:center;font-size:4rem;font-weight:700;font-variant-numeric:tabular-nums;line-height:1}
.status{min-height:2.6em;margin:0;text-align:center;font-size:1.2rem}
.btn{display:flex;align-items:center;justify-content:center;gap:.6rem;width:100%;min-height:60px;padding:.75rem 1rem;
border-radius:18px;border:2px solid transparent;background:var(--accent);color:var(--accent-text);
font:inherit;font-size:1.25rem;font-weight:700;text-align:center;text-decoration:none;cursor:pointer;touch-action:manipulation}
.btn.alt{background:transparent;color:var(--text);border-color:var(--border)}
.running #hold-btn{background:transparent;color:var(--text);border-color:var(--border)}
#voice::before{content:'';width:.8rem;height:.8rem;border-radius:50%;border:2px solid currentColor}
#voice[aria-pressed=true]{border-color:var(--accent);color:var(--accent)}
#voice[aria-pressed=true]::before{background:currentColor}
.warn{border:2px solid var(--danger);background:var(--danger-bg);border-radius:20px;padding:1.1rem;margin:1.5rem 0 1rem}
.warn h2{color:var(--danger)}
.warn p{margin:0 0 .75rem}
.warn .alt{border-color:#6b3a3a}
.warn .btn{margin:0 0 1rem}
.warn .small{margin:0}
.warn .call{background:var(--danger);color:#1f0a08;font-size:1.45rem;min-height:64px}
.small{font-size:1rem;color:var(--muted)}
.done{margin:1.5rem 0 .75rem}
.languages{display:flex;flex-wrap:wrap;gap:0 1.25rem}
.languages a{display:inline-flex;align-items:center;min-height:48px}
.languages a[aria-current]{font-weight:700;text-decoration:none}
.site-footer{padding-top:1.5rem;padding-bottom:calc(2rem + env(safe-area-inset-bottom));color:var(--muted);font-size:.95rem}
@media (prefers-reduced-motion:reduce){#hold-ring{transition:none}}
`
  .trim()
  .replace(/\n/g, '');
