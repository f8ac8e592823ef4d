import { unicodeToTcvn3 } from "@cchc/core";
import { writeFileSync } from "node:fs";
import { resolve } from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { runCli } from "../runCli.js";
import { HEADER, smallPlan, tempDir, writeCsv, writeXlsx } from "../files/makeFiles.js";

const repo = resolve(__dirname, "../../..");
const fixture = resolve(repo, "test/fixtures/ke-hoach-607-phu-luc.csv");
const example = resolve(repo, "examples/ke-hoach-607-theo-doi.csv");
const tmp = tempDir();
afterAll(() => tmp.cleanup());

describe("cchc validate: the real appendix of Kế hoạch 607", () => {
  it("--format json: exactly the contract's keys, valid, 74 tasks, rows 68 and 69 unnumbered", async () => {
    const r = await runCli("validate", fixture, "--year", "2025", "--format", "json");
    expect(r.code).toBe(0);
    const report = JSON.parse(r.out);
    expect(Object.keys(report)).toEqual(["valid", "stats", "columns", "errors", "warnings", "infos", "tasks"]);
    expect(report.valid).toBe(true);
    expect(Object.keys(report.stats)).toEqual(["rows", "tasks", "sections", "errors", "warnings"]);
    expect(report.stats.tasks).toBe(74);
    expect(report.stats.sections).toBe(23);
    expect(report.stats.errors).toBe(0);
    expect(report.columns).toMatchObject({ stt: "A", task: "B", lead: "C", deadline: "D", output: "E" });
    const unnumbered = report.warnings.filter((f: { code: string }) => f.code === "unnumbered-row");
    expect(unnumbered.map((f: { row: number; column: string }) => `${f.column}${f.row}`)).toEqual(["A68", "A69"]);
    for (const f of [...report.warnings, ...report.infos]) {
      expect(Object.keys(f)).toEqual(expect.arrayContaining(["code", "severity", "row", "column", "message"]));
    }
    expect(report.tasks).toHaveLength(74);
    expect(Object.keys(report.tasks[0])).toEqual(["row", "stt", "section", "task", "lead", "partners", "deadline"]);
    expect(report.tasks[0].deadline).toEqual({ text: "Trong năm 2025", kind: "year", due: "2025-12-31" });
  });

  it("text: a Vietnamese report with the verdict, a stats line and cell references", async () => {
    const r = await runCli("validate", fixture, "--year", "2025");
    expect(r.code).toBe(0);
    expect(r.out).toContain("Kết quả: KHÔNG CÓ LỖI.");
    expect(r.out).toMatch(/Thống kê: 97 dòng dữ liệu, 74 nhiệm vụ, 23 mục\/tiêu đề; 0 lỗi, \d+ cảnh báo, \d+ thông tin\./);
    expect(r.out).toMatch(/CẢNH BÁO — nên xem lại \(\d+\)/);
    expect(r.out).toMatch(/\n {2}A68 +Dòng 68 có nội dung nhiệm vụ/);
    expect(r.out).toContain("Cột nhận ra: A = STT; B = Nội dung công việc; C = Trách nhiệm thực hiện;");
    expect(r.out).not.toContain("C = Cơ quan chủ trì");
  });

  it("the bundled example validates with the demo's year and reporting date", async () => {
    const r = await runCli("validate", example, "--year", "2025", "--as-of", "2025-09-30", "--format", "json");
    expect(r.code).toBe(0);
    const report = JSON.parse(r.out);
    expect(report.stats.tasks).toBe(74);
    expect(report.columns).toMatchObject({ due: "F", completed: "G", notes: "H" });
  });
});

describe("cchc validate: errors give exit 1 with the cell", () => {
  it("a completion date after the reporting date, and a task with no content", async () => {
    const f = tmp.file("loi.csv");
    writeCsv(
      f,
      [
        `${HEADER.join(",")},Ngày hoàn thành`,
        "I,Cải cách thủ tục hành chính,,,,",
        "1,Rà soát thủ tục hành chính,Văn phòng chủ trì,Quý II năm 2025,Báo cáo,15/10/2025",
        "2,,Văn phòng chủ trì,Quý III năm 2025,Báo cáo,",
      ].join("\r\n"),
    );
    const r = await runCli("validate", f, "--year", "2025", "--as-of", "30/09/2025", "--format", "json");
    expect(r.code).toBe(1);
    const report = JSON.parse(r.out);
    expect(report.valid).toBe(false);
    const codes = report.errors.map((e: { code: string; column: string; row: number }) => `${e.code} ${e.column}${e.row}`);
    expect(codes).toEqual(expect.arrayContaining(["completion-in-future F3", "missing-task B4"]));
    const text = await runCli("validate", f, "--year", "2025", "--as-of", "2025-09-30");
    expect(text.code).toBe(1);
    expect(text.out).toMatch(/Kết quả: CÓ \d+ LỖI cần sửa/);
    expect(text.out).toMatch(/LỖI — cần sửa \(\d+\)\n {2}F3 /);
  });
});

