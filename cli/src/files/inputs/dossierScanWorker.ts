/**
 * A worker thread that scans a later part of a big dossier CSV (fastDossierCsv.ts) while the
 * main thread scans the first: the same LineScanner over the same bytes, its rows recorded
 * as numbers (scanBatch.ts) and sent back after each piece. Core does not run here: the main
 * thread counts these rows after its own, in file order. Built to dist/dossier-scan-worker.cjs.
 */
import { closeSync, openSync } from "node:fs";
import { parentPort } from "node:worker_threads";
import { LineScanner } from "./dossierLineScanner.js";
import { BatchRecorder, type ScanJob, type ScanMessage, type ScanRecycle } from "./scanBatch.js";
import { scanRange } from "./scanPieces.js";

const port = parentPort;
if (port === null) throw new Error("dossierScanWorker: not started as a worker thread");

const send = (m: ScanMessage) => {
  if (m.kind === "batch") port.postMessage(m, [m.rows.buffer as ArrayBuffer, m.lines.buffer as ArrayBuffer]);
  else port.postMessage(m);
};

let recorder: BatchRecorder | null = null;
port.on("message", (m: ScanJob | ScanRecycle) => {
  if ("kind" in m) recorder?.recycle(m.rows, m.lines);
  else void run(m);
});

async function run(job: ScanJob): Promise<void> {
  try {
    const rec = (recorder = new BatchRecorder(() => job.columns));
    const scanner = new LineScanner<number>(job.delimiter.charCodeAt(0), job.delimiter, rec);
    const fd = openSync(job.file, "r");
    try {
      const stop = await scanRange(fd, scanner, {
        start: job.from,
        stop: job.to,
        atFileStart: false,
        chunkBytes: job.chunkBytes,
        onPiece: (scannedTo) => {
          send(rec.take(scannedTo));
          return undefined;
        },
      });
      // The rows read before the scan stopped in a piece (none when it reached the end).
      const batch = rec.take(stop);
      if (batch.n > 0) send(batch);
      send({ kind: "done", stop });
    } finally {
      closeSync(fd);
    }
  } catch (e) {
    send({ kind: "failed", message: String((e as Error)?.message ?? e) });
  }
}
