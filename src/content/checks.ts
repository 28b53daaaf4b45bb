// Cross-item rules the schema cannot express: ids resolve, verdicts are present where a person acts.
import type { ContentProblem } from './loader.js';
import { KINDS_NEEDING_SAFETY, type KnowledgeItem, type Source } from './schema.js';

const ID_PREFIX_BY_KIND: Record<KnowledgeItem['kind'], string> = {
  overview: 'overview',
  cause: 'cause',
  'risk-factor': 'risk',
  pattern: 'pattern',
  'red-flag': 'redflag',
  prevention: 'prevent',
  relief: 'relief',
  treatment: 'treat',
  remedy: 'remedy',
  nutrient: 'nutrient',
  food: 'food',
  test: 'test',
  differential: 'diff',
  complication: 'complication',
  acupoint: 'acupoint',
  acupuncture: 'acupuncture',
  lifestyle: 'lifestyle',
};

export function checkContent(
  items: KnowledgeItem[],
  sources: Source[],
  required: string[],
): ContentProblem[] {
  const problems: ContentProblem[] = [];
  const sourceKeys = new Set(sources.map((s) => s.key));
  const ids = new Map<string, KnowledgeItem>();

  const seenKeys = new Set<string>();
  for (const source of sources) {
    if (seenKeys.has(source.key))
      problems.push({ file: 'sources.yaml', message: `duplicate source ${source.key}` });
    seenKeys.add(source.key);
  }

  for (const item of items) {
    const at = (message: string) => problems.push({ file: item.file, message: `${item.id}: ${message}` });
    if (ids.has(item.id)) at(`duplicate id (also in ${ids.get(item.id)!.file})`);
    ids.set(item.id, item);
    if (!item.file.endsWith(`${item.id}.md`)) at(`file name must be ${item.id}.md`);
    if (!item.id.startsWith(`${ID_PREFIX_BY_KIND[item.kind]}.`)) {
      at(`kind ${item.kind} ids start with ${ID_PREFIX_BY_KIND[item.kind]}.`);
    }
    const cited = [
      ...item.sources,
      ...item.evidence.sources,
      ...item.conflicts.flatMap((c) => [...c.positions.map((p) => p.source), ...c.resolutionSources]),
    ];
    for (const key of new Set(cited)) if (!sourceKeys.has(key)) at(`unknown source key ${key}`);
    // An item's source list is what the page shows under "Sources": a side it quotes in a disagreement, or a
    // source it rests its verdict on, must be one of them, or the page attributes a claim to a source it hides.
    const listed = new Set(item.sources);
    for (const conflict of item.conflicts) {
      for (const p of conflict.positions) {
        if (!listed.has(p.source))
          at(`conflict "${conflict.topic}" quotes ${p.source}, which is not in sources`);
      }
      for (const key of conflict.resolutionSources) {
        if (!listed.has(key))
          at(`conflict "${conflict.topic}" resolves with ${key}, which is not in sources`);
      }
    }
    for (const key of item.evidence.sources) {
      if (!listed.has(key)) at(`evidence cites ${key}, which is not in sources`);
    }
    if (KINDS_NEEDING_SAFETY.includes(item.kind) && !item.safety) at('needs a safety verdict');
    if (item.kind === 'food') {
      if (!item.nutrients) at('a food needs nutrients per serving');
      if (!item.sources.includes('usda-fdc')) at('a food cites usda-fdc for its figures');
    }
    if (item.kind === 'acupoint' && item.id !== 'acupoint.contraindicated' && !item.acupoint) {
      at('an acupoint needs code, names and location');
    }
    if (item.kind === 'red-flag' && (!item.findings || item.findings.length === 0)) {
      at('a red flag names the triage findings it maps to');
    }
    if (item.related.includes(item.id)) at('an item cannot be related to itself');
  }

  for (const item of items) {
    for (const rel of item.related) {
      if (!ids.has(rel))
        problems.push({ file: item.file, message: `${item.id}: related id ${rel} does not exist` });
    }
  }
  for (const id of required) {
    if (!ids.has(id)) problems.push({ file: '(content map)', message: `missing item ${id}` });
  }
  return problems;
}
