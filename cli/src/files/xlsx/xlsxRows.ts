/**
 * The rows of one worksheet part, scanned as its text inflates (xmlScan.ts's eachElement), each
 * turned into plain values: text (shared, inline, rich text joined), numbers, booleans, Date for
 * a number in a date-formatted cell (UTC, 1900 or 1904 system), error codes ("#N/A", also as a
 * formula's cached result), a formula's cached result (its text "=…" when it has none). Empty
 * cells are null, trailing empty cells left out. Used by readXlsx.ts (whole sheets, row limit)
 * and streamXlsxRows.ts (rows handed on one at a time, no limit).
 */
import { columnLetters, LIMITS, LimitError, limitText } from "../inputs/limits.js";
import type { PlainCell } from "./cellValue.js";
import { readDateStyles, readSharedStrings, type WorkbookInfo } from "./xlsxParts.js";
import { attr, decodeXml, eachElementSpan, prefixed, runText, textContent } from "./xmlScan.js";
import type { ZipArchive } from "./zipArchive.js";

/** What the cells of one workbook are read with. */
export interface CellContext {
  strings: string[];
  dateStyles: boolean[];
  date1904: boolean;
  /** Date-formatted numbers as Excel serials of the 1900 system (1904 ones shifted) instead of Date objects. */
  datesAsSerials?: boolean;
  /**
   * The Date of each serial met (a big table repeats a few hundred days): one shared, never
   * changed object per day instead of one per cell (nothing in cchc modifies a Date).
   */
  dates?: Map<number, Date | null>;
}

/** Serials remembered per workbook before starting over. */
const DATES_LIMIT = 10_000;

/** serialToDate through the context's memo. */
function dateOf(serial: number, ctx: CellContext): Date | null {
  const memo = ctx.dates;
  if (memo === undefined) return serialToDate(serial, ctx.date1904);
  let d = memo.get(serial);
  if (d === undefined) {
    d = serialToDate(serial, ctx.date1904);
    if (memo.size >= DATES_LIMIT) memo.clear();
    memo.set(serial, d);
  }
  return d;
}

const CELL = new RegExp(`<(${prefixed("c")})(?=[\\s/>])([^>]*?)(?:\\/>|>([\\s\\S]*?)<\\/\\1>)`, "g");
const VALUE = new RegExp(`<(${prefixed("v")})(?:\\s[^>]*)?>([\\s\\S]*?)<\\/\\1>`);
const FORMULA = new RegExp(`<(${prefixed("f")})(?=[\\s/>])[^>]*?(?:\\/>|>([\\s\\S]*?)<\\/\\1>)`);
const INLINE = new RegExp(`<(${prefixed("is")})(?:\\s[^>]*)?>([\\s\\S]*?)<\\/\\1>`);

/** Excel serial → the UTC Date it shows (time of day kept), as exceljs converts it. */
function serialToDate(serial: number, date1904: boolean): Date | null {
  const d = new Date(Math.round((serial - 25569 + (date1904 ? 1462 : 0)) * 86_400_000));
  return Number.isNaN(d.getTime()) ? null : d;
}

/** A cell's <v> text of type `t` → its plain value. */
function typedValue(t: string | undefined, raw: string, dateStyle: boolean, ctx: CellContext): PlainCell {
  switch (t) {
    case "s":
      return ctx.strings[Number(raw)] || null;
    case "str":
    case "inlineStr":
      return textContent(raw) || null;
    case "e":
      return decodeXml(raw).trim() || null;
    case "b":
      return raw.trim() === "1" || raw.trim() === "true";
    case "d": {
      // ISO 8601 date (strict OOXML); without a zone it is the day shown, taken as UTC.
      const iso = raw.trim();
      const d = new Date(/[zZ]|[+-]\d\d:?\d\d$/.test(iso) || !iso.includes("T") ? iso : `${iso}Z`);
      return Number.isNaN(d.getTime()) ? textContent(raw) || null : d;
    }
    default: {
      if (raw.trim() === "") return null;
      const n = Number(raw);
      if (!Number.isFinite(n)) return textContent(raw) || null;
      return numberValue(n, dateStyle, ctx);
    }
  }
}

