/**
 * The words of a unit text, each with its folded key, its lower-case spelling and where it sits
 * in the text, so that names of public bodies are matched on their words whatever the accents,
 * the case and the punctuation between words ("Lao động – Thương binh", "Lao động, Thương binh",
 * "LĐ-TB&XH"). Common abbreviations are read as their words: UBND → ủy ban nhân dân,
 * HĐND → hội đồng nhân dân, MTTQ → mặt trận tổ quốc, BHXH → bảo hiểm xã hội, VP → văn phòng.
 */
import { foldKey } from "../text/normalize.js";

export interface UnitWord {
  /** Folded (no diacritics, lower case, đ→d). */
  key: string;
  /** Lower case with diacritics (NFC), "uỷ" written "ủy". */
  lower: string;
  /** Index of the first and after the last code unit in the text (expansions share their abbreviation's span). */
  start: number;
  end: number;
  /** First letter upper case in the text. */
  capital: boolean;
  /** Written in capitals, two letters or more (UBND, VNPT). */
  acronym: boolean;
  /** Depth of parentheses at the word (0 outside). */
  depth: number;
}

const EXPANSIONS: Record<string, readonly string[]> = {
  ubnd: ["ủy", "ban", "nhân", "dân"],
  hdnd: ["hội", "đồng", "nhân", "dân"],
  ubmttq: ["ủy", "ban", "mặt", "trận", "tổ", "quốc"],
  mttq: ["mặt", "trận", "tổ", "quốc"],
  bhxh: ["bảo", "hiểm", "xã", "hội"],
  vp: ["văn", "phòng"],
  dbqh: ["đại", "biểu", "quốc", "hội"],
  tw: ["trung", "ương"],
};

const WORD = /[\p{L}\p{N}]+/gu;

/** foldKey of each word seen (plans repeat the same few hundred words). */
const FOLD_CACHE = new Map<string, string>();
const FOLD_CACHE_LIMIT = 50_000;

function foldWord(raw: string): string {
  let k = FOLD_CACHE.get(raw);
  if (k === undefined) {
    k = foldKey(raw);
    if (FOLD_CACHE.size >= FOLD_CACHE_LIMIT) FOLD_CACHE.clear();
    FOLD_CACHE.set(raw, k);
  }
  return k;
}

/** Words of a text (NFC expected; call cleanText first). */
export function unitWordsOf(text: string): UnitWord[] {
  const out: UnitWord[] = [];
  // Parenthesis depth at each position, computed once.
  let depth = 0;
  let scanned = 0;
  const depthAt = (index: number): number => {
    for (; scanned < index; scanned++) {
      const ch = text.charAt(scanned);
      if (ch === "(" || ch === "[") depth++;
      else if ((ch === ")" || ch === "]") && depth > 0) depth--;
    }
    return depth;
  };
  WORD.lastIndex = 0;
  for (let m = WORD.exec(text); m !== null; m = WORD.exec(text)) {
    const raw = m[0];
    const start = m.index;
    const end = start + raw.length;
    const dep = depthAt(start);
    const key = foldWord(raw);
    const capital = raw.charAt(0) !== raw.charAt(0).toLowerCase();
    const acronym = raw.length >= 2 && raw === raw.toUpperCase() && raw !== raw.toLowerCase();
    const expansion = EXPANSIONS[key];
    if (expansion !== undefined && (acronym || raw === raw.toLowerCase())) {
      for (const w of expansion) out.push({ key: foldWord(w), lower: w, start, end, capital, acronym, depth: dep });
      continue;
    }
    out.push({ key, lower: raw.toLowerCase().replace(/uỷ/g, "ủy"), start, end, capital, acronym, depth: dep });
  }
  return out;
}

export type Gap = "none" | "soft" | "comma" | "hard";

/**
 * What stands between two words: nothing (an expanded abbreviation), spaces, dashes and
 * parentheses ("soft"), a comma, or a hard break (";", a line break, ":", a full stop and a space).
 */
export function gapBetween(text: string, a: UnitWord, b: UnitWord): Gap {
  if (a.start === b.start) return "none";
  const s = text.slice(a.end, b.start);
  if (s === "") return "none";
  if (/[;:\n\r]|\.\s/.test(s)) return "hard";
  if (s.includes(",")) return "comma";
  return "soft";
}
