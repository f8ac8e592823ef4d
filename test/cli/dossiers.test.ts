import { mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import ExcelJS from "exceljs";
import { afterAll, describe, expect, it } from "vitest";
import { parseArgs } from "../../cli/src/args.js";
import { CliError } from "../../cli/src/cliError.js";
import { dossiers } from "../../cli/src/commands/dossiers.js";
import { CsvRecordParser } from "../../cli/src/files/inputs/dossierStream.js";

const dir = mkdtempSync(join(tmpdir(), "cchc-dossiers-"));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

async function cli(...argv: string[]): Promise<{ code: number; out: string; err: string }> {
  let out = "";
  let err = "";
  const code = await dossiers.run(parseArgs(argv), { out: (t) => (out += `${t}\n`), err: (t) => (err += `${t}\n`) });
  return { code, out, err };
}

const CSV = [
  "\ufeffDANH SÁCH HỒ SƠ TTHC THÁNG 3/2025;;;;;",
  ";;;;;",
  "Mã hồ sơ;Cơ quan;Cán bộ xử lý;Ngày tiếp nhận;Ngày hẹn trả;Ngày trả kết quả;Hình thức nộp",
  'H1;"Sở Y tế";"Lê Văn ""Tư""";03/03/2025 08:00;10/03/2025;07/03/2025 16:30;Trực tuyến',
  "H2;Sở Y tế;Lê Văn Tư;03/03/2025;10/03/2025;11/03/2025;Trực tiếp",
  'H3;"Sở Du lịch";"Phạm Thị\nNga";20/03/2025;27/03/2025;;Trực tuyến',
  "H4;Sở Du lịch;Phạm Thị Nga;28/03/2025;04/04/2025;;Bưu chính",
  "H5;Sở Du lịch;Phạm Thị Nga;28/03/2025;31/02/2025;;Bưu chính",
  "",
].join("\r\n");

describe("CSV records streamed in pieces", () => {
  it("gives the same records however the text is cut (quotes, escaped quotes, line breaks in fields, CRLF)", () => {
    const text = 'a,"b,c",d\r\n"x ""y""","multi\nline",\r\nlast,row,"end"';
    const whole: string[][] = [];
    new CsvRecordParser(",").feed(text, true, (f) => whole.push(f));
    expect(whole).toEqual([["a", "b,c", "d"], ['x "y"', "multi\nline", ""], ["last", "row", "end"]]);
    for (let cut = 1; cut < text.length; cut++) {
      const got: string[][] = [];
      const p = new CsvRecordParser(",");
      p.feed(text.slice(0, cut), false, (f) => got.push(f));
      p.feed(text.slice(cut), false, (f) => got.push(f));
      p.feed("", true, (f) => got.push(f));
      expect(got, `cut at ${cut}`).toEqual(whole);
    }
    const oneByOne: string[][] = [];
    const p = new CsvRecordParser(",");
    for (const ch of text) p.feed(ch, false, (f) => oneByOne.push(f));
    p.feed("", true, (f) => oneByOne.push(f));
    expect(oneByOne).toEqual(whole);
  });

  it("handles old Mac CR line ends, a trailing separator and a last line without a line end", () => {
    const got: string[][] = [];
    new CsvRecordParser(";").feed("a;b\rc;d\ne;\n\nf", true, (f) => got.push(f));
    expect(got).toEqual([["a", "b"], ["c", "d"], ["e", ""], [""], ["f"]]);
  });
});

describe("cchc dossiers", () => {
  const file = join(dir, "ho-so.csv");
  writeFileSync(file, CSV);

  it("prints the JSON of the contract (semicolon CSV with a title block), rows numbered as in the sheet", async () => {
    const r = await cli(file, "--from", "2025-03-01", "--to", "2025-03-31", "--format", "json");
    expect(r.code).toBe(0);
    const j = JSON.parse(r.out);
    expect(Object.keys(j).slice(0, 9)).toEqual(["from", "to", "received", "carriedOver", "resolved", "pending", "lateRate", "onTimeRate", "online"]);
    expect(j).toMatchObject({
      from: "2025-03-01",
      to: "2025-03-31",
      received: 4,
      carriedOver: 0,
      resolved: { total: 2, early: 1, onTime: 0, late: 1, returned: 0 },
      pending: { total: 2, withinDeadline: 1, overdue: 1, waitingSupplement: 0 },
      lateRate: 0.5,
      onTimeRate: 0.5,
      online: { received: 2, rate: 0.5 },
    });
    expect(j.groups.map((g: { key: string }) => g.key)).toEqual(["Sở Du lịch", "Sở Y tế"]);
    expect(j.groups[1]).toMatchObject({ key: "Sở Y tế", resolved: { total: 2, late: 1 }, lateRate: 0.5, kl91: { notEligible: true } });
    expect(j.groups[1].kl91.reason).toContain("50,00% ≥ ngưỡng 5%");
    // H5 is record 8 (the quoted line break in H3 does not start a new row)
    expect(j.invalidRows).toEqual([{ row: 8, message: expect.stringContaining('Hồ sơ H5: Ngày hẹn trả: Ngày "31/02/2025" không tồn tại') }]);
  });

  it("groups by staff and prints a Vietnamese text report by default", async () => {
    const r = await cli(file, "--from", "01/03/2025", "--to", "31/03/2025", "--by", "staff");
    expect(r.code).toBe(0);
    expect(r.out).toContain("Tỷ lệ trễ hạn: 50,00% = 2 ÷ 4");
    expect(r.out).toContain('Lê Văn "Tư"');
    expect(r.out).toContain("Dòng 8: Hồ sơ H5");
  });

  it("writes the II.06a workbook with two header levels, and refuses to overwrite without --force", async () => {
    const out = join(dir, "bieu.xlsx");
    expect((await cli(file, "--from", "2025-03-01", "--to", "2025-03-31", "--out", out)).code).toBe(0);
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.readFile(out);
    const ws = wb.getWorksheet("Biểu II.06a")!;
    // laid out as the systems print it (core's formII06aPrint): form number, title, units, period, measure
    expect(ws.getCell("A1").value).toBe("Biểu số II.06a/VPCP/KSTT");
    expect(String(ws.getCell("D1").value)).toMatch(/^TÌNH HÌNH, KẾT QUẢ GIẢI QUYẾT THỦ TỤC HÀNH CHÍNH/);
    expect(ws.getCell("K1").value).toBe("Đơn vị báo cáo: ……");
    expect(ws.getCell("K2").value).toBe("Đơn vị nhận báo cáo: ……");
    expect(ws.getCell("A3").value).toBe("Kỳ báo cáo: từ ngày 01/03/2025 đến ngày 31/03/2025");
    expect(ws.getCell("A4").value).toBe("Đơn vị tính: Số hồ sơ TTHC");
    // three header rows: "Trong đó" over Trực tuyến / Trực tiếp, dịch vụ bưu chính
    expect(ws.getCell("C5").value).toBe("Tiếp nhận");
    expect(ws.getCell("G5").value).toBe("Số lượng hồ sơ đã giải quyết");
    expect(ws.getCell("K5").value).toBe("Số lượng hồ sơ đang giải quyết");
    expect(ws.getCell("D5").isMerged).toBe(true);
    expect([5, 6, 7].map((r) => ws.getCell(`A${r}`).value)).toEqual(["STT", "STT", "STT"]); // merged down
    expect(ws.getCell("D6").value).toBe("Trong đó");
    expect([ws.getCell("D7").value, ws.getCell("E7").value]).toEqual(["Trực tuyến", "Trực tiếp, dịch vụ bưu chính"]);
    expect(ws.getCell("I6").value).toBe("Đúng hạn\n(bao gồm cả hồ sơ trả lại/xin rút)");
    expect(ws.getCell("L6").value).toBe("Trong hạn\n(bao gồm cả hồ sơ chờ bổ sung)");
    // the column numbers (1)…(13); our columns beside the form after an empty column
    expect((ws.getRow(8).values as unknown[]).slice(1, 14)).toEqual(["(1)", "(2)", "(3)", "(4)", "(5)", "(6)", "(7)", "(8)", "(9)", "(10)", "(11)", "(12)", "(13)"]);
    expect(ws.getCell("N5").value).toBeNull();
    expect(ws.getCell("O5").value).toBe("Ngoài biểu (không thuộc mẫu II.06a)");
    expect([ws.getCell("O6").value, ws.getCell("P6").value]).toEqual(["Tỷ lệ trễ hạn", "Trong đó trả lại, xin rút, dừng xử lý"]);
    expect((ws.getRow(11).values as unknown[]).slice(1)).toEqual(["", "Tổng cộng", 4, 2, 2, 0, 2, 1, 0, 1, 2, 1, 1, undefined, 0.5, 0]);
    expect(ws.getCell("C11").numFmt).toBe("#,##0");
    expect(ws.getCell("O11").numFmt).toBe("0.00%");
    expect(wb.getWorksheet("Kết luận 91")!.getCell("G5").value).toContain("Kết luận 91-KL/TU");
    expect(wb.getWorksheet("Dòng lỗi")!.getCell("A2").value).toBe(8);

    const before = readFileSync(out);
    await expect(cli(file, "--from", "2025-03-01", "--to", "2025-03-31", "--out", out)).rejects.toThrow(/đã có.*--force/);
    expect(readFileSync(out).equals(before)).toBe(true);
    expect((await cli(file, "--from", "2025-03-01", "--to", "2025-03-31", "--out", out, "--force")).code).toBe(0);
  });

  it("reads an .xlsx export with real dates under a title", async () => {
    const wb = new ExcelJS.Workbook();
    const ws = wb.addWorksheet("Hồ sơ");
    ws.addRow(["Danh sách hồ sơ"]);
    ws.addRow(["Mã hồ sơ", "Đơn vị", "Ngày tiếp nhận", "Ngày hẹn trả", "Ngày kết thúc xử lý", "Số lần yêu cầu bổ sung", "Ngày yêu cầu bổ sung", "Ngày hoàn thành bổ sung"]);
    const D = (m: number, d: number) => new Date(Date.UTC(2025, m - 1, d));
    // pause over Tết: appointment 04/02 → 05/02, ended 05/02 → on time
    ws.addRow(["X1", "Sở Nội vụ", D(1, 20), D(2, 4), D(2, 5), 1, D(1, 24), D(2, 3)]);
    ws.addRow(["X2", "Sở Nội vụ", D(1, 20), D(2, 4), 45693, null, null, null]); // serial 45693 = 06/02/2025 → late
    const xlsx = join(dir, "ho-so.xlsx");
    await wb.xlsx.writeFile(xlsx);
    const j = JSON.parse((await cli(xlsx, "--from", "2025-01-01", "--to", "2025-02-28", "--format", "json")).out);
    expect(j.resolved).toEqual({ total: 2, early: 0, onTime: 1, late: 1, returned: 0 });
    expect(j.online.rate).toBeNull();
    expect(j.invalidRows).toEqual([]);
  });

  it("stops with a Vietnamese error (exit 2) on bad input", async () => {
    const cases: [string[], RegExp][] = [
      [[], /Thiếu tệp danh sách hồ sơ/],
      [[file, "--to", "2025-03-31"], /Thiếu ngày đầu kỳ \(--from\)/],
      [[file, "--from", "2025-03-31", "--to", "2025-03-01"], /Kỳ báo cáo không hợp lệ/],
      [[file, "--from", "2025-02-30", "--to", "2025-03-01"], /không tồn tại/],
      [[file, "--from", "2025-03-01", "--to", "2025-03-31", "--by", "team"], /--by "team" không hợp lệ/],
      [[join(dir, "khong-co.csv"), "--from", "2025-03-01", "--to", "2025-03-31"], /Không tìm thấy tệp/],
      [[file, "--from", "2025-03-01", "--to", "2025-03-31", "--out", join(dir, "x.pdf")], /phải có đuôi .xlsx/],
    ];
    for (const [argv, message] of cases) {
      const e = await cli(...argv).then(() => null, (x: unknown) => x);
      expect(e, argv.join(" ")).toBeInstanceOf(CliError);
      expect((e as CliError).exitCode).toBe(2);
      expect((e as CliError).message).toMatch(message);
    }
    const noHeader = join(dir, "khac.csv");
    writeFileSync(noHeader, "STT,Nội dung\n1,Việc A\n");
    await expect(cli(noHeader, "--from", "2025-03-01", "--to", "2025-03-31")).rejects.toThrow(/Không tìm thấy dòng tiêu đề.*dòng 1: STT \| Nội dung/);
    const legacy = join(dir, "bang-ma-cu.csv");
    writeFileSync(legacy, Buffer.from("M\xe3 h\xf4 s\xf5,Ng\xe0y ti\xeap nh\xe2n,Ng\xe0y h\xe2n tr\xe2\n", "latin1"));
    await expect(cli(legacy, "--from", "2025-03-01", "--to", "2025-03-31")).rejects.toThrow(/không phải văn bản UTF-8.*CSV UTF-8/);
    const noStaff = join(dir, "khong-can-bo.csv");
    writeFileSync(noStaff, "Ngày tiếp nhận,Ngày hẹn trả,Ngày trả kết quả\n03/03/2025,10/03/2025,\n");
    await expect(cli(noStaff, "--from", "2025-03-01", "--to", "2025-03-31", "--by", "staff")).rejects.toThrow(/thiếu cột "Cán bộ xử lý"/);
  });
});

describe("cchc dossiers --out prints like an official report", () => {
  it("II.06a and Kết luận 91: header rows on every page, page numbers, the signature block (người lập biểu, thủ trưởng đơn vị, date line)", async () => {
    const { mkdtempSync, rmSync } = await import("node:fs");
    const { tmpdir } = await import("node:os");
    const { resolve } = await import("node:path");
    const { runCli } = await import("./runCli.js");
    const d = mkdtempSync(join(tmpdir(), "cchc-print-"));
    try {
      const out = join(d, "II06a.xlsx");
      const example = resolve(__dirname, "../../examples/xuat-mot-cua-vi-du.csv");
      expect((await runCli("dossiers", example, "--from", "2025-01-01", "--to", "2025-12-31", "--out", out)).code).toBe(0);
      const wb = new ExcelJS.Workbook();
      await wb.xlsx.readFile(out);
      for (const [name, titles] of <[string, unknown][]>[
        ["Biểu II.06a", expect.stringMatching(/^\d+:\d+$/)],
        ["Kết luận 91", "3:3"],
      ]) {
        const ws = wb.getWorksheet(name)!;
        expect(ws.pageSetup, name).toMatchObject({ paperSize: 9, orientation: "landscape", fitToWidth: 1, printTitlesRow: titles });
        expect(ws.headerFooter.oddFooter, name).toContain("&P");
        const texts: string[] = [];
        ws.eachRow((row) => row.eachCell((c) => typeof c.value === "string" && texts.push(c.value)));
        expect(texts, name).toEqual(expect.arrayContaining(["NGƯỜI LẬP BIỂU", "THỦ TRƯỞNG ĐƠN VỊ", "(Ký, ghi rõ họ tên)", "……………, ngày …… tháng …… năm ………"]));
      }
    } finally {
      rmSync(d, { recursive: true, force: true });
    }
  });
});
