// Our domain's lay words, brand names, spellings and acupoint names, grouped so a search for one finds the others.
// `terms` are searched and recognised; `alsoMatches` are only recognised in what people type (ambiguous
// abbreviations such as "Mg", which in the text mostly means milligrams). A `form` group names the form
// something comes in (tablets, tea, gel), not what it is: in "are B6 tablets safe?" the thing asked about is
// B6.
// A `product` group names a medicine or remedy: naming it asks for its verdict, as a brand name does.

export type SynonymGroup = {
  terms: readonly string[];
  alsoMatches?: readonly string[];
  role?: 'form' | 'product';
};

const g = (terms: string[], alsoMatches?: string[]): SynonymGroup =>
  alsoMatches ? { terms, alsoMatches } : { terms };
const form = (terms: string[]): SynonymGroup => ({ terms, role: 'form' });
const product = (terms: string[]): SynonymGroup => ({ terms, role: 'product' });

export const SYNONYM_GROUPS: readonly SynonymGroup[] = [
  // The cramp itself, in lay words.
  g([
    'cramp',
    'cramping',
    'charley horse',
    'charlie horse',
    'knot',
    'spasm',
    'seizing up',
    'seized up',
    'seize up',
  ]),
  g(['pain', 'ache', 'aching', 'hurt', 'hurting', 'sore', 'soreness', 'painful']),
  g(['pins and needles', 'tingling', 'tingle', 'tingly', 'numbness', 'numb', 'paresthesia', 'paraesthesia']),
  g(['swollen', 'swelling', 'swell', 'oedema', 'edema', 'puffy', 'fluid retention', 'water retention']),
  g(['night', 'nighttime', 'bedtime', 'in bed', 'woke', 'wake', 'waking']),
  g([
    'vomiting',
    'vomit',
    'throwing up',
    'throw up',
    'threw up',
    'being sick',
    'puking',
    'puke',
    'hyperemesis',
  ]),
  g(['sleep', 'asleep', 'insomnia', 'sleepless']),
  // Medicines: brand names and generic names.
  product([
    'tylenol',
    'paracetamol',
    'acetaminophen',
    'panadol',
    'calpol',
    'painkiller',
    'pain killer',
    'pain relief',
  ]),
  product([
    'ibuprofen',
    'advil',
    'motrin',
    'nurofen',
    'nsaid',
    'anti inflammatory',
    'naproxen',
    'aleve',
    'diclofenac',
    'voltaren',
    'aspirin',
    'painkiller',
    'pain killer',
  ]),
  product(['quinine', 'tonic water', 'qualaquin']),
  // Conditions that can look like a cramp.
  g(['blood clot', 'clot', 'dvt', 'deep vein thrombosis', 'thrombosis', 'vte', 'thrombus']),
  g([
    'pulmonary embolism',
    'clot in lung',
    'blood clot in lung',
    'short of breath',
    'shortness of breath',
    'breathless',
    'out of breath',
    'catch my breath',
    'can t breathe',
    'cant breathe',
    'struggling to breathe',
  ]),
  g(['pre eclampsia', 'preeclampsia', 'toxemia', 'toxaemia', 'gestosis', 'late gestosis']),
  g(['blood pressure', 'hypertension', 'high blood pressure'], ['bp']),
  g(['gestational diabetes', 'diabetes', 'gdm', 'blood sugar']),
  g(['restless legs', 'restless leg syndrome', 'rls', 'willis ekbom']),
  g(['sciatica', 'pinched nerve', 'trapped nerve', 'slipped disc', 'herniated disc', 'radiculopathy']),
  g(['varicose vein', 'varicosity', 'spider vein', 'bulging vein']),
  g(['headache', 'head ache', 'migraine']),
  g(['symptom', 'sign', 'warning sign']),
  g(['blurred vision', 'blurry vision', 'flashing light', 'seeing spot', 'vision']),
  g(['bladder', 'incontinence', 'pee', 'wee', 'saddle numbness', 'cauda equina']),
  // Lay words for the bottom: typed as half a word, "bum" would run on into "bump".
  g(['bum', 'bottom', 'buttock', 'backside']),
  g(['saddle numbness', 'numb bum', 'numb bottom', 'numbness around the bottom']),
  // Remedies and treatments.
  product(['liquorice', 'licorice', 'glycyrrhiza', 'glycyrrhizin', 'mulethi']),
  product(['homeopathy', 'homoeopathy', 'homeopathic', 'calcohel']),
  // Stramonium has its own "avoid" page: it must not be folded into homeopathy, which outranks it.
  product(['stramonium', 'datura', 'jimsonweed', 'jimson weed', 'thorn apple', 'thornapple']),
  g(['herbal', 'herb', 'herbal tea', 'natural remedy', 'folk remedy', 'home remedy', 'phytotherapy']),
  product(['epsom salt', 'epsom', 'magnesium sulfate', 'magnesium sulphate', 'bath salt']),
  g(['compression stocking', 'support stocking', 'compression sock', 'support hose', 'support tights']),
  g(['acupuncture', 'acupuncturist', 'acupressure', 'tcm', 'chinese medicine', '针灸', '鍼灸']),
  g([
    'prenatal vitamin',
    'pregnancy vitamin',
    'antenatal vitamin',
    'pregnancy multivitamin',
    'elevit',
    'pregnacare',
  ]),
  form(['supplement', 'tablet', 'pill', 'capsule']),
  form(['tea', 'infusion']),
  form(['gel', 'cream', 'ointment', 'lotion', 'balm']),
  form(['drop', 'droplet', 'liquid']),
  g(['massage', 'rub', 'rubbing', 'knead']),
  g(['heat', 'warmth', 'hot water bottle', 'heating pad', 'heat pack', 'warm compress']),
  g(['hydration', 'hydrate', 'dehydration', 'dehydrated', 'drink water', 'drinking water', 'fluid intake']),
  g(['stretch', 'stretching', 'flex foot', 'dorsiflexion']),
  g(['shoe', 'footwear', 'trainer', 'sneaker', 'insole']),
  g(['yoghurt', 'yogurt']),
  // Nutrients: names, symbols, other languages.
  g(['magnesium', 'magnesio', 'magnesium citrate', 'magne b6'], ['mg']),
  g(['calcium', 'calcio', 'kalzium'], ['ca']),
  g(['potassium', 'kalium', 'potasio']),
  g(['b6', 'vitamin b6', 'pyridoxine', 'pyridoxal']),
  g(['vitamin b', 'b vitamin', 'b complex', 'thiamine', 'b1']),
  g(['vitamin d', 'vitamin d3', 'cholecalciferol', 'sunshine vitamin'], ['vit d', 'd3']),
  // Periods and trimesters; trimester1..3 are the words the index adds for trimester-limited safety verdicts.
  g(['period', 'menstrual', 'menstruation', 'period pain']),
  g(['first trimester', '1st trimester', 'trimester 1', 'trimester one', 'early pregnancy', 'trimester1']),
  g(['second trimester', '2nd trimester', 'trimester 2', 'trimester two', 'trimester2']),
  g([
    'third trimester',
    '3rd trimester',
    'trimester 3',
    'trimester three',
    'late pregnancy',
    'last trimester',
    'trimester3',
  ]),
  // Acupoints: code, spaced code, meridian name, pinyin, English name, Chinese characters.
  g(['st36', 'st 36', 'stomach 36', 'zusanli', 'zu san li', 'leg three mile', '足三里']),
  g(['sp6', 'sp 6', 'spleen 6', 'sanyinjiao', 'san yin jiao', 'three yin intersection', '三阴交', '三陰交']),
  g([
    'gb34',
    'gb 34',
    'gallbladder 34',
    'yanglingquan',
    'yang ling quan',
    'yang mound spring',
    '阳陵泉',
    '陽陵泉',
  ]),
  g(['bl57', 'bl 57', 'bladder 57', 'ub57', 'chengshan', 'cheng shan', 'mountain support', '承山']),
  g(['lr3', 'lr 3', 'lv3', 'liver 3', 'taichong', 'tai chong', 'great surge', '太冲', '太衝']),
  g(['li4', 'li 4', 'large intestine 4', 'hegu', 'he gu', '合谷']),
  g(['bl60', 'bl 60', 'kunlun', 'kun lun', '昆仑', '崑崙']),
  g(['bl67', 'bl 67', 'zhiyin', 'zhi yin', '至阴', '至陰']),
  g(['gb21', 'gb 21', 'jianjing', 'jian jing', '肩井']),
];
