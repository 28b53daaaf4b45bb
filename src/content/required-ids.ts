// The ids the knowledge base must hold: every id named in the content map, plus the food items it asks for.
import { readFileSync } from 'node:fs';
import { contentMapFile } from './paths.js';

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

/** The content map committed beside the content (src/content/content-map.snapshot.md). */
export function loadContentMapIds(): { ids: string[]; from: string } {
  return { ids: idsInContentMap(readFileSync(contentMapFile, 'utf8')), from: contentMapFile };
}

export function requiredIds(): string[] {
  return [...new Set([...loadContentMapIds().ids, ...FOOD_IDS])].sort();
}
