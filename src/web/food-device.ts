// The food check's lists kept on this device only (localStorage): recent foods, favourites and the diet.
// They never go to the server, and are forgotten at log-out with the other copies (device-data.ts).
const KEYS = {
  recent: 'crampwise.food.recent',
  favourites: 'crampwise.food.favourites',
  diet: 'crampwise.food.diet',
} as const;
export type FoodList = keyof typeof KEYS;

/** At most this many entries, each a short id, so a tampered store cannot grow the page without bound. */
const MAX_ENTRIES = 60;
const ENTRY = /^[a-z0-9.-]{1,60}$/;

function storage(): Storage | null {
  try {
    return typeof localStorage === 'undefined' ? null : localStorage;
  } catch {
    // Storage can be switched off (private mode, a policy): the lists then last for the visit only.
    return null;
  }
}

export function readDeviceList(list: FoodList): string[] {
  try {
    const parsed: unknown = JSON.parse(storage()?.getItem(KEYS[list]) ?? '[]');
    return Array.isArray(parsed)
      ? parsed.filter((x): x is string => typeof x === 'string' && ENTRY.test(x)).slice(0, MAX_ENTRIES)
      : [];
  } catch {
    return [];
  }
}

export function writeDeviceList(list: FoodList, values: readonly string[]): void {
  try {
    storage()?.setItem(KEYS[list], JSON.stringify(values.slice(0, MAX_ENTRIES)));
  } catch {
    // A full or refused storage only loses the shortcut, never the day being checked.
  }
}

export function forgetFoodLists(): void {
  for (const key of Object.values(KEYS)) {
    try {
      storage()?.removeItem(key);
    } catch {
      // Nothing stored, nothing to forget.
    }
  }
}
