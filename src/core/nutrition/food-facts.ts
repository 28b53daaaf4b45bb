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
  /** The USDA FoodData Central (SR Legacy) entry every per-serving figure of this food comes from. */
  fdcId: number;
  /** That entry's description as FoodData Central prints it, so a reader can find it by name too. */
  fdcDescription: string;
};

/** One entry per food item; a unit test fails when a food item has none. */
export const FOOD_FACTS: Readonly<Record<string, FoodDietFacts>> = {
  'food.almonds': {
    animal: null,
    lactose: false,
    vitaminDUg: 0,
    fdcId: 170567,
    fdcDescription: 'Nuts, almonds',
  },
  'food.avocado': {
    animal: null,
    lactose: false,
    vitaminDUg: 0,
    fdcId: 171706,
    fdcDescription: 'Avocados, raw, California',
  },
  'food.banana': {
    animal: null,
    lactose: false,
    vitaminDUg: 0,
    fdcId: 173944,
    fdcDescription: 'Bananas, raw',
  },
  'food.broccoli': {
    animal: null,
    lactose: false,
    vitaminDUg: 0,
    fdcId: 169967,
    fdcDescription: 'Broccoli, cooked, boiled, drained, without salt',
  },
  'food.buckwheat': {
    animal: null,
    lactose: false,
    vitaminDUg: 0,
    fdcId: 170686,
    fdcDescription: 'Buckwheat groats, roasted, cooked',
  },
  'food.cashews': {
    animal: null,
    lactose: false,
    vitaminDUg: 0,
    fdcId: 170571,
    fdcDescription: 'Nuts, cashew nuts, dry roasted, without salt added',
  },
  'food.cheese': {
    animal: 'dairy',
    lactose: false,
    vitaminDUg: 0.2,
    fdcId: 173414,
    fdcDescription: 'Cheese, cheddar',
  },
  'food.chickpeas': {
    animal: null,
    lactose: false,
    vitaminDUg: 0,
    fdcId: 173757,
    fdcDescription: 'Chickpeas (garbanzo beans, bengal gram), mature seeds, cooked, boiled, without salt',
  },
  'food.cottage-cheese': {
    animal: 'dairy',
    lactose: true,
    vitaminDUg: 0.1,
    fdcId: 173417,
    fdcDescription: 'Cheese, cottage, lowfat, 2% milkfat',
  },
  'food.dried-apricots': {
    animal: null,
    lactose: false,
    vitaminDUg: 0,
    fdcId: 173941,
    fdcDescription: 'Apricots, dried, sulfured, uncooked',
  },
  'food.eggs': {
    animal: 'egg',
    lactose: false,
    vitaminDUg: 1.1,
    fdcId: 173424,
    fdcDescription: 'Egg, whole, cooked, hard-boiled',
  },
  'food.fortified-cereal': {
    animal: null,
    lactose: false,
    vitaminDUg: 0,
    fdcId: 173888,
    fdcDescription: 'Cereals ready-to-eat, POST Bran Flakes',
  },
  'food.fortified-plant-milk': {
    animal: null,
    lactose: false,
    vitaminDUg: 2.7,
    fdcId: 175215,
    fdcDescription: 'Soymilk (all flavors), unsweetened, with added calcium, vitamins A and D',
  },
  'food.kale': {
    animal: null,
    lactose: false,
    vitaminDUg: 0,
    fdcId: 169238,
    fdcDescription: 'Kale, cooked, boiled, drained, without salt',
  },
  'food.leafy-greens': {
    animal: null,
    lactose: false,
    vitaminDUg: 0,
    fdcId: 170407,
    fdcDescription: 'Collards, cooked, boiled, drained, without salt',
  },
  'food.lean-meat': {
    animal: 'meat',
    lactose: false,
    vitaminDUg: 0.1,
    fdcId: 171477,
    fdcDescription: 'Chicken, broilers or fryers, breast, meat only, cooked, roasted',
  },
  'food.lentils': {
    animal: null,
    lactose: false,
    vitaminDUg: 0,
    fdcId: 172421,
    fdcDescription: 'Lentils, mature seeds, cooked, boiled, without salt',
  },
  'food.milk': {
    animal: 'dairy',
    lactose: true,
    vitaminDUg: 2.9,
    fdcId: 171267,
    fdcDescription: 'Milk, reduced fat, fluid, 2% milkfat, with added vitamin A and vitamin D',
  },
  'food.millet': {
    animal: null,
    lactose: false,
    vitaminDUg: 0,
    fdcId: 168871,
    fdcDescription: 'Millet, cooked',
  },
  'food.oatmeal': {
    animal: null,
    lactose: false,
    vitaminDUg: 0,
    fdcId: 173905,
    fdcDescription: 'Cereals, oats, regular and quick, not fortified, cooked with water, without salt',
  },
  'food.orange': {
    animal: null,
    lactose: false,
    vitaminDUg: 0,
    fdcId: 169097,
    fdcDescription: 'Oranges, raw, all commercial varieties',
  },
  'food.peas': {
    animal: null,
    lactose: false,
    vitaminDUg: 0,
    fdcId: 170420,
    fdcDescription: 'Peas, green, cooked, boiled, drained, without salt',
  },
  'food.prunes': {
    animal: null,
    lactose: false,
    vitaminDUg: 0,
    fdcId: 168162,
    fdcDescription: 'Plums, dried (prunes), uncooked',
  },
  'food.pumpkin-seeds': {
    animal: null,
    lactose: false,
    vitaminDUg: 0,
    fdcId: 170188,
    fdcDescription: 'Seeds, pumpkin and squash seed kernels, roasted, without salt',
  },
  'food.spinach': {
    animal: null,
    lactose: false,
    vitaminDUg: 0,
    fdcId: 168463,
    fdcDescription: 'Spinach, cooked, boiled, drained, without salt',
  },
  'food.sweet-potato': {
    animal: null,
    lactose: false,
    vitaminDUg: 0,
    fdcId: 168483,
    fdcDescription: 'Sweet potato, cooked, baked in skin, flesh, without salt',
  },
  'food.tofu': {
    animal: null,
    lactose: false,
    vitaminDUg: 0,
    fdcId: 172475,
    fdcDescription: 'Tofu, raw, firm, prepared with calcium sulfate',
  },
  'food.whole-grain-bread': {
    animal: null,
    lactose: false,
    vitaminDUg: 0,
    fdcId: 172688,
    fdcDescription: 'Bread, whole-wheat, commercially prepared',
  },
  'food.yoghurt': {
    animal: 'dairy',
    lactose: true,
    vitaminDUg: 0.2,
    fdcId: 170886,
    fdcDescription: 'Yogurt, plain, low fat, 12 grams protein per 8 ounce',
  },
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
