/**
 * The grid of an appendix as the reader sees it: rows of cell values converted once to Unicode
 * NFC (TCVN3, VNI and NFD text converted, each conversion reported as a `legacy-encoding`
 * finding with the fix) and their display texts, with physical row numbers and column letters.
 */
import { encodingLabel, type LegacyEncoding, mayNeedUnicodeFix, type UnicodeFix, unicodeFixOf } from "../text/legacyEncoding.js";
import { isErrorValue, textOf } from "./cells.js";
import { columnLetter } from "./columns.js";
import type { Finding } from "./types.js";
import { finding } from "./findings.js";

/** Cell (row, j) with legacy/NFD text converted; conversions are reported once per cell. */
export class Grid {
  readonly findings: Finding[] = [];
  /** Rows read and not yet released, by index (arrays: rows are read in order, and released). */
  private readonly converted: (unknown[] | undefined)[] = [];
  private readonly textCache: (string[] | undefined)[] = [];
  /** What each distinct text cell reads as (units, schedules, "Báo cáo"… repeat down a big table). */
  private readonly strings = new Map<string, GridString>();
  /** Per column: texts looked up, not found, and whether they mostly differ (then read without the memo). */
  private readonly lookups: number[] = [];
  private readonly misses: number[] = [];
  private readonly unique: boolean[] = [];

  constructor(
    readonly cells: readonly unknown[],
    readonly firstRow: number,
    readonly firstColumn: number,
  ) {}

  get length(): number {
    return this.cells.length;
  }

  letter(j: number): string {
    return columnLetter(this.firstColumn - 1 + j);
  }

  physicalRow(i: number): number {
    return this.firstRow + i;
  }

  /** Row i, converted to Unicode NFC (computed once). */
  row(i: number): readonly unknown[] {
    let cached = this.converted[i];
    if (cached === undefined) {
      this.load(i);
      cached = this.converted[i]!;
    }
    return cached;
  }

  /** Display text of every cell of row i (computed once, with the row). */
  texts(i: number): string[] {
    let t = this.textCache[i];
    if (t === undefined) {
      this.load(i);
      t = this.textCache[i]!;
    }
    return t;
  }

  /** Convert row i once: legacy/NFD text to NFC (with a finding per cell), and the display texts. */
  private load(i: number): void {
    const raw = this.cells[i];
    const row: unknown[] = Array.isArray(raw) ? raw : [];
    let out: unknown[] = row;
    const texts = new Array<string>(row.length);
    for (let j = 0; j < row.length; j++) {
      const v = row[j];
      if (typeof v !== "string") {
        texts[j] = textOf(v);
        continue;
      }
      let read: GridString | undefined;
      if (this.unique[j] === true) read = gridString(v); // a column of texts that do not repeat (task titles): no memo
      else {
        read = this.strings.get(v);
        const seen = (this.lookups[j] = (this.lookups[j] ?? 0) + 1);
        if (read === undefined) {
          read = gridString(v);
          if (this.strings.size >= GRID_STRINGS_LIMIT) this.strings.clear();
          this.strings.set(v, read);
          const misses = (this.misses[j] = (this.misses[j] ?? 0) + 1);
          if (seen >= 1000 && misses * 4 > seen * 3) this.unique[j] = true;
        }
      }
      if (read.fix !== null) {
        if (out === row) out = row.slice();
        out[j] = read.fix.text;
        this.findings.push(legacyFinding(read.fix, this.letter(j), this.physicalRow(i)));
      }
      texts[j] = read.text;
    }
    this.converted[i] = out;
    this.textCache[i] = texts;
  }

  /** Forget converted rows already read (keeps memory flat on very large tables). */
  release(i: number): void {
    this.converted[i] = undefined;
    this.textCache[i] = undefined;
  }
}

/** A text cell as the grid reads it: its conversion to Unicode NFC (null: none needed) and its display text. */
export interface GridString {
  fix: (UnicodeFix & { from: LegacyEncoding | "nfd" }) | null;
  text: string;
}

/** Distinct texts remembered per grid before starting over (memory stays bounded on any table). */
const GRID_STRINGS_LIMIT = 200_000;

/** How a text cell reads, computed for each distinct text once (exported for the test that pins the memo). */
export function gridString(v: string): GridString {
  return isPlainText(v) ? { fix: null, text: v } : gridStringByRules(v);
}

