// AssemblyScript, compiled to WebAssembly by cli/scripts/buildWasm.mjs (npm run generate) into
// cli/src/files/inputs/dossierLinesWasm.ts; the entry of the module (its parts: layout.ts, dates.ts).
// The plain lines of a dossier CSV piece, cut and read in wasm memory for the CLI's byte reader
// (dossierLineScanner.ts, wasmLines.ts): per line, the days of its date cells (dates.ts), its text
// cells interned to numbers and its supplement count. Any line it does not read exactly as the
// JavaScript scanner would — a quote inside a field, a CR that does not end the line, a date of
// another shape or that names no day, a count that is not 1–9 digits, a line longer than a cell,
// full tables — stops it at that line's start: the JavaScript scanner reads that line, then hands
// the next ones back. It decides nothing about dossiers: core counts the rows.

import {
  ARENA_AT, ARENA_SIZE, COUNT_AT, CR, ENT_AT, KIND_AT, K_COUNT, K_DATE, K_TEXT, LF, MAX_ENTRIES, MAX_NEW, MAX_ROWS, NEW_AT,
  NULL_DAY, QUOTE, READ_AT, REC, REC_AT, SLOT_AT, TAB_AT, TAB_SIZE, isDigit,
} from "./layout";
import { civilDay, dateAt } from "./dates";

// The host reads these: the record size, the limits of one call, where its piece starts, a blank day.
export { REC, MAX_ROWS, MAX_NEW, PIECE_AT, NULL_DAY } from "./layout";

let width: i32 = 0;
let delim: u32 = 44;
let cellChars: i32 = 0;
let arenaUsed: i32 = 0;
/** The tables hold texts of an earlier file (a new memory is already zero: not filling it spares touching 1.3 MB). */
let tablesUsed = false;
/** Set by lines(): records written, new texts listed, 1 when it stopped at a line it does not read. */
export let rowsOut: i32 = 0;
export let newOut: i32 = 0;
export let hardOut: i32 = 0;

/** Start a file: the host wrote the kinds, slots and read text slots; tables are emptied. */
export function setup(columns: i32, delimiter: i32, maxLineBytes: i32): void {
  width = columns;
  delim = <u32>delimiter;
  cellChars = maxLineBytes;
  arenaUsed = 0;
  memory.fill(COUNT_AT, 0, 20);
  if (tablesUsed) memory.fill(TAB_AT, 0, <usize>(5 * TAB_SIZE * 8));
  tablesUsed = true;
}

/** The first delimiter, LF, CR or quote at or after p (the piece always ends with an LF). */
@inline function special(p: usize): usize {
  const d = i8x16.splat(<i8>delim);
  const lf = i8x16.splat(<i8>LF);
  const cr = i8x16.splat(<i8>CR);
  const q = i8x16.splat(<i8>QUOTE);
  while (true) {
    const v = v128.load(p);
    const m = i8x16.bitmask(v128.or(v128.or(i8x16.eq(v, d), i8x16.eq(v, lf)), v128.or(i8x16.eq(v, cr), i8x16.eq(v, q))));
    if (m != 0) return p + <usize>ctz(m);
    p += 16;
  }
}

/** Equal bytes at a and b, len of them. */
@inline function same(a: usize, b: usize, len: i32): bool {
  let k: i32 = 0;
  while (k + 8 <= len) {
    if (load<u64>(a + <usize>k) != load<u64>(b + <usize>k)) return false;
    k += 8;
  }
  while (k < len) {
    if (load<u8>(a + <usize>k) != load<u8>(b + <usize>k)) return false;
    k++;
  }
  return true;
}

/** The id (≥ 1) of the text at [a, a + len) in text slot `slot`, listed as new when first seen; -1 when the tables are full. */
function intern(slot: i32, a: usize, len: i32): i32 {
  let x: u64 = load<u64>(a);
  let y: u64 = 0;
  if (len < 8) x &= (<u64>1 << (<u64>len << 3)) - 1;
  else y = load<u64>(a + <usize>(len - 8));
  const h64 = (x * 0x9e3779b97f4a7c15) ^ ((y ^ <u64>len) * 0xc2b2ae3d27d4eb4f);
  const hash = <u32>(h64 >> 32) ^ <u32>h64;
  const table = TAB_AT + <usize>(slot * TAB_SIZE * 8);
  const ents = ENT_AT + <usize>(slot * MAX_ENTRIES * 8);
  const mask = <u32>(TAB_SIZE - 1);
  let i = hash & mask;
  while (true) {
    const t = table + <usize>(i << 3);
    const e = load<i32>(t, 4);
    if (e == 0) break;
    if (load<u32>(t) == hash) {
      const en = ents + <usize>((e - 1) << 3);
      if (load<i32>(en, 4) == len && same(ARENA_AT + <usize>load<i32>(en), a, len)) return e;
    }
    i = (i + 1) & mask;
  }
  const n = load<i32>(COUNT_AT + <usize>(slot << 2));
  if (n >= MAX_ENTRIES - 1 || arenaUsed + len > ARENA_SIZE || newOut >= MAX_NEW) return -1;
  memory.copy(ARENA_AT + <usize>arenaUsed, a, <usize>len);
  const en = ents + <usize>(n << 3);
  store<i32>(en, arenaUsed);
  store<i32>(en, len, 4);
  arenaUsed += len;
  const id = n + 1;
  store<i32>(COUNT_AT + <usize>(slot << 2), id);
  const t = table + <usize>(i << 3);
  store<u32>(t, hash);
  store<i32>(t, id, 4);
  const nw = NEW_AT + <usize>(newOut << 4);
  store<i32>(nw, slot);
  store<i32>(nw, id, 4);
  store<i32>(nw, <i32>a, 8);
  store<i32>(nw, len, 12);
  newOut++;
  return id;
}

