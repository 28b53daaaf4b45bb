import { describe, expect, it } from 'vitest';
import { foldForSearch, matchesFood } from './food-search';

const tofuZh = {
  title: '豆腐',
  aliases: ['豆腐（用硫酸钙/石膏点的老豆腐）', '老豆腐', 'Tofu (firm, set with calcium sulfate)'],
};
const cottageRu = { title: 'Творог (зернёный)', aliases: ['творог', 'Cottage cheese'] };

describe('finding a food by its name in the page’s language', () => {
  it('finds Chinese and Japanese names by a part of them', () => {
    expect(matchesFood(tofuZh, '豆腐')).toBe(true);
    expect(matchesFood(tofuZh, '老豆')).toBe(true);
    expect(matchesFood({ title: '豆腐', aliases: ['木綿豆腐'] }, '木綿')).toBe(true);
    expect(matchesFood(tofuZh, '牛奶')).toBe(false);
  });

  it('folds case, full-width letters and ё, so a Russian or a typed-on-a-phone query still finds it', () => {
    expect(matchesFood(cottageRu, 'ТВОРОГ')).toBe(true);
    expect(matchesFood(cottageRu, 'зерненый')).toBe(true);
    expect(matchesFood(tofuZh, 'ＴＯＦＵ')).toBe(true);
    expect(foldForSearch(' Ёлка ')).toBe('елка');
  });

  it('finds nothing for an empty or blank query', () => {
    expect(matchesFood(tofuZh, '')).toBe(false);
    expect(matchesFood(tofuZh, '   ')).toBe(false);
  });
});
