/**
 * The key units are compared on (issue 10 §2): "Sở Tư Pháp", "sở tư pháp" and "So Tu phap" are
 * one unit; so are "Sở TN&MT" and "Sở Tài nguyên và Môi trường" (an abbreviation in the list maps
 * to its official name), and "Văn phòng UBND tỉnh" and "Văn phòng Ủy ban nhân dân tỉnh".
 * Old and new bodies of the 2025 reorganisation stay distinct units.
 */
import { cleanText } from "../text/normalize.js";
import { PUBLIC_BODY_NAMES, type UnitNames } from "./unitNames.js";
import { unitWordsOf } from "./unitWords.js";

/** Folded words of a unit name, punctuation ignored; a name of the list gives its official name's words. */
export function unitKey(name: string, names: UnitNames = PUBLIC_BODY_NAMES): string {
  const input = typeof name === "string" ? name : "";
  let key = names.keys.get(input);
  if (key === undefined) {
    key = keyOf(input, names);
    if (names.keys.size >= 20_000) names.keys.clear();
    names.keys.set(input, key);
  }
  return key;
}

function keyOf(name: string, names: UnitNames): string {
  const t = cleanText(name);
  const words = unitWordsOf(t);
  if (words.length === 0) return "";
  const m = names.match(t, words, 0);
  if (m !== null && m.length === words.length) return m.canonical;
  return words.map((w) => w.key).join(" ");
}

/** True when the whole text is a name of the list (or a learned name): "Sở TN&MT", "Bộ, ngành, địa phương". */
export function isKnownUnit(name: string, names: UnitNames = PUBLIC_BODY_NAMES): boolean {
  const t = cleanText(typeof name === "string" ? name : "");
  const words = unitWordsOf(t);
  const m = words.length === 0 ? null : names.match(t, words, 0);
  return m !== null && m.length === words.length;
}

/** The spelling seen most often (first seen wins a tie), for display of a unit written several ways. */
export function mostCommonSpelling(counts: ReadonlyMap<string, number>): string {
  let best = "";
  let n = -1;
  for (const [spelling, c] of counts) {
    if (c > n) {
      best = spelling;
      n = c;
    }
  }
  return best;
}
