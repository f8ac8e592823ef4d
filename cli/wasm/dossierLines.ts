// AssemblyScript, compiled to WebAssembly by cli/scripts/buildWasm.mjs (npm run generate) into
// cli/src/files/inputs/dossierLinesWasm.ts. The plain lines of a dossier CSV piece, cut and read in
// wasm memory for the CLI's byte reader (dossierLineScanner.ts, wasmLines.ts): per line, the days of
// its date cells (dd/mm/yyyy[ HH:mm[:ss]], and the ISO and yyyyMMdd[HHmmss] shapes of API exports),
// its text cells interned to numbers and its
// supplement count. Any line it does not read exactly as the JavaScript scanner would — a quote, a
// CR that does not end the line, a date of another shape or that names no day, a count that is
// not 1–9 digits, a line longer than a cell, full tables — stops it at that line's start: the
// JavaScript scanner reads that line, then hands the next ones back. It decides nothing about
// dossiers: core counts the rows.

// Memory layout (bytes). The piece the host reads the file into starts at PIECE_AT.
const KIND_AT: usize = 0; // u8 per column: 0 skip, 1 text, 2 date, 3 count
const SLOT_AT: usize = 256; // u8 per column: the slot of its value
const READ_AT: usize = 512; // u8 per text slot: 1 when core reads it
const COUNT_AT: usize = 576; // i32 per text slot: texts interned so far
/** i32 per line record: start, LF, 1 when the receipt is blank (a row for cells), 7 days, 5 text ids, supplement count. */
export const REC: i32 = 16;
export const MAX_ROWS: i32 = 8192;
const REC_AT: usize = 1024;
/** i32 per new text: slot, id, start, length. */
export const MAX_NEW: i32 = 8192;
const NEW_AT: usize = REC_AT + <usize>(REC * 4 * MAX_ROWS);
const TAB_SIZE: i32 = 1 << 15;
const TAB_AT: usize = NEW_AT + <usize>(MAX_NEW * 16);
const MAX_ENTRIES: i32 = 1 << 14;
const ENT_AT: usize = TAB_AT + <usize>(5 * TAB_SIZE * 8);
const ARENA_AT: usize = ENT_AT + <usize>(5 * MAX_ENTRIES * 8);
const ARENA_SIZE: i32 = 2 << 20;
/** The calendar tables (civilDay): per year 1900–2100 its first day and whether it is leap; per month its first day of the year and its length, common and leap years. */
const YEARS_AT: usize = ARENA_AT + <usize>ARENA_SIZE;
const LEAP_AT: usize = YEARS_AT + 1024;
const MONTH_AT: usize = LEAP_AT + 256;
const DIM_AT: usize = MONTH_AT + 128;
export const PIECE_AT: usize = (DIM_AT + 64 + 0xffff) & ~(<usize>0xffff);

export const NULL_DAY: i32 = i32.MIN_VALUE;
const K_TEXT: u32 = 1;
const K_DATE: u32 = 2;
const K_COUNT: u32 = 3;
const LF: u32 = 10;
const CR: u32 = 13;
const QUOTE: u32 = 34;
const SLASH: u32 = 47;
const COLON: u32 = 58;
const DASH: u32 = 45;
const SPACE: u32 = 32;

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

