/**
 * The fast path of a UTF-8 dossier export (issue 16): bytes scanned in place, line by line,
 * without decoding the file into text. Once core knows the columns (preReadColumns), each row
 * is read into numbers and interned strings — dates from their digits, the texts of the
 * status, unit, staff, channel and payment cells decoded once per distinct value (hash of the
 * bytes, checked byte by byte) — and counted by core (addPreRead). Rows core declines (an
 * invalid row, a date in an unusual shape that does not read) are passed as cells, exactly as
 * the general reader would cut them; so are the rows before the header.
 *
 * Anything the general reader treats specially — a quoted field with a line break, a "" escape
 * or text after its closing quote, a quote inside a field, a lone CR, a line longer than a cell,
 * bytes that are not UTF-8, a last line without a line break — makes this reader stop at the
 * start of that line and hand the rest of the file to the general reader (csvRecords.ts), which
 * starts there in the state it would have had: results and messages never differ.
 */
import { open } from "node:fs/promises";
import { isUtf8 } from "node:buffer";
import { everydayDay, preReadDay, type PreReadColumns, type PreReadDossierRow } from "@cchc/core";
import { LIMITS } from "./limits.js";

const LF = 10;
const CR = 13;
const QUOTE = 34;
const SPACE = 32;
const SLASH = 47;
const COLON = 58;

/** What the scanner hands its rows to (dossierStream.ts). */
export interface FastCsvSink {
  /** A row as the cells the general reader would give. */
  cells(fields: string[]): void;
  /** Where core reads a pre-read row's values; null until it knows. */
  columns(): PreReadColumns | null;
  /** Count a pre-read row; false: pass it as cells. */
  preRead(r: PreReadDossierRow): boolean;
}

/** Bytes read at a time (tests set it small to cut files at every place). */
export const FAST_CSV_READ = { chunkBytes: 4 << 20 };

/**
 * Scan the file from byte `start` (after a BOM). Returns the byte offset where the general
 * reader must go on, or -1 when the whole file was read.
 */
export async function scanDossierCsv(file: string, start: number, delimiter: string, sink: FastCsvSink): Promise<number> {
  const fh = await open(file, "r");
  try {
    const scanner = new LineScanner(delimiter.charCodeAt(0), delimiter, sink);
    const buf = Buffer.allocUnsafe(FAST_CSV_READ.chunkBytes);
    let carry = 0; // bytes of an unfinished line at the start of buf
    let bufPos = start; // file offset of buf[0]
    for (;;) {
      if (carry === buf.length) {
        // One line longer than the buffer: far over a cell's limit; the general reader says so.
        return bufPos;
      }
      const { bytesRead } = await fh.read(buf, carry, buf.length - carry, bufPos + carry);
      const end = carry + bytesRead;
      if (bytesRead === 0) return end === 0 ? -1 : bufPos; // a last line without a line break
      // A second BOM: the general reader's decoder drops it, this reader would not.
      if (bufPos === start && end >= 3 && buf[0] === 0xef && buf[1] === 0xbb && buf[2] === 0xbf) return start;
      const last = buf.lastIndexOf(LF, end - 1);
      if (last < 0) {
        carry = end;
        continue;
      }
      const limit = last + 1;
      if (!isUtf8(buf.subarray(0, limit))) return bufPos;
      const stop = scanner.scan(buf, limit);
      if (stop >= 0) return bufPos + stop;
      buf.copy(buf, 0, limit, end);
      carry = end - limit;
      bufPos += limit;
    }
  } finally {
    await fh.close();
  }
}

/** Texts of one column, decoded once per distinct byte sequence. */
class Interner {
  private readonly table = new Map<number, { bytes: Buffer; text: string; next: unknown }>();
  text(buf: Buffer, a: number, b: number, hash: number): string {
    if (a === b) return "";
    type Entry = { bytes: Buffer; text: string; next: Entry | null };
    const first = this.table.get(hash) as Entry | undefined;
    for (let e: Entry | null | undefined = first; e; e = e.next) {
      const bytes = e.bytes;
      if (bytes.length !== b - a) continue;
      let i = 0;
      while (i < bytes.length && bytes[i] === buf[a + i]) i++;
      if (i === bytes.length) return e.text;
    }
    const text = buf.toString("utf8", a, b);
    // Past this many distinct values (codes in a name column?) texts are decoded each time.
    if (this.table.size < 200_000) this.table.set(hash, { bytes: Buffer.from(buf.subarray(a, b)), text, next: first ?? null });
    return text;
  }
}

const K_SKIP = 0;
const K_TEXT = 1;
const K_DATE = 2;
const K_COUNT = 3;