/** A number cell's value: the number, or in a date-formatted cell the Date it shows (or its serial). */
function numberValue(n: number, dateStyle: boolean, ctx: CellContext): PlainCell {
  if (!dateStyle) return n;
  if (ctx.datesAsSerials) return ctx.date1904 ? n + 1462 : n;
  return dateOf(n, ctx);
}

/**
 * What a cell tag says, read by readCellAttrs: column (0-based, -1 without letters, undefined
 * without "r"), style index (undefined without "s") and type ("t"). Reused from cell to cell.
 */
const cellAttrs: { col: number | undefined; style: number | undefined; t: string | undefined } = { col: undefined, style: undefined, t: undefined };

const isSpace = (c: number) => c === 32 || c === 9 || c === 10 || c === 13;

/** 0-based column of the letters at `from` ("BC12" → 54), -1 without letters. */
function columnAt(text: string, from: number): number {
  let n = 0;
  for (let i = from; i < text.length; i++) {
    const c = text.charCodeAt(i) | 0x20; // lower case
    if (c < 97 || c > 122) break;
    n = n * 26 + (c - 96);
    if (n > LIMITS.columns) return LIMITS.columns; // past XFD: refused by rowValues, however long
  }
  return n - 1;
}

/** The usual cell tag attributes, as Excel, exceljs and LibreOffice write them: ` r="A1" s="3" t="s"` (s and t optional). */
const USUAL_CELL_ATTRS = /^ r="([A-Z]{1,3})\d+"(?: s="(\d+)")?(?: t="([a-zA-Z]+)")?$/;

/**
 * Fills `cellAttrs` from the attribute text of a <c> tag: the usual shape with one regular
 * expression, any other in one pass (either quote, any spacing, entities decoded; the first of
 * a repeated attribute counts). Read for every cell of every row, so not attr() three times.
 */
function readCellAttrs(attrs: string): void {
  cellAttrs.col = cellAttrs.style = cellAttrs.t = undefined;
  const usual = USUAL_CELL_ATTRS.exec(attrs);
  if (usual !== null) {
    cellAttrs.col = columnAt(usual[1], 0);
    if (usual[2] !== undefined) cellAttrs.style = Number(usual[2]);
    cellAttrs.t = usual[3];
    return;
  }
  const n = attrs.length;
  let i = 0;
  while (i < n) {
    while (i < n && isSpace(attrs.charCodeAt(i))) i++;
    const nameStart = i;
    while (i < n && attrs.charCodeAt(i) !== 61 /* = */ && !isSpace(attrs.charCodeAt(i))) i++;
    const nameEnd = i;
    while (i < n && isSpace(attrs.charCodeAt(i))) i++;
    if (i >= n || attrs.charCodeAt(i) !== 61) return; // not name="value": leave the rest
    i++;
    while (i < n && isSpace(attrs.charCodeAt(i))) i++;
    const quote = attrs.charCodeAt(i);
    if (quote !== 34 && quote !== 39) return;
    const start = i + 1;
    const end = attrs.indexOf(quote === 34 ? '"' : "'", start);
    if (end < 0) return;
    i = end + 1;
    if (nameEnd - nameStart !== 1) continue;
    const name = attrs.charCodeAt(nameStart);
    if (name !== 114 /* r */ && name !== 115 /* s */ && name !== 116 /* t */) continue;
    // Entities or escapes in the value (never seen in practice): decode it first.
    const amp = attrs.indexOf("&", start);
    const plain = amp < 0 || amp > end;
    if (name === 114) {
      if (cellAttrs.col === undefined) cellAttrs.col = plain ? columnAt(attrs, start) : columnAt(decodeXml(attrs.slice(start, end)), 0);
    } else if (name === 115) {
      if (cellAttrs.style === undefined) cellAttrs.style = Number(plain ? attrs.slice(start, end) : decodeXml(attrs.slice(start, end)));
    } else if (cellAttrs.t === undefined) {
      const raw = attrs.slice(start, end);
      cellAttrs.t = plain && raw.indexOf("_x") < 0 && raw.indexOf("\r") < 0 ? raw : decodeXml(raw);
    }
  }
}

