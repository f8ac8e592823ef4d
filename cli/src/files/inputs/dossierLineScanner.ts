/**
 * The line scanner of the fast dossier CSV reader (fastDossierCsv.ts): lines of a buffer cut into
 * fields in place, and the values core asked for (PreReadColumns) read from their bytes — dates
 * from their digits, texts interned (textInterner.ts), the supplement count — into one reused row
 * handed to the sink. A line it cannot read as the general reader would (csvRecords.ts) stops it.
 *
 * Generic in the token a text becomes: core's PreReadText on the main thread, a number in the
 * worker that scans the second part of a big file (dossierScanWorker.ts).
 *
 * The pieces of the file are read into the memory of a WebAssembly line reader (wasmLines.ts),
 * which reads runs of plain lines into records much faster; at a line it leaves to this scanner
 * (a date of another shape, a field with a quote…) this scanner reads that line, then hands back.
 */
import { everydayDay, preReadDay, type PreReadColumns } from "@cchc/core/preRead";
import { LIMITS } from "./limits.js";
import { Interner } from "./textInterner.js";
import { WasmLines } from "./wasmLines.js";

const LF = 10;
const CR = 13;
const QUOTE = 34;
const SPACE = 32;
const SLASH = 47;
const COLON = 58;

/** A row as values (core's PreReadDossierRow when T is PreReadText). */
export interface ScannedRow<T> {
  days: (number | null)[];
  texts: (T | null)[];
  supplementCount: number | null;
}

/** What the scanner hands its rows to. */
export interface FastCsvSink<T> {
  /** A row as the cells the general reader would give. */
  cells(fields: string[]): void;
  /** Where core reads a pre-read row's values; null until it knows. */
  columns(): PreReadColumns | null;
  /** What core makes of a text of pre-read text column `slot`. */
  text(slot: number, text: string): T;
  /**
   * Count a pre-read row; false: pass it as cells. `lineStart` and `lineEnd` are the file
   * offsets of the line's first byte and of its LF.
   */
  preRead(r: ScannedRow<T>, lineStart: number, lineEnd: number): boolean;
}

/** An empty row: no day, no text, no count. */
export function emptyRow<T>(): ScannedRow<T> {
  return { days: [null, null, null, null, null, null, null], texts: [null, null, null, null, null], supplementCount: null };
}

const K_SKIP = 0;
const K_TEXT = 1;
const K_DATE = 2;
const K_COUNT = 3;

interface Plan<T> {
  /** Per column: what is read there (K_*) and into which slot of the row. */
  kind: Uint8Array;
  slot: Uint8Array;
  /** Per text slot, its interner (null: a column core did not ask for). */
  texts: (Interner<T> | null)[];
  /** The receipt's column. */
  received: number;
  /** Per text slot, the token of a blank cell (null: a column core did not ask for). */
  blanks: (T | null)[];
  /** Per column: 1 when its last field was shorter than 8 bytes. */
  short: Uint8Array;
}

/** Cut lines of a buffer into fields and read them. */
export class LineScanner<T> {
  /** The file offset of byte 0 of the buffer being scanned (set by the reader before scan()). */
  base = 0;
  /** Field boundaries of the current line (the value inside the quotes for a quoted field). */
  private starts = new Int32Array(64);
  private ends = new Int32Array(64);
  private lineEnd = 0;
  private quotedLine = false;
  /** A value of the current line could not be read (a date that does not read, a count that is not digits): the row goes as cells. */
  private failed = false;
  private plan: Plan<T> | null = null;
  private readonly row: ScannedRow<T> = emptyRow<T>();
  /** Stop bytes of a field: the delimiter, CR, LF, a quote. */
  private readonly stops = new Uint8Array(256);
  /** The WebAssembly line reader (undefined: not made yet, null: none), on while it pays. */
  private wasm: WasmLines | null | undefined = undefined;
  private wasmOn = false;
  /** Per text slot, the token of each id the WebAssembly reader gave (0: a blank cell). */
  private wasmTokens: (T | null)[][] = [];
  /** Calls in a row that stopped at their first line. */
  private wasmMisses = 0;
  /** Lines the WebAssembly reader read (tests). */
  wasmRows = 0;

  constructor(
    private readonly D: number,
    private readonly delimiterChar: string,
    private readonly sink: FastCsvSink<T>,
  ) {
    for (const c of [D, CR, LF, QUOTE]) this.stops[c] = 1;
  }

