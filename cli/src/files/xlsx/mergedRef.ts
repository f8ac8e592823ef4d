import type { MergedRange } from "@cchc/core";

const REF = /^\$?([A-Z]{1,3})\$?(\d{1,7})(?::\$?([A-Z]{1,3})\$?(\d{1,7}))?$/i;

function columnNumber(letters: string): number {
  let n = 0;
  for (const ch of letters.toUpperCase()) n = n * 26 + (ch.charCodeAt(0) - 64);
  return n;
}

/** A merged area's ref as a worksheet writes it ("D5:D8") → 1-based inclusive coordinates; null when unreadable. */
export function mergedRangeOf(ref: string): MergedRange | null {
  const m = REF.exec(ref.trim());
  if (!m) return null;
  const a = { row: Number(m[2]), col: columnNumber(m[1]) };
  const b = m[3] === undefined ? a : { row: Number(m[4]), col: columnNumber(m[3]) };
  if (a.row < 1 || b.row < 1) return null;
  return {
    top: Math.min(a.row, b.row),
    left: Math.min(a.col, b.col),
    bottom: Math.max(a.row, b.row),
    right: Math.max(a.col, b.col),
  };
}