function cellValue(t: string | undefined, style: number | undefined, inner: string | undefined, ctx: CellContext): PlainCell {
  if (!inner) return null;
  const dateStyle = style !== undefined && ctx.dateStyles[style] === true;
  // Most cells hold just "<v>…</v>": found without the regular expression (same match).
  if (inner.startsWith("<v>")) {
    const close = inner.indexOf("</v>", 3);
    if (close >= 0) return typedValue(t, inner.slice(3, close), dateStyle, ctx);
  }
  const v = VALUE.exec(inner);
  if (v !== null) return typedValue(t, v[2], dateStyle, ctx);
  if (t === "inlineStr") {
    const is = INLINE.exec(inner);
    return is ? runText(is[2]) || null : null;
  }
  const f = FORMULA.exec(inner);
  const formula = f?.[2] ? decodeXml(f[2]).trim() : "";
  return formula === "" ? null : `=${formula}`; // a formula without a cached result
}

/** A cell's text longer than Excel allows: refused, naming the cell. */
function checkCellChars(v: PlainCell, col: number, rowNumber: number): void {
  if (typeof v === "string" && v.length > LIMITS.cellChars) {
    throw new LimitError("cellChars", limitText.cell(`ô ${columnLetters(col + 1)}${rowNumber}`, v.length));
  }
}

const isDigit = (c: number) => c >= 48 && c <= 57;

/** True when "</v></c>" starts at `k` (the "<" at k already seen). */
const closesValueAndCell = (s: string, k: number) =>
  s.charCodeAt(k + 1) === 47 && s.charCodeAt(k + 2) === 118 && s.charCodeAt(k + 3) === 62 && s.charCodeAt(k + 4) === 60 && s.charCodeAt(k + 5) === 47 && s.charCodeAt(k + 6) === 99 && s.charCodeAt(k + 7) === 62;

/**
 * The cells of one row written the usual way (Excel, exceljs, LibreOffice): only cells
 * `<c r="B12"[ s="1"][ t="s"]>` holding nothing, or one `<v>…</v>` without markup inside,
 * or self-closing, with white space between them. Read with indexOf and character codes, no
 * regular expression and no substring but the value's. Returns null at the first thing of
 * any other shape (prefixes, formulas, inline strings, other attributes, a column past XFD…):
 * the row is then read by rowValuesGeneral, which gives the same values for these shapes
 * (pinned by a property test, test/cli/files/xlsx/rowValuesFast.test.ts).
 */
export function rowValuesFast(inner: string, ctx: CellContext, rowNumber: number): PlainCell[] | null {
  return rowValuesFastIn(inner, 0, inner.length, ctx, rowNumber);
}

