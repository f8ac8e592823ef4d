/**
 * A lean streaming reader for the first (or a named) worksheet of an .xlsx, for big one-stop
 * exports: the zip's central directory is read, the worksheet entry is inflated as a stream and
 * its <row> elements are scanned one at a time; shared strings are held (one copy each).
 * Values: shared/inline strings → text, numbers → numbers (date cells stay Excel serials, which
 * core reads as dates), booleans → true/false, errors → their code ("#N/A").
 *
 * Returns null when the file uses something this reader does not handle (zip64, encryption,
 * prefixed XML namespaces, an unknown compression): the caller then uses exceljs.
 */
import { createReadStream } from "node:fs";
import { open } from "node:fs/promises";
import { createInflateRaw } from "node:zlib";

export type XlsxRowSink = (row: unknown[], rowNumber: number) => void;

interface ZipEntry {
  name: string;
  method: number;
  compressedSize: number;
  localOffset: number;
}

type Handle = Awaited<ReturnType<typeof open>>;

async function readAt(fh: Handle, position: number, length: number): Promise<Buffer> {
  const buf = Buffer.alloc(length);
  let done = 0;
  while (done < length) {
    const { bytesRead } = await fh.read(buf, done, length - done, position + done);
    if (bytesRead === 0) break;
    done += bytesRead;
  }
  return buf.subarray(0, done);
}

