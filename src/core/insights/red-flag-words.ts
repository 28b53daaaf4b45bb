// The same red-flag reading as red-flags.ts for notes written in Russian, Chinese or Japanese: the diary
// is used in those languages, and its notes hint asks to mention a red, warm or swollen leg in them. A sign
// (red, hot or warm, swollen) counts when it sits near a leg word in the same sentence and is not negated.
// Swollen ankles alone, as in English, are the usual swelling of pregnancy and do not count; nor does heat
// put on a leg (a heat pad, a hot-water bottle, a warm bath).

/** At most this many words (Russian) or characters (Chinese, Japanese) between the sign and the leg word. */
const RU_MAX_GAP = 5;
const CJK_MAX_GAP = 8;

// Russian: word stems, so every case ending matches (нога/ноги/ногу, икра/икры, красная/покраснела…).
const RU_LEG = /^(ног|ножк|икр|бедр|голен)/;
const RU_SIGN =
  /^(красн|покрасн|багров|горяч|тепл(ая|ый|ое|ые|ой|ую|ее|ой|ом|ых)$|отек|отеч|отекл|опух|припух)/;
const RU_NEGATION = new Set(['не', 'нет', 'без', 'ни']);
/** Heat put on the leg, not heat coming from it. */
const RU_HEAT_APPLIED = /^(грелк|ванн|душ|компресс|вод)/;

function russian(text: string): boolean {
  const normal = text.toLowerCase().replace(/ё/g, 'е');
  for (const sentence of normal.split(/[.!?;:\n]+/)) {
    const words = sentence.match(/[а-я]+/g) ?? [];
    if (words.some((w) => RU_HEAT_APPLIED.test(w))) continue;
    for (let i = 0; i < words.length; i++) {
      if (!RU_SIGN.test(words[i]!) || RU_NEGATION.has(words[i - 1] ?? '')) continue;
      const near = words.slice(Math.max(0, i - RU_MAX_GAP - 1), i + RU_MAX_GAP + 2);
      if (near.some((w) => RU_LEG.test(w))) return true;
    }
  }
  return false;
}

// Chinese: 腿 (leg, calf 小腿, thigh 大腿, 腿肚), 脚 or 足 but not 脚踝 (ankle) alone.
const ZH_LEG = /腿|脚(?!踝)|足(?!踝|够|球)/g;
const ZH_SIGN = /红|肿|发热|发烫|烫|很热|有点热|热热/g;
const ZH_NEGATION = /(不|没|没有|无|未)$/;
const ZH_HEAT_APPLIED = /热敷|热水|热毛巾|暖宝宝|泡脚|洗澡|泡澡|加热/g;

// Japanese: 脚, 足 (not 足首 ankle, 不足 lack), ふくらはぎ, 太もも, すね; signs 赤, 腫, 熱, むく(み).
const JA_LEG = /脚|(?<!不)足(?!首)|ふくらはぎ|太もも|すね|もも/g;
const JA_SIGN = /赤[いくみらっ]|赤ら|腫れ|腫っ|はれ|熱[いくっを]|熱感|熱っぽ|むく[みんん]/g;
/** Negation follows the sign in Japanese: 赤くない, 腫れはない, むくみなし. */
const JA_NEGATION = /^.{0,4}(ない|なし|無し|ません|なかった)/;
const JA_HEAT_APPLIED = /温め|あたため|お風呂|入浴|湯たんぽ|カイロ|足湯/g;

function positions(text: string, pattern: RegExp): { index: number; length: number }[] {
  return [...text.matchAll(pattern)].map((m) => ({ index: m.index, length: m[0].length }));
}

function cjk(
  text: string,
  leg: RegExp,
  sign: RegExp,
  heat: RegExp,
  negated: (before: string, after: string) => boolean,
): boolean {
  for (const sentence of text.split(/[。！？；.!?;\n]+/)) {
    const clean = sentence.replace(heat, (m) => '\u3000'.repeat(m.length));
    const legs = positions(clean, leg);
    if (legs.length === 0) continue;
    for (const s of positions(clean, sign)) {
      const before = clean.slice(Math.max(0, s.index - 3), s.index);
      const after = clean.slice(s.index + s.length);
      if (negated(before, after)) continue;
      const near = legs.some((l) => {
        const gap =
          l.index + l.length <= s.index
            ? s.index - (l.index + l.length)
            : s.index + s.length <= l.index
              ? l.index - (s.index + s.length)
              : 0;
        return gap <= CJK_MAX_GAP;
      });
      if (near) return true;
    }
  }
  return false;
}

/** True when a Russian, Chinese or Japanese note describes a red, warm, hot or swollen leg. */
export function mentionsRedWarmOrSwollenLegInOtherLanguages(text: string): boolean {
  if (/[а-яё]/i.test(text) && russian(text)) return true;
  if (/[\u3040-\u30ff]/.test(text)) {
    return cjk(text, JA_LEG, JA_SIGN, JA_HEAT_APPLIED, (_before, after) => JA_NEGATION.test(after));
  }
  if (/[\u4e00-\u9fff]/.test(text)) {
    return cjk(text, ZH_LEG, ZH_SIGN, ZH_HEAT_APPLIED, (before) => ZH_NEGATION.test(before));
  }
  return false;
}
