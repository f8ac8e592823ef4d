import ExcelJS from "exceljs";
import JSZip from "jszip";
import { readFileSync } from "node:fs";
import { existsSync, statSync } from "node:fs";
import { resolve } from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { runCli } from "../runCli.js";
import { HEADER, tempDir, writeCsv } from "../files/makeFiles.js";

const repo = resolve(__dirname, "../../..");
const example = resolve(repo, "examples/ke-hoach-607-theo-doi.csv");
const tmp = tempDir();
afterAll(() => tmp.cleanup());
const demo = ["--year", "2025", "--as-of", "2025-09-30"];

describe("cchc summary on the bundled example (invented tracking dates of Kế hoạch 607)", () => {
  it("--format json: the contract's keys and the figures the example was built to give", async () => {
    const r = await runCli("summary", example, ...demo, "--format", "json");
    expect(r.code).toBe(0);
    const s = JSON.parse(r.out);
    // The contract's keys in order, then what issue 10 added (tracking, the late rate's parts, the tracking columns).
    expect(Object.keys(s)).toEqual([
      "year", "asOf", "totals", "lateRate", "bySection", "byUnit", "overdueTasks", "upcoming",
      "tracking", "lateRateParts", "completedColumn",
    ]);
    expect(s.tracking).toBe(true);
    expect(s.completedColumn).toBe("G");
    expect(s.lateRateParts).toEqual({
      rate: 5 / 63, numerator: 5, denominator: 63, denominatorKind: "tasksWithDueDate",
      denominatorLabel: "số nhiệm vụ có hạn cụ thể (kể cả hoàn thành chưa rõ ngày; không tính nhiệm vụ không thực hiện/dừng thực hiện)",
    });
    expect(s.year).toBe(2025);
    expect(s.asOf).toBe("2025-09-30");
    // 10 internal deadlines in column "Hạn": 3 done late, 1 on time, 2 early, 2 overdue, 2 not yet due.
    expect(s.totals).toEqual({ tasks: 74, doneEarly: 33, doneOnTime: 1, doneLate: 3, pending: 24, overdue: 2, noDueDate: 11, doneUndated: 0, dropped: 0, notTracked: 0 });
    expect(s.lateRate).toBeCloseTo(5 / 63, 10);
    expect(s.overdueTasks).toEqual([
      { row: 29, stt: "5", task: "Thực hiện số hóa hồ sơ, kết quả giải quyết TTHC.", due: "2025-06-30" },
      { row: 46, stt: "2", task: "Thực hiện quy định về quản lý, sử dụng kinh phí từ nguồn ngân sách nhà nước.", due: "2025-09-15" },
    ]);
    expect(s.upcoming.map((t: { row: number; due: string }) => [t.row, t.due])).toEqual([[54, "2025-10-10"]]);
    expect(Object.keys(s.bySection[0])).toEqual(["stt", "title", "part", "totals"]);
    expect(s.bySection.map((x: { part: string; stt: string }) => `${x.part}.${x.stt}`)).toEqual([
      "A.I", "A.II", "A.III", "A.IV", "A.V", "A.VI", "A.VII", "A.VIII", "A.IX", "B.I", "B.II",
    ]);
    expect(s.bySection.reduce((n: number, x: { totals: { tasks: number } }) => n + x.totals.tasks, 0)).toBe(74);
    expect(Object.keys(s.byUnit[0])).toEqual(["unit", "totals"]);
    expect(s.byUnit.reduce((n: number, x: { totals: { tasks: number } }) => n + x.totals.tasks, 0)).toBe(74);
  });

  it("text: readable Vietnamese tables", async () => {
    const r = await runCli("summary", example, "--year", "2025", "--as-of", "30/09/2025");
    expect(r.code).toBe(0);
    expect(r.out).toContain("TỔNG HỢP KẾT QUẢ THỰC HIỆN KẾ HOẠCH CCHC NĂM 2025 — tính đến ngày 30/09/2025");
    expect(r.out).toContain("Tỷ lệ trễ hạn: 7,94% = (3 trễ hạn + 2 quá hạn) ÷ 63 nhiệm vụ có hạn");
    expect(r.out).toMatch(/Theo lĩnh vực \(mục của kế hoạch\):\n {2}Phần +Mục +Lĩnh vực +Tổng/);
    expect(r.out).toMatch(/\n {2}A +IV +Cải cách thủ tục hành chính \(TTHC\) +9 /);
    expect(r.out).toMatch(/Nhiệm vụ quá hạn chưa hoàn thành \(2\):\n.*\n {4}29 +5 +30\/06\/2025 +Thực hiện số hóa/);
  });
});

