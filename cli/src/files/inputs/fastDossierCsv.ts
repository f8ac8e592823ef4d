/**
 * The fast path of a UTF-8 dossier export (issue 16): bytes scanned in place, line by line,
 * without decoding the file into text. Once core knows the columns (preReadColumns), each row
 * is read into numbers and interned texts — dates from their digits, the status, unit, staff,
 * channel and payment cells decoded and mapped by core once per distinct value (preReadText;
 * found again by a hash of a few bytes, every hit checked against all its bytes) — and counted
 * by core (addPreRead). Fields are cut with the native byte search (dossierLineScanner.ts).
 * Rows core declines (an invalid row, a date in an unusual shape that does not read) are passed
 * as cells, exactly as the general reader would cut them; so are the rows before the header.
 *
 * Anything the general reader treats specially — a quoted field with a line break, a "" escape
 * or text after its closing quote, a quote inside a field, a lone CR, a line longer than a cell,
 * bytes that are not UTF-8, a last line without a line break — makes this reader stop at the
 * start of that line and hand the rest of the file to the general reader (csvRecords.ts), which
 * starts there in the state it would have had: results and messages never differ.
 *
 * Two cores: on a big file, with a core to spare, once the columns are known a worker thread
 * (dossierScanWorker.ts) scans the last part of the file while this thread scans the first; this thread then hands the
 * worker's rows to the sink in file order (scanBatch.ts), so the sink sees the same calls in the
 * same order. If this thread's part stops early, the worker's rows are dropped; if the worker
 * fails, this thread reads the rest itself.
 */
import { existsSync, readSync } from "node:fs";
import { open, type FileHandle } from "node:fs/promises";
import { availableParallelism, loadavg } from "node:os";
import { fileURLToPath } from "node:url";
import { Worker } from "node:worker_threads";
import type { PreReadText } from "@cchc/core";
import { LineScanner, type FastCsvSink } from "./dossierLineScanner.js";
import { BatchApplier, type ScanBatch, type ScanJob, type ScanMessage, type ScanRecycle } from "./scanBatch.js";
import { scanRange } from "./scanPieces.js";

export type { FastCsvSink, ScannedRow } from "./dossierLineScanner.js";

/** How the file is read (tests set small pieces to cut files at every place, and split small files). */
export const FAST_CSV_READ = {
  /** Bytes read at a time. */
  chunkBytes: 4 << 20,
  /** A file with at least this many bytes is split between this thread and a worker. */
  splitMinBytes: 24 << 20,
  /** The share of the bytes left when the columns are known that this thread scans (it also counts the worker's rows). */
  mainShare: 0.4,
  /** The worker's script: undefined, the built one beside the bundle (dist/dossier-scan-worker.cjs); null, no worker. */
  workerFile: undefined as string | null | undefined,
  /**
   * Split only while the 1-minute load average is below this; undefined: the number of cores
   * less one (a core to spare: with every core busy, a worker only adds its own cost — measured
   * 0.60–0.71 s against 0.55–0.57 s on 2 cores with one taken by another program).
   */
  maxLoad: undefined as number | undefined,
};

/** Is there a core to spare for a worker? */
function coreToSpare(): boolean {
  const cores = availableParallelism();
  return cores > 1 && loadavg()[0] < (FAST_CSV_READ.maxLoad ?? cores - 1);
}

/** How a scan went (tests). */
export interface ScanStats {
  /** Rows the worker scanned, handed to the sink by this thread. */
  workerRows: number;
  /** Of these, rows the sink declined as values, whose line was read again to pass its cells. */
  linesReadBack: number;
}

/**
 * Scan the file from byte `start` (after a BOM). Returns the byte offset where the general
 * reader must go on, or -1 when the whole file was read.
 */
