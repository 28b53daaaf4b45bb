// What the food check knows about each food item that its front matter does not carry: the diet a food
// fits and its vitamin D per serving. Calcium, magnesium and potassium come from the items themselves.

/** What kind of animal food it is, if any; drives the vegetarian, vegan and no-dairy choices. */
export type AnimalSource = 'meat' | 'egg' | 'dairy' | null;

export type FoodDietFacts = {
  animal: AnimalSource;
  /** Holds enough lactose to matter for a lactose-free diet (hard cheese has almost none). */
  lactose: boolean;
  /**
   * Vitamin D per the item's serving, µg, from USDA FoodData Central (SR Legacy), rounded to 0.1 µg.
   * Fortified milk and plant milk are US figures: fortification differs by country.
   */
  vitaminDUg: number;
};

/** One entry per food item; a unit test fails when a food item has none. */
export const FOOD_FACTS: Readonly<Record<string, FoodDietFacts>> = {
  'food.almonds': { animal: null, lactose: false, vitaminDUg: 0 },
  'food.avocado': { animal: null, lactose: false, vitaminDUg: 0 },
  'food.banana': { animal: null, lactose: false, vitaminDUg: 0 },
  'food.broccoli': { animal: null, lactose: false, vitaminDUg: 0 },
  'food.buckwheat': { animal: null, lactose: false, vitaminDUg: 0 },
  'food.cashews': { animal: null, lactose: false, vitaminDUg: 0 },
  'food.cheese': { animal: 'dairy', lactose: false, vitaminDUg: 0.2 },
  'food.chickpeas': { animal: null, lactose: false, vitaminDUg: 0 },
  'food.cottage-cheese': { animal: 'dairy', lactose: true, vitaminDUg: 0.1 },
  'food.dried-apricots': { animal: null, lactose: false, vitaminDUg: 0 },
  'food.eggs': { animal: 'egg', lactose: false, vitaminDUg: 1.1 },
  'food.fortified-cereal': { animal: null, lactose: false, vitaminDUg: 0 },
  'food.fortified-plant-milk': { animal: null, lactose: false, vitaminDUg: 2.7 },
  'food.kale': { animal: null, lactose: false, vitaminDUg: 0 },
  'food.leafy-greens': { animal: null, lactose: false, vitaminDUg: 0 },
  'food.lean-meat': { animal: 'meat', lactose: false, vitaminDUg: 0.1 },
  'food.lentils': { animal: null, lactose: false, vitaminDUg: 0 },
  'food.milk': { animal: 'dairy', lactose: true, vitaminDUg: 2.9 },
  'food.millet': { animal: null, lactose: false, vitaminDUg: 0 },
  'food.oatmeal': { animal: null, lactose: false, vitaminDUg: 0 },
  'food.orange': { animal: null, lactose: false, vitaminDUg: 0 },
  'food.peas': { animal: null, lactose: false, vitaminDUg: 0 },
  'food.prunes': { animal: null, lactose: false, vitaminDUg: 0 },
  'food.pumpkin-seeds': { animal: null, lactose: false, vitaminDUg: 0 },
  'food.spinach': { animal: null, lactose: false, vitaminDUg: 0 },
  'food.sweet-potato': { animal: null, lactose: false, vitaminDUg: 0 },
  'food.tofu': { animal: null, lactose: false, vitaminDUg: 0 },
  'food.whole-grain-bread': { animal: null, lactose: false, vitaminDUg: 0 },
  'food.yoghurt': { animal: 'dairy', lactose: true, vitaminDUg: 0.2 },
};

export const DIET_CHOICES = ['vegetarian', 'vegan', 'no-dairy', 'lactose-free'] as const;
export type DietChoice = (typeof DIET_CHOICES)[number];

/** Whether a food fits every one of the person's diet choices. */
export function fitsDiet(facts: FoodDietFacts, choices: readonly DietChoice[]): boolean {
  return choices.every((choice) => allows(facts, choice));
}

function allows(facts: FoodDietFacts, choice: DietChoice): boolean {
  switch (choice) {
    case 'vegetarian':
      return facts.animal !== 'meat';
    case 'vegan':
      return facts.animal === null;
    case 'no-dairy':
      return facts.animal !== 'dairy';
    case 'lactose-free':
      return !facts.lactose;
  }
}
