/**
 * The byte reader of dossier CSVs (cli/src/files/inputs/fastDossierCsv.ts) against the general
 * reader (csvRecords.ts, rows as cells): the same DossierStats — figures, groups, invalid rows
 * and their messages, warnings — or the same error, on every CSV fixture (the exports of issue 19
 * as they are and with their rows repeated past the 50 rows core holds back) and on random
 * exports (quoted fields, CRLF, BOM, "sep=" lines, empty lines, group and total rows, bad dates,
 * stray and unbalanced quotes), read in pieces of every size; and the same again with the file
 * split between the main thread and the scan worker (dossierScanWorker.ts, built here), including
 * a worker that fails.
 */
import { mkdtempSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import fc from "fast-check";
import { build } from "esbuild";
import { afterAll, afterEach, beforeAll, describe, expect, it } from "vitest";
import { dayFromYMD } from "../../core/src/dates/day.js";
import { dossierStatsOfFile, type DossierFileOptions } from "../../cli/src/files/inputs/dossierStatsOfFile.js";
import { FAST_CSV_READ, workersFor } from "../../cli/src/files/inputs/fastDossierCsv.js";

const dir = mkdtempSync(join(tmpdir(), "cchc-fastcsv-"));
afterAll(() => rmSync(dir, { recursive: true, force: true }));
const DEFAULTS = { ...FAST_CSV_READ };
afterEach(() => {
  Object.assign(FAST_CSV_READ, DEFAULTS);
});
const CHUNK = DEFAULTS.chunkBytes;

const day = (iso: string) => dayFromYMD(Number(iso.slice(0, 4)), Number(iso.slice(5, 7)), Number(iso.slice(8, 10)));

async function outcome(file: string, o: DossierFileOptions) {
  try {
    return { ok: true as const, result: await dossierStatsOfFile(file, o) };
  } catch (e) {
    return { ok: false as const, message: String((e as Error).message) };
  }
}

/** How the last byte read went (same()). */
const last = { preReadRows: 0, workers: 0, workerRows: 0, linesReadBack: 0 };

/** Both readers on one file: equal outcomes; returns how many rows the byte reader counted from values. */
async function same(file: string, o: Omit<DossierFileOptions, "fast" | "info">): Promise<number> {
  const general = await outcome(file, { ...o, fast: false });
  const info = { preReadRows: 0, workers: 0, workerRows: 0, linesReadBack: 0 };
  const fast = await outcome(file, { ...o, info });
  expect(fast).toEqual(general);
  Object.assign(last, info);
  return info.preReadRows;
}

const fixtures = join(__dirname, "..", "fixtures");
function csvFiles(d: string): string[] {
  return readdirSync(d).flatMap((f) => {
    const p = join(d, f);
    return statSync(p).isDirectory() ? csvFiles(p) : p.endsWith(".csv") ? [p] : [];
  });
}

const PERIODS: Omit<DossierFileOptions, "fast" | "info">[] = [
  { from: day("2025-01-01"), to: day("2025-01-31") },
  { from: day("2025-01-01"), to: day("2025-01-31"), by: "staff", returned: "late" },
  { from: day("2024-12-01"), to: day("2025-03-31"), denominator: "resolvedOnly", returned: "excluded" },
];

/** Run `body` with the file split between this thread and the scan worker (any size of file). */
let workerScript = "";
beforeAll(async () => {
  workerScript = join(dir, "dossier-scan-worker.cjs");
  await build({
    entryPoints: [join(__dirname, "../../cli/src/files/inputs/dossierScanWorker.ts")],
    bundle: true,
    platform: "node",
    format: "cjs",
    outfile: workerScript,
    logLevel: "error",
  });
});
const split = (share = 0.4, workers = 1) => {
  FAST_CSV_READ.workerFile = workerScript;
  FAST_CSV_READ.splitMinBytes = 0;
  FAST_CSV_READ.mainShare = share;
  FAST_CSV_READ.workers = workers; // whatever this machine's cores and load
};

describe("the byte reader gives what the general reader gives, on every CSV fixture", () => {
  const files = csvFiles(fixtures);
  it("finds the fixtures (the six exports of issue 19 among them)", () => {
    expect(files.filter((f) => f.includes(`${join("fixtures", "exports")}`)).length).toBe(6);
    expect(files.length).toBeGreaterThanOrEqual(14);
  });
  for (const file of files) {
    const name = file.slice(fixtures.length + 1);
    it(`${name}: as it is, and with its rows repeated 30 times`, async () => {
      for (const o of PERIODS) await same(file, o);
      // Past the 50 rows core holds back to choose columns, rows are read from bytes.
      const text = readFileSync(file, "utf8");
      const nl = text.indexOf("\n") + 1;
      const big = join(dir, name.replace(/[\\/]/g, "_"));
      writeFileSync(big, text.slice(0, nl) + (text.slice(nl).endsWith("\n") ? text.slice(nl) : `${text.slice(nl)}\n`).repeat(30));
      let preRead = 0;
      for (const o of PERIODS) preRead += await same(big, o);
      if (name.startsWith("exports")) expect(preRead).toBeGreaterThan(0);
      // Split with one worker, in 4 KB pieces, at three places; and with three workers.
      let workerRows = 0;
      for (const [share, workers] of [[0.1, 1], [0.4, 1], [0.8, 1], [0.4, 3]]) {
        split(share, workers);
        FAST_CSV_READ.chunkBytes = 4096;
        for (const o of PERIODS) {
          await same(big, o);
          workerRows += last.workerRows;
        }
      }
      if (name.startsWith("exports")) expect(workerRows).toBeGreaterThan(0);
    });
  }
});

// ---- random exports --------------------------------------------------------------------------

/** The columns every random export has (but for one run in ten), and the others, taken or not. */
const REQUIRED = ["Ngày tiếp nhận", "Ngày hẹn trả", "Ngày trả kết quả", "Đơn vị", "Cán bộ xử lý"];
const COLUMNS = [
  "Mã hồ sơ",
  "Ngày kết thúc xử lý",
  "Trạng thái",
  "Hình thức nộp",
  "Số lần yêu cầu bổ sung",
  "Ngày yêu cầu bổ sung",
  "Ngày hoàn thành bổ sung",
  "Thanh toán trực tuyến",
  "Ghi chú",
];

const pad = (n: number, w = 2) => String(n).padStart(w, "0");
/** A date cell: days after the row's receipt (mostly a plausible dossier), in one of the shapes exports use, or an odd value. */
const dateArb = fc.oneof(
  { weight: 14, arbitrary: fc.tuple(fc.integer({ min: 0, max: 40 }), fc.integer({ min: 0, max: 3 }), fc.integer({ min: 0, max: 23 })) },
  { weight: 1, arbitrary: fc.tuple(fc.integer({ min: -20, max: -1 }), fc.integer({ min: 0, max: 3 }), fc.integer({ min: 0, max: 23 })) },
  { weight: 3, arbitrary: fc.constantFrom("", "", "  ", "31/02/2025", "abc", "1/2/2025", "29/02/2024", "05/01/2025 25:99", "00/01/2025", "05/13/2025", "05/01/1899") },
);
type DateCell = string | [number, number, number];
function dateText(v: DateCell, base: number): string {
  if (typeof v === "string") return v;
  const [offset, shape, hour] = v;
  const d = new Date(Date.UTC(2024, 11, 1 + base + offset));
  const [y, m, dd] = [d.getUTCFullYear(), d.getUTCMonth() + 1, d.getUTCDate()];
  switch (shape) {
    case 0:
      return `${pad(dd)}/${pad(m)}/${y}`;
    case 1:
      return `${pad(dd)}/${pad(m)}/${y} ${pad(hour)}:${pad(hour * 2)}${hour % 2 ? `:${pad(hour)}` : ""}`;
    case 2:
      return `${y}${pad(m)}${pad(dd)}${pad(hour)}0000`;
    default:
      return `${y}-${pad(m)}-${pad(dd)}T${pad(hour)}:00:00.000+0000`;
  }
}
const cellArb = {
  "Mã hồ sơ": fc.integer({ min: 1, max: 999 }).map((n) => `HS-${n}`),
  "Đơn vị": fc.constantFrom("Sở Y tế", "Sở Tư pháp", "Công an tỉnh, Phòng CSGT", "UBND huyện Diên Khánh", "", " Sở Y tế ", "SỞ Y TẾ", "Sở Y tế"),
  "Cán bộ xử lý": fc.constantFrom("Nguyễn Văn An", "Trần Thị Bình", "", "nguyễn văn an"),
  "Trạng thái": fc.constantFrom("Đã trả kết quả", "Đang xử lý", "Chờ bổ sung", "Đã hủy", "Không được tiếp nhận", "Trả lại/Xin rút", "9", "", "xyz", "Đã xử lý xong"),
  "Hình thức nộp": fc.constantFrom("Trực tuyến", "Trực tiếp", "", "lạ", "Bưu chính"),
  "Số lần yêu cầu bổ sung": fc.constantFrom("", "", "0", "1", "2", "x", "1.0", " 2", "0003"),
  "Thanh toán trực tuyến": fc.constantFrom("Có", "Không", "", "??"),
  "Ghi chú": fc.constantFrom("", "ghi chú", "a;b", "x\ty"),
  "Ngày yêu cầu bổ sung": fc.oneof({ weight: 3, arbitrary: fc.constant("") }, { weight: 1, arbitrary: dateArb }),
  "Ngày hoàn thành bổ sung": fc.oneof({ weight: 4, arbitrary: fc.constant("") }, { weight: 1, arbitrary: dateArb }),
} as Record<string, fc.Arbitrary<string | DateCell>>;
const arbOf = (c: string): fc.Arbitrary<string | DateCell> => cellArb[c] ?? (c.startsWith("Ngày") ? dateArb : fc.constant(""));
/** A row: a receipt day in Dec 2024 – May 2025 and the cells of the columns. */
const rowArb = (columns: string[]) =>
  fc.tuple(fc.integer({ min: 0, max: 150 }), fc.tuple(...columns.map(arbOf))).map(([base, cells]) =>
    cells.map((v, i) => (columns[i] === "Ngày tiếp nhận" && typeof v !== "string" ? dateText([0, v[1], v[2]], base) : typeof v === "string" ? v : dateText(v, base))),
  );

/** Special lines among the rows (as text, before quoting): [kind, payload]. */
const specialArb = fc.constantFrom(
  "empty",
  "group",
  "total",
  "repeatHeader",
  "midQuote",
  "escapedQuote",
  "multiLine",
  "strayCR",
  "bom",
  "textAfterQuote",
);

const exportArb = fc.record({
  bom: fc.boolean(),
  sep: fc.boolean(),
  delimiter: fc.constantFrom(",", ";", "\t"),
  crlf: fc.constantFrom("\n", "\r\n"),
  title: fc.boolean(),
  columns: fc
    .tuple(fc.subarray(COLUMNS), fc.oneof({ weight: 9, arbitrary: fc.constant(-1) }, { weight: 1, arbitrary: fc.integer({ min: 0, max: 4 }) }))
    .chain(([cols, drop]) => {
      const all = [...REQUIRED.filter((_, i) => i !== drop), ...cols];
      return fc.shuffledSubarray(all, { minLength: all.length });
    }),
  rows: fc.integer({ min: 40, max: 200 }),
  seed: fc.integer(),
  specials: fc.array(fc.tuple(fc.integer({ min: 0, max: 199 }), specialArb), { maxLength: 3 }),
  unbalancedEnd: fc.boolean(),
  noFinalNewline: fc.boolean(),
  chunk: fc.oneof(fc.integer({ min: 16, max: 512 }), fc.integer({ min: 512, max: 1 << 16 })),
  by: fc.constantFrom("unit" as const, "staff" as const),
});

function field(v: string, delimiter: string): string {
  return v.includes(delimiter) || v.includes('"') ? `"${v.replace(/"/g, '""')}"` : v;
}

type ExportShape = typeof exportArb extends fc.Arbitrary<infer T> ? T : never;
function exportText(e: ExportShape, rows: string[][]): string {
  const lines: string[] = [];
  if (e.sep) lines.push(`sep=${e.delimiter}`);
  if (e.title) lines.push(`DANH SÁCH HỒ SƠ${e.delimiter}${e.delimiter}`);
  const header = e.columns.map((c) => field(c, e.delimiter)).join(e.delimiter);
  lines.push(header);
  const specials = new Map(e.specials);
  rows.forEach((r, i) => {
    const line = r.map((v) => field(v, e.delimiter)).join(e.delimiter);
    switch (specials.get(i)) {
      case "empty":
        lines.push("");
        break;
      case "group":
        lines.push(`I. Sở Tài chính${e.delimiter.repeat(e.columns.length - 1)}`);
        break;
      case "total":
        lines.push(`Tổng cộng: 12 hồ sơ${e.delimiter}`);
        break;
      case "repeatHeader":
        lines.push(header);
        break;
      case "midQuote":
        lines.push(`ab"c${e.delimiter}${line}`);
        break;
      case "escapedQuote":
        lines.push(`"Sở ""A"""${e.delimiter}${line}`);
        break;
      case "multiLine":
        lines.push(`"Sở${e.crlf}Y tế"${e.delimiter}${line}`);
        break;
      case "strayCR":
        lines.push(`${line}\rx`);
        break;
      case "bom":
        lines.push(`\ufeff${line}`);
        break;
      case "textAfterQuote":
        lines.push(`"Sở" Y tế${e.delimiter}${line}`);
        break;
    }
    lines.push(line);
  });
  if (e.unbalancedEnd) lines.push(`"mở ngoặc không đóng${e.delimiter}01/01/2025`);
  return (e.bom ? "\ufeff" : "") + lines.join(e.crlf) + (e.noFinalNewline ? "" : e.crlf);
}

describe("the byte reader gives what the general reader gives, on random exports", () => {
  it("same figures, rows, messages and warnings (fast-check)", async () => {
    let n = 0;
    let preReadRuns = 0;
    await fc.assert(
      fc.asyncProperty(exportArb, async (e) => {
        const rows = fc.sample(rowArb(e.columns), { numRuns: e.rows, seed: e.seed });
        const file = join(dir, `random-${n++}.csv`);
        writeFileSync(file, exportText(e, rows));
        FAST_CSV_READ.chunkBytes = e.chunk;
        const o = { from: day("2025-01-01"), to: day("2025-03-31"), by: e.by };
        const preRead = await same(file, o);
        if (preRead > 0) preReadRuns++;
        if (process.env.FAST_DEBUG && e.specials.length === 0 && e.chunk > 400) {
          const r = await outcome(file, o);
          console.log(preRead, e.rows, e.chunk, JSON.stringify(e.columns), r.ok ? r.result.invalidRows.length : r.message.slice(0, 100));
        }
        FAST_CSV_READ.chunkBytes = CHUNK;
      }),
      { numRuns: 150 },
    );
    // The property must exercise the byte reader, not only its hand-over to the general reader.
    expect(preReadRuns).toBeGreaterThan(30);
  });

  it("split with the scan worker: same figures, rows, messages and warnings (fast-check)", async () => {
    let n = 0;
    let workerRuns = 0;
    let manyWorkerRuns = 0;
    let readBack = 0;
    await fc.assert(
      fc.asyncProperty(exportArb, fc.double({ min: 0, max: 0.95, noNaN: true }), fc.integer({ min: 1, max: 3 }), async (e, share, workers) => {
        const rows = fc.sample(rowArb(e.columns), { numRuns: e.rows, seed: e.seed });
        const file = join(dir, `random-split-${n++}.csv`);
        writeFileSync(file, exportText(e, rows));
        split(share, workers);
        FAST_CSV_READ.chunkBytes = Math.max(e.chunk, 256);
        await same(file, { from: day("2025-01-01"), to: day("2025-03-31"), by: e.by });
        if (last.workerRows > 0) workerRuns++;
        if (last.workers > 1) manyWorkerRuns++;
        readBack += last.linesReadBack;
      }),
      { numRuns: 80 },
    );
    // The worker took part in many runs, and rows it read were declined by core and read again as cells.
    expect(workerRuns).toBeGreaterThan(15);
    expect(manyWorkerRuns).toBeGreaterThan(5);
    expect(readBack).toBeGreaterThan(0);
  });

  it("a worker that fails, starts badly or is missing: this thread reads the rest, same results", async () => {
    // The unit first: a row read from a wrong place would change its group.
    const lines = ["Đơn vị,Mã hồ sơ,Ngày tiếp nhận,Ngày hẹn trả,Ngày trả kết quả,Trạng thái"];
    for (let i = 0; i < 3000; i++) {
      lines.push(`Sở ${i % 7},HS-${i},${pad(1 + (i % 28))}/01/2025 08:00,${pad(1 + ((i + 3) % 28))}/02/2025,${i % 4 ? `${pad(1 + (i % 27))}/02/2025 16:30` : ""},${i % 4 ? "Đã trả kết quả" : "Đang xử lý"}`);
    }
    const file = join(dir, "worker-fails.csv");
    writeFileSync(file, `${lines.join("\n")}\n`);
    const period = { from: day("2025-01-01"), to: day("2025-02-28") };
    split();
    FAST_CSV_READ.chunkBytes = 8192;
    expect(await same(file, period)).toBe(3000);
    expect(last.workerRows).toBeGreaterThan(1000);
    // Three workers, three parts after this thread's.
    split(0.4, 3);
    expect(await same(file, period)).toBe(3000);
    expect(last.workers).toBe(3);
    expect(last.workerRows).toBeGreaterThan(1500);
    // No worker (no core to spare).
    split(0.4, 0);
    expect(await same(file, period)).toBe(3000);
    expect(last.workerRows).toBe(0);
    split();
    // Dies after two batches (each of one or three workers: this thread reads the rest of each part,
    // then takes the next worker's rows); throws as it loads; does not exist.
    const dies = join(dir, "worker-dies.cjs");
    writeFileSync(
      dies,
      `const { parentPort } = require("node:worker_threads");
const real = require(${JSON.stringify(workerScript)});
let sent = 0;
const post = parentPort.postMessage.bind(parentPort);
parentPort.postMessage = (m, t) => { if (m.kind === "batch" && ++sent > 2) process.exit(3); post(m, t); };`,
    );
    const throws = join(dir, "worker-throws.cjs");
    writeFileSync(throws, `throw new Error("no");`);
    for (const workers of [1, 3]) {
      for (const script of [dies, throws, join(dir, "no-such-worker.cjs")]) {
        split(0.4, workers);
        FAST_CSV_READ.workerFile = script;
        expect(await same(file, period)).toBe(3000);
        if (script === dies) expect(last.workerRows).toBeGreaterThan(0);
      }
    }
  });

  it("one worker per core to spare, at most three", () => {
    expect(workersFor(2, 0.3, 3)).toBe(1);
    expect(workersFor(2, 1.01, 3)).toBe(0); // the other core taken by another program
    expect(workersFor(1, 0, 3)).toBe(0);
    expect(workersFor(8, 2.5, 3)).toBe(3);
    expect(workersFor(4, 1.2, 3)).toBe(2);
    expect(workersFor(4, Number.NaN, 3)).toBe(3); // no load average (Windows gives 0s)
  });

  it("reads a plain export from its bytes, whatever the size of the pieces", async () => {
    const lines = ["Mã hồ sơ,Đơn vị,Ngày tiếp nhận,Ngày hẹn trả,Ngày trả kết quả,Trạng thái"];
    for (let i = 0; i < 200; i++) {
      lines.push(`HS-${i},"Sở ${i % 3}, phòng ${i % 2}",${pad(1 + (i % 28))}/01/2025 08:00,${pad(1 + ((i + 3) % 28))}/02/2025,${i % 4 ? `${pad(1 + (i % 27))}/02/2025 16:30` : ""},${i % 4 ? "Đã trả kết quả" : "Đang xử lý"}`);
    }
    const file = join(dir, "plain.csv");
    writeFileSync(file, `${lines.join("\r\n")}\r\n`);
    const period = { from: day("2025-01-01"), to: day("2025-02-28") };
    for (const chunk of [16, 64, 128, 200, 1000, 1 << 20]) {
      FAST_CSV_READ.chunkBytes = chunk;
      // Every row read from its bytes (no channel column: core holds no rows back to choose columns).
      expect(await same(file, period)).toBe(200);
    }
    // A line longer than a cell (40,000 characters of notes, as an unbalanced quote would make it):
    // the rows before it read from bytes, the rest by the general reader, which reports it.
    lines[101] += `,${"x".repeat(40_000)}`;
    writeFileSync(file, `${lines.join("\r\n")}\r\n`);
    for (const chunk of [1000, 1 << 20]) {
      FAST_CSV_READ.chunkBytes = chunk;
      expect(await same(file, period)).toBe(100);
    }
    const general = await dossierStatsOfFile(file, { ...period, fast: false });
    expect(general.invalidRows.map((r) => r.row)).toEqual([102]);
  });
});