export async function scanDossierCsv(
  file: string,
  start: number,
  delimiter: string,
  sink: FastCsvSink<PreReadText>,
  stats?: ScanStats,
): Promise<number> {
  const fh = await open(file, "r");
  const scanner = new LineScanner<PreReadText>(delimiter.charCodeAt(0), delimiter, sink);
  const chunkBytes = FAST_CSV_READ.chunkBytes;
  let helper: ScanHelper | null = null;
  try {
    const size = (await fh.stat()).size;
    const script = size - start >= FAST_CSV_READ.splitMinBytes && coreToSpare() ? workerScript() : null;
    // Started now, it boots while the first rows are read here.
    if (script !== null) helper = new ScanHelper(script);
    let split = -1;
    const range = { start, stop: Number.POSITIVE_INFINITY, atFileStart: true, chunkBytes };
    const progress = { readTo: start };
    if (helper !== null) {
      const worker = helper;
      // As soon as core knows the columns: the worker takes the last part of the file.
      scanner.onColumns = (columns) => {
        const from = progress.readTo;
        const at = lineStartAfter(fh, from + Math.floor((size - from) * FAST_CSV_READ.mainShare), size);
        if (at < 0) return;
        split = range.stop = at;
        worker.start({ file, from: at, delimiter, columns, chunkBytes });
      };
    }
    const stop = await scanRange(fh.fd, scanner, range, progress);
    if (stop >= 0 || split < 0 || helper === null) return stop;
    // This thread's part is read: the worker's rows, in order.
    const applier = new BatchApplier<PreReadText>(sink, (a, b) => lineCellsAt(fh, scanner, a, b));
    let at = split;
    try {
      for (;;) {
        const m = await helper.next();
        if (m.kind === "batch") {
          applier.apply(m);
          helper.recycle(m);
          at = m.end;
        } else if (m.kind === "done") {
          return m.stop;
        } else {
          // The worker failed (out of memory, stopped): the rest is read here, from its last row handed over.
          helper.close();
          helper = null;
          return await scanRange(fh.fd, scanner, { start: at, stop: Number.POSITIVE_INFINITY, atFileStart: false, chunkBytes });
        }
      }
    } finally {
      if (stats !== undefined) {
        stats.workerRows = applier.rows;
        stats.linesReadBack = applier.linesReadBack;
      }
    }
  } finally {
    helper?.close();
    await fh.close();
  }
}

/**
 * The built worker beside the bundle (this file's code sits in dist/ or dist/chunks/); null when
 * absent: run from source, or bundled elsewhere (a CommonJS bundle has no import.meta.url).
 */
function workerScript(): string | null {
  if (FAST_CSV_READ.workerFile !== undefined) return FAST_CSV_READ.workerFile;
  const here: unknown = import.meta.url;
  if (typeof here !== "string" || !here.startsWith("file:")) return null;
  for (const rel of ["./dossier-scan-worker.cjs", "../dossier-scan-worker.cjs"]) {
    const f = fileURLToPath(new URL(rel, here));
    if (existsSync(f)) return f;
  }
  return null;
}

/** The first line start after file offset `pos` (within 64 KB), or -1. */
function lineStartAfter(fh: FileHandle, pos: number, size: number): number {
  if (pos >= size) return -1;
  const probe = Buffer.allocUnsafe(1 << 16);
  const bytesRead = readSync(fh.fd, probe, 0, probe.length, pos);
  const i = probe.subarray(0, bytesRead).indexOf(10);
  return i < 0 || pos + i + 1 >= size ? -1 : pos + i + 1;
}

/** The cells of the line at [lineStart, lineEnd] (its LF), read again from the file. */
function lineCellsAt(fh: FileHandle, scanner: LineScanner<PreReadText>, lineStart: number, lineEnd: number): string[] {
  const buf = Buffer.allocUnsafe(lineEnd - lineStart + 1);
  let got = 0;
  while (got < buf.length) {
    const n = readSync(fh.fd, buf, got, buf.length - got, lineStart + got);
    if (n === 0) break;
    got += n;
  }
  const cells = got === buf.length ? scanner.lineCells(buf) : null;
  // The worker read this very line as values: it can be cut again, unless the file changed under us.
  if (cells === null) throw new Error(`fastDossierCsv: the line at byte ${lineStart} changed while it was read`);
  return cells;
}

/** The worker thread and its messages, queued until asked for. */
class ScanHelper {
  private readonly worker: Worker;
  private readonly queue: ScanMessage[] = [];
  private wake: (() => void) | null = null;
  private closed = false;

  constructor(script: string) {
    this.worker = new Worker(script);
    this.worker.on("message", (m: ScanMessage) => this.push(m));
    this.worker.on("error", (e: Error) => this.push({ kind: "failed", message: e.message }));
    this.worker.on("exit", (code) => this.push({ kind: "failed", message: `exit ${code}` }));
  }

  start(job: ScanJob): void {
    this.worker.postMessage(job);
  }

  /** Hand a batch's buffers back to the worker, to be filled again. */
  recycle(b: ScanBatch): void {
    const m: ScanRecycle = { kind: "recycle", rows: b.rows, lines: b.lines };
    this.worker.postMessage(m, [b.rows.buffer as ArrayBuffer, b.lines.buffer as ArrayBuffer]);
  }

  async next(): Promise<ScanMessage> {
    while (this.queue.length === 0) await new Promise<void>((resolve) => (this.wake = resolve));
    return this.queue.shift() as ScanMessage;
  }

  close(): void {
    if (this.closed) return;
    this.closed = true;
    void this.worker.terminate();
  }

  private push(m: ScanMessage): void {
    this.queue.push(m);
    const w = this.wake;
    this.wake = null;
    w?.();
  }
}