/** Cut lines of a buffer into fields and read them. */
class LineScanner {
  /** Field boundaries of the current line: value start, value end, hash of the value's bytes. */
  private starts = new Int32Array(64);
  private ends = new Int32Array(64);
  private hashes = new Int32Array(64);
  /** Days read from the digits while cutting (valid for the fields whose stamp is the current line). */
  private fieldDays = new Float64Array(64);
  private dayStamps = new Int32Array(64);
  private line = 0;
  private quotedLine = false;
  private plan: { kind: Uint8Array; slot: Uint8Array; texts: Interner[]; received: number } | null = null;
  private readonly row: PreReadDossierRow = { days: [null, null, null, null, null, null, null], texts: ["", "", "", "", ""], supplementCount: null };
  /** Stop bytes of a field: the delimiter, CR, LF, a quote. */
  private readonly stops = new Uint8Array(256);

  constructor(
    private readonly D: number,
    private readonly delimiterChar: string,
    private readonly sink: FastCsvSink,
  ) {
    for (const c of [D, CR, LF, QUOTE]) this.stops[c] = 1;
  }

  /** Scan buf[0, limit) (ending with LF). Returns -1, or the offset of the line where the general reader must take over. */
  scan(buf: Buffer, limit: number): number {
    let p = 0;
    while (p < limit) {
      if (this.plan === null) this.plan = this.planOf(this.sink.columns());
      const n = this.cut(buf, p);
      if (n < 0) return p;
      const nl = this.lineEnd;
      if (this.plan === null || !this.read(buf, n)) this.sink.cells(this.cells(buf, n));
      p = nl + 1;
    }
    return -1;
  }

  private lineEnd = 0;

  /**
   * Cut the line at p into fields (boundaries in starts/ends, hashes for text columns). Returns
   * the number of fields, or -1 when the line is one for the general reader.
   */
  private cut(buf: Buffer, p: number): number {
    const D = this.D;
    const stops = this.stops;
    const hashed = this.plan?.kind;
    let n = 0;
    let i = p;
    this.quotedLine = false;
    this.line++;
    for (;;) {
      if (n === this.starts.length) this.grow();
      let c = buf[i];
      let h = 0x811c9dc5 | 0;
      const kd = hashed !== undefined && n < hashed.length ? hashed[n] : K_SKIP;
      const hashing = kd === K_TEXT;
      if (c === QUOTE) {
        // A plain quoted field: no quote, CR or LF inside, closed before a delimiter or the line end.
        this.quotedLine = true;
        const a = i + 1;
        i = a;
        c = buf[i];
        while (c !== QUOTE && c !== LF && c !== CR) {
          if (hashing) h = Math.imul(h ^ c, 0x01000193);
          c = buf[++i];
        }
        if (c !== QUOTE) return -1;
        this.starts[n] = a;
        this.ends[n] = i;
        c = buf[++i];
        if (c !== D && c !== LF && c !== CR) return -1;
      } else {
        const a = i;
        if (kd === K_DATE && buf[i + 2] === SLASH && buf[i + 5] === SLASH) {
          // dd/mm/yyyy[ HH:mm[:ss]]: read from its digits, jumping to the end of the field.
          const t = everydayEnd(buf, i);
          if (t > 0 && (buf[t] === D || buf[t] === LF || buf[t] === CR)) {
            this.fieldDays[n] = everydayDay(
              (buf[a + 6] - 48) * 1000 + (buf[a + 7] - 48) * 100 + (buf[a + 8] - 48) * 10 + (buf[a + 9] - 48),
              (buf[a + 3] - 48) * 10 + (buf[a + 4] - 48),
              (buf[a] - 48) * 10 + (buf[a + 1] - 48),
            );
            this.dayStamps[n] = this.line;
            i = t;
            c = buf[i];
          }
        }
        if (kd === K_TEXT) {
          while (stops[c] === 0) {
            h = Math.imul(h ^ c, 0x01000193);
            c = buf[++i];
          }
        } else while (stops[c] === 0) c = buf[++i];
        if (c === QUOTE) return -1;
        this.starts[n] = a;
        this.ends[n] = i;
      }
      this.hashes[n] = h;
      n++;
      if (c === D) {
        i++;
        continue;
      }
      if (c === CR) {
        if (buf[i + 1] !== LF) return -1;
        i++;
      }
      // c is LF: the line ends at i
      if (i - p > LIMITS.cellChars || (this.quotedLine && n > LIMITS.columns)) return -1;
      this.lineEnd = i;
      return n;
    }
  }

  private grow(): void {
    const more = (a: Int32Array) => {
      const b = new Int32Array(a.length * 2);
      b.set(a);
      return b;
    };
    this.starts = more(this.starts);
    this.ends = more(this.ends);
    this.hashes = more(this.hashes);
    this.dayStamps = more(this.dayStamps);
    const days = new Float64Array(this.fieldDays.length * 2);
    days.set(this.fieldDays);
    this.fieldDays = days;
  }

  /** The fields of the line as the general reader gives them (csvRecords.ts): texts, "" for empty ones. */
  private cells(buf: Buffer, n: number): string[] {
    if (!this.quotedLine) return buf.toString("utf8", this.starts[0], this.ends[n - 1]).split(this.delimiterChar);
    const fields: string[] = new Array(n);
    for (let k = 0; k < n; k++) fields[k] = buf.toString("utf8", this.starts[k], this.ends[k]);
    return fields;
  }

