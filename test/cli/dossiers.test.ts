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
      resolved: { total: 2, early: 1, onTime: 0, late: 1 },
      pending: { total: 2, withinDeadline: 1, overdue: 1 },
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
    expect(ws.getCell("C4").value).toBe("Tiếp nhận");
    expect(ws.getCell("G4").value).toBe("Đã giải quyết");
    expect(ws.getCell("K4").value).toBe("Đang giải quyết");
    expect(ws.getCell("D4").isMerged).toBe(true);
    expect([4, 5].map((r) => ws.getCell(`A${r}`).value)).toEqual(["STT", "STT"]); // merged down
    expect(ws.getRow(5).values).toEqual([, "STT", "Đơn vị", "Tổng số", "Trực tuyến", "Trực tiếp, bưu chính", "Từ kỳ trước", "Tổng số", "Trước hạn", "Đúng hạn", "Quá hạn", "Tổng số", "Trong hạn", "Quá hạn", "Tỷ lệ trễ hạn"]);
    expect(ws.getRow(8).values).toEqual([, "", "Tổng cộng", 4, 2, 2, 0, 2, 1, 0, 1, 2, 1, 1, 0.5]);
    expect(ws.getCell("C8").numFmt).toBe("#,##0");
    expect(wb.getWorksheet("Kết luận 91")!.getCell("F5").value).toContain("Kết luận 91-KL/TU");
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
    expect(j.resolved).toEqual({ total: 2, early: 0, onTime: 1, late: 1 });
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
