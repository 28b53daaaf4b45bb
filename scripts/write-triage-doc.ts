// Writes docs/triage.md from the triage code: `npx tsx scripts/write-triage-doc.ts`.
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { triageReferenceDoc } from '../src/core/triage/reference-doc.js';

writeFileSync(join(import.meta.dirname, '..', 'docs', 'triage.md'), triageReferenceDoc());
