import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { forgetFoodLists, readDeviceList, writeDeviceList } from './food-device';

class MemoryStorage {
  private map = new Map<string, string>();
  getItem(key: string) {
    return this.map.get(key) ?? null;
  }
  setItem(key: string, value: string) {
    this.map.set(key, value);
  }
  removeItem(key: string) {
    this.map.delete(key);
  }
}

describe('the food lists kept on the device', () => {
  beforeEach(() => {
    (globalThis as { localStorage?: unknown }).localStorage = new MemoryStorage();
  });
  afterEach(() => {
    delete (globalThis as { localStorage?: unknown }).localStorage;
  });

  it('keeps recent foods, favourites and the diet apart, and forgets them all', () => {
    writeDeviceList('recent', ['food.banana', 'food.milk']);
    writeDeviceList('favourites', ['food.tofu']);
    writeDeviceList('diet', ['vegan']);
    expect(readDeviceList('recent')).toEqual(['food.banana', 'food.milk']);
    expect(readDeviceList('favourites')).toEqual(['food.tofu']);
    expect(readDeviceList('diet')).toEqual(['vegan']);
    forgetFoodLists();
    expect(readDeviceList('recent')).toEqual([]);
    expect(readDeviceList('diet')).toEqual([]);
  });

  it('reads a tampered or broken store as empty, dropping entries that are not ids', () => {
    localStorage.setItem('crampwise.food.recent', '{not json');
    expect(readDeviceList('recent')).toEqual([]);
    localStorage.setItem('crampwise.food.favourites', JSON.stringify(['food.milk', '<script>', 42]));
    expect(readDeviceList('favourites')).toEqual(['food.milk']);
  });

  it('works without any storage at all', () => {
    delete (globalThis as { localStorage?: unknown }).localStorage;
    writeDeviceList('recent', ['food.banana']);
    expect(readDeviceList('recent')).toEqual([]);
  });
});