  /** The columns the rows are read by, once the sink knew them (null before). */
  get columns(): PreReadColumns | null {
    return this.columnsRead;
  }
  private columnsRead: PreReadColumns | null = null;
  /** Called once, as soon as the sink knows the columns (before the row that learnt them is read). */
  onColumns: ((c: PreReadColumns) => void) | null = null;

  /** The cells of one whole line (its LF at the end of buf), as the scan passes a row it does not pre-read; null: a line for the general reader. */
  lineCells(buf: Buffer): string[] | null {
    this.nextQuote = this.nextCR = this.nextD = -1;
    const n = this.cutPlain(buf, 0, null);
    return n < 0 ? null : this.cells(buf, n);
  }

  /** A buffer for the pieces of the file: in the WebAssembly reader's memory when there is one. */
  pieceBuffer(bytes: number): Buffer {
    if (this.wasm === undefined) this.wasm = WasmLines.create();
    return this.wasm === null ? Buffer.allocUnsafe(bytes) : this.wasm.pieceBuffer(bytes);
  }

  /** Scan buf[from, limit) (ending with LF). Returns -1, or the offset of the line where the general reader must take over. */
  scan(whole: Buffer, from: number, limit: number): number {
    // Searches stay inside the bytes read (what lies past them is left over from earlier reads).
    const buf = whole.subarray(0, limit);
    if (this.dv.buffer !== whole.buffer || this.dv.byteOffset !== whole.byteOffset) this.dv = new DataView(whole.buffer, whole.byteOffset, whole.length);
    this.nextQuote = this.nextCR = this.nextD = -1;
    let p = from;
    while (p < limit) {
      if (this.plan === null) this.plan = this.planOf(this.sink.columns());
      const plan = this.plan;
      if (plan !== null && this.wasmOn && (this.wasm as WasmLines).holds(whole)) {
        p = this.wasmLines(whole, p, limit);
        if (p >= limit) break;
      }
      if (plan !== null) {
        const r = this.row;
        for (let s = 0; s < r.days.length; s++) r.days[s] = null;
        for (let s = 0; s < r.texts.length; s++) r.texts[s] = plan.blanks[s];
        r.supplementCount = null;
        this.failed = false;
      }
      this.receivedDigit = false;
      const n = this.cutPlain(buf, p, plan);
      if (n < 0) return p;
      // Core's contract: the receipt is a day written starting with a digit (not a header or group row).
      const preRead =
        plan !== null && !this.failed && this.row.days[0] !== null && this.receivedDigit && this.sink.preRead(this.row, this.base + p, this.base + this.lineEnd);
      if (!preRead) this.sink.cells(this.cells(buf, n));
      p = this.lineEnd + 1;
    }
    return -1;
  }

  /**
   * Lines of buf from p read by the WebAssembly reader, each row handed to the sink as the
   * JavaScript scan would. Returns where it stopped: limit, or a line this scanner must read.
   */
  private wasmLines(buf: Buffer, p: number, limit: number): number {
    // The next quote, CR and delimiter found before are behind; lineCells() below also sets them,
    // for another buffer: searched again from the line this scanner reads next.
    this.nextQuote = this.nextCR = this.nextD = -1;
    const w = this.wasm as WasmLines;
    const row = this.row;
    const tokens = this.wasmTokens;
    const NULL = w.nullDay;
    const REC = w.rec;
    for (;;) {
      const r = w.lines(buf, p, limit);
      for (let i = 0; i < r.newTexts; i++) {
        const t = w.newText(buf, i);
        tokens[t.slot][t.id] = this.sink.text(t.slot, buf.toString("utf8", t.start, t.end));
      }
      const { i32, at } = w.records();
      const off = buf.byteOffset;
      this.wasmRows += r.rows;
      for (let k = 0, q = at; k < r.rows; k++, q += REC) {
        const start = i32[q] - off;
        const lf = i32[q + 1] - off;
        if (i32[q + 2] === 0) {
          for (let s = 0; s < 7; s++) {
            const v = i32[q + 3 + s];
            row.days[s] = v === NULL ? null : v;
          }
          for (let s = 0; s < 5; s++) {
            const id = i32[q + 10 + s];
            row.texts[s] = id < 0 ? null : tokens[s][id];
          }
          const count = i32[q + 15];
          row.supplementCount = count < 0 ? null : count;
          if (this.sink.preRead(row, this.base + start, this.base + lf)) continue;
        }
        const cells = this.lineCells(buf.subarray(start, lf + 1));
        if (cells === null) throw new Error(`dossierLineScanner: a line read by WebAssembly is not one (byte ${this.base + start})`);
        this.sink.cells(cells);
        this.nextQuote = this.nextCR = this.nextD = -1;
      }
      if (!r.hard) {
        if (r.stop >= limit) return r.stop;
        p = r.stop;
        continue;
      }
      // A file whose lines it mostly leaves to this scanner (dates in another shape…): not worth the calls.
      if (r.rows === 0 && ++this.wasmMisses >= 64) this.wasmOn = false;
      else if (r.rows > 0) this.wasmMisses = 0;
      return r.stop;
    }
  }

