/**
 * CSV text → rows of plain strings (RFC 4180): quoted fields with "" escapes and line breaks,
 * CRLF/LF/CR line ends, comma, semicolon or tab separator detected from the first lines
 * (an Excel "sep=;" first line is honoured). Empty fields become null.
 */
import { columnLetters, LIMITS, LimitError, limitText } from "./limits.js";
import { RowLimitError } from "./rowLimit.js";

export type Delimiter = "," | ";" | "\t";

export interface DecodedText {
  text: string;
  /** "utf-8", "utf-16le", "utf-16be", or for bytes that are not UTF-8 "windows-1258" (Vietnamese Windows) or "windows-1252" (TCVN3-era files, Western Windows). */
  encoding: string;
}

/** Bytes → text: BOMs honoured; invalid UTF-8 falls back to Windows-1258 or Windows-1252 (see looksLikeWindows1258). */
export function decodeText(bytes: Uint8Array): DecodedText {
  if (bytes[0] === 0xff && bytes[1] === 0xfe) {
    return { text: new TextDecoder("utf-16le").decode(bytes.subarray(2)), encoding: "utf-16le" };
  }
  if (bytes[0] === 0xfe && bytes[1] === 0xff) {
    return { text: new TextDecoder("utf-16be").decode(bytes.subarray(2)), encoding: "utf-16be" };
  }
  const body = bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf ? bytes.subarray(3) : bytes;
  try {
    return { text: new TextDecoder("utf-8", { fatal: true }).decode(body), encoding: "utf-8" };
  } catch {
    const vn = new TextDecoder("windows-1258").decode(body);
    if (looksLikeWindows1258(vn)) return { text: vn.normalize("NFC"), encoding: "windows-1258" };
    return { text: new TextDecoder("windows-1252").decode(body), encoding: "windows-1252" };
  }
}

const TONE_MARK = /[\u0300\u0301\u0303\u0309\u0323]/g;
const VOWEL = /[aăâeêioôơuưyAĂÂEÊIOÔƠUƯY]/;

/**
 * Vietnamese Windows saves "CSV" in code page 1258, which writes tones as combining marks after
 * the vowel ("ộ" = "ô" + U+0323). Bytes of TCVN3-era text decoded the same way give marks after
 * arbitrary letters. So: enough tone marks, nearly all right after a vowel → Windows-1258.
 */
export function looksLikeWindows1258(decoded: string): boolean {
  let marks = 0;
  let afterVowel = 0;
  for (const m of decoded.matchAll(TONE_MARK)) {
    marks++;
    if (m.index > 0 && VOWEL.test(decoded[m.index - 1])) afterVowel++;
  }
  return marks >= 3 && afterVowel >= 0.9 * marks;
}

/** Count separators outside quotes in the first lines and pick the most consistent one. */
export function detectDelimiter(text: string): Delimiter {
  const candidates: Delimiter[] = [",", ";", "\t"];
  const linesWith = new Map<Delimiter, number>(candidates.map((c) => [c, 0]));
  const totals = new Map<Delimiter, number>(candidates.map((c) => [c, 0]));
  let inQuotes = false;
  let lines = 0;
  const counts = new Map<Delimiter, number>(candidates.map((c) => [c, 0]));
  const endLine = () => {
    for (const c of candidates) {
      const n = counts.get(c)!;
      if (n > 0) linesWith.set(c, linesWith.get(c)! + 1);
      totals.set(c, totals.get(c)! + n);
      counts.set(c, 0);
    }
    lines++;
  };
  for (let i = 0; i < text.length && lines < 30; i++) {
    const ch = text[i];
    if (ch === '"') inQuotes = !inQuotes;
    else if (!inQuotes && (ch === "\n" || ch === "\r")) {
      if (ch === "\r" && text[i + 1] === "\n") i++;
      endLine();
    } else if (!inQuotes && (ch === "," || ch === ";" || ch === "\t")) {
      counts.set(ch, counts.get(ch)! + 1);
    }
  }
  endLine();
  let best: Delimiter = ",";
  for (const c of candidates) {
    const better =
      linesWith.get(c)! > linesWith.get(best)! ||
      (linesWith.get(c)! === linesWith.get(best)! && totals.get(c)! > totals.get(best)!);
    if (better) best = c;
  }
  return best;
}