/** rowValuesFast for the row inner.slice(start, end), read in place (nothing read past `end` is kept). */
export function rowValuesFastIn(inner: string, start: number, end: number, ctx: CellContext, rowNumber: number): PlainCell[] | null {
  const values: PlainCell[] = [];
  const n = end;
  let p = start;
  for (;;) {
    let c = inner.charCodeAt(p);
    while (c === 32 || c === 9 || c === 10 || c === 13) c = inner.charCodeAt(++p);
    if (p >= n) return values;
    // <c r="
    if (c !== 60 || inner.charCodeAt(p + 1) !== 99 || inner.charCodeAt(p + 2) !== 32 || inner.charCodeAt(p + 3) !== 114 || inner.charCodeAt(p + 4) !== 61 || inner.charCodeAt(p + 5) !== 34) return null;
    let i = p + 6;
    // column letters (A–Z, 1 to 3 of them), then the row's digits and the closing quote
    let col = 0;
    const lettersFrom = i;
    for (c = inner.charCodeAt(i); c >= 65 && c <= 90; c = inner.charCodeAt(++i)) col = col * 26 + (c - 64);
    if (i === lettersFrom || i - lettersFrom > 3 || !isDigit(c)) return null;
    col -= 1;
    if (col >= LIMITS.columns) return null; // refused, naming the cell, by the general reader
    do c = inner.charCodeAt(++i);
    while (isDigit(c));
    if (c !== 34) return null;
    c = inner.charCodeAt(++i);
    // [ s="digits"]
    let style: number | undefined;
    if (c === 32 && inner.charCodeAt(i + 1) === 115 && inner.charCodeAt(i + 2) === 61 && inner.charCodeAt(i + 3) === 34) {
      i += 4;
      const from = i;
      style = 0;
      for (c = inner.charCodeAt(i); isDigit(c); c = inner.charCodeAt(++i)) style = style * 10 + (c - 48);
      if (i === from || c !== 34 || i - from > 9) return null;
      c = inner.charCodeAt(++i);
    }
    // [ t="letters"]
    let t: string | undefined;
    if (c === 32 && inner.charCodeAt(i + 1) === 116 && inner.charCodeAt(i + 2) === 61 && inner.charCodeAt(i + 3) === 34) {
      i += 4;
      const from = i;
      for (c = inner.charCodeAt(i); (c | 0x20) >= 97 && (c | 0x20) <= 122; c = inner.charCodeAt(++i));
      if (i === from || c !== 34) return null;
      t = i - from === 1 && inner.charCodeAt(from) === 115 ? "s" : inner.slice(from, i);
      c = inner.charCodeAt(++i);
    }
    let v: PlainCell = null;
    if (c === 47 /* / */) {
      if (inner.charCodeAt(i + 1) !== 62) return null;
      p = i + 2;
    } else if (c === 62 /* > */) {
      i++;
      if (inner.charCodeAt(i) !== 60) return null;
      c = inner.charCodeAt(i + 1);
      if (c === 47 /* </c> */) {
        if (inner.charCodeAt(i + 2) !== 99 || inner.charCodeAt(i + 3) !== 62) return null;
        p = i + 4;
      } else {
        if (c !== 118 || inner.charCodeAt(i + 2) !== 62) return null; // <v>
        const dateStyle = style !== undefined && ctx.dateStyles[style] === true;
        // Digits only (a shared string's index, a whole number, a date serial): read in place, as Number() would.
        const from = i + 3;
        let k = from;
        let num = 0;
        for (c = inner.charCodeAt(k); isDigit(c); c = inner.charCodeAt(++k)) num = num * 10 + (c - 48);
        if (c === 60 && k > from && k - from <= 9 && (t === undefined || t === "s" || t === "n")) {
          if (!closesValueAndCell(inner, k)) return null;
          v = t === "s" ? ctx.strings[num] || null : numberValue(num, dateStyle, ctx);
          p = k + 8;
        } else {
          const close = inner.indexOf("<", from);
          if (close < 0 || !closesValueAndCell(inner, close)) return null;
          v = typedValue(t, inner.slice(from, close), dateStyle, ctx);
          p = close + 8;
        }
      }
    } else return null;
    if (p > n) return null; // a cell running past the row's end: left to the general reader
    if (v === null) continue;
    checkCellChars(v, col, rowNumber);
    while (values.length < col) values.push(null);
    values[col] = v;
  }
}

