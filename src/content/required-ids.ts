// The ids the knowledge base must hold: every id named in the content map, plus the food items it asks for.
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { contentDir, sharedContentMap } from './paths.js';

/** Foods the sources name; the content map asks for a food.* item for each. */
export const FOOD_IDS = [
  'food.milk',
  'food.yoghurt',
  'food.cottage-cheese',
  'food.cheese',
  'food.fortified-plant-milk',
  'food.tofu',
  'food.broccoli',
  'food.kale',
  'food.spinach',
  'food.leafy-greens',
  'food.almonds',
  'food.cashews',
  'food.pumpkin-seeds',
  'food.whole-grain-bread',
  'food.buckwheat',
  'food.millet',
  'food.oatmeal',
  'food.lentils',
  'food.peas',
  'food.chickpeas',
  'food.dried-apricots',
  'food.prunes',
  'food.banana',
  'food.avocado',
  'food.sweet-potato',
  'food.orange',
  'food.eggs',
  'food.lean-meat',
  'food.fortified-cereal',
] as const;

const ID_IN_BACKTICKS = /`([a-z]+(?:-[a-z]+)*\.[a-z0-9]+(?:-[a-z0-9]+)*)`/g;

export function idsInContentMap(markdown: string): string[] {
  const ids = new Set<string>();
  for (const match of markdown.matchAll(ID_IN_BACKTICKS)) {
    const id = match[1]!;
    if (!id.endsWith('.md')) ids.add(id);
  }
  return [...ids];
}

/** The content map from ../shared when present, else the snapshot committed beside the content. */
export function loadContentMapIds(): { ids: string[]; from: string } {
  const file = existsSync(sharedContentMap) ? sharedContentMap : join(contentDir, 'content-map.snapshot.md');
  return { ids: idsInContentMap(readFileSync(file, 'utf8')), from: file };
}

export function requiredIds(): string[] {
  return [...new Set([...loadContentMapIds().ids, ...FOOD_IDS])].sort();
}