/**
 * True when the text is certainly already what the grid reads (one pass, no regular
 * expression): nothing but printable ASCII, Latin, Vietnamese precomposed letters and common
 * punctuation (mayNeedUnicodeFix false: no Latin-1 letter without a Vietnamese-only one, which
 * could be TCVN3/VNI), no two spaces in a row, no space at either end, not "#…". Pinned by a
 * property test against gridStringByRules.
 */
function isPlainText(v: string): boolean {
  const n = v.length;
  if (n === 0 || v.charCodeAt(0) === 32 || v.charCodeAt(0) === 35 || v.charCodeAt(n - 1) === 32) return false;
  let latin1 = false;
  let vietnamese = false;
  let prevSpace = false;
  for (let i = 0; i < n; i++) {
    const c = v.charCodeAt(i);
    if (c < 0x7f) {
      if (c === 32) {
        if (prevSpace) return false;
        prevSpace = true;
        continue;
      }
      if (c < 32) return false;
      prevSpace = false;
      continue;
    }
    prevSpace = false;
    if (c >= 0x1ea0 && c <= 0x1ef9) vietnamese = true;
    else if (c >= 0xa1 && c <= 0xff) latin1 = true;
    else if (c === 0x102 || c === 0x103 || c === 0x110 || c === 0x111 || c === 0x128 || c === 0x129 || c === 0x168 || c === 0x169 || c === 0x1a0 || c === 0x1a1 || c === 0x1af || c === 0x1b0) vietnamese = true;
    else if (!((c >= 0x100 && c <= 0x2ff) || (c >= 0x1e00 && c <= 0x1eff) || (c >= 0x2010 && c <= 0x2027) || (c >= 0x2030 && c <= 0x205e) || c === 0x20ac)) return false;
  }
  return !latin1 || vietnamese;
}

/** gridString by the rules themselves: legacy/NFD conversion, then the display text. */
export function gridStringByRules(v: string): GridString {
  let s = v;
  let irregular = mayNeedUnicodeFix(s);
  let fix: GridString["fix"] = null;
  if (irregular) {
    fix = unicodeFixOf(s);
    if (fix !== null) s = fix.text;
    irregular = mayNeedUnicodeFix(s);
  }
  return { fix, text: gridText(s, irregular) };
}

const SPACES = /[\s\u00a0\u200b\ufeff]+/g;

/** True when the text has white space other than single spaces (tabs, line breaks, NBSP, runs). */
function hasOddSpace(v: string): boolean {
  let prevSpace = false;
  for (let i = 0; i < v.length; i++) {
    const c = v.charCodeAt(i);
    if (c === 32) {
      if (prevSpace) return true;
      prevSpace = true;
      continue;
    }
    prevSpace = false;
    if (c < 32 || c === 0xa0 || c === 0x200b || c === 0xfeff || (c >= 0x2000 && c <= 0x200a) || c === 0x2028 || c === 0x2029 || c === 0x3000 || c === 0x1680 || c === 0x202f || c === 0x205f || c === 0x85) return true;
  }
  return false;
}

/**
 * textOf for a string the Grid already made NFC: only collapses white space. `irregular` says
 * whether the text may hold characters other than printable ASCII/Latin/Vietnamese (tabs, line
 * breaks, NBSP…); otherwise only runs of spaces need collapsing (fast path for big tables).
 */
function gridText(v: string, irregular: boolean): string {
  if (v.length === 0) return "";
  if (v.charCodeAt(0) === 35 && isErrorValue(v)) return "";
  return ((irregular && hasOddSpace(v)) || v.includes("  ") ? v.replace(SPACES, " ") : v).trim();
}

function legacyFinding(fix: UnicodeFix & { from: LegacyEncoding | "nfd" }, letter: string, row: number): Finding {
  const cell = `${letter}${row}`;
  return finding({
    code: "legacy-encoding",
    row,
    column: letter,
    message:
      fix.from === "nfd"
        ? `Ô ${cell} được gõ bằng ${encodingLabel(fix.from)}, nên tìm kiếm và so sánh có thể sai. ` +
          `Hãy thay bằng Unicode dựng sẵn (NFC): "${shorten(fix.text)}".`
        : `Ô ${cell} được gõ bằng bảng mã cũ ${encodingLabel(fix.from)}, hiển thị sai khi thiếu phông. ` +
          `Hãy chuyển sang Unicode: "${shorten(fix.text)}".`,
    fix: fix.text,
  });
}

function shorten(text: string, max = 80): string {
  return text.length <= max ? text : `${text.slice(0, max - 1)}…`;
}
