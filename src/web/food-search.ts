// Finding a food by what a person types, in any of the four languages: the name and search words come
// from the API in the page's language (plus the English ones). Case, width (ｔｏｆｕ), and Russian ё/е
// are folded, so "ТОФУ", "тофу" and "творог" / "творОг" all match as a reader expects.
import type { NutritionFood } from '../contract/nutrition';

/** The form a name and a query are compared in. */
export function foldForSearch(text: string): string {
  return text.normalize('NFKC').toLocaleLowerCase('und').replaceAll('ё', 'е').trim();
}

/** Whether the food's name or one of its search words contains the query; an empty query matches none. */
export function matchesFood(food: Pick<NutritionFood, 'title' | 'aliases'>, query: string): boolean {
  const q = foldForSearch(query);
  if (q.length === 0) return false;
  return [food.title, ...food.aliases].some((name) => foldForSearch(name).includes(q));
}
