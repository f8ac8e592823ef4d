/** A1-style addresses for the ranges the commands write. */

/** 0-based column index → letters (0 → "A", 27 → "AB"). */
export function columnLetter(index: number): string {
  let s = "";
  let n = index + 1;
  while (n > 0) {
    const m = (n - 1) % 26;
    s = String.fromCharCode(65 + m) + s;
    n = Math.floor((n - 1) / 26);
  }
  return s;
}

/** Letters → 0-based column index ("A" → 0). */
export function columnIndexOf(letters: string): number {
  let n = 0;
  for (const ch of letters.toUpperCase()) n = n * 26 + (ch.charCodeAt(0) - 64);
  return n - 1;
}

/** A sheet name as it must appear in a formula or address: quoted unless it is a plain identifier. */
export function quoteSheetName(name: string): string {
  return /^[A-Za-z_][A-Za-z0-9_.]*$/.test(name) ? name : `'${name.replace(/'/g, "''")}'`;
}

/** 0-based top-left and size → "B3:D10" (or "B3" for one cell). */
export function rangeAddress(row: number, col: number, rows = 1, cols = 1): string {
  const first = `${columnLetter(col)}${row + 1}`;
  return rows === 1 && cols === 1 ? first : `${first}:${columnLetter(col + cols - 1)}${row + rows}`;
}

/** "'Phụ lục'!C12" for a 1-based row and a column letter. */
export function cellAddress(sheet: string, row: number, column: string): string {
  return `${quoteSheetName(sheet)}!${column}${row}`;
}
