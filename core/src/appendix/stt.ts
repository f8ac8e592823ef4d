/**
 * The numbering column (STT) of an appendix: parts A, B; Roman sections I…XX; tasks 1, 2;
 * sub-tasks 2.1, 1.1.1; letter items a), b). DOMAIN.md §1.
 */

export type SttKind = "part" | "roman" | "number" | "letter" | "bullet" | "empty" | "other";

export interface SttInfo {
  kind: SttKind;
  /** The STT as written, cleaned ("2.1." → "2.1", "a)" → "a"). */
  text: string;
  /** Value at each level: "1.2.3" → [1, 2, 3]; "IV" → [4]; "B" → [2]; "c" → [3]. */
  path: number[];
}

const ROMAN_VALUES: Record<string, number> = { I: 1, V: 5, X: 10, L: 50 };

/** Value of a Roman numeral up to 89 (I…LXXXIX), or 0 when the text is not a well-formed one. */
export function romanValue(text: string): number {
  const t = text.toUpperCase();
  if (!/^(XL|L?X{0,3})(IX|IV|V?I{0,3})$/.test(t) || t === "") return 0;
  let total = 0;
  for (let i = 0; i < t.length; i++) {
    const v = ROMAN_VALUES[t.charAt(i)];
    const next = ROMAN_VALUES[t.charAt(i + 1)] ?? 0;
    total += v < next ? -v : v;
  }
  return total;
}

/** Roman numeral of 1…89. */
export function toRoman(n: number): string {
  const table: [number, string][] = [
    [50, "L"], [40, "XL"], [10, "X"], [9, "IX"], [5, "V"], [4, "IV"], [1, "I"],
  ];
  let s = "";
  let rest = n;
  for (const [v, r] of table) {
    while (rest >= v) {
      s += r;
      rest -= v;
    }
  }
  return s;
}

const STT_CACHE = new Map<string, SttInfo>();
const STT_CACHE_LIMIT = 20_000;

/** Tasks numbered 1…9999 as written ("12", no leading zero, nothing around): by number, not by a string key. */
const PLAIN_NUMBERS: (SttInfo | undefined)[] = new Array<SttInfo | undefined>(10_000).fill(undefined);

/** n when `raw` is "1"…"9999" written plainly, else -1. */
function plainNumber(raw: string): number {
  const len = typeof raw === "string" ? raw.length : 0;
  if (len === 0 || len > 4) return -1;
  let n = 0;
  for (let i = 0; i < len; i++) {
    const c = raw.charCodeAt(i) - 48;
    if (c < 0 || c > 9 || (i === 0 && c === 0)) return -1;
    n = n * 10 + c;
  }
  return n;
}

/** Read an STT cell (already as text). Results are shared and frozen. */
export function parseStt(raw: string): SttInfo {
  const n = plainNumber(raw);
  if (n > 0) {
    let plain = PLAIN_NUMBERS[n];
    if (plain === undefined) {
      plain = Object.freeze({ kind: "number" as const, text: raw, path: Object.freeze([n]) as number[] });
      PLAIN_NUMBERS[n] = plain;
    }
    return plain;
  }
  let info = STT_CACHE.get(raw);
  if (info === undefined) {
    info = parseSttUncached(typeof raw === "string" ? raw : "");
    Object.freeze(info.path);
    Object.freeze(info);
    if (STT_CACHE.size >= STT_CACHE_LIMIT) STT_CACHE.clear();
    STT_CACHE.set(raw, info);
  }
  return info;
}

/** parseStt without its caches (exported for the test that pins them: cached == uncached). */
export function parseSttUncached(raw: string): SttInfo {
  const text = raw.trim().replace(/[.)]+$/, "").replace(/^\(/, "").trim();
  if (text === "") {
    if (/^[-–+•*]+$/.test(raw.trim())) return { kind: "bullet", text: raw.trim(), path: [] };
    return { kind: "empty", text: "", path: [] };
  }
  if (/^\d{1,4}(\.\d{1,4}){0,5}$/.test(text)) {
    return { kind: "number", text, path: text.split(".").map(Number) };
  }
  if (/^[IVXLivxl]{1,7}$/.test(text)) {
    const v = romanValue(text);
    // Lower-case "i", "v", "x" are letter items more often than Roman numerals.
    if (v > 0 && text === text.toUpperCase()) return { kind: "roman", text: text.toUpperCase(), path: [v] };
  }
  if (/^[A-Z]$/.test(text)) return { kind: "part", text, path: [text.charCodeAt(0) - 64] };
  if (/^[a-zđ]$/.test(text)) {
    const code = text === "đ" ? 5 : text.charCodeAt(0) - 96;
    // Vietnamese lists go a, b, c, d, đ, e…: shift letters after "d" by one.
    return { kind: "letter", text, path: [text === "đ" ? code : code > 4 ? code + 1 : code] };
  }
  if (/^[-–+•*]+$/.test(text)) return { kind: "bullet", text, path: [] };
  return { kind: "other", text, path: [] };
}

/** The STT that follows `info` at the same level ("2.1" → "2.2", "IV" → "V", "A" → "B"). */
export function nextStt(info: SttInfo): string {
  const last = info.path[info.path.length - 1] ?? 0;
  if (info.kind === "roman") return toRoman(last + 1);
  if (info.kind === "part") return String.fromCharCode(65 + last);
  if (info.kind === "number") return [...info.path.slice(0, -1), last + 1].join(".");
  return "";
}

/** Expected first STT at a numeric depth under a parent path ([] → "1", [2] → "2.1"). */
export function firstChildStt(parent: readonly number[]): string {
  return [...parent, 1].join(".");
}
