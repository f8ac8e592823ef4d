/**
 * Fast equivalents of `cleanText` and `foldKey` (core/src/text/normalize.ts) for the texts
 * schedules are written in: each Latin/Vietnamese character's folded form is computed ONCE by
 * foldKey itself and kept in a table; a string with any character outside the table goes to
 * cleanText/foldKey unchanged. The results are equal to cleanText/foldKey for every input (the
 * property tests check it); the point is to skip `normalize()` for the common case.
 */
import { cleanText, foldKey } from "../text/normalize.js";

const SIZE = 0x2300;
const UNSAFE = 0;
const CHAR = 1;
const SPACE = 2;
const MARK = 3; // combining diacritic U+0300–U+036F: folds to nothing, but NFC may compose it

const KIND = new Uint8Array(SIZE);
const FOLD_CODE = new Uint16Array(SIZE);

function inSafeBlock(c: number): boolean {
  return (
    c < 0x0250 || // ASCII, Latin-1, Latin Extended-A/B
    (c >= 0x1e00 && c <= 0x1eff) || // Latin Extended Additional (Vietnamese)
    (c >= 0x2010 && c <= 0x2027) || // dashes, quotes, bullet, ellipsis
    c === 0x20ac ||
    (c >= 0x2212 && c <= 0x2213) ||
    (c >= 0x2264 && c <= 0x2265)
  );
}

for (let c = 0; c < SIZE; c++) {
  const ch = String.fromCharCode(c);
  if (/[\s\u00a0\u200b\ufeff]/.test(ch)) {
    KIND[c] = SPACE;
  } else if (c >= 0x0300 && c <= 0x036f) {
    KIND[c] = MARK;
  } else if (inSafeBlock(c) && ch.normalize("NFC") === ch && /^[^\u0300-\u036f][\u0300-\u036f]*$/.test(ch.normalize("NFD"))) {
    const f = foldKey(ch);
    // one character of output, none of it white space: then folding is character by character
    if (f.length === 1 && !/\s/.test(f)) {
      KIND[c] = CHAR;
      FOLD_CODE[c] = f.charCodeAt(0);
    }
  }
}

/** Same as cleanText(input). */
export function quickClean(input: string): string {
  let collapse = false;
  let prevSpace = true; // a space at the start must go
  for (let i = 0; i < input.length; i++) {
    const c = input.charCodeAt(i);
    if (c >= SIZE) return cleanText(input);
    const k = KIND[c];
    if (k === UNSAFE || k === MARK) return cleanText(input);
    if (k === SPACE) {
      if (prevSpace || c !== 0x20) collapse = true;
      prevSpace = true;
    } else prevSpace = false;
  }
  if (prevSpace && input.length > 0) collapse = true; // a space at the end
  // NFC leaves these characters as they are: only white space to collapse.
  return collapse ? input.replace(/[\s\u00a0\u200b\ufeff]+/g, " ").trim() : input;
}

/** Longest text quickFold handles itself (longer ones take foldKey). */
const MAX_QUICK = 512;

/** Same as foldKey(input). */
export function quickFold(input: string): string {
  if (input.length > MAX_QUICK) return foldKey(input);
  // A plain array of codes: String.fromCharCode.apply over it is the fastest way found to build
  // the string (faster than a typed-array view or appending one character at a time).
  const codes: number[] = [];
  let space = false;
  for (let i = 0; i < input.length; i++) {
    const c = input.charCodeAt(i);
    if (c >= SIZE) return foldKey(input);
    const k = KIND[c];
    if (k === CHAR) {
      if (space) {
        if (codes.length > 0) codes.push(0x20);
        space = false;
      }
      codes.push(FOLD_CODE[c]);
    } else if (k === SPACE) space = true;
    else if (k === UNSAFE) return foldKey(input);
    // MARK: dropped, as foldKey drops it after NFD
  }
  return String.fromCharCode.apply(null, codes);
}
