/**
 * The WebAssembly line reader of dossier CSVs (cli/wasm/dossierLines.ts through wasmLines.ts)
 * against the JavaScript line scanner alone (dossierLineScanner.ts): the same calls to the sink,
 * in the same order — every row's days, texts, supplement count and line offsets, every row passed
 * as cells — and the same stopping place, on random lines of every shape the scanner knows
 * (plain and quoted fields, every field quoted, CRLF, dates of the API exports' shapes, stray CRs and quotes, dates of other shapes or naming no day,
 * counts that are not digits, short and long lines, blank receipts), read in pieces of every size;
 * its days against core's everydayDay on every year/month/day its digits can write; and its
 * tables filling up (more distinct texts than it keeps), where the JavaScript scanner takes over.
 */
import { closeSync, mkdtempSync, openSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import fc from "fast-check";
import { afterAll, afterEach, describe, expect, it } from "vitest";
import { everydayDay } from "../../core/src/dossiers/quickDate.js";
import type { PreReadColumns } from "../../core/src/dossiers/preReadRow.js";
import { LineScanner, type FastCsvSink, type ScannedRow } from "../../cli/src/files/inputs/dossierLineScanner.js";
import { scanRange } from "../../cli/src/files/inputs/scanPieces.js";
import { WASM_LINES, WasmLines } from "../../cli/src/files/inputs/wasmLines.js";

const dir = mkdtempSync(join(tmpdir(), "cchc-wasmlines-"));
afterAll(() => rmSync(dir, { recursive: true, force: true }));
afterEach(() => {
  WASM_LINES.enabled = true;
});

type Call = ["cells", string[]] | ["row", (number | null)[], (string | null)[], number | null, number, number] | ["columns"];

/** A sink that logs every call; texts become "slot:text"; it declines one row in five (by its offset), and knows the columns only after `late` rows. */
function recordingSink(columns: PreReadColumns, late: number): { sink: FastCsvSink<string>; calls: Call[] } {
  const calls: Call[] = [];
  let seen = 0;
  return {
    calls,
    sink: {
      cells: (fields) => {
        seen++;
        calls.push(["cells", [...fields]]);
      },
      columns: () => (seen >= late ? columns : null),
      text: (slot, text) => `${slot}:${text}`,
      preRead: (r: ScannedRow<string>, a: number, b: number) => {
        seen++;
        calls.push(["row", [...r.days], [...r.texts], r.supplementCount, a, b]);
        return Math.imul(a, 2654435761) >>> 29 !== 0;
      },
    },
  };
}

async function scanFile(text: string | Buffer, delimiter: string, columns: PreReadColumns, late: number, chunkBytes: number, wasm: boolean) {
  WASM_LINES.enabled = wasm;
  const file = join(dir, "lines.csv");
  writeFileSync(file, text);
  const { sink, calls } = recordingSink(columns, late);
  const scanner = new LineScanner<string>(delimiter.charCodeAt(0), delimiter, sink);
  const fd = openSync(file, "r");
  try {
    const stop = await scanRange(fd, scanner, { start: 0, stop: Number.POSITIVE_INFINITY, atFileStart: true, chunkBytes });
    return { stop, calls, wasmRows: scanner.wasmRows };
  } finally {
    closeSync(fd);
  }
}

const K = { skip: 0, date: 1, text: 2, count: 3 } as const;
const pad = (n: number, w = 2) => String(n).padStart(w, "0");

/** The other shapes core's quickExportDate reads (API exports, d/m/yyyy), right and wrong. */
const apiDateArb = fc
  .tuple(
    fc.integer({ min: 1898, max: 2102 }),
    fc.integer({ min: 0, max: 13 }),
    fc.integer({ min: 0, max: 32 }),
    fc.integer({ min: 0, max: 25 }),
    fc.integer({ min: 0, max: 61 }),
    fc.constantFrom("iso", "isoT", "isoSec", "isoFrac", "isoZ", "isoOffset", "isoOffsetColon", "date", "compact8", "compact14", "dmy", "dmyTime", "dmySec", "odd"),
    fc.integer({ min: -25, max: 25 }),
  )
  .map(([y, m, d, h, mi, shape, oh]) => {
    const date = `${y}-${pad(m)}-${pad(d)}`;
    const time = `${pad(h)}:${pad(mi)}`;
    const off = `${oh < 0 ? "-" : "+"}${pad(Math.abs(oh))}`;
    switch (shape) {
      case "iso":
        return `${date} ${time}`;
      case "isoT":
        return `${date}T${time}`;
      case "isoSec":
        return `${date} ${time}:${pad(mi)}`;
      case "isoFrac":
        return `${date} ${time}:${pad(mi)}.${"0".repeat((h % 7) + 1)}`;
      case "isoZ":
        return `${date}T${time}:00.000Z`;
      case "isoOffset":
        return `${date}T${time}:00.000${off}${pad(mi)}`;
      case "isoOffsetColon":
        return `${date}T${time}:00${off}:${pad(mi % 60)}`;
      case "date":
        return date;
      case "compact8":
        return `${y}${pad(m)}${pad(d)}`;
      case "dmy":
        return `${d}/${m}/${y}`;
      case "dmyTime":
        return `${pad(d)}/${m}/${y} ${h}:${pad(mi)}`;
      case "dmySec":
        return `${d}/${pad(m)}/${y} ${pad(h)}:${pad(mi)}:${pad(mi)}`;
      case "compact14":
        return `${y}${pad(m)}${pad(d)}${pad(h)}${pad(mi)}${pad(d)}`;
      default:
        return [`${y}-${m}-${d}`, `${date}t${time}`, `${date} ${time}:`, `${date}T${time}Z `, `${y}${pad(m)}${pad(d)}0`, `${date}T${time}+07`, "1736305260000", "2025010612300", "202501061230"][h % 9];
    }
  });
const dateArb = fc.oneof(
  { weight: 4, arbitrary: apiDateArb },
  { weight: 12, arbitrary: fc.tuple(fc.integer({ min: 1, max: 28 }), fc.integer({ min: 1, max: 12 }), fc.integer({ min: 2019, max: 2026 }), fc.integer({ min: 0, max: 2 })) },
  {
    weight: 4,
    arbitrary: fc.constantFrom(
      "",
      "31/02/2025",
      "29/02/2024",
      "29/02/2100",
      "29/02/2000",
      "00/01/2025",
      "05/13/2025",
      "05/00/2025",
      "05/01/1899",
      "31/12/1900",
      "01/01/2101",
      "31/12/2100",
      "1/2/2025",
      "05/01/2025 8:05",
      "05/01/2025 08:05:0",
      "05/01/2025 08:05:07.5",
      "05/01/2025 25:99",
      "05/01/2025 08:05:07",
      "05/01/2025T08:05",
      "05/01/2025 ",
      "2025-01-05",
      "20250105080000",
      "0a/01/2025",
      "05/01/20x5",
      '"05/01/2025"',
      "Tổng cộng",
      "abc",
    ),
  },
);
const dateText = (v: string | [number, number, number, number]) =>
  typeof v === "string" ? v : `${pad(v[0])}/${pad(v[1])}/${v[2]}${v[3] === 0 ? "" : v[3] === 1 ? " 07:30" : " 16:45:09"}`;
const textArb = fc.oneof(
  { weight: 10, arbitrary: fc.constantFrom("Sở Y tế", "Sở Tư pháp", "Đã trả kết quả", "Trực tuyến", "Có", "Không", "x", "", "Ủy ban nhân dân huyện Diên Khánh tỉnh Khánh Hòa", " Sở Y tế ") },
  { weight: 2, arbitrary: fc.constantFrom('"Công an tỉnh, Phòng CSGT"', '""', '"Sở Y tế"', '"a""b"', 'ab"c', '"x" y', '"không đóng') },
  { weight: 2, arbitrary: fc.string({ maxLength: 12 }).map((s) => s.replace(/[",;\t\r\n]/g, "")) },
);
const countArb = fc.constantFrom("", "", "0", "1", "12", "123456789", "1234567890", "1a", " 2", '"3"', "-1", "0003");

const layoutArb = fc
  .record({
    width: fc.integer({ min: 2, max: 9 }),
    delimiter: fc.constantFrom(",", ";", "\t"),
    eol: fc.constantFrom("\n", "\r\n"),
    late: fc.integer({ min: 0, max: 3 }),
    chunk: fc.oneof(fc.integer({ min: 24, max: 300 }), fc.integer({ min: 300, max: 1 << 14 })),
  })
  .chain((l) =>
    fc.record({
      layout: fc.constant(l),
      // Per column: what core reads there; the receipt is a date column.
      kinds: fc.array(fc.constantFrom(K.skip, K.date, K.text, K.count), { minLength: l.width, maxLength: l.width }),
      received: fc.integer({ min: 0, max: l.width - 1 }),
      lines: fc.array(
        fc.oneof(
          { weight: 20, arbitrary: fc.constant("row") },
          { weight: 5, arbitrary: fc.constant("allQuoted") },
          { weight: 1, arbitrary: fc.constantFrom("empty", "short", "long", "strayCR", "blankReceipt", "extra", "multiLine", "cr-only") },
        ),
        { minLength: 1, maxLength: 120 },
      ),
      cells: fc.array(fc.tuple(dateArb, textArb, countArb), { minLength: 120 * l.width, maxLength: 120 * l.width }),
    }),
  );

type Case = typeof layoutArb extends fc.Arbitrary<infer T> ? T : never;

/** The file's text and the columns core would read, from a random case. */
function build(c: Case): { text: string; columns: PreReadColumns } {
  const { width, delimiter: D, eol } = c.layout;
  const kinds = [...c.kinds];
  kinds[c.received] = K.date;
  const columns: PreReadColumns = { dates: [-1, -1, -1, -1, -1, -1, -1], texts: [-1, -1, -1, -1, -1], supplementCount: -1 };
  let nextDate = 1;
  let nextText = 0;
  kinds.forEach((k, col) => {
    if (col === c.received) columns.dates[0] = col;
    else if (k === K.date && nextDate < 7) columns.dates[nextDate++] = col;
    else if (k === K.text && nextText < 5) columns.texts[nextText++] = col;
    else if (k === K.count && columns.supplementCount < 0) columns.supplementCount = col;
  });
  const kindOf = (col: number) =>
    columns.dates.includes(col) ? K.date : columns.texts.includes(col) ? K.text : columns.supplementCount === col ? K.count : K.skip;
  let at = 0;
  const cell = (col: number) => {
    const [d, t, n] = c.cells[at++ % c.cells.length];
    const k = kindOf(col);
    return k === K.date ? dateText(d) : k === K.count ? n : k === K.text ? t.replaceAll(D, " ") : t.replaceAll(D, "");
  };
  const row = (n = width) => Array.from({ length: n }, (_, col) => cell(col)).join(D);
  const out: string[] = [];
  for (const kind of c.lines) {
    switch (kind) {
      case "row":
        out.push(row());
        break;
      case "allQuoted":
        // Every field quoted, as some systems export (a field already quoted is left as it is).
        out.push(row().split(D).map((v) => (v.startsWith('"') ? v : `"${v}"`)).join(D));
        break;
      case "empty":
        out.push("");
        break;
      case "short":
        out.push(row(Math.max(1, Math.floor(width / 2))));
        break;
      case "long":
        out.push(`${row()}${D}${"x".repeat(33_000)}`);
        break;
      case "strayCR":
        out.push(`${row()}\rx`);
        break;
      case "blankReceipt":
        out.push(row().split(D).map((v, i) => (i === c.received ? "" : v)).join(D));
        break;
      case "extra":
        out.push(`${row()}${D}ghi chú${D}"a${D}b"`);
        break;
      case "multiLine":
        out.push(`"Sở${eol}Y tế"${D}${row(width - 1)}`);
        break;
      case "cr-only":
        out.push(`${row()}\r${row()}`);
        break;
    }
  }
  return { text: out.join(eol) + eol, columns };
}

describe("the WebAssembly line reader reads what the JavaScript scanner reads", () => {
  it("can run here (Node 20 has WebAssembly SIMD)", () => {
    expect(WasmLines.create()).not.toBeNull();
  });

  it("same calls, same order, same stop, on random lines read in pieces of every size (fast-check)", async () => {
    let wasmRows = 0;
    let rows = 0;
    await fc.assert(
      fc.asyncProperty(layoutArb, async (c) => {
        const { text, columns } = build(c);
        const js = await scanFile(text, c.layout.delimiter, columns, c.layout.late, c.layout.chunk, false);
        const both = await scanFile(text, c.layout.delimiter, columns, c.layout.late, c.layout.chunk, true);
        expect(both.calls).toEqual(js.calls);
        expect(both.stop).toBe(js.stop);
        expect(js.wasmRows).toBe(0);
        wasmRows += both.wasmRows;
        rows += js.calls.filter((x) => x[0] === "row").length;
      }),
      { numRuns: 1000 },
    );
    // The WebAssembly reader did read most rows (the others: lines it leaves to JavaScript).
    expect(wasmRows).toBeGreaterThan(rows / 3);
  }, 120_000);

  it("reads the plain lines of a big piece itself, and hands back after each line it leaves", async () => {
    const D = ",";
    const columns: PreReadColumns = { dates: [0, 1, -1, -1, -1, -1, -1], texts: [2, 3, -1, -1, -1], supplementCount: 4 };
    const lines: string[] = [];
    for (let i = 0; i < 5000; i++) {
      const d = `${pad((i % 28) + 1)}/${pad((i % 12) + 1)}/2025`;
      lines.push(i % 100 === 7 ? `5/1/2025 8:00 SA,${d},Đã trả kết quả,"Sở A, B",1` : `${d} 08:00,${d},Đã trả kết quả,Sở ${i % 7},${i % 3}`);
    }
    const text = `${lines.join("\r\n")}\r\n`;
    const js = await scanFile(text, D, columns, 0, 1 << 12, false);
    const both = await scanFile(text, D, columns, 0, 1 << 12, true);
    expect(both.calls).toEqual(js.calls);
    expect(both.wasmRows).toBe(5000 - 50);
  });

  it("dates of every shape it reads, and near them: the days core gives (one date column, 30,000 lines)", async () => {
    const columns: PreReadColumns = { dates: [0, 1, -1, -1, -1, -1, -1], texts: [-1, -1, -1, -1, -1], supplementCount: -1 };
    const values = fc.sample(fc.oneof(apiDateArb, dateArb.map(dateText)), { numRuns: 30_000, seed: 16 }).filter((v) => !v.includes('"'));
    // One line in three with the date quoted.
    const text = `${values.map((v, i) => `01/02/2025,${i % 3 === 0 ? `"${v}"` : v}`).join("\n")}\n`;
    const js = await scanFile(text, ",", columns, 0, 1 << 16, false);
    const both = await scanFile(text, ",", columns, 0, 1 << 16, true);
    expect(both.calls).toEqual(js.calls);
    const read = js.calls.filter((c) => c[0] === "row" && c[1][1] !== null).length;
    expect(read).toBeGreaterThan(10_000);
    expect(both.wasmRows).toBeGreaterThan(read * 0.9);
  });

  it("a comma after the seconds is the delimiter, not a fraction, unless the date is quoted", async () => {
    const columns: PreReadColumns = { dates: [0, -1, -1, -1, -1, -1, -1], texts: [-1, -1, -1, -1, -1], supplementCount: 1 };
    for (const [D, line] of [
      [",", "2025-01-02 08:00:00,0003"],
      [",", '"2025-01-02 08:00:00,123",2'],
      [";", "2025-01-02 08:00:00,123;2"],
      [",", "2025-01-02T08:00:00.5+07:00,12"],
    ]) {
      const text = `${line}\n`.repeat(3);
      const js = await scanFile(text, D, columns, 0, 1 << 12, false);
      const both = await scanFile(text, D, columns, 0, 1 << 12, true);
      expect(both.calls).toEqual(js.calls);
      expect(both.wasmRows).toBe(3);
      expect(js.calls.filter((c) => c[0] === "row").length).toBe(3);
    }
  });

  it("more distinct texts than its tables keep: the JavaScript scanner reads those lines, same calls", async () => {
    const columns: PreReadColumns = { dates: [0, -1, -1, -1, -1, -1, -1], texts: [-1, 1, 2, -1, -1], supplementCount: -1 };
    const lines: string[] = [];
    // 20,000 distinct unit names (its table keeps 16,383 per column), and long staff names filling its 2 MB of text.
    for (let i = 0; i < 20_000; i++) lines.push(`01/02/2025,Đơn vị số ${i},${"Cán bộ ".repeat(20)}${i}`);
    const text = `${lines.join("\n")}\n`;
    const js = await scanFile(text, ",", columns, 0, 1 << 20, false);
    const both = await scanFile(text, ",", columns, 0, 1 << 20, true);
    expect(both.calls).toEqual(js.calls);
    // Its 2 MB of text fill after ≈ 9,400 rows; then every line stops it, and it is switched off.
    expect(both.wasmRows).toBeGreaterThan(5_000);
    expect(both.wasmRows).toBeLessThan(20_000);
  }, 60_000);
});

describe("its days are core's", () => {
  it("every year 1890–2110, every month and day its two digits can write", () => {
    const w = WasmLines.create() as WasmLines;
    const NULL = w.nullDay;
    let days = 0;
    for (let y = 1890; y <= 2110; y++) {
      for (let m = 0; m <= 99; m++) {
        for (let d = 0; d <= 99; d++) {
          const core = everydayDay(y, m, d);
          const wasm = w.dayOf(y, m, d);
          if (core === core) days++;
          if (wasm !== (core === core ? core : NULL)) expect([y, m, d, wasm]).toEqual([y, m, d, core]);
        }
      }
    }
    expect(days).toBe(73_414); // 1900-01-01 … 2100-12-31
  });

  it("any year its four digits can write", () => {
    const w = WasmLines.create() as WasmLines;
    for (let y = 0; y <= 9999; y++) {
      for (const [m, d] of [[1, 1], [2, 29], [12, 31], [6, 31]]) {
        const core = everydayDay(y, m, d);
        expect(w.dayOf(y, m, d)).toBe(core === core ? core : w.nullDay);
      }
    }
  });
});
