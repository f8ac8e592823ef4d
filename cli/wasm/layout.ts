// Memory layout and byte constants of the WebAssembly line reader (dossierLines.ts, its entry),
// shared by its parts (dates.ts), and the digit helpers they use.

// Memory layout (bytes). The piece the host reads the file into starts at PIECE_AT.
export const KIND_AT: usize = 0; // u8 per column: 0 skip, 1 text, 2 date, 3 count
export const SLOT_AT: usize = 256; // u8 per column: the slot of its value
export const READ_AT: usize = 512; // u8 per text slot: 1 when core reads it
export const COUNT_AT: usize = 576; // i32 per text slot: texts interned so far
/** i32 per line record: start, LF, 1 when the receipt is blank (a row for cells), 7 days, 5 text ids, supplement count. */
export const REC: i32 = 16;
export const MAX_ROWS: i32 = 8192;
export const REC_AT: usize = 1024;
/** i32 per new text: slot, id, start, length. */
export const MAX_NEW: i32 = 8192;
export const NEW_AT: usize = REC_AT + <usize>(REC * 4 * MAX_ROWS);
export const TAB_SIZE: i32 = 1 << 15;
export const TAB_AT: usize = NEW_AT + <usize>(MAX_NEW * 16);
export const MAX_ENTRIES: i32 = 1 << 14;
export const ENT_AT: usize = TAB_AT + <usize>(5 * TAB_SIZE * 8);
export const ARENA_AT: usize = ENT_AT + <usize>(5 * MAX_ENTRIES * 8);
export const ARENA_SIZE: i32 = 2 << 20;
/** The calendar tables (civilDay): per year 1900–2100 its first day and whether it is leap; per month its first day of the year and its length, common and leap years. */
export const YEARS_AT: usize = ARENA_AT + <usize>ARENA_SIZE;
export const LEAP_AT: usize = YEARS_AT + 1024;
export const MONTH_AT: usize = LEAP_AT + 256;
export const DIM_AT: usize = MONTH_AT + 128;
export const PIECE_AT: usize = (DIM_AT + 64 + 0xffff) & ~(<usize>0xffff);

export const NULL_DAY: i32 = i32.MIN_VALUE;
export const K_TEXT: u32 = 1;
export const K_DATE: u32 = 2;
export const K_COUNT: u32 = 3;
export const LF: u32 = 10;
export const CR: u32 = 13;
export const QUOTE: u32 = 34;
export const SLASH: u32 = 47;
export const COLON: u32 = 58;
export const DASH: u32 = 45;
export const SPACE: u32 = 32;

@inline export function isDigit(c: u32): bool {
  return c - 48 < 10;
}

@inline export function digitsAt(q: usize): i32 {
  return (<i32>load<u8>(q) - 48) * 10 + (<i32>load<u8>(q + 1) - 48);
}

/** Only digits in [a, b). */
@inline export function digits(a: usize, b: usize): bool {
  for (let q = a; q < b; q++) if (!isDigit(load<u8>(q))) return false;
  return true;
}

/** The number written with the digits [a, b). */
@inline export function numberAt(a: usize, b: usize): i32 {
  let v: i32 = 0;
  for (let q = a; q < b; q++) v = v * 10 + (<i32>load<u8>(q) - 48);
  return v;
}
