/** Public API of share links: expiry and the SMART Health Link payload and manifest. */
export * from './expiry.js';
export * from './shl.js';
