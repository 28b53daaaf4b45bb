// docs/triage.md, written from the code itself — levels, destinations, the findings vocabulary — so the
// repository's own reference cannot drift from what the engine accepts (a unit test compares the two).
import { emergencyNumberFor } from './emergency-numbers.js';
import { FINDINGS, type Finding, type FindingGroup } from './findings.js';
import { ACTION_IDS, ACTION_LEVEL, actionText, TRIAGE_LEVELS } from './levels.js';

const GROUP_TITLES: Readonly<Record<FindingGroup, string>> = {
  emergency: 'Emergency screen',
  leg: 'Leg',
  pregnancy: 'Pregnancy and after-birth warning signs',
  pattern: 'Pattern',
  context: 'Context (clot risk and health background; never lowers a level)',
};

export function triageReferenceDoc(): string {
  const uk = emergencyNumberFor('GB');
  const lines = [
    '# Triage reference',
    '',
    'Generated from `src/core/triage` by `npx tsx scripts/write-triage-doc.ts`; a unit test fails when it is',
    'out of date. The rules themselves, with their sources, are in `src/core/triage/rules-*.ts`; the hazards',
    'they control are in `docs/clinical-safety.md`; the HTTP shapes are in `/api/openapi.json`.',
    '',
    '## Levels, least urgent first',
    '',
    TRIAGE_LEVELS.map((level) => `\`${level}\``).join(' · '),
    '',
    '## Where to go (`actionId`)',
    '',
    'Texts as shown for a UK region (the numbers follow the person’s region).',
    '',
    '| actionId | level | text |',
    '|---|---|---|',
    ...ACTION_IDS.map((id) => `| \`${id}\` | \`${ACTION_LEVEL[id]}\` | ${actionText(id, uk)} |`),
    '',
    '## Findings',
    '',
    'Each is a yes/no answer; the API refuses any other name. *Baby inside*: refused with `postpartumWeeks`.',
    '*Pregnancy only*: not asked after the birth.',
  ];
  for (const group of Object.keys(GROUP_TITLES) as FindingGroup[]) {
    lines.push(
      '',
      `### ${GROUP_TITLES[group]}`,
      '',
      '| finding | question | why it matters |',
      '|---|---|---|',
    );
    for (const finding of (FINDINGS as readonly Finding[]).filter((f) => f.group === group)) {
      const notes = [finding.needsBaby ? 'baby inside' : '', finding.pregnancyOnly ? 'pregnancy only' : '']
        .filter(Boolean)
        .join(', ');
      lines.push(
        `| \`${finding.name}\`${notes ? ` (${notes})` : ''} | ${finding.question} | ${finding.why} |`,
      );
    }
  }
  lines.push(
    '',
    '## Numbers',
    '',
    '- `gestationalWeek` 0–45, or `postpartumWeeks` 0–12 (weeks since the birth); never both. Signed in, they',
    '  come from the profile’s due date or the baby’s birth date.',
    '- `bloodPressure` `{ systolic: 50–260, diastolic: 30–160 }` mmHg, a home reading.',
    '',
  );
  return lines.join('\n');
}