  /** Next quote, CR and delimiter at or after the current line (buf.length: none), -1: not searched yet. */
  private nextQuote = -1;
  private nextCR = -1;
  private nextD = -1;
  /** The bytes of the buffer scanned, as a DataView (four bytes at a time). */
  private dv: DataView = new DataView(new ArrayBuffer(0)) as DataView;
  /** The receipt cell of the current line starts with a digit. */
  private receivedDigit = false;

  /**
   * Cut a line without quotes with the native byte search (indexOf: faster than a loop over its
   * bytes), reading the values core asked for into the row; a line with a quote goes to cut().
   * Returns the number of fields, or -1 when the line is one for the general reader.
   */
  private cutPlain(buf: Buffer, p: number, plan: Plan<T> | null): number {
    const nl = buf.indexOf(LF, p);
    if (this.nextQuote < p) this.nextQuote = indexOr(buf, QUOTE, p);
    if (this.nextQuote < nl) return this.cut(buf, p, plan);
    if (this.nextCR < p) this.nextCR = indexOr(buf, CR, p);
    const end = this.nextCR === nl - 1 && nl > p ? nl - 1 : nl;
    // A CR that does not end the line, a line longer than a cell: for the general reader.
    if (this.nextCR < end || end - p > LIMITS.cellChars) return -1;
    this.quotedLine = false;
    this.lineEnd = nl;
    this.starts[0] = p;
    this.ends[0] = end;
    // Rows before the header: cells() splits the line.
    if (plan === null) return 1;
    const { kind, slot, texts, received, short } = plan;
    const width = kind.length;
    const D = this.D;
    const row = this.row;
    let a = p;
    let n = 0;
    for (;;) {
      const kd = kind[n];
      let b: number;
      if (a === end || buf[a] === D) {
        b = a; // an empty field: nothing to search for
      } else if (kd === K_DATE && buf[a + 2] === SLASH && buf[a + 5] === SLASH && (b = everydayEnd(buf, a)) > 0 && (b === end || buf[b] === D)) {
        // dd/mm/yyyy[ HH:mm[:ss]] up to the delimiter: its end is known without a search.
        if (n === received) this.receivedDigit = true;
        const day = everydayDay(
          (buf[a + 6] - 48) * 1000 + (buf[a + 7] - 48) * 100 + (buf[a + 8] - 48) * 10 + (buf[a + 9] - 48),
          (buf[a + 3] - 48) * 10 + (buf[a + 4] - 48),
          (buf[a] - 48) * 10 + (buf[a + 1] - 48),
        );
        if (day === day) row.days[slot[n]] = day;
        else this.failed = true;
      } else {
        // A column whose last field was short (a row number, "Có") is looked through here; others
        // with the native search (a call costs what a loop over a few bytes does).
        b = a + 1;
        if (short[n] === 1) {
          const near = a + 8 < end ? a + 8 : end;
          while (b < near && buf[b] !== D) b++;
        }
        if (short[n] !== 1 || (b === a + 8 && b !== end)) {
          if (this.nextD < b) this.nextD = indexOr(buf, D, b);
          b = this.nextD < end ? this.nextD : end;
        }
        short[n] = b - a < 8 ? 1 : 0;
        if (kd === K_TEXT) {
          row.texts[slot[n]] = (texts[slot[n]] as Interner<T>).token(buf, this.dv, a, b);
        } else if (kd === K_DATE) {
          if (n === received) this.receivedDigit = digit(buf[a]);
          const day = dateAt(buf, a, b);
          if (day === day) row.days[slot[n]] = day;
          else this.failed = true;
        } else if (kd === K_COUNT) {
          this.value(buf, a, b, kd, 0, plan);
        }
      }
      n++;
      // Past the last column core reads, the rest of the line is not looked at (cells() splits it when needed).
      if (b === end || n === width) break;
      a = b + 1;
    }
    return 1;
  }