async function centralDirectory(fh: Handle, size: number): Promise<Map<string, ZipEntry> | null> {
  const tailLen = Math.min(size, 65_557);
  const tail = await readAt(fh, size - tailLen, tailLen);
  let eocd = -1;
  for (let i = tail.length - 22; i >= 0; i--) {
    if (tail.readUInt32LE(i) === 0x06054b50) {
      eocd = i;
      break;
    }
  }
  if (eocd < 0) return null;
  const count = tail.readUInt16LE(eocd + 10);
  const cdSize = tail.readUInt32LE(eocd + 12);
  const cdOffset = tail.readUInt32LE(eocd + 16);
  if (count === 0xffff || cdSize === 0xffffffff || cdOffset === 0xffffffff) return null; // zip64
  const cd = await readAt(fh, cdOffset, cdSize);
  const entries = new Map<string, ZipEntry>();
  let p = 0;
  for (let i = 0; i < count; i++) {
    if (p + 46 > cd.length || cd.readUInt32LE(p) !== 0x02014b50) return null;
    const flags = cd.readUInt16LE(p + 8);
    const method = cd.readUInt16LE(p + 10);
    const compressedSize = cd.readUInt32LE(p + 20);
    const nameLen = cd.readUInt16LE(p + 28);
    const extraLen = cd.readUInt16LE(p + 30);
    const commentLen = cd.readUInt16LE(p + 32);
    const localOffset = cd.readUInt32LE(p + 42);
    const name = cd.toString("utf8", p + 46, p + 46 + nameLen);
    if (flags & 1) return null; // encrypted entry
    if (compressedSize === 0xffffffff || localOffset === 0xffffffff) return null;
    entries.set(name.replace(/^\//, ""), { name, method, compressedSize, localOffset });
    p += 46 + nameLen + extraLen + commentLen;
  }
  return entries;
}

async function dataStart(fh: Handle, e: ZipEntry): Promise<number | null> {
  const h = await readAt(fh, e.localOffset, 30);
  if (h.length < 30 || h.readUInt32LE(0) !== 0x04034b50) return null;
  return e.localOffset + 30 + h.readUInt16LE(26) + h.readUInt16LE(28);
}

/** The entry as a stream of text chunks (UTF-8). */
async function* entryText(file: string, fh: Handle, e: ZipEntry): AsyncGenerator<string> {
  const start = await dataStart(fh, e);
  if (start === null) throw new Error(`mục ${e.name} của tệp zip bị hỏng`);
  const raw = createReadStream(file, { start, end: start + e.compressedSize - 1, highWaterMark: 1 << 20 });
  const source = e.method === 8 ? raw.pipe(createInflateRaw({ chunkSize: 1 << 18 })) : raw;
  if (e.method === 8) raw.on("error", (err) => source.destroy(err));
  const decoder = new TextDecoder("utf-8");
  for await (const chunk of source) yield decoder.decode(chunk as Buffer, { stream: true });
  const rest = decoder.decode();
  if (rest) yield rest;
}

async function entryWhole(file: string, fh: Handle, e: ZipEntry): Promise<string> {
  const parts: string[] = [];
  for await (const t of entryText(file, fh, e)) parts.push(t);
  return parts.join("");
}

const ENTITY = /&(lt|gt|amp|quot|apos|#\d+|#x[0-9a-fA-F]+);/g;
export function decodeXml(s: string): string {
  if (s.indexOf("&") < 0) return s;
  return s.replace(ENTITY, (_, e: string) => {
    switch (e) {
      case "lt":
        return "<";
      case "gt":
        return ">";
      case "amp":
        return "&";
      case "quot":
        return '"';
      case "apos":
        return "'";
      default:
        return String.fromCodePoint(e[1] === "x" ? parseInt(e.slice(2), 16) : parseInt(e.slice(1), 10));
    }
  });
}

/** Text of a <si> or <is> element: its <t> runs, without phonetic (<rPh>) runs. */
function richText(inner: string): string {
  const noPhonetic = inner.indexOf("<rPh") >= 0 ? inner.replace(/<rPh\b[\s\S]*?<\/rPh>/g, "") : inner;
  let out = "";
  const re = /<t\b[^>]*?(?:\/>|>([\s\S]*?)<\/t>)/g;
  let m: RegExpExecArray | null;
  while ((m = re.exec(noPhonetic)) !== null) out += m[1] ?? "";
  return decodeXml(out);
}

function sharedStrings(xml: string): string[] {
  const out: string[] = [];
  const re = /<si\b[^>]*?(?:\/>|>([\s\S]*?)<\/si>)/g;
  let m: RegExpExecArray | null;
  while ((m = re.exec(xml)) !== null) out.push(m[1] ? richText(m[1]) : "");
  return out;
}

/** Worksheet paths in tab order, with their names. */
function sheetsOf(workbookXml: string, relsXml: string): { name: string; path: string }[] {
  const targets = new Map<string, string>();
  for (const m of relsXml.matchAll(/<Relationship\b([^>]*)\/?>/g)) {
    const id = /\bId="([^"]*)"/.exec(m[1])?.[1];
    const target = /\bTarget="([^"]*)"/.exec(m[1])?.[1];
    if (id && target) targets.set(id, target.startsWith("/") ? target.slice(1) : `xl/${target}`.replace(/\/\.\//g, "/"));
  }
  const sheets: { name: string; path: string }[] = [];
  for (const m of workbookXml.matchAll(/<sheet\b([^>]*)\/?>/g)) {
    const name = /\bname="([^"]*)"/.exec(m[1])?.[1];
    const rid = /\br:id="([^"]*)"/.exec(m[1])?.[1] ?? /\b\w+:id="([^"]*)"/.exec(m[1])?.[1];
    const path = rid ? targets.get(rid) : undefined;
    if (name !== undefined && path) sheets.push({ name: decodeXml(name), path });
  }
  return sheets;
}

function columnIndex(ref: string): number {
  let n = 0;
  for (let i = 0; i < ref.length; i++) {
    const c = ref.charCodeAt(i);
    if (c < 65 || c > 90) break;
    n = n * 26 + (c - 64);
  }
  return n - 1;
}

const CELL = /<c\b([^>]*?)(?:\/>|>([\s\S]*?)<\/c>)/g;
const V = /<v>([\s\S]*?)<\/v>/;

