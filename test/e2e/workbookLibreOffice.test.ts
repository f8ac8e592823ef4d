/**
 * Issue 13: the tracking workbook's plain formulas, computed by a real spreadsheet engine
 * (LibreOffice, recalculation forced on load), give the same values as core — due dates of
 * 2,000+ random cases across Tết, Quốc khánh and make-up Saturdays, working days to the
 * reporting date, and the summary's named cells on real appendices.
 */
import { existsSync, mkdtempSync, readdirSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import {
  addWorkingDays,
  annualSummary,
  dayFromYMD,
  DONE_UNDATED_NAME,
  DROPPED_NAME,
  taskLateRate,
  taskStatus,
  taskStatuses,
  dayToExcelSerial,
  excelSerialToDay,
  RESULT_NAMES,
  trackingWorkbook,
  validateAppendix,
  workingDaysBetween,
  type Day,
  type WorkbookSpec,
} from "@cchc/core";
import { loadPlanSheet } from "../../cli/src/files/inputs/loadPlanSheet.js";
import { readCells } from "../../cli/src/files/inputs/readCells.js";
import { workbookSpecToXlsx } from "../../cli/src/workbook/writeGridWorkbook.js";
import { recalculate, SOFFICE } from "./libreOffice.js";

const tmp = mkdtempSync(join(tmpdir(), "cchc-wb-"));
afterAll(() => rmSync(tmp, { recursive: true, force: true }));
const ROOT = join(__dirname, "..", "..");

/** mulberry32: the same cases on every run. */
function rng(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

type Cell = string | number | boolean | Date | null;
const asDay = (v: Cell): Day | string | boolean | null =>
  v instanceof Date ? Math.round(v.getTime() / 86_400_000) : typeof v === "number" ? excelSerialToDay(v) : v;

async function writeAndRecalc(spec: WorkbookSpec, name: string): Promise<Map<string, Cell[][]>> {
  const file = join(tmp, `${name}.xlsx`);
  writeFileSync(file, await workbookSpecToXlsx(spec));
  const outDir = join(tmp, `${name}-out`);
  const out = recalculate(file, outDir);
  const loaded = await readCells(out);
  return new Map(loaded.sheets.map((s) => [s.name, s.cells as Cell[][]]));
}

/** The value of a named cell (`$B$7` on its sheet) in a recalculated workbook. */
function named(spec: WorkbookSpec, sheets: Map<string, Cell[][]>, name: string): Cell {
  const n = spec.names.find((x) => x.name === name);
  if (!n) throw new Error(`no name ${name}`);
  const m = /^\$([A-Z]+)\$(\d+)$/.exec(n.ref)!;
  const col = m[1]!.charCodeAt(0) - 65;
  return sheets.get(n.sheet)?.[Number(m[2]) - 1]?.[col] ?? null;
}

describe.skipIf(SOFFICE === null)("tracking workbook recalculated by LibreOffice", () => {
  it("Tính hạn: 2,000+ due dates and working-day counts equal core's (2022–2026, N 1–60, Tết, Quốc khánh, make-up Saturdays)", async () => {
    const next = rng(20251226);
    const inputs: [number, number][] = [];
    const first = dayFromYMD(2022, 1, 1);
    const last = dayFromYMD(2026, 12, 31);
    for (let i = 0; i < 2000; i++) {
      const start = first + Math.floor(next() * (last - first + 1));
      inputs.push([dayToExcelSerial(start), 1 + Math.floor(next() * 60)]);
    }
    // Around the days that make calendars hard: Tết, Quốc khánh, 30/4–1/5, make-up Saturdays.
    const hard = [
      [2025, 1, 24], [2025, 1, 25], [2025, 1, 26], [2025, 2, 1], [2025, 4, 25], [2025, 4, 26], [2025, 8, 29], [2025, 9, 1],
      [2026, 1, 1], [2026, 1, 9], [2026, 1, 10], [2026, 2, 13], [2026, 2, 14], [2026, 8, 21], [2026, 8, 22], [2026, 8, 28],
      [2024, 2, 7], [2024, 4, 27], [2023, 1, 20], [2022, 1, 29],
    ] as const;
    for (const [y, m, d] of hard) for (const n of [1, 2, 5, 10, 15, 30]) inputs.push([dayToExcelSerial(dayFromYMD(y, m, d)), n]);
    // Zero and counting back.
    for (const [y, m, d] of hard.slice(0, 8)) for (const n of [0, -1, -3, -10]) inputs.push([dayToExcelSerial(dayFromYMD(y, m, d)), n]);
    const asOf = dayFromYMD(2025, 9, 30);
    const read = validateAppendix([["STT", "Nội dung công việc", "Trách nhiệm thực hiện", "Tiến độ thực hiện"], ["1", "Việc mẫu", "Văn phòng", "Quý I/2025"]], {
      planYear: 2025,
      asOf,
    });
    const spec = trackingWorkbook(read.table!, { planYear: 2025, asOf, dueRows: inputs.length + 1, dueInputs: inputs });
    const sheets = await writeAndRecalc(spec, "due");
    const rows = sheets.get("Tính hạn")!;
    expect(inputs.length).toBeGreaterThanOrEqual(2000);
    let compared = 0;
    const wrong: string[] = [];
    inputs.forEach(([serial, n], i) => {
      const row = rows[i + 1]!;
      const start = excelSerialToDay(serial);
      const want = addWorkingDays(start, n);
      const got = asDay(row[2] ?? null);
      if (got !== want) wrong.push(`row ${i + 2}: ${serial} + ${n} → ${String(got)} (core ${want})`);
      const wd = row[3];
      if (wd !== workingDaysBetween(start, asOf)) wrong.push(`row ${i + 2}: working days ${String(wd)} (core ${workingDaysBetween(start, asOf)})`);
      compared++;
    });
    expect(wrong.slice(0, 10)).toEqual([]);
    expect(compared).toBe(inputs.length);
  }, 240_000);

  const appendices = [
    { file: join(ROOT, "examples", "ke-hoach-607-theo-doi.csv"), year: 2025, asOf: dayFromYMD(2025, 9, 30) },
    ...(existsSync(join(ROOT, "test", "fixtures", "real"))
      ? readdirSync(join(ROOT, "test", "fixtures", "real"))
          .filter((f) => f.endsWith(".csv"))
          .map((f) => ({ file: join(ROOT, "test", "fixtures", "real", f), year: 2025, asOf: dayFromYMD(2025, 12, 31) }))
      : []),
  ];

  it("24/11 (Ngày Văn hóa Việt Nam) is skipped only when the settings' switch says Có, as core does with ngayVanHoa", async () => {
    const starts = [dayFromYMD(2026, 11, 20), dayFromYMD(2026, 11, 23), dayFromYMD(2027, 11, 23), dayFromYMD(2025, 11, 21)];
    const inputs: [number, number][] = starts.flatMap((d) => [1, 2, 5].map((n): [number, number] => [dayToExcelSerial(d), n]));
    const asOf = dayFromYMD(2026, 12, 31);
    const table = validateAppendix([["STT", "Nội dung công việc", "Trách nhiệm thực hiện", "Tiến độ thực hiện"], ["1", "Việc", "Văn phòng", "Quý I/2026"]], { planYear: 2026, asOf }).table!;
    for (const on of [false, true]) {
      const spec = trackingWorkbook(table, { planYear: 2026, asOf, calendar: { ngayVanHoa: on }, dueRows: inputs.length + 1, dueInputs: inputs });
      const sheets = await writeAndRecalc(spec, `vanhoa-${on}`);
      const rows = sheets.get("Tính hạn")!;
      inputs.forEach(([serial, n], i) => {
        expect(asDay(rows[i + 1]![2] ?? null), `${serial}+${n} ${on}`).toBe(addWorkingDays(excelSerialToDay(serial), n, { ngayVanHoa: on }));
      });
    }
  }, 120_000);

  it("the reporting date is one cell: changed in the settings sheet, every status and figure follows", async () => {
    const grid = [
      ["STT", "Nội dung nhiệm vụ", "Cơ quan chủ trì", "Thời gian hoàn thành", "Ngày hoàn thành"],
      ["I", "CẢI CÁCH THỂ CHẾ", "", "", ""],
      ["1", "Rà soát văn bản", "Sở Tư pháp", "Quý I/2025", "15/03/2025"],
      ["2", "Xây dựng cơ sở dữ liệu", "Văn phòng", "Tháng 6/2025", "02/07/2025"],
      ["3", "Số hóa hồ sơ", "Văn phòng", "Trước ngày 30/9/2025", ""],
      ["4", "Công bố thủ tục", "Sở Tư pháp", "30/11/2025", "30/11/2025"],
      ["5", "Tuyên truyền", "Văn phòng", "Thường xuyên", ""],
      ["6", "Kiểm tra", "Văn phòng", "Trước ngày 31/12/2025", ""],
    ];
    const first = dayFromYMD(2025, 6, 30);
    const later = dayFromYMD(2025, 12, 15);
    const report = validateAppendix(grid, { planYear: 2025, asOf: first });
    const spec = trackingWorkbook(report.table!, { planYear: 2025, asOf: first, dueRows: 3 });
    // the user changes the reporting date on the settings sheet (B4), nothing else
    const settings = spec.sheets.find((x) => x.name === "CCHC – Cài đặt")!;
    settings.rows[3]![1] = { v: dayToExcelSerial(later), fmt: "date" };
    const sheets = await writeAndRecalc(spec, "live");
    const want = annualSummary(report.table!, { planYear: 2025, asOf: later }).totals;
    expect(want).toMatchObject({ doneEarly: 1, doneLate: 1, doneOnTime: 1, pending: 1, overdue: 1, noDueDate: 1 });
    for (const [k, name] of Object.entries(RESULT_NAMES)) {
      if (k === "lateRate") continue;
      expect(named(spec, sheets, name), name).toBe(want[k as keyof typeof want]);
    }
    expect(named(spec, sheets, RESULT_NAMES.lateRate)).toBeCloseTo(2 / 5, 12);
  }, 120_000);

  it.each(appendices)("Tổng hợp: the named cells equal core's annual summary ($file)", async ({ file, year, asOf }) => {
    const plan = await loadPlanSheet(file, undefined);
    const report = validateAppendix(plan.cells, { planYear: year, asOf, merges: plan.merges });
    expect(report.table).toBeTruthy();
    const summary = annualSummary(report.table!, { planYear: year, asOf });
    const spec = trackingWorkbook(report.table!, { planYear: year, asOf, dueRows: 3 });
    const sheets = await writeAndRecalc(spec, `sum-${file.replace(/\W+/g, "-").slice(-40)}`);
    // A sổ theo dõi tracks every task: a plan without tracking columns (core: "notTracked") is,
    // in the sổ, pending or overdue by its due date until the user fills in the completion.
    const t = { ...summary.totals };
    if (summary.tracking === false) {
      for (const r of taskStatuses(report.table!, { planYear: year, asOf })) {
        if (r.status !== "notTracked") continue;
        t.notTracked! -= 1;
        t[taskStatus(r.due, null, asOf).status] += 1;
      }
    }
    const got = {
      tasks: named(spec, sheets, RESULT_NAMES.tasks),
      doneEarly: named(spec, sheets, RESULT_NAMES.doneEarly),
      doneOnTime: named(spec, sheets, RESULT_NAMES.doneOnTime),
      doneLate: named(spec, sheets, RESULT_NAMES.doneLate),
      pending: named(spec, sheets, RESULT_NAMES.pending),
      overdue: named(spec, sheets, RESULT_NAMES.overdue),
      noDueDate: named(spec, sheets, RESULT_NAMES.noDueDate),
      doneUndated: named(spec, sheets, DONE_UNDATED_NAME),
      dropped: named(spec, sheets, DROPPED_NAME),
    };
    expect(got).toEqual({
      tasks: t.tasks,
      doneEarly: t.doneEarly,
      doneOnTime: t.doneOnTime,
      doneLate: t.doneLate,
      pending: t.pending,
      overdue: t.overdue,
      noDueDate: t.noDueDate,
      doneUndated: t.doneUndated ?? 0,
      dropped: t.dropped ?? 0,
    });
    const want = taskLateRate(t);
    const rate = named(spec, sheets, RESULT_NAMES.lateRate);
    if (want === null) expect(rate).toBeNull();
    else expect(rate).toBeCloseTo(want, 12);
    if (summary.tracking !== false) expect(want).toBe(summary.lateRate);
  }, 120_000);
});