/** The cells of the row s.slice(from, end); empty cells are null, trailing empty cells left out. */
function rowValues(s: string, from: number, end: number, ctx: CellContext, rowNumber: number): PlainCell[] {
  return rowValuesFastIn(s, from, end, ctx, rowNumber) ?? rowValuesGeneral(s.slice(from, end), ctx, rowNumber);
}

/** rowValues for any shape of cell: prefixes, any attributes and quoting, formulas, inline strings. */
export function rowValuesGeneral(inner: string, ctx: CellContext, rowNumber: number): PlainCell[] {
  const values: PlainCell[] = [];
  let next = 0;
  CELL.lastIndex = 0;
  let m: RegExpExecArray | null;
  while ((m = CELL.exec(inner)) !== null) {
    readCellAttrs(m[2]);
    const col = cellAttrs.col ?? next;
    next = col + 1;
    if (col < 0) continue;
    if (col >= LIMITS.columns) {
      const ref = attr(m[2], "r") ?? `${columnLetters(col + 1)}${rowNumber}`;
      throw new LimitError("columns", limitText.column(ref.length > 40 ? `${ref.slice(0, 40)}…` : ref));
    }
    const v = cellValue(cellAttrs.t, cellAttrs.style, m[3], ctx);
    if (v === null) continue;
    checkCellChars(v, col, rowNumber);
    while (values.length < col) values.push(null);
    values[col] = v;
  }
  return values;
}

/** The "r" of a row's attribute text s.slice(from, end) as a number (NaN without one): ` r="12"` first read in place. */
function rowNumberOf(s: string, from: number, end: number): number {
  if (s.startsWith(' r="', from)) {
    let n = 0;
    let i = from + 4;
    for (let c = s.charCodeAt(i); isDigit(c); c = s.charCodeAt(++i)) n = n * 10 + (c - 48);
    if (i > from + 4 && i <= from + 13 && i < end && s.charCodeAt(i) === 34) return n;
  }
  return Number(attr(s.slice(from, end), "r"));
}

/** The shared strings, date styles and date system the cells of `workbook` are read with. */
export async function readCellContext(zip: ZipArchive, workbook: WorkbookInfo): Promise<CellContext> {
  return {
    strings: await readSharedStrings(zip, workbook.sharedStringsPath),
    dateStyles: await readDateStyles(zip, workbook.stylesPath),
    date1904: workbook.date1904,
    dates: new Map(),
  };
}

/**
 * Calls `each(values, rowNumber)` for every <row> element of a worksheet's text, in order, with
 * its physical row number (its "r", or the previous row's + 1 without one). Rows with no value
 * (styled but empty) are passed too, as []. `each` may throw to stop reading. With `onMerge`,
 * the ref of every merged area (<mergeCell ref="D5:D8"/>, after the rows) is passed to it.
 */
export async function eachSheetRow(
  text: AsyncIterable<string>,
  ctx: CellContext,
  each: (values: PlainCell[], rowNumber: number) => void,
  onMerge?: (ref: string) => void,
): Promise<void> {
  let lastRow = 0;
  await eachElementSpan(text, onMerge ? "(?:row|mergeCell)" : "row", (s, attrsStart, attrsEnd, innerStart, innerEnd, name) => {
    if (onMerge && name.endsWith("mergeCell")) {
      const ref = attr(s.slice(attrsStart, attrsEnd), "ref");
      if (ref !== undefined) onMerge(ref);
      return;
    }
    const r = rowNumberOf(s, attrsStart, attrsEnd);
    const rowNumber = Number.isInteger(r) && r > 0 ? r : lastRow + 1;
    if (rowNumber > LIMITS.sheetRows) throw new LimitError("sheetRows", limitText.row(rowNumber));
    if (rowNumber <= lastRow) throw new LimitError("sheetRows", limitText.rowOrder(rowNumber, lastRow));
    lastRow = rowNumber;
    each(rowValues(s, innerStart, innerEnd, ctx, rowNumber), rowNumber);
  });
}
