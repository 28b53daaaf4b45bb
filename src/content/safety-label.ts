// The words a safety verdict is shown with, on badges and in search: "Avoid in trimesters 2–3".
import type { Safety, SafetyStatus } from './schema.js';

export const SAFETY_LABELS: Record<SafetyStatus, string> = {
  recommended: 'Recommended',
  ok: 'OK',
  'ask-first': 'Ask first',
  'not-recommended': 'Not recommended',
  avoid: 'Avoid',
};

function trimesterPhrase(trimesters: readonly number[]): string {
  const sorted = [...new Set(trimesters)].sort();
  if (sorted.length === 1) return `in trimester ${sorted[0]}`;
  const consecutive = sorted.every((t, i) => i === 0 || t === sorted[i - 1]! + 1);
  if (consecutive) return `in trimesters ${sorted[0]}–${sorted[sorted.length - 1]}`;
  return `in trimesters ${sorted.slice(0, -1).join(', ')} and ${sorted[sorted.length - 1]}`;
}

export function safetyLabel(safety: Pick<Safety, 'status' | 'trimesters'>): string {
  const base = SAFETY_LABELS[safety.status];
  return safety.trimesters && safety.trimesters.length > 0
    ? `${base} ${trimesterPhrase(safety.trimesters)}`
    : base;
}