  /**
   * Cut a line with quotes byte by byte into fields (boundaries in starts/ends) and, with a plan,
   * read the values core asked for into the row. Returns the number of fields, or -1 when the
   * line is one for the general reader.
   */
  private cut(buf: Buffer, p: number, plan: Plan<T> | null): number {
    const D = this.D;
    const stops = this.stops;
    const width = plan === null ? 0 : plan.kind.length;
    let starts = this.starts;
    let ends = this.ends;
    let n = 0;
    let i = p;
    this.quotedLine = false;
    for (;;) {
      if (n === starts.length) {
        this.grow();
        starts = this.starts;
        ends = this.ends;
      }
      let c = buf[i];
      const kd = n < width ? (plan as Plan<T>).kind[n] : K_SKIP;
      let a: number;
      if (c === QUOTE) {
        // A plain quoted field: no quote, CR or LF inside, closed before a delimiter or the line end.
        this.quotedLine = true;
        a = i + 1;
        i = a;
        c = buf[i];
        while (c !== QUOTE && c !== LF && c !== CR) c = buf[++i];
        if (c !== QUOTE) return -1;
        starts[n] = a;
        ends[n] = i;
        c = buf[++i];
        if (c !== D && c !== LF && c !== CR) return -1;
        if (kd !== K_SKIP) this.value(buf, a, ends[n], kd, (plan as Plan<T>).slot[n], plan as Plan<T>);
      } else {
        a = i;
        while (stops[c] === 0) c = buf[++i];
        if (c === QUOTE) return -1;
        starts[n] = a;
        ends[n] = i;
        if (kd !== K_SKIP) this.value(buf, a, i, kd, (plan as Plan<T>).slot[n], plan as Plan<T>);
      }
      if (plan !== null && n === plan.received && ends[n] > starts[n]) this.receivedDigit = digit(buf[starts[n]]);
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

  /** A value of a line with quotes, a date in another shape, a count (empty: left blank). */
  private value(buf: Buffer, a: number, b: number, kd: number, slot: number, plan: Plan<T>): void {
    if (kd === K_TEXT) {
      this.row.texts[slot] = (plan.texts[slot] as Interner<T>).token(buf, this.dv, a, b);
    } else if (a === b) {
      return;
    } else if (kd === K_DATE) {
      const day = dateAt(buf, a, b);
      if (day === day) this.row.days[slot] = day;
      else this.failed = true;
    } else if (b - a > 9) {
      this.failed = true;
    } else {
      let v = 0;
      for (let i = a; i < b; i++) {
        const c = buf[i] - 48;
        if (c < 0 || c > 9) {
          this.failed = true;
          return;
        }
        v = v * 10 + c;
      }
      this.row.supplementCount = v;
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
  }

  /** The fields of the line as the general reader gives them (csvRecords.ts): texts, "" for empty ones. */
  private cells(buf: Buffer, n: number): string[] {
    if (!this.quotedLine) return buf.toString("utf8", this.starts[0], this.ends[n - 1]).split(this.delimiterChar);
    // A line with quotes: cut() kept every field.
    const fields: string[] = new Array(n);
    for (let k = 0; k < n; k++) fields[k] = buf.toString("utf8", this.starts[k], this.ends[k]);
    return fields;
  }

  private planOf(c: PreReadColumns | null): Plan<T> | null {
    if (c === null || c.dates[0] < 0) return null;
    this.columnsRead = c;
    this.onColumns?.(c);
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
    const texts = c.texts.map((col, s) => (col < 0 ? null : new Interner<T>((text) => this.sink.text(s, text))));
    const blanks = texts.map((t) => t?.blank ?? null);
    if (this.wasm) {
      this.wasmOn = this.wasm.setup(kind, slot, texts.map((t) => t !== null), this.D, LIMITS.cellChars);
      this.wasmTokens = blanks.map((b) => [b]);
    }
    return { kind, slot, texts, received: c.dates[0], blanks, short: new Uint8Array(width) };
  }
}

const digit = (c: number): boolean => c >= 48 && c <= 57;

/** Index of byte `c` in buf at or after `from`; buf.length when there is none. */
function indexOr(buf: Buffer, c: number, from: number): number {
  const i = buf.indexOf(c, from);
  return i < 0 ? buf.length : i;
}

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