describe("cchc validate: .xlsx sheets", () => {
  it("picks the first sheet with an appendix header and says so", async () => {
    const f = tmp.file("nhieu-trang.xlsx");
    await writeXlsx(f, { "Hướng dẫn": [["Bảng theo dõi CCHC"], ["Nhập nhiệm vụ ở trang sau"]], "Phụ lục": smallPlan() });
    const r = await runCli("validate", f, "--format", "json");
    expect(r.code).toBe(0);
    expect(JSON.parse(r.out).stats.tasks).toBe(3);
    expect(r.err).toContain('Đã đọc trang tính "Phụ lục"');
  });

  it("--sheet picks a sheet (ignoring case and diacritics); an unknown name lists the sheets", async () => {
    const f = tmp.file("chon-trang.xlsx");
    await writeXlsx(f, { "Năm 2024": smallPlan().slice(0, 3), "Năm 2025": smallPlan() });
    const r = await runCli("validate", f, "--sheet", "nam 2025", "--format", "json");
    expect(r.code).toBe(0);
    expect(JSON.parse(r.out).stats.tasks).toBe(3);
    const bad = await runCli("validate", f, "--sheet", "Năm 2026");
    expect(bad.code).toBe(2);
    expect(bad.err).toContain('Không có trang tính "Năm 2026"');
    expect(bad.err).toContain('Các trang tính có trong tệp: "Năm 2024", "Năm 2025"');
  });

  it("reads error values, merged cells and formulas without crashing", async () => {
    const f = tmp.file("cong-thuc.xlsx");
    await writeXlsx(f, { "Phụ lục": [...smallPlan(), ["3", "Công khai TTHC", "Văn phòng chủ trì", null, "Báo cáo"]] }, (wb) => {
      const ws = wb.getWorksheet("Phụ lục")!;
      ws.getCell("D7").value = { formula: 'VLOOKUP(A7,Z:Z,2,0)', result: { error: "#N/A" } };
      ws.getCell("E4").value = { formula: '"Báo cáo"&" quý"', result: "Báo cáo quý" };
      ws.getCell("B8").value = "Tổ chức đối thoại với doanh nghiệp";
      ws.getCell("C8").value = "Văn phòng chủ trì";
      ws.getCell("D8").value = "Trong năm 2025";
      ws.getCell("A8").value = 4;
      ws.mergeCells("E7:E8");
    });
    const r = await runCli("validate", f, "--year", "2025", "--format", "json");
    expect([0, 1]).toContain(r.code);
    const report = JSON.parse(r.out);
    expect(report.stats.tasks).toBe(5);
    expect(report.tasks.find((t: { row: number }) => t.row === 7).deadline.text).toBe("");
    expect(report.errors.map((e: { code: string; row: number }) => `${e.code}@${e.row}`)).toContain("missing-deadline@7");
  });
});

describe("cchc validate: files that cannot be used → exit 2, Vietnamese message", () => {
  it("missing file", async () => {
    const r = await runCli("validate", tmp.file("khong-co.csv"));
    expect(r.code).toBe(2);
    expect(r.err).toMatch(/^Không tìm thấy tệp/);
    expect(r.out).toBe("");
  });

  it("an empty sheet", async () => {
    const f = tmp.file("trong.xlsx");
    await writeXlsx(f, { "Trang 1": [] });
    const r = await runCli("validate", f);
    expect(r.code).toBe(2);
    expect(r.err).toMatch(/không có dữ liệu: trang tính "Trang 1" trống/);
  });

  it("a sheet that is not a plan", async () => {
    const f = tmp.file("khong-phai.xlsx");
    await writeXlsx(f, { "Lương": [["Họ tên", "Lương"], ["Nguyễn Văn A", 1000]] });
    const r = await runCli("validate", f);
    expect(r.code).toBe(2);
    expect(r.err).toMatch(/trang tính "Lương".*Không tìm thấy dòng tiêu đề của bảng phụ lục/);
  });

  it("a password-protected or old .xls file", async () => {
    const f = tmp.file("cu.xlsx");
    writeFileSync(f, Buffer.concat([Buffer.from([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1]), Buffer.alloc(504)]));
    const r = await runCli("validate", f);
    expect(r.code).toBe(2);
    expect(r.err).toContain("được đặt mật khẩu hoặc là định dạng .xls cũ");
  });

  it("bad options", async () => {
    expect((await runCli("validate")).err).toMatch(/^Thiếu tệp cần kiểm tra/);
    expect((await runCli("validate", fixture, "--as-of", "31/02/2025")).err).toMatch(/Ngày báo cáo.*không hợp lệ/);
    expect((await runCli("validate", fixture, "--year", "25")).code).toBe(2);
    expect((await runCli("validate", fixture, "--format", "xml")).code).toBe(2);
  });
});