/** The first quote, LF or CR at or after p: the end of a quoted field's value. */
@inline function closingQuote(p: usize): usize {
  const lf = i8x16.splat(<i8>LF);
  const cr = i8x16.splat(<i8>CR);
  const q = i8x16.splat(<i8>QUOTE);
  while (true) {
    const v = v128.load(p);
    const m = i8x16.bitmask(v128.or(i8x16.eq(v, lf), v128.or(i8x16.eq(v, cr), i8x16.eq(v, q))));
    if (m != 0) return p + <usize>ctz(m);
    p += 16;
  }
}

/** The supplement count written in [a, b) (1–9 digits) stored in the record; false when it is not that. */
@inline function count(a: usize, b: usize, rec: usize): bool {
  if (b - a > 9) return false;
  let v: i32 = 0;
  for (let q = a; q < b; q++) {
    const dgt = <u32>load<u8>(q) - 48;
    if (dgt > 9) return false;
    v = v * 10 + <i32>dgt;
  }
  store<i32>(rec, v, 60);
  return true;
}

/** Read the line at p into the record at rec. Returns the offset of its LF, or 0: a line this reader leaves to the host. */
function line(p: usize, rec: usize): usize {
  for (let s: usize = 0; s < 7; s++) store<i32>(rec + 12 + (s << 2), NULL_DAY);
  for (let s: usize = 0; s < 5; s++) store<i32>(rec + 40 + (s << 2), load<u8>(READ_AT + s) != 0 ? 0 : -1);
  store<i32>(rec, -1, 60);
  const D = delim;
  let a = p;
  let n: i32 = 0;
  let b: usize;
  let c: u32;
  let quoted = false;
  while (true) {
    const k: u32 = n < width ? <u32>load<u8>(KIND_AT + <usize>n) : 0;
    c = <u32>load<u8>(a);
    if (c == QUOTE) {
      // A plain quoted field: no quote, CR or LF inside, closed before a delimiter or the line end.
      quoted = true;
      if (k == K_DATE && <u32>load<u8>(a + 1) != QUOTE) {
        b = dateAt(a + 1, rec, <usize>load<u8>(SLOT_AT + <usize>n), true, delim);
        if (b == 0) return 0;
      } else {
        b = closingQuote(a + 1);
        if (b > a + 1) {
          if (k == K_TEXT) {
            const id = intern(<i32>load<u8>(SLOT_AT + <usize>n), a + 1, <i32>(b - a - 1));
            if (id < 0) return 0;
            store<i32>(rec + 40 + (<usize>load<u8>(SLOT_AT + <usize>n) << 2), id);
          } else if (k == K_COUNT) {
            if (!count(a + 1, b, rec)) return 0;
          }
        }
      }
      if (<u32>load<u8>(b) != QUOTE) return 0;
      b++;
    } else if (k == K_DATE && c != D && c != LF && c != CR) {
      b = dateAt(a, rec, <usize>load<u8>(SLOT_AT + <usize>n), false, delim);
      if (b == 0) return 0;
    } else {
      b = special(a);
      if (<u32>load<u8>(b) == QUOTE) return 0;
      if (b > a) {
        if (k == K_TEXT) {
          const id = intern(<i32>load<u8>(SLOT_AT + <usize>n), a, <i32>(b - a));
          if (id < 0) return 0;
          store<i32>(rec + 40 + (<usize>load<u8>(SLOT_AT + <usize>n) << 2), id);
        } else if (k == K_COUNT) {
          if (!count(a, b, rec)) return 0;
        }
      }
    }
    c = <u32>load<u8>(b);
    if (c != D && c != LF && !(c == CR && <u32>load<u8>(b + 1) == LF)) return 0;
    n++;
    if (c != D) break;
    a = b + 1;
  }
  // b is the line's end (its CR or LF). A line with quotes counts its CR, as the JavaScript scanner does.
  const lf = c == CR ? b + 1 : b;
  if (<i32>((quoted ? lf : b) - p) > cellChars) return 0;
  store<i32>(rec, <i32>p);
  store<i32>(rec, <i32>lf, 4);
  store<i32>(rec, load<i32>(rec, 12) == NULL_DAY ? 1 : 0, 8);
  return lf;
}

/**
 * Read the lines from `from` up to `limit` (a line start after an LF), until the records or the
 * list of new texts are full or a line this reader leaves to the host (hardOut = 1). Returns the
 * offset where it stopped (a line start); rowsOut records and newOut new texts were written.
 */
export function lines(from: usize, limit: usize): usize {
  rowsOut = 0;
  newOut = 0;
  hardOut = 0;
  let p = from;
  while (p < limit && rowsOut < MAX_ROWS && newOut <= MAX_NEW - 5) {
    const lf = line(p, REC_AT + <usize>(rowsOut * REC * 4));
    if (lf == 0) {
      hardOut = 1;
      break;
    }
    rowsOut++;
    p = lf + 1;
  }
  return p;
}

export function recordsAt(): usize {
  return REC_AT;
}

export function newTextsAt(): usize {
  return NEW_AT;
}

/** civilDay for the tests (exported functions are not inlined, so the readers call civilDay). */
export function dayOf(y: i32, m: i32, d: i32): i32 {
  return civilDay(y, m, d);
}
