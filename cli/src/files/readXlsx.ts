/**
 * .xlsx → one 2-D array of plain values per sheet. The zip is read from its central directory
 * and each worksheet is inflated and scanned row by row (zipArchive.ts, xmlScan.ts), so memory
 * stays bounded and an oversized sheet is refused early (RowLimitError).
 *
 * Not exceljs' streaming WorkbookReader: in exceljs 4.4 it decodes each inflated chunk on its
 * own and turns a Vietnamese letter split across two chunks into "\ufffd" (exceljs issues
 * #2084, #2063, #2316) — 154 of 100,000 cells in a 20,000-row test file. Here one UTF-8
 * decoder reads each part from start to end.
 *
 * Row i of the array is physical row i+1, column j is column j+1 (A1 at [0][0]).
 * Values (as cellValue.ts's plainCell gives them): text (shared, inline, rich text joined),
 * numbers, booleans, Date for a number in a date-formatted cell (UTC, 1900 or 1904 system),
 * error codes ("#N/A", also as a formula's cached result), a formula's cached result (its text
 * "=…" when it has none). Hyperlinks give their text; a merged area holds its value only in
 * the master cell; empty strings are null.
 */
import type { PlainCell } from "./cellValue.js";
import { RowLimitError } from "./rowLimit.js";
import { readDateStyles, readSharedStrings, readWorkbook } from "./xlsxParts.js";
import { attr, decodeXml, eachElement, prefixed, runText, textContent } from "./xmlScan.js";
import { openZipArchive } from "./zipArchive.js";

export interface SheetCells {
  name: string;
  hidden: boolean;
  cells: PlainCell[][];
}

export interface ReadXlsxOptions {
  /** Keep only the cells of the sheets this accepts (the others are listed with no cells). */
  keepSheet?: (name: string) => boolean;
  maxRows: number;
}

/** Thrown when a sheet is larger than the limit; names the sheet. */
export class SheetTooLargeError extends RowLimitError {
  readonly sheet: string;
  constructor(limit: number, sheet: string) {
    super(limit);
    this.sheet = sheet;
  }
}

/** What the cells of one workbook are read with. */
interface CellContext {
  strings: string[];
  dateStyles: boolean[];
  date1904: boolean;
}

const CELL = new RegExp(`<(${prefixed("c")})(?=[\\s/>])([^>]*?)(?:\\/>|>([\\s\\S]*?)<\\/\\1>)`, "g");
const VALUE = new RegExp(`<(${prefixed("v")})(?:\\s[^>]*)?>([\\s\\S]*?)<\\/\\1>`);
const FORMULA = new RegExp(`<(${prefixed("f")})(?=[\\s/>])[^>]*?(?:\\/>|>([\\s\\S]*?)<\\/\\1>)`);
const INLINE = new RegExp(`<(${prefixed("is")})(?:\\s[^>]*)?>([\\s\\S]*?)<\\/\\1>`);

/** "BC12" → 54 (0-based column), or -1 without letters. */
function columnIndex(ref: string): number {
  let n = 0;
  for (let i = 0; i < ref.length; i++) {
    const c = ref.charCodeAt(i) | 0x20; // lower case
    if (c < 97 || c > 122) break;
    n = n * 26 + (c - 96);
  }
  return n - 1;
}

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
      return dateStyle ? serialToDate(n, ctx.date1904) : n;
    }
  }
}

function cellValue(attrs: string, inner: string | undefined, ctx: CellContext): PlainCell {
  if (!inner) return null;
  const t = attr(attrs, "t");
  const s = attr(attrs, "s");
  const dateStyle = s !== undefined && ctx.dateStyles[Number(s)] === true;
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

/** The cells of one row; empty cells are null, trailing empty cells left out. */
function rowValues(inner: string, ctx: CellContext): PlainCell[] {
  const values: PlainCell[] = [];
  let next = 0;
  CELL.lastIndex = 0;
  let m: RegExpExecArray | null;
  while ((m = CELL.exec(inner)) !== null) {
    const ref = attr(m[2], "r");
    const col = ref === undefined ? next : columnIndex(ref);
    next = col + 1;
    if (col < 0) continue;
    const v = cellValue(m[2], m[3], ctx);
    if (v === null) continue;
    while (values.length < col) values.push(null);
    values[col] = v;
  }
  return values;
}

async function readSheetCells(
  text: AsyncIterable<string>,
  sheet: string,
  ctx: CellContext,
  maxRows: number,
): Promise<PlainCell[][]> {
  const cells: PlainCell[][] = [];
  let lastRow = 0;
  await eachElement(text, "row", (attrs, inner) => {
    const r = Number(attr(attrs, "r"));
    const rowNumber = Number.isInteger(r) && r > 0 ? r : lastRow + 1;
    lastRow = rowNumber;
    const values = rowValues(inner, ctx);
    if (values.length === 0) return; // styled but empty rows do not count
    if (rowNumber > maxRows) throw new SheetTooLargeError(maxRows, sheet);
    while (cells.length < rowNumber - 1) cells.push([]);
    cells[rowNumber - 1] = values;
  });
  return cells;
}

export async function readXlsx(file: string, options: ReadXlsxOptions): Promise<SheetCells[]> {
  const zip = await openZipArchive(file);
  try {
    const workbook = await readWorkbook(zip);
    if (workbook === null) return [];
    const kept = workbook.sheets.map((s) => options.keepSheet === undefined || options.keepSheet(s.name));
    let ctx: CellContext | undefined;
    const out: SheetCells[] = [];
    for (const [i, sheet] of workbook.sheets.entries()) {
      let cells: PlainCell[][] = [];
      if (kept[i]) {
        ctx ??= {
          strings: await readSharedStrings(zip, workbook.sharedStringsPath),
          dateStyles: await readDateStyles(zip, workbook.stylesPath),
          date1904: workbook.date1904,
        };
        cells = await readSheetCells(zip.text(sheet.path), sheet.name, ctx, options.maxRows);
      }
      out.push({ name: sheet.name, hidden: sheet.hidden, cells });
    }
    return out;
  } finally {
    await zip.close();
  }
}
