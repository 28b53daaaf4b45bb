// What people call the things they take or try, mapped ONE WAY to the words our items use: a brand to its
// medicine ("Slow-Mag" → magnesium), a product to its ingredient, and household folk remedies that have no
// item of their own to the folk-remedy page. Unlike a synonym group this never runs backwards: a search for
// "magnesium" does not look for "Slow-Mag", and "Advil" is not a synonym of "painkiller".
// A name that is also a word in the items (an item alias such as "Tums") keeps matching as typed; the mapped
// words are added beside it at a slightly lower weight.

export type ProductName = {
  /** What people type: brand names, product forms, folk-remedy descriptions. */
  names: readonly string[];
  /** The words the items use for it (searched). */
  means: readonly string[];
};

const p = (names: string[], means: string[]): ProductName => ({ names, means });

export const PRODUCT_NAMES: readonly ProductName[] = [
  // Ibuprofen-type painkillers (NSAIDs), by brand and form.
  p(['advil', 'motrin', 'nurofen', 'brufen', 'nuprin', 'ibuleve', 'ibuprofen gel'], ['ibuprofen', 'nsaid']),
  p(['aleve', 'naprosyn', 'anaprox', 'naprogesic', 'feminax'], ['naproxen', 'nsaid']),
  p(['voltaren', 'voltarol', 'cataflam', 'diclofenac gel'], ['diclofenac', 'nsaid']),
  p(
    ['bayer', 'anadin', 'disprin', 'ecotrin', 'aspro', 'baby aspirin', 'acetylsalicylic acid'],
    ['aspirin', 'nsaid'],
  ),
  // Paracetamol (acetaminophen).
  p(
    ['tylenol', 'panadol', 'calpol', 'tempra', 'mapap', 'doliprane', 'dafalgan', 'efferalgan'],
    ['paracetamol'],
  ),
  // Quinine, and the drinks that carry it.
  p(['schweppes', 'indian tonic', 'gin and tonic', 'bitter lemon', 'tonic water'], ['quinine']),
  // Magnesium products and forms.
  p(
    [
      'slow mag',
      'slowmag',
      'mag tab',
      'mag ox',
      'magox',
      'natural calm',
      'magnesium glycinate',
      'magnesium bisglycinate',
      'magnesium oxide',
      'magnesium oil',
      'magnesium spray',
      'magnesium tablet',
      'magvit',
      'magne b6',
    ],
    ['magnesium'],
  ),
  // Calcium products.
  p(
    ['caltrate', 'citracal', 'os cal', 'oscal', 'tums', 'rennie', 'adcal', 'calcichew', 'viactiv'],
    ['calcium'],
  ),
  // Multivitamins (not pregnancy-specific) and vitamin shorthand.
  p(['centrum', 'berocca', 'one a day', 'supradyn', 'vitrum', 'kerkavit'], ['multivitamin']),
  p(['vit e', 'vitamin e capsule'], ['vitamin e']),
  p(['vit c'], ['vitamin c']),
  p(['vit b6', 'vitamin b 6'], ['vitamin b6']),
  p(['vit b', 'vit b1'], ['vitamin b']),
  // Warmth and support products.
  p(['wheat bag', 'heat wrap', 'thermacare', 'electric blanket', 'heated blanket'], ['heat']),
  p(['ted stocking', 'teds', 'tubigrip', 'flight sock'], ['compression stocking']),
  p(['bump band', 'bump belt', 'belly belt', 'maternity belt'], ['support belt']),
  // Household folk remedies that have no item of their own: the folk-remedy page answers them.
  p(
    [
      'vinegar',
      'apple cider vinegar',
      'cider vinegar',
      'pickle juice',
      'pickle',
      'mustard',
      'yellow mustard',
      'soap',
      'bar of soap',
      'soap under the sheet',
      'cork',
      'cork under the pillow',
      'old wives tale',
      'grandma remedy',
      'granny remedy',
    ],
    ['folk remedy', 'home remedy'],
  ),
];
