/**
 * A byte range of a CSV file read in pieces and its lines handed to a LineScanner
 * (dossierLineScanner.ts), the unfinished line of a piece carried to the front of the next. Used by the main thread and by
 * the scan worker alike (fastDossierCsv.ts, dossierScanWorker.ts).
 */
import { isUtf8 } from "node:buffer";
import { readSync } from "node:fs";
import type { LineScanner } from "./dossierLineScanner.js";

const LF = 10;

/** Room before each piece for the unfinished line of the piece before (a longer line is for the general reader). */
const FRONT = 1 << 16;

export interface ScanRange {
  /** File offset of the first line. */
  start: number;
  /**
   * File offset where reading stops (a line start); Infinity: the end of the file. It may be
   * brought forward while the range is scanned, to a line start not yet read.
   */
  stop: number;
  /** The range starts the file's text (after a BOM): a second BOM there is for the general reader. */
  atFileStart: boolean;
  chunkBytes: number;
  /** After each piece, with the file offset past its last whole line. */
  onPiece?: (scannedTo: number) => void;
}

/** How far a range has been read: a new stop must lie at or past it. */
export interface ScanProgress {
  readTo: number;
}

/**
 * Scan the lines of the range. Returns -1 when every line up to the stop (or the end of the
 * file) was scanned, or the file offset of the line where the general reader must go on (the
 * scanner stopped there, a line is longer than the room for it, or the file ends without a line
 * break).
 */
export async function scanRange<T>(fd: number, scanner: LineScanner<T>, r: ScanRange, progress: ScanProgress = { readTo: 0 }): Promise<number> {
  // Read synchronously: from the page cache a read is a copy, and a read on libuv's threads
  // would take a core from the scan (the worker thread scans on the other one).
  const buf = scanner.pieceBuffer(FRONT + r.chunkBytes);
  let carry = 0; // bytes of an unfinished line, just before FRONT
  let piecePos = r.start; // file offset of buf[FRONT]
  for (;;) {
    const want = Math.min(r.chunkBytes, r.stop - piecePos);
    let bytesRead = 0;
    while (bytesRead < want) {
      const n = readSync(fd, buf, FRONT + bytesRead, want - bytesRead, piecePos + bytesRead);
      if (n === 0) break;
      bytesRead += n;
    }
    progress.readTo = piecePos + bytesRead;
    const from = FRONT - carry;
    const end = FRONT + bytesRead;
    const fileOffset = (i: number) => piecePos - FRONT + i;
    if (bytesRead === 0) return carry === 0 ? -1 : fileOffset(from); // a last line without a line break
    // A second BOM: the general reader's decoder drops it, this reader would not.
    if (r.atFileStart && piecePos === r.start && bytesRead >= 3 && buf[FRONT] === 0xef && buf[FRONT + 1] === 0xbb && buf[FRONT + 2] === 0xbf) return r.start;
    const last = buf.lastIndexOf(LF, end - 1);
    let limit = from;
    if (last >= from) {
      limit = last + 1;
      if (!isUtf8(buf.subarray(from, limit))) return fileOffset(from);
      scanner.base = piecePos - FRONT;
      const stopped = scanner.scan(buf, from, limit);
      if (stopped >= 0) return fileOffset(stopped);
    }
    carry = end - limit;
    // An unfinished line longer than the room for it: far over a cell's limit; the general reader says so.
    if (carry > FRONT) return fileOffset(limit);
    r.onPiece?.(fileOffset(limit));
    buf.copy(buf, FRONT - carry, limit, end);
    piecePos += bytesRead;
    // Let the event loop run between pieces (a worker's messages, a signal).
    await new Promise<void>((resolve) => setImmediate(resolve));
  }
}
