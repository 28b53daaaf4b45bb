import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { FINDING_NAMES } from './findings.js';
import { triageReferenceDoc } from './reference-doc.js';

describe('docs/triage.md', () => {
  it('is what the code writes today (run `npx tsx scripts/write-triage-doc.ts` after changing findings)', () => {
    const committed = readFileSync(join(import.meta.dirname, '..', '..', '..', 'docs', 'triage.md'), 'utf8');
    expect(committed).toBe(triageReferenceDoc());
  });

  it('lists every finding the API accepts', () => {
    const doc = triageReferenceDoc();
    for (const name of FINDING_NAMES) expect(doc).toContain(`| \`${name}\``);
  });
});