export interface ParsedCsv {
  rows: (string | null)[][];
  delimiter: Delimiter;
}

/** Parse CSV text. Throws RowLimitError when a record past the first `maxRows` holds data. */
export function parseCsv(input: string, maxRows = Number.POSITIVE_INFINITY): ParsedCsv {
  let text = input.replace(/^\ufeff/, "");
  let delimiter: Delimiter | undefined;
  const sep = /^sep=(.)\r?\n/i.exec(text);
  if (sep && (sep[1] === "," || sep[1] === ";" || sep[1] === "\t")) {
    delimiter = sep[1];
    text = text.slice(sep[0].length);
  }
  delimiter ??= detectDelimiter(text);

  const rows: (string | null)[][] = [];
  let row: (string | null)[] = [];
  let field = "";
  let quoted = false; // inside a quoted field
  let wasQuoted = false; // the current field started with a quote
  let quoteRow = 0; // the record where the open quoted field began
  let quoteLines = 0; // line breaks inside it so far
  const tooLong = () =>
    new LimitError("cellChars", limitText.cell(`ô ${columnLetters(row.length + 1)}${rows.length + 1}`));
  const pushField = () => {
    if (field.length > LIMITS.cellChars) throw tooLong();
    if (row.length >= LIMITS.columns) throw new LimitError("columns", limitText.fields(rows.length + 1));
    row.push(field === "" && !wasQuoted ? null : field);
    field = "";
    wasQuoted = false;
  };
  const pushRow = () => {
    pushField();
    const empty = row.every((c) => c === null);
    // Past the limit, empty lines (trailing ",,,," of exports) are dropped; a line with data is refused.
    if (rows.length >= maxRows) {
      if (!empty) throw new RowLimitError(maxRows);
    } else {
      // A line with nothing on it is an empty row, not a row with one empty cell.
      rows.push(row.length === 1 && row[0] === null ? [] : row);
    }
    row = [];
  };
  const n = text.length;
  for (let i = 0; i < n; i++) {
    const ch = text[i];
    if (quoted) {
      if (ch === '"') {
        if (text[i + 1] === '"') {
          field += '"';
          i++;
        } else {
          quoted = false;
          // A quoted field that ran over a line break and "closes" before text: the quote opened
          // at quoteRow was never closed, and this quote opens a field of a later row.
          const next = text[i + 1];
          if (quoteLines > 0 && next !== undefined && next !== delimiter && next !== "\r" && next !== "\n") {
            throw new LimitError("quotedLines", limitText.unbalancedQuote(quoteRow));
          }
        }
      } else {
        field += ch;
        // An unbalanced quote would make the rest of the file one cell: refused, naming its row.
        if (ch === "\n" && ++quoteLines > LIMITS.quotedLines) throw new LimitError("quotedLines", limitText.unbalancedQuote(quoteRow));
        if (field.length > LIMITS.cellChars) throw tooLong();
      }
    } else if (ch === '"' && field === "" && !wasQuoted) {
      quoted = true;
      wasQuoted = true;
      quoteRow = rows.length + 1;
      quoteLines = 0;
    } else if (ch === delimiter) {
      pushField();
    } else if (ch === "\r" || ch === "\n") {
      if (ch === "\r" && text[i + 1] === "\n") i++;
      pushRow();
    } else {
      field += ch;
      if (field.length > LIMITS.cellChars) throw tooLong();
    }
  }
  if (quoted) throw new LimitError("quotedLines", limitText.unbalancedQuote(quoteRow));
  // Last record, unless the text ended with a line break.
  if (field !== "" || wasQuoted || row.length > 0) pushRow();
  while (rows.length > 0 && rows[rows.length - 1].every((c) => c === null)) rows.pop();
  return { rows, delimiter };
}
