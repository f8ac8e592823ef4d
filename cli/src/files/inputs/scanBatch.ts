/**
 * The rows a scan worker read (dossierScanWorker.ts), sent to the main thread in batches and
 * handed there to the same sink, in file order, as if the main thread had scanned them
 * (fastDossierCsv.ts). A batch holds the rows of one piece of the file as numbers: per row a
 * kind, the seven days, the five text ids and the supplement count, plus the file offsets of its
 * line; the texts met for the first time (a worker-local id per distinct text of a column); the
 * cells of the rows passed as cells.
 */
import type { PreReadColumns } from "@cchc/core/preRead";
import type { FastCsvSink, ScannedRow } from "./dossierLineScanner.js";
import { emptyRow } from "./dossierLineScanner.js";

/** Int32 values per row: kind, 7 days, 5 text ids, supplement count. */
const STRIDE = 14;
const KIND_VALUES = 0;
const KIND_CELLS = 1;
/** A blank day or count, or a text column core did not ask for. */
const NONE = -2147483648;

export interface ScanBatch {
  kind: "batch";
  rows: Int32Array;
  /** Per row, the file offsets of its first byte and of its LF. */
  lines: Float64Array;
  n: number;
  /** [slot, id, text] of the texts first met in this batch. */
  texts: [number, number, string][];
  cells: string[][];
  /** The file offset just past the batch's last line. */
  end: number;
}

/** The worker's sink: rows recorded, not counted. A text becomes its column's next id. */
export class BatchRecorder implements FastCsvSink<number> {
  private rows: Int32Array = new Int32Array(STRIDE * 4096);
  private lines: Float64Array = new Float64Array(2 * 4096);
  private n = 0;
  private texts: [number, number, string][] = [];
  private cellRows: string[][] = [];
  private readonly ids = [0, 0, 0, 0, 0];

  constructor(private readonly known: FastCsvSink<number>["columns"]) {}

  columns() {
    return this.known();
  }

  text(slot: number, text: string): number {
    const id = this.ids[slot]++;
    this.texts.push([slot, id, text]);
    return id;
  }

  preRead(r: ScannedRow<number>, lineStart: number, lineEnd: number): boolean {
    const o = this.room();
    const rows = this.rows;
    rows[o] = KIND_VALUES;
    for (let d = 0; d < 7; d++) {
      const v = r.days[d];
      rows[o + 1 + d] = v === null ? NONE : v;
    }
    for (let t = 0; t < 5; t++) {
      const v = r.texts[t];
      rows[o + 8 + t] = v === null ? NONE : v;
    }
    rows[o + 13] = r.supplementCount === null ? NONE : r.supplementCount;
    this.lines[2 * this.n] = lineStart;
    this.lines[2 * this.n + 1] = lineEnd;
    this.n++;
    return true;
  }

  cells(fields: string[]): void {
    const o = this.room();
    this.rows[o] = KIND_CELLS;
    this.rows[o + 1] = this.cellRows.length;
    this.cellRows.push(fields);
    this.n++;
  }

  /** Buffers the main thread has handed back, for the next batches. */
  private readonly spare: { rows: Int32Array; lines: Float64Array }[] = [];

  /** Take back a batch's buffers once its rows are counted. */
  recycle(rows: Int32Array, lines: Float64Array): void {
    this.spare.push({ rows, lines });
  }

  /** The rows so far, as a batch ending at file offset `end` (its buffers go with it: the message moves them); a new batch starts. */
  take(end: number): ScanBatch {
    const b: ScanBatch = { kind: "batch", rows: this.rows, lines: this.lines, n: this.n, texts: this.texts, cells: this.cellRows, end };
    const next = this.spare.pop();
    this.rows = next?.rows ?? new Int32Array(this.rows.length);
    this.lines = next?.lines ?? new Float64Array(this.lines.length);
    this.n = 0;
    this.texts = [];
    this.cellRows = [];
    return b;
  }

  private room(): number {
    if ((this.n + 1) * STRIDE > this.rows.length) {
      const rows = new Int32Array(this.rows.length * 2);
      rows.set(this.rows);
      this.rows = rows;
      const lines = new Float64Array(this.lines.length * 2);
      lines.set(this.lines);
      this.lines = lines;
    }
    return this.n * STRIDE;
  }
}

/**
 * The main thread's side: each batch's rows handed to the sink in order, exactly as the scanner
 * hands its own. A row the sink declines as values is passed as the cells of its line, read back
 * from the file (`lineCells`).
 */
export class BatchApplier<T> {
  /** Per text column, the sink's token of each worker id. */
  private readonly tokens: T[][] = [[], [], [], [], []];
  private readonly row: ScannedRow<T> = emptyRow<T>();
  /** Rows handed to the sink so far. */
  rows = 0;
  /** Rows the sink declined as values, passed as the cells of their line read again. */
  linesReadBack = 0;

  constructor(
    private readonly sink: FastCsvSink<T>,
    private readonly lineCells: (lineStart: number, lineEnd: number) => string[],
  ) {}

  apply(b: ScanBatch): void {
    for (const [slot, id, text] of b.texts) this.tokens[slot][id] = this.sink.text(slot, text);
    const { rows, lines } = b;
    const row = this.row;
    const tokens = this.tokens;
    this.rows += b.n;
    for (let i = 0; i < b.n; i++) {
      const o = i * STRIDE;
      if (rows[o] === KIND_CELLS) {
        this.sink.cells(b.cells[rows[o + 1]]);
        continue;
      }
      for (let d = 0; d < 7; d++) {
        const v = rows[o + 1 + d];
        row.days[d] = v === NONE ? null : v;
      }
      for (let t = 0; t < 5; t++) {
        const v = rows[o + 8 + t];
        row.texts[t] = v === NONE ? null : tokens[t][v];
      }
      const count = rows[o + 13];
      row.supplementCount = count === NONE ? null : count;
      const lineStart = lines[2 * i];
      const lineEnd = lines[2 * i + 1];
      if (!this.sink.preRead(row, lineStart, lineEnd)) {
        this.linesReadBack++;
        this.sink.cells(this.lineCells(lineStart, lineEnd));
      }
    }
  }
}

/** What the main thread asks the worker: scan the file from `from` to `to` (line starts; Infinity: the end of the file). */
export interface ScanJob {
  file: string;
  from: number;
  to: number;
  delimiter: string;
  columns: PreReadColumns;
  chunkBytes: number;
}

/** What the worker answers: batches in file order, then done (stop: where the general reader goes on, or -1), or failed. */
export type ScanMessage = ScanBatch | { kind: "done"; stop: number } | { kind: "failed"; message: string };

/** What the main thread sends after the job: a batch's buffers, to be filled again. */
export interface ScanRecycle {
  kind: "recycle";
  rows: Int32Array;
  lines: Float64Array;
}
