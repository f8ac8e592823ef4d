/**
 * The parts of an .xlsx that its worksheets need: the workbook (sheets in tab order with their
 * part paths and visibility, the 1904 date system), the styles (which cell styles show a
 * date) and the shared strings (rich text flattened). Paths are followed through the package
 * relationships, so non-standard part names and namespace prefixes are read too.
 */
import { LIMITS, LimitError, limitText } from "../inputs/limits.js";
import { isDateFormat } from "./cellValue.js";
import { attr, eachElement, prefixed, runText } from "./xmlScan.js";
import type { ZipArchive } from "./zipArchive.js";

export interface WorkbookSheet {
  name: string;
  hidden: boolean;
  /** Part path inside the zip, e.g. "xl/worksheets/sheet1.xml". */
  path: string;
}

export interface WorkbookInfo {
  sheets: WorkbookSheet[];
  date1904: boolean;
  sharedStringsPath?: string;
  stylesPath?: string;
}

interface Relationship {
  type: string;
  target: string;
}

const tagsOf = (xml: string, local: string) => xml.matchAll(new RegExp(`<${prefixed(local)}(?=[\\s/>])([^>]*)>`, "g"));

/** Relationship id → type (last segment) and resolved target path. */
function relationships(relsXml: string, baseDir: string): Map<string, Relationship> {
  const out = new Map<string, Relationship>();
  for (const m of tagsOf(relsXml, "Relationship")) {
    const id = attr(m[1], "Id");
    const target = attr(m[1], "Target");
    if (id === undefined || target === undefined || attr(m[1], "TargetMode") === "External") continue;
    const type = (attr(m[1], "Type") ?? "").split("/").pop() ?? "";
    out.set(id, { type, target: resolvePath(baseDir, target) });
  }
  return out;
}

/** A relationship target, relative to `baseDir` unless it starts with "/", as a zip path. */
function resolvePath(baseDir: string, target: string): string {
  const parts = (target.startsWith("/") ? target.slice(1) : `${baseDir}${target}`).split("/");
  const out: string[] = [];
  for (const p of parts) {
    if (p === "..") out.pop();
    else if (p !== "." && p !== "") out.push(p);
  }
  return out.join("/");
}

/** Thrown for a binary workbook (.xlsb): a zip, but nothing this reader can read. */
export class BinaryWorkbookError extends Error {
  constructor() {
    super('đây là sổ làm việc nhị phân Excel (.xlsb), công cụ chưa đọc được dạng này');
  }
}

/** The workbook's sheets in tab order, or null when the zip holds no workbook (not an Excel file). */
export async function readWorkbook(zip: ZipArchive): Promise<WorkbookInfo | null> {
  const root = relationships(await zip.wholeText("_rels/.rels"), "");
  const officeDocument = [...root.values()].find((r) => r.type === "officeDocument")?.target;
  const workbookPath = officeDocument && zip.has(officeDocument) ? officeDocument : "xl/workbook.xml";
  if (/\.bin$/i.test(workbookPath) || (!zip.has(workbookPath) && zip.has("xl/workbook.bin"))) throw new BinaryWorkbookError();
  if (!zip.has(workbookPath)) return null;
  const slash = workbookPath.lastIndexOf("/");
  const dir = workbookPath.slice(0, slash + 1);
  const rels = relationships(await zip.wholeText(`${dir}_rels/${workbookPath.slice(slash + 1)}.rels`), dir);
  const xml = await zip.wholeText(workbookPath);

  const workbookPr = tagsOf(xml, "workbookPr").next().value?.[1] ?? "";
  const date1904Attr = attr(workbookPr, "date1904");
  const sheets: WorkbookSheet[] = [];
  for (const m of tagsOf(xml, "sheet")) {
    const name = attr(m[1], "name");
    const rid = attr(m[1], "r:id") ?? /(?:^|\s)[\w.-]+:id\s*=\s*["']([^"']*)["']/.exec(m[1])?.[1];
    const rel = rid === undefined ? undefined : rels.get(rid);
    if (name === undefined || !rel) continue;
    // Worksheets only: chart sheets and dialog/macro sheets hold no cells.
    if (rel.type !== "worksheet" && !(rel.type === "" && /worksheets\//i.test(rel.target))) continue;
    if (!zip.has(rel.target)) continue;
    const state = attr(m[1], "state");
    sheets.push({ name, hidden: state === "hidden" || state === "veryHidden", path: rel.target });
  }
  const partOf = (type: string, fallback: string) => [...rels.values()].find((r) => r.type === type)?.target ?? (zip.has(fallback) ? fallback : undefined);
  return {
    sheets,
    date1904: date1904Attr === "1" || date1904Attr === "true",
    sharedStringsPath: partOf("sharedStrings", "xl/sharedStrings.xml"),
    stylesPath: partOf("styles", "xl/styles.xml"),
  };
}

/** Built-in number formats that show a date or a time (ECMA-376 §18.8.30; as exceljs reads them). */
const BUILT_IN_DATE_FORMATS = new Set([14, 15, 16, 17, 18, 19, 20, 21, 22, 45, 46, 47]);

/** For each cell style index (the "s" of a cell): true when its number format shows a date. */
export async function readDateStyles(zip: ZipArchive, path: string | undefined): Promise<boolean[]> {
  if (path === undefined) return [];
  const xml = await zip.wholeText(path);
  const custom = new Map<number, string>();
  for (const m of tagsOf(xml, "numFmt")) {
    const id = Number(attr(m[1], "numFmtId"));
    const code = attr(m[1], "formatCode");
    if (Number.isInteger(id) && code !== undefined) custom.set(id, code);
  }
  const cellXfs = new RegExp(`<(${prefixed("cellXfs")})(?=[\\s>])[^>]*>([\\s\\S]*?)<\\/\\1>`).exec(xml)?.[2] ?? "";
  const out: boolean[] = [];
  for (const m of tagsOf(cellXfs, "xf")) {
    const id = Number(attr(m[1], "numFmtId") ?? 0);
    const code = custom.get(id);
    out.push(code !== undefined ? isDateFormat(code) : BUILT_IN_DATE_FORMATS.has(id));
  }
  return out;
}

/** The shared string table, read piece by piece (rich text runs joined, phonetic guides left out). */
export async function readSharedStrings(zip: ZipArchive, path: string | undefined): Promise<string[]> {
  if (path === undefined) return [];
  const strings: string[] = [];
  let chars = 0;
  await eachElement(zip.text(path), "si", (_attrs, inner) => {
    const t = runText(inner);
    if (t.length > LIMITS.cellChars) throw new LimitError("cellChars", limitText.cell(`chuỗi dùng chung thứ ${strings.length + 1}`, t.length));
    chars += t.length;
    if (strings.length >= LIMITS.sharedStrings || chars > LIMITS.sharedStringChars) throw new LimitError("sharedStrings", limitText.sharedStrings());
    strings.push(t);
  });
  return strings;
}