  private planOf(c: PreReadColumns | null): LineScanner["plan"] {
    if (c === null || c.dates[0] < 0) return null;
    const all = [...c.dates, ...c.texts, c.supplementCount];
    const width = Math.max(...all) + 1;
    const kind = new Uint8Array(width);
    const slot = new Uint8Array(width);
    const set = (col: number, k: number, s: number) => {
      if (col < 0) return;
      if (kind[col] !== K_SKIP) throw new Error("fastDossierCsv: a column read for two values");
      kind[col] = k;
      slot[col] = s;
    };
    c.dates.forEach((col, s) => set(col, K_DATE, s));
    c.texts.forEach((col, s) => set(col, K_TEXT, s));
    set(c.supplementCount, K_COUNT, 0);
    return { kind, slot, texts: c.texts.map(() => new Interner()), received: c.dates[0] };
  }

  /** Read the line's values into the pre-read row and give it to core; false: pass it as cells. */
  private read(buf: Buffer, n: number): boolean {
    const plan = this.plan!;
    const { kind, slot, texts } = plan;
    const r = this.row;
    const days = r.days;
    const t = r.texts;
    for (let s = 0; s < days.length; s++) days[s] = null;
    for (let s = 0; s < t.length; s++) t[s] = "";
    r.supplementCount = null;
    const width = kind.length;
    const m = n < width ? n : width;
    for (let k = 0; k < m; k++) {
      const kd = kind[k];
      if (kd === K_SKIP) continue;
      const a = this.starts[k];
      const b = this.ends[k];
      if (kd === K_TEXT) {
        t[slot[k]] = texts[slot[k]].text(buf, a, b, this.hashes[k]);
      } else if (kd === K_DATE) {
        if (a === b) continue;
        const day = this.dayStamps[k] === this.line ? this.fieldDays[k] : dateAt(buf, a, b);
        if (day !== day) return false;
        days[slot[k]] = day;
      } else {
        if (a === b) continue;
        if (b - a > 9) return false;
        let v = 0;
        for (let i = a; i < b; i++) {
          const c = buf[i] - 48;
          if (c < 0 || c > 9) return false;
          v = v * 10 + c;
        }
        r.supplementCount = v;
      }
    }
    // Core's contract: the receipt is a day written starting with a digit (not a header or group row).
    if (days[0] === null || !digit(buf[this.starts[plan.received]])) return false;
    return this.sink.preRead(r);
  }
}

const digit = (c: number): boolean => c >= 48 && c <= 57;

/** The end of dd/mm/yyyy[ HH:mm[:ss]] written from `a` (digits checked; the slashes are), or -1. */
function everydayEnd(buf: Buffer, a: number): number {
  if (!(digit(buf[a]) && digit(buf[a + 1]) && digit(buf[a + 3]) && digit(buf[a + 4]) && digit(buf[a + 6]) && digit(buf[a + 7]) && digit(buf[a + 8]) && digit(buf[a + 9]))) return -1;
  if (buf[a + 10] !== SPACE) return a + 10;
  if (!(buf[a + 13] === COLON && digit(buf[a + 11]) && digit(buf[a + 12]) && digit(buf[a + 14]) && digit(buf[a + 15]))) return -1;
  if (buf[a + 16] !== COLON) return a + 16;
  return digit(buf[a + 17]) && digit(buf[a + 18]) ? a + 19 : -1;
}

/**
 * The day of a date cell's bytes [a, b): dd/mm/yyyy[ HH:mm[:ss]] read from the digits (core's
 * everydayDay decides whether it is a day), any other shape decoded and read by core
 * (preReadDay). NaN: not readable, the row goes as cells. Never null (the cell is not empty).
 */
function dateAt(buf: Buffer, a: number, b: number): number {
  const len = b - a;
  if (
    (len === 10 || len === 16 || len === 19) &&
    buf[a + 2] === SLASH && buf[a + 5] === SLASH &&
    digit(buf[a]) && digit(buf[a + 1]) && digit(buf[a + 3]) && digit(buf[a + 4]) &&
    digit(buf[a + 6]) && digit(buf[a + 7]) && digit(buf[a + 8]) && digit(buf[a + 9]) &&
    (len === 10 ||
      (buf[a + 10] === SPACE && buf[a + 13] === COLON && digit(buf[a + 11]) && digit(buf[a + 12]) && digit(buf[a + 14]) && digit(buf[a + 15]) &&
        (len === 16 || (buf[a + 16] === COLON && digit(buf[a + 17]) && digit(buf[a + 18])))))
  ) {
    const day = everydayDay(
      (buf[a + 6] - 48) * 1000 + (buf[a + 7] - 48) * 100 + (buf[a + 8] - 48) * 10 + (buf[a + 9] - 48),
      (buf[a + 3] - 48) * 10 + (buf[a + 4] - 48),
      (buf[a] - 48) * 10 + (buf[a + 1] - 48),
    );
    if (day === day) return day;
  }
  const d = preReadDay(buf.toString("utf8", a, b));
  return d === null ? Number.NaN : d;
}