@inline function isDigit(c: u32): bool {
  return c - 48 < 10;
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

@inline function daysFromCivil(y: i32, m: i32, d: i32): i32 {
  y -= m <= 2 ? 1 : 0;
  const era = (y >= 0 ? y : y - 399) / 400;
  const yoe = y - era * 400;
  const mp = (m + 9) % 12;
  const doy = (153 * mp + 2) / 5 + d - 1;
  const doe = yoe * 365 + yoe / 4 - yoe / 100 + doy;
  return era * 146097 + doe - 719468;
}

// The calendar tables, written when the module starts (a few hundred stores).
for (let y = 1900; y <= 2100; y++) {
  store<i32>(YEARS_AT + (<usize>(y - 1900) << 2), daysFromCivil(y, 1, 1));
  store<u8>(LEAP_AT + <usize>(y - 1900), (y % 4 == 0 && (y % 100 != 0 || y % 400 == 0)) ? 1 : 0);
}
for (let leap = 0; leap < 2; leap++) {
  let first = 0;
  for (let m = 1; m <= 12; m++) {
    const dim = m == 2 ? 28 + leap : (m == 4 || m == 6 || m == 9 || m == 11) ? 30 : 31;
    store<i32>(MONTH_AT + (<usize>leap << 6) + (<usize>m << 2), first);
    store<u8>(DIM_AT + (<usize>leap << 4) + <usize>m, <u8>dim);
    first += dim;
  }
}

/** The day of year/month/day (core's everydayDay: years 1900–2100, a real calendar day), or NULL_DAY: two table reads, no division. */
@inline function civilDay(y: i32, m: i32, d: i32): i32 {
  if (m < 1 || m > 12 || d < 1 || y < 1900 || y > 2100) return NULL_DAY;
  const yi = <usize>(y - 1900);
  const leap = <usize>load<u8>(LEAP_AT + yi);
  if (d > <i32>load<u8>(DIM_AT + (leap << 4) + <usize>m)) return NULL_DAY;
  return load<i32>(YEARS_AT + (yi << 2)) + load<i32>(MONTH_AT + (leap << 6) + (<usize>m << 2)) + d - 1;
}

/** civilDay for the tests (exported functions are not inlined, so the readers call civilDay). */
export function dayOf(y: i32, m: i32, d: i32): i32 {
  return civilDay(y, m, d);
}

@inline function digitsAt(q: usize): i32 {
  return (<i32>load<u8>(q) - 48) * 10 + (<i32>load<u8>(q + 1) - 48);
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

/** Only digits in [a, b). */
@inline function digits(a: usize, b: usize): bool {
  for (let q = a; q < b; q++) if (!isDigit(load<u8>(q))) return false;
  return true;
}

/** The number written with the digits [a, b). */
@inline function numberAt(a: usize, b: usize): i32 {
  let v: i32 = 0;
  for (let q = a; q < b; q++) v = v * 10 + (<i32>load<u8>(q) - 48);
  return v;
}

/** The first day and the last day core supports (1900-01-01, 2100-12-31). */
const FIRST_DAY: i32 = -25567;
const LAST_DAY: i32 = 47846;

/**
 * The end of the date written from a, its day stored in slot `slot` of the record; 0 when the
 * bytes there are none of these shapes or name no day core supports:
 * - dd/mm/yyyy[ HH:mm[:ss]] (core's everydayDay), here;
 * - the other shapes core's quickExportDate reads (apiDateAt), and anything this one does not
 *   read (dd/mm/yyyy H:mm is d/m/yyyy H:mm there).
 */
@inline function dateAt(a: usize, rec: usize, slot: usize, quoted: bool): usize {
  if (!(load<u8>(a + 2) == SLASH && load<u8>(a + 5) == SLASH)) return apiDateAt(a, rec, slot, quoted);
  // The shape of nearly every cell of a 766 list: its digits checked one by one, no loop.
  if (!(isDigit(load<u8>(a)) && isDigit(load<u8>(a + 1)) && isDigit(load<u8>(a + 3)) && isDigit(load<u8>(a + 4)) &&
    isDigit(load<u8>(a + 6)) && isDigit(load<u8>(a + 7)) && isDigit(load<u8>(a + 8)) && isDigit(load<u8>(a + 9)))) return apiDateAt(a, rec, slot, quoted);
  let b = a + 10;
  if (load<u8>(b) == SPACE) {
    if (!(load<u8>(a + 13) == COLON && isDigit(load<u8>(a + 11)) && isDigit(load<u8>(a + 12)) && isDigit(load<u8>(a + 14)) && isDigit(load<u8>(a + 15)))) return apiDateAt(a, rec, slot, quoted);
    b = a + 16;
    if (load<u8>(b) == COLON) {
      if (!(isDigit(load<u8>(a + 17)) && isDigit(load<u8>(a + 18)))) return apiDateAt(a, rec, slot, quoted);
      b = a + 19;
    }
  }
  const day = civilDay(digitsAt(a + 6) * 100 + digitsAt(a + 8), digitsAt(a + 3), digitsAt(a));
  if (day == NULL_DAY) return apiDateAt(a, rec, slot, quoted);
  store<i32>(rec + 12 + (slot << 2), day);
  return b;
}

/**
 * The other shapes core's quickExportDate reads: yyyy-mm-dd[(T| )HH:mm[:ss[(.|,)digits]][Z|±hh[:]mm]],
 * yyyyMMdd[HHmmss] and d/m/yyyy[ H:mm[:ss]]; a valid time, then the day; with a zone, the instant's
 * day in Vietnam (UTC+7). Returns the end, its day stored; 0 for anything else. Not inlined: the
 * lines of a 766 list never come here.
 */
function apiDateAt(a: usize, rec: usize, slot: usize, quoted: bool): usize {
  let b: usize;
  let y: i32;
  let m: i32;
  let d: i32;
  let h: i32 = 0;
  let mi: i32 = 0;
  let sec: i32 = 0;
  let zoned = false;
  let toVietnam: i32 = 0;
  if (load<u8>(a + 4) == DASH && load<u8>(a + 7) == DASH) {
    if (!(digits(a, a + 4) && digits(a + 5, a + 7) && digits(a + 8, a + 10))) return 0;
    y = digitsAt(a) * 100 + digitsAt(a + 2);
    m = digitsAt(a + 5);
    d = digitsAt(a + 8);
    b = a + 10;
    const sep = <u32>load<u8>(b);
    if (sep == 84 || sep == SPACE) {
      if (!(load<u8>(a + 13) == COLON && digits(a + 11, a + 13) && digits(a + 14, a + 16))) return 0;
      h = digitsAt(a + 11);
      mi = digitsAt(a + 14);
      b = a + 16;
      if (load<u8>(b) == COLON) {
        if (!digits(b + 1, b + 3)) return 0;
        sec = digitsAt(b + 1);
        b += 3;
        // A fraction: after a dot, or a comma that is not the delimiter (inside quotes, it may be).
        const dot = <u32>load<u8>(b);
        if (dot == 46 || (dot == 44 && (quoted || delim != 44))) {
          const from = ++b;
          while (isDigit(load<u8>(b))) b++;
          if (b == from) return 0;
        }
      }
      const z = <u32>load<u8>(b);
      if (z == 90 || z == 122) {
        zoned = true;
        toVietnam = 7 * 60;
        b++;
      } else if (z == 43 || z == DASH) {
        const colon: usize = load<u8>(b + 3) == COLON ? 1 : 0;
        if (!(digits(b + 1, b + 3) && digits(b + 3 + colon, b + 5 + colon))) return 0;
        const oh = digitsAt(b + 1);
        const om = digitsAt(b + 3 + colon);
        if (oh > 23 || om > 59) return 0;
        zoned = true;
        toVietnam = 7 * 60 - (z == 43 ? 1 : -1) * (oh * 60 + om);
        b += 5 + colon;
      }
    }
  } else if (load<u8>(a + 1) == SLASH || load<u8>(a + 2) == SLASH) {
    // d/m/yyyy[ H:mm[:ss]]: a day and a month of one or two digits.
    const dayEnd: usize = load<u8>(a + 1) == SLASH ? a + 1 : a + 2;
    const monthEnd: usize = load<u8>(dayEnd + 2) == SLASH ? dayEnd + 2 : dayEnd + 3;
    if (!(load<u8>(monthEnd) == SLASH && digits(a, dayEnd) && digits(dayEnd + 1, monthEnd) && digits(monthEnd + 1, monthEnd + 5))) return 0;
    d = numberAt(a, dayEnd);
    m = numberAt(dayEnd + 1, monthEnd);
    y = numberAt(monthEnd + 1, monthEnd + 5);
    b = monthEnd + 5;
    if (load<u8>(b) == SPACE) {
      const hourEnd: usize = load<u8>(b + 2) == COLON ? b + 2 : b + 3;
      if (!(load<u8>(hourEnd) == COLON && digits(b + 1, hourEnd) && digits(hourEnd + 1, hourEnd + 3))) return 0;
      h = numberAt(b + 1, hourEnd);
      mi = digitsAt(hourEnd + 1);
      b = hourEnd + 3;
      if (load<u8>(b) == COLON) {
        if (!digits(b + 1, b + 3)) return 0;
        sec = digitsAt(b + 1);
        b += 3;
      }
    }
  } else {
    // yyyyMMdd or yyyyMMddHHmmss: 8 or 14 digits.
    b = a;
    while (b < a + 15 && isDigit(load<u8>(b))) b++;
    const len = <i32>(b - a);
    if (len != 8 && len != 14) return 0;
    y = digitsAt(a) * 100 + digitsAt(a + 2);
    m = digitsAt(a + 4);
    d = digitsAt(a + 6);
    if (len == 14) {
      h = digitsAt(a + 8);
      mi = digitsAt(a + 10);
      sec = digitsAt(a + 12);
    }
  }
  if (h > 23 || mi > 59 || sec > 59) return 0;
  let day = civilDay(y, m, d);
  if (day == NULL_DAY) return 0;
  if (zoned) {
    const minutes = h * 60 + mi + toVietnam;
    // Whole days, rounded down (a negative offset can move the day back).
    day += minutes >= 0 ? minutes / 1440 : -((1439 - minutes) / 1440);
    if (day < FIRST_DAY || day > LAST_DAY) return 0;
  }
  store<i32>(rec + 12 + (slot << 2), day);
  return b;
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
        b = dateAt(a + 1, rec, <usize>load<u8>(SLOT_AT + <usize>n), true);
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
      b = dateAt(a, rec, <usize>load<u8>(SLOT_AT + <usize>n), false);
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
