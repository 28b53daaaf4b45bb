// `crampwise content check`: validates every knowledge item, the source registry and the article trace, and
// prints the reading-level distribution and the trace totals.
import type { Command } from 'commander';
import { checkContent } from '../../content/checks.js';
import { loadContent } from '../../content/loader.js';
import {
  describeDistribution,
  gradeDistribution,
  itemGrades,
  readabilityProblems,
} from '../../content/readability.js';
import { requiredIds } from '../../content/required-ids.js';
import { checkTraces, loadTraces, traceTotals } from '../../content/trace.js';
import { CliError } from '../cli-error.js';

export function registerContentCommand(program: Command): void {
  const content = program.command('content').description('Work with the knowledge base');
  content
    .command('check')
    .description(
      'Validate every item (schema, sources, related ids, safety verdicts, content-map coverage, reading level) ' +
        'and the trace from each source article to the items',
    )
    .action(() => {
      const { items, sources, problems } = loadContent();
      const grades = itemGrades(items);
      const trace = loadTraces();
      const all = [
        ...problems,
        ...checkContent(items, sources, requiredIds()),
        ...readabilityProblems(grades),
        ...trace.problems,
        ...checkTraces(trace.traces, items, sources),
      ];
      console.log(describeDistribution(gradeDistribution(grades)));
      for (const t of trace.traces) {
        const n = traceTotals(t);
        console.log(
          `Trace ${t.article}: ${n.claims} claims, ${n.covered} covered, ${n.corrected} corrected, ${n.withheld} withheld.`,
        );
      }
      for (const p of all) console.log(`${p.file}: ${p.message}`);
      if (all.length > 0) throw new CliError(`${all.length} problems in ${items.length} items.`);
      console.log(
        `${items.length} items and ${sources.length} sources check out; every article claim is traced.`,
      );
    });
}
