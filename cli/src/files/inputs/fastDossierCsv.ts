/**
 * The fast path of a UTF-8 dossier export (issue 16): bytes scanned in place, line by line,
 * without decoding the file into text. Once core knows the columns (preReadColumns), each row
 * is read into numbers and interned texts — dates from their digits, the status, unit, staff,
 * channel and payment cells decoded and mapped by core once per distinct value (preReadText;
 * found again by a hash of a few bytes, every hit checked against all its bytes) — and counted
 * by core (addPreRead). Lines are cut by a WebAssembly line reader the pieces are read into
 * (wasmLines.ts), and those it leaves by the JavaScript scanner (dossierLineScanner.ts).
 * Rows core declines (an invalid row, a date in an unusual shape that does not read) are passed
 * as cells, exactly as the general reader would cut them; so are the rows before the header.
 *
 * Anything the general reader treats specially — a quoted field with a line break, a "" escape
 * or text after its closing quote, a quote inside a field, a lone CR, a line longer than a cell,
 * bytes that are not UTF-8, a last line without a line break — makes this reader stop at the
 * start of that line and hand the rest of the file to the general reader (csvRecords.ts), which
 * starts there in the state it would have had: results and messages never differ.
 *
 * More cores: on a big file, with cores to spare, once the columns are known worker threads
 * (dossierScanWorker.ts) scan the later parts of the file while this thread scans the first; this
 * thread then hands each worker's rows to the sink in file order (scanBatch.ts), so the sink sees
 * the same calls in the same order. If a part stops early (a line for the general reader), the
 * rows of the parts after it are dropped; if a worker fails, this thread reads its part itself.
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
  /** A file with at least this many bytes is split between this thread and workers. */
  splitMinBytes: 24 << 20,
  /**
   * With one worker, the share of the bytes left when the columns are known that this thread
   * scans (it also counts the workers' rows); with k workers, this share ÷ k.
   */
  mainShare: 0.4,
  /** At most this many workers (the main thread counts every row: more would wait on it). */
  maxWorkers: 3,
  /** The worker's script: undefined, the built one beside the bundle (dist/dossier-scan-worker.cjs); null, no worker. */
  workerFile: undefined as string | null | undefined,
  /** How many workers; undefined: workersFor(this machine's cores and load average). */
  workers: undefined as number | undefined,
};

/**
 * One worker per core to spare: the cores less this thread's, less those the 1-minute load
 * average keeps busy, at most `max`. With every core busy a worker only adds its own cost —
 * measured 0.60–0.71 s against 0.55–0.57 s on 2 cores with one taken by another program.
 */
export function workersFor(cores: number, load: number, max: number): number {
  const busy = Number.isFinite(load) && load > 0 ? Math.floor(load) : 0;
  return Math.max(0, Math.min(max, cores - 1 - busy));
}

/** How a scan went (tests). */
export interface ScanStats {
  /** Workers that scanned a part of the file. */
  workers: number;
  /** Rows the workers scanned, handed to the sink by this thread. */
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
  const helpers: ScanHelper[] = [];
  try {
    const size = (await fh.stat()).size;
    const script = size - start >= FAST_CSV_READ.splitMinBytes ? workerScript() : null;
    const k = script === null ? 0 : (FAST_CSV_READ.workers ?? workersFor(availableParallelism(), loadavg()[0], FAST_CSV_READ.maxWorkers));
    // Started now, they boot while the first rows are read here.
    for (let i = 0; i < k; i++) helpers.push(new ScanHelper(script as string));
    /** Where each worker's part starts; the next one's start (or the end of the file) ends it. */
    const parts: number[] = [];
    const range = { start, stop: Number.POSITIVE_INFINITY, atFileStart: true, chunkBytes };
    const progress = { readTo: start };
    if (helpers.length > 0) {
      // As soon as core knows the columns: the workers take the last parts of the file.
      scanner.onColumns = (columns) => {
        const from = progress.readTo;
        const share = FAST_CSV_READ.mainShare / helpers.length;
        for (let i = 0; i < helpers.length; i++) {
          const at = lineStartAfter(fh, from + Math.floor((size - from) * (share + ((1 - share) * i) / helpers.length)), size);
          if (at > (parts.at(-1) ?? from)) parts.push(at);
        }
        // A part per worker that has one; the others are not needed.
        for (const h of helpers.splice(parts.length)) h.close();
        parts.forEach((at, i) => helpers[i]!.start({ file, from: at, to: parts[i + 1] ?? Number.POSITIVE_INFINITY, delimiter, columns, chunkBytes }));
        if (parts.length > 0) range.stop = parts[0]!;
      };
    }
    const stop = await scanRange(fh.fd, scanner, range, progress);
    if (stop >= 0 || parts.length === 0) return stop;
    // This thread's part is read: each worker's rows, in order.
    const applier = new BatchApplier<PreReadText>(sink, (a, b) => lineCellsAt(fh, scanner, a, b));
    try {
      for (let i = 0; i < parts.length; i++) {
        const to = parts[i + 1] ?? Number.POSITIVE_INFINITY;
        const helper = helpers[i]!;
        let at = parts[i]!;
        for (;;) {
          const m = await helper.next();
          if (m.kind === "batch") {
            applier.apply(m);
            helper.recycle(m);
            at = m.end;
            continue;
          }
          if (m.kind === "done") {
            // Its part reached a line for the general reader: the general reader reads the rest of the file from there.
            if (m.stop >= 0) return m.stop;
          } else {
            // The worker failed (out of memory, stopped): its part is read here, from its last row handed over.
            helper.close();
            const s = await scanRange(fh.fd, scanner, { start: at, stop: to, atFileStart: false, chunkBytes });
            if (s >= 0) return s;
          }
          break;
        }
      }
      return -1;
    } finally {
      if (stats !== undefined) {
        stats.workers = parts.length;
        stats.workerRows = applier.rows;
        stats.linesReadBack = applier.linesReadBack;
      }
    }
  } finally {
    for (const h of helpers) h.close();
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
