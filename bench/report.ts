// The clinician report on a generated three-month diary: FHIR Bundle size and resource counts,
// the encrypted SHL file, and the one-page PDF's bytes and render time, in English and then in each
// other language (Chinese and Japanese embed a subset of a CJK font, so their PDFs are larger).
// Usage: npx tsx bench/report.ts
import { gzipSync } from 'node:zlib';
import { buildFhirBundle } from '../src/core/fhir/index.js';
import { buildReport } from '../src/core/report/index.js';
import { sampleDiary } from '../src/core/report/sample-diary.test-support.js';
import { LOCALES } from '../src/i18n/locales.js';
import { fhirWords } from '../src/server/report/fhir-words.js';
import { renderReportPdf } from '../src/server/report/pdf.js';
import { encryptShlFile } from '../src/server/share/jwe.js';
import { newShlKey } from '../src/server/share/token.js';

const RUNS = 20;
const now = new Date('2026-06-01T09:00:00Z');
const options = { now, from: '2026-03-02', to: '2026-05-31' };
const diary = sampleDiary({ days: 91, end: '2026-06-01', perWeek: 5 });

const timed = <T>(fn: () => T): [T, number] => {
  const start = performance.now();
  const value = fn();
  return [value, performance.now() - start];
};
const quantile = (values: number[], q: number) => {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.floor(q * sorted.length))]!;
};
const kb = (bytes: number) => `${(bytes / 1024).toFixed(1)} KB`;

console.log(
  `Diary: ${diary.episodes.length} episodes, ${diary.checkins.length} check-ins, ${diary.triageChecks.length} triage checks over 91 days (${options.from} to ${options.to})`,
);

const [built, bundleMs] = timed(() => buildFhirBundle(diary, options));
if (!built.ok) throw new Error(built.error.message);
const json = JSON.stringify(built.bundle);
const counts = new Map<string, number>();
for (const entry of built.bundle.entry ?? [])
  counts.set(entry.resource!.resourceType, (counts.get(entry.resource!.resourceType) ?? 0) + 1);
console.log('\nFHIR R4 Bundle (collection)');
console.log(`  resources: ${built.bundle.entry?.length}`);
for (const [type, count] of [...counts].sort()) console.log(`    ${type.padEnd(22)} ${count}`);
console.log(
  `  size: ${Buffer.byteLength(json)} bytes (${kb(Buffer.byteLength(json))}), gzip ${kb(gzipSync(json).length)}`,
);
console.log(`  build time (first run): ${bundleMs.toFixed(1)} ms`);
const jwe = await encryptShlFile(built.bundle, newShlKey());
console.log(`  as an SHL JWE (dir + A256GCM, zip DEF): ${jwe.length} characters`);

const [reported, reportMs] = timed(() => buildReport(diary, options));
if (!reported.ok) throw new Error(reported.error.message);
console.log(
  `\nReport JSON: ${Buffer.byteLength(JSON.stringify(reported.report))} bytes, built in ${reportMs.toFixed(1)} ms`,
);

console.log(`\nOne-page PDF (${RUNS} renders per paper after a cold first one)`);
for (const paper of ['A4', 'LETTER'] as const) {
  for (const [label, report] of [
    ['Latin name', reported.report],
    [
      'CJK + Cyrillic name',
      { ...reported.report, person: { ...reported.report.person, name: '王小红 · さくら · Анна' } },
    ],
  ] as const) {
    const coldStart = performance.now();
    const cold = await renderReportPdf(report, { paper });
    const coldMs = performance.now() - coldStart;
    const times: number[] = [];
    let bytes = cold.length;
    for (let i = 0; i < RUNS; i++) {
      const start = performance.now();
      bytes = (await renderReportPdf(report, { paper })).length;
      times.push(performance.now() - start);
    }
    console.log(
      `  ${paper.padEnd(6)} ${label.padEnd(20)} ${String(bytes).padStart(7)} bytes   first ${coldMs.toFixed(0)} ms   median ${quantile(times, 0.5).toFixed(1)} ms   p95 ${quantile(times, 0.95).toFixed(1)} ms`,
    );
  }
}

console.log(`\nIn each language (A4; FHIR with narratives; ${RUNS} renders after a cold first one)`);
for (const locale of LOCALES) {
  const words = fhirWords(locale, diary.person.timeZone);
  const localized = buildFhirBundle(diary, { ...options, words });
  if (!localized.ok) throw new Error(localized.error.message);
  const fhirBytes = Buffer.byteLength(JSON.stringify(localized.bundle));
  await renderReportPdf(reported.report, { paper: 'A4', locale });
  const times: number[] = [];
  let bytes = 0;
  for (let i = 0; i < RUNS; i++) {
    const start = performance.now();
    bytes = (await renderReportPdf(reported.report, { paper: 'A4', locale })).length;
    times.push(performance.now() - start);
  }
  console.log(
    `  ${locale.padEnd(8)} PDF ${String(bytes).padStart(7)} bytes   median ${quantile(times, 0.5).toFixed(1)} ms   p95 ${quantile(times, 0.95).toFixed(1)} ms   FHIR ${kb(fhirBytes)}`,
  );
}