describe("cchc validate: a header-only table", () => {
  it("is a valid, empty table: exit 0 with a note that there are no tasks yet", async () => {
    const f = tmp.file("chi-tieu-de.csv");
    writeCsv(f, `${HEADER.join(",")}\r\n`);
    const r = await runCli("validate", f);
    expect(r.code).toBe(0);
    expect(r.out).toContain("bảng chưa có nhiệm vụ nào");
    const j = await runCli("validate", f, "--format", "json");
    expect(JSON.parse(j.out).stats.tasks).toBe(0);
    expect(j.err).toContain("bảng chưa có nhiệm vụ nào");
  });
});

describe("cchc validate: CSV files from old machines", () => {
  const unicode = smallPlan();
  const csv = (rows: unknown[][], map: (s: string) => string) =>
    rows.map((r) => r.map((c) => (c === null ? "" : `"${map(String(c))}"`)).join(",")).join("\r\n");

  it("TCVN3 text saved as an ANSI CSV: read, converted by core (legacy-encoding warnings), same tasks", async () => {
    const f = tmp.file("tcvn3.csv");
    writeFileSync(f, Buffer.from(csv(unicode, unicodeToTcvn3), "latin1"));
    const plain = tmp.file("unicode.csv");
    writeCsv(plain, csv(unicode, (x) => x));
    const r = await runCli("validate", f, "--format", "json");
    const u = await runCli("validate", plain, "--format", "json");
    expect(r.code).toBe(0);
    expect(r.err).toMatch(/không ở bảng mã UTF-8; đã đọc theo bảng mã Windows-1252/);
    const a = JSON.parse(r.out);
    const b = JSON.parse(u.out);
    expect(a.tasks).toEqual(b.tasks);
    expect(a.warnings.filter((w: { code: string }) => w.code === "legacy-encoding").length).toBeGreaterThan(5);
  });

  it("Vietnamese Windows (code page 1258) CSV: read as Unicode, same tasks, no legacy warning", async () => {
    const f = tmp.file("cp1258.csv");
    // Encode as cp1258 does: â ê ô ă ơ ư đ are bytes, the five tones are combining-mark bytes after the letter.
    const dec = new TextDecoder("windows-1258");
    const table = new Map<string, number>();
    for (let b = 0; b < 256; b++) table.set(dec.decode(Uint8Array.of(b)), b);
    const nfdToCp = (text: string): number[] =>
      [...text.normalize("NFC")].flatMap((ch) => {
        if (table.has(ch)) return [table.get(ch)!];
        const [base, ...marks] = [...ch.normalize("NFD")];
        const tones = marks.filter((m) => /[\u0300\u0301\u0303\u0309\u0323]/.test(m));
        const letter = (base + marks.filter((m) => !tones.includes(m)).join("")).normalize("NFC");
        return [table.get(letter)!, ...tones.map((m) => table.get(m)!)];
      });
    writeFileSync(f, Uint8Array.from(nfdToCp(csv(unicode, (x) => x))));
    const r = await runCli("validate", f, "--format", "json");
    expect(r.code).toBe(0);
    expect(r.err).toMatch(/Windows-1258 \(tiếng Việt\)/);
    const report = JSON.parse(r.out);
    expect(report.tasks.map((t: { task: string }) => t.task)).toEqual([
      "Xây dựng kế hoạch CCHC năm 2025",
      "Báo cáo CCHC định kỳ",
      "Rà soát thủ tục hành chính",
    ]);
    expect(report.warnings.filter((w: { code: string }) => w.code === "legacy-encoding")).toEqual([]);
  });
});

describe("cchc validate: a unit and a schedule merged over several tasks (.xlsx)", () => {
  it("fills a vertical merge down as Excel shows it: every task gets the unit and the schedule", async () => {
    const file = tmp.file("merged.xlsx");
    await writeXlsx(
      file,
      {
        "Phụ lục": [
          HEADER,
          ["I", "Công tác chỉ đạo, điều hành CCHC", null, null, null],
          ["1", "Xây dựng kế hoạch CCHC năm 2025", "Văn phòng chủ trì", "Quý I/2025", "Kế hoạch"],
          ["2", "Báo cáo CCHC quý", null, null, "Báo cáo"],
          ["3", "Kiểm tra CCHC", null, null, "Báo cáo"],
          ["4", "Tuyên truyền CCHC", "Phòng Văn hóa chủ trì", "Trong năm 2025", "Tin bài"],
        ],
      },
      (wb) => {
        const ws = wb.getWorksheet("Phụ lục")!;
        ws.mergeCells("C3:C5");
        ws.mergeCells("D3:D5");
      },
    );
    const r = await runCli("validate", file, "--year", "2025", "--format", "json");
    expect(r.err).toBe("");
    expect(r.code).toBe(0);
    const report = JSON.parse(r.out);
    expect(report.errors).toEqual([]);
    expect(report.tasks.map((t: { row: number; lead: string; deadline: { due: string } }) => [t.row, t.lead, t.deadline.due])).toEqual([
      [3, "Văn phòng", "2025-03-31"],
      [4, "Văn phòng", "2025-03-31"],
      [5, "Văn phòng", "2025-03-31"],
      [6, "Phòng Văn hóa", "2025-12-31"],
    ]);
  });
});