function parseRow(xml: string, strings: string[]): unknown[] {
  const row: unknown[] = [];
  CELL.lastIndex = 0;
  let m: RegExpExecArray | null;
  let next = 0;
  while ((m = CELL.exec(xml)) !== null) {
    const attrs = m[1];
    const inner = m[2];
    const ref = /\br="([A-Z]+)\d*"/.exec(attrs)?.[1];
    const col = ref ? columnIndex(ref) : next;
    next = col + 1;
    if (!inner) continue;
    const t = /\bt="([a-zA-Z]+)"/.exec(attrs)?.[1];
    let value: unknown = null;
    if (t === "inlineStr") {
      const is = /<is>([\s\S]*?)<\/is>/.exec(inner);
      value = is ? richText(is[1]) : null;
    } else {
      const v = V.exec(inner)?.[1];
      if (v === undefined) continue;
      if (t === "s") value = strings[Number(v)] ?? null;
      else if (t === "str" || t === "e") value = decodeXml(v);
      else if (t === "b") value = v === "1";
      else {
        const num = Number(v);
        value = Number.isFinite(num) ? num : decodeXml(v);
      }
    }
    if (value === "") value = null;
    row[col] = value;
  }
  for (let i = 0; i < row.length; i++) if (row[i] === undefined) row[i] = null;
  return row;
}

export interface XlsxStreamResult {
  sheet: string;
  rows: number;
  sheets: string[];
}

/**
 * Stream the rows of one worksheet (the first, or `sheetName`). Returns null when the file
 * needs the general reader (see above); throws `SheetNotFound` semantics via `sheets` when
 * the named sheet does not exist (result.sheet === "").
 */
export async function streamXlsxRowsFast(file: string, onRow: XlsxRowSink, sheetName?: string): Promise<XlsxStreamResult | null> {
  const fh = await open(file, "r");
  try {
    const { size } = await fh.stat();
    const entries = await centralDirectory(fh, size);
    if (!entries) return null;
    for (const e of entries.values()) if (e.method !== 0 && e.method !== 8) return null;
    const wb = entries.get("xl/workbook.xml");
    const rels = entries.get("xl/_rels/workbook.xml.rels");
    if (!wb || !rels) return null;
    const sheets = sheetsOf(await entryWhole(file, fh, wb), await entryWhole(file, fh, rels));
    if (sheets.length === 0) return null;
    const names = sheets.map((s) => s.name);
    const chosen = sheetName === undefined ? sheets[0] : sheets.find((s) => s.name === sheetName);
    if (!chosen) return { sheet: "", rows: 0, sheets: names };
    const entry = entries.get(chosen.path);
    if (!entry) return null;
    const sst = entries.get("xl/sharedStrings.xml");
    const strings = sst ? sharedStrings(await entryWhole(file, fh, sst)) : [];

    let buf = "";
    let started = false;
    let rows = 0;
    let lastRow = 0;
    for await (const text of entryText(file, fh, entry)) {
      buf += text;
      if (!started) {
        const sd = buf.indexOf("<sheetData");
        if (sd < 0) {
          if (buf.length > 1 << 20) return null; // no plain <sheetData> near the start: prefixed namespace?
          continue;
        }
        started = true;
        buf = buf.slice(sd);
      }
      let pos = 0;
      for (;;) {
        const open = buf.indexOf("<row", pos);
        if (open < 0) break;
        const tagEnd = buf.indexOf(">", open);
        if (tagEnd < 0) break;
        let close: number;
        let inner: string;
        if (buf.charCodeAt(tagEnd - 1) === 47 /* / */) {
          close = tagEnd + 1;
          inner = "";
        } else {
          const end = buf.indexOf("</row>", tagEnd);
          if (end < 0) break;
          close = end + 6;
          inner = buf.slice(tagEnd + 1, end);
        }
        const r = /\br="(\d+)"/.exec(buf.slice(open, tagEnd));
        const rowNumber = r ? Number(r[1]) : lastRow + 1;
        lastRow = rowNumber;
        rows++;
        onRow(parseRow(inner, strings), rowNumber);
        pos = close;
      }
      buf = buf.slice(pos);
    }
    if (!started) return null;
    return { sheet: chosen.name, rows, sheets: names };
  } finally {
    await fh.close();
  }
}