describe("cchc summary --out", () => {
  it("writes a new print-ready workbook in a new folder, and never overwrites without --force", async () => {
    const out = tmp.file("out/sub/tong-hop-2025.xlsx");
    const r = await runCli("summary", example, ...demo, "--out", out);
    expect(r.code).toBe(0);
    expect(r.out).toContain(`Đã ghi bảng tổng hợp vào "${out}".`);
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.readFile(out);
    // one sheet, laid out by core as the add-ins lay it out (test/crossHost/reports.test.ts)
    expect(wb.worksheets.map((w) => w.name)).toEqual(["Tổng hợp 2025"]);
    const ws = wb.worksheets[0];
    expect(ws.getCell("A1").value).toBe("TỔNG HỢP KẾT QUẢ THỰC HIỆN KẾ HOẠCH CẢI CÁCH HÀNH CHÍNH NĂM 2025");
    expect(ws.getCell("A4").value).toBe("1. Kết quả chung");
    expect([ws.getCell("A6").value, ws.getCell("B6").value]).toEqual(["Tổng số nhiệm vụ", 74]);
    expect(ws.pageSetup).toMatchObject({ paperSize: 9, orientation: "landscape", fitToPage: true, fitToWidth: 1 });
    const rowOf = (text: string) => {
      let found = 0;
      ws.eachRow((row, n) => {
        if (found === 0 && row.getCell(1).value === text) found = n;
      });
      return found;
    };
    const overdue = rowOf("4. Nhiệm vụ quá hạn chưa hoàn thành");
    expect(ws.getCell(overdue + 1, 4).value).toBe("Hạn");
    expect(ws.getCell(overdue + 2, 4).value).toEqual(new Date(Date.UTC(2025, 5, 30))); // the serial, read back by exceljs as a date
    expect(ws.getCell(overdue + 2, 4).numFmt).toBe("dd/mm/yyyy");
    expect(rowOf("2. Theo lĩnh vực (mục của kế hoạch)")).toBe(16);
    expect(ws.getCell(17, 11).value).toBe("Tỷ lệ trễ hạn");
    expect(ws.getCell(18, 11).numFmt).toBe("0.00%");
    expect(ws.getCell(rowOf("Ghi chú") + 4, 1).value).toBe('Nguồn: tệp "ke-hoach-607-theo-doi.csv".');

    // The stacked bar chart of statuses by section (11 sections, rows 18–28), right of the tables.
    const chart = await (await JSZip.loadAsync(readFileSync(out))).file("xl/charts/chart1.xml")!.async("string");
    expect(chart).toContain("<c:f>'Tổng hợp 2025'!$C$18:$C$28</c:f>");
    expect(chart).toContain("Tình trạng nhiệm vụ theo lĩnh vực (đến 30/09/2025)");

    const size = statSync(out).size;
    const again = await runCli("summary", example, ...demo, "--out", out);
    expect(again.code).toBe(2);
    expect(again.err).toMatch(/đã có\. Để không làm mất dữ liệu, công cụ không ghi đè.*--force/);
    expect(statSync(out).size).toBe(size);
    const forced = await runCli("summary", "--force", example, ...demo, "--out", out);
    expect(forced.code).toBe(0);
  });

  it("refuses an output that is not .xlsx", async () => {
    const out = tmp.file("tong-hop.csv");
    const r = await runCli("summary", example, ...demo, "--out", out);
    expect(r.code).toBe(2);
    expect(r.err).toMatch(/phải có đuôi \.xlsx/);
    expect(existsSync(out)).toBe(false);
  });
});

describe("cchc summary: what it needs", () => {
  it("--year and --as-of are required, with a message and exit 2", async () => {
    const noYear = await runCli("summary", example, "--as-of", "2025-09-30");
    expect(noYear.code).toBe(2);
    expect(noYear.err).toMatch(/^Thiếu năm kế hoạch: thêm --year/);
    const noDate = await runCli("summary", example, "--year", "2025");
    expect(noDate.code).toBe(2);
    expect(noDate.err).toMatch(/^Thiếu ngày báo cáo: thêm --as-of/);
    expect((await runCli("summary", example, "--year", "2025", "--as-of", "2025-13-01")).code).toBe(2);
  });

  it("a header-only table has nothing to summarise: exit 2", async () => {
    const f = tmp.file("chi-tieu-de.csv");
    writeCsv(f, `${HEADER.join(";")}\n`);
    const r = await runCli("summary", f, ...demo);
    expect(r.code).toBe(2);
    expect(r.err).toMatch(/chưa có nhiệm vụ nào/);
  });

  it("a table with errors: the summary is printed with a caution, exit 1", async () => {
    const f = tmp.file("co-loi.csv");
    writeCsv(
      f,
      [
        `${HEADER.join(",")},Ngày hoàn thành`,
        "I,Cải cách thủ tục hành chính,,,,",
        "1,Rà soát thủ tục hành chính,Văn phòng chủ trì,Quý II năm 2025,Báo cáo,31/13/2025",
        "2,Công khai thủ tục,Văn phòng chủ trì,Quý I năm 2025,Báo cáo,20/03/2025",
      ].join("\n"),
    );
    const r = await runCli("summary", f, ...demo, "--format", "json");
    expect(r.code).toBe(1);
    expect(r.err).toMatch(/bảng phụ lục còn 1 lỗi.*số liệu tổng hợp có thể chưa đúng/);
    expect(JSON.parse(r.out).totals.tasks).toBe(2);
  });
});
