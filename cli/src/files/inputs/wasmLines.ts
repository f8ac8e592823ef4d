/**
 * The WebAssembly line reader of the dossier CSV byte reader (source: cli/wasm/dossierLines.ts,
 * AssemblyScript; carried as base64 in dossierLinesWasm.ts). The file's pieces are read straight
 * into its memory (pieceBuffer); it cuts the plain lines of a piece and reads their dates, texts
 * (as numbers, each new text listed once) and supplement counts into records, and stops at the
 * first line it does not read exactly as the JavaScript scanner would, which then reads that one
 * line (dossierLineScanner.ts). Nothing here decides anything about a dossier.
 */
import { DOSSIER_LINES_WASM } from "./dossierLinesWasm.js";

/** Tests switch it off to compare the JavaScript scanner alone with both together. */
export const WASM_LINES = { enabled: true };

interface Exports {
  memory: WebAssembly.Memory;
  PIECE_AT: WebAssembly.Global;
  REC: WebAssembly.Global;
  NULL_DAY: WebAssembly.Global;
  rowsOut: WebAssembly.Global;
  newOut: WebAssembly.Global;
  hardOut: WebAssembly.Global;
  setup(columns: number, delimiter: number, maxLineBytes: number): void;
  lines(from: number, limit: number): number;
  recordsAt(): number;
  newTextsAt(): number;
  dayOf(y: number, m: number, d: number): number;
}

/** Column kinds, as the JavaScript scanner numbers them. */
export const WASM_KIND = { skip: 0, text: 1, date: 2, count: 3 } as const;
/** Columns the module's plan has room for. */
const MAX_WIDTH = 256;

let compiled: WebAssembly.Module | null | undefined;

/** The compiled module, null when this Node cannot run it (no WebAssembly SIMD). */
function wasmModule(): WebAssembly.Module | null {
  if (compiled === undefined) {
    try {
      compiled = new WebAssembly.Module(Buffer.from(DOSSIER_LINES_WASM, "base64"));
    } catch {
      compiled = null;
    }
  }
  return compiled;
}

/** An instance: its own memory, tables of texts and piece buffer. */
export class WasmLines {
  private readonly x: Exports;
  private i32: Int32Array;
  private pieceView: Buffer | null = null;
  readonly rec: number;
  readonly nullDay: number;

  private constructor(instance: WebAssembly.Instance) {
    this.x = instance.exports as unknown as Exports;
    this.i32 = new Int32Array(this.x.memory.buffer);
    this.rec = this.x.REC.value as number;
    this.nullDay = this.x.NULL_DAY.value as number;
  }

  /** A new instance, or null when it is switched off or cannot run here. */
  static create(): WasmLines | null {
    if (!WASM_LINES.enabled) return null;
    const m = wasmModule();
    if (m === null) return null;
    try {
      return new WasmLines(new WebAssembly.Instance(m, { env: { abort: () => { throw new Error("dossierLines: abort"); } } }));
    } catch {
      return null;
    }
  }

  /**
   * A buffer of `bytes` bytes in the module's memory, for the pieces of the file (the memory grows
   * once, here: views of it stay valid after). The same buffer each time it fits.
   */
  pieceBuffer(bytes: number): Buffer {
    if (this.pieceView !== null && this.pieceView.length >= bytes) return this.pieceView.subarray(0, bytes);
    const at = this.x.PIECE_AT.value as number;
    // Room past the end: the module reads up to 64 bytes beyond a line's last byte.
    const need = at + bytes + 64;
    const have = this.x.memory.buffer.byteLength;
    if (need > have) this.x.memory.grow(Math.ceil((need - have) / 65536));
    this.i32 = new Int32Array(this.x.memory.buffer);
    this.pieceView = Buffer.from(this.x.memory.buffer, at, bytes);
    return this.pieceView;
  }

  /** Whether buf lies in this module's memory (a piece it can read). */
  holds(buf: Buffer): boolean {
    return buf.buffer === this.x.memory.buffer;
  }

  /**
   * Start a file: per column its kind (WASM_KIND) and slot, which text slots core reads.
   * false: too many columns for the module (the JavaScript scanner reads every line).
   */
  setup(kind: Uint8Array, slot: Uint8Array, readTexts: boolean[], delimiter: number, maxLineBytes: number): boolean {
    if (kind.length > MAX_WIDTH || delimiter > 127) return false;
    const mem = new Uint8Array(this.x.memory.buffer);
    mem.set(kind, 0);
    mem.set(slot, 256);
    for (let s = 0; s < 5; s++) mem[512 + s] = readTexts[s] === true ? 1 : 0;
    this.x.setup(kind.length, delimiter, maxLineBytes);
    return true;
  }

  /**
   * Read the lines of buf[from, limit) (limit after an LF). Returns the index where it stopped:
   * limit, a line it leaves to the JavaScript scanner (hard), or a line start when its records
   * were full. `rows` records from recordsAt and `newTexts` new texts were written.
   */
  lines(buf: Buffer, from: number, limit: number): { stop: number; rows: number; newTexts: number; hard: boolean } {
    const off = buf.byteOffset;
    const stop = this.x.lines(off + from, off + limit) - off;
    return { stop, rows: this.x.rowsOut.value as number, newTexts: this.x.newOut.value as number, hard: this.x.hardOut.value === 1 };
  }

  /** The records of the last lines() call: Int32 index of the first, values per record. */
  records(): { i32: Int32Array; at: number } {
    return { i32: this.i32, at: this.x.recordsAt() >> 2 };
  }

  /** The i-th new text of the last lines() call: its slot, id, and bytes [start, end) as indexes of buf. */
  newText(buf: Buffer, i: number): { slot: number; id: number; start: number; end: number } {
    const b = (this.x.newTextsAt() >> 2) + i * 4;
    const start = this.i32[b + 2] - buf.byteOffset;
    return { slot: this.i32[b], id: this.i32[b + 1], start, end: start + this.i32[b + 3] };
  }

  /** The module's day of year/month/day (NULL_DAY: none), for the tests against core's everydayDay. */
  dayOf(y: number, m: number, d: number): number {
    return this.x.dayOf(y, m, d);
  }
}
