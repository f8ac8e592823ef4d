import CFB from "cfb";
import ExcelJS from "exceljs";
import { mkdirSync, writeFileSync } from "node:fs";
import JSZip from "jszip";
import officeCrypto from "officecrypto-tool";
import { afterAll, describe, expect, it } from "vitest";
import { CliError } from "../../../../cli/src/cliError.js";
import { readCells } from "../../../../cli/src/files/inputs/readCells.js";
import { HEADER, smallPlan, tempDir, writeCsv, writeXlsx } from "../makeFiles.js";

const tmp = tempDir();
afterAll(() => tmp.cleanup());

async function failure(p: Promise<unknown>): Promise<CliError> {
  try {
    await p;
  } catch (e) {
    expect(e).toBeInstanceOf(CliError);
    expect((e as CliError).exitCode).toBe(2);
    return e as CliError;
  }
  throw new Error("expected a CliError");
}

describe("readCells: .csv", () => {
  it("reads the real appendix of Kế hoạch 607 with physical rows", async () => {
    const { format, sheets } = await readCells(`${__dirname}/../../../fixtures/ke-hoach-607-phu-luc.csv`);
    expect(format).toBe("csv");
    expect(sheets).toHaveLength(1);
    const cells = sheets[0].cells;
    expect(cells[0]).toEqual(HEADER);
    expect(cells[1][0]).toBe("A");
    expect(cells[67][0]).toBeNull(); // row 68: an unnumbered task
    expect(cells[68][0]).toBeNull(); // row 69
    expect(cells[67][1]).toMatch(/^Tổ chức tiếp nhận/);
  });

  it("reads UTF-8 with BOM and semicolons", async () => {
    const f = tmp.file("bom-semicolon.csv");
    writeCsv(f, "STT;Nội dung công việc\r\n1;\"Rà soát; đơn giản hóa\"\r\n", true);
    const { sheets, notices } = await readCells(f);
    expect(sheets[0].cells).toEqual([["STT", "Nội dung công việc"], ["1", "Rà soát; đơn giản hóa"]]);
    expect(notices).toEqual([]);
  });

  it("tells the user when a CSV is not UTF-8", async () => {
    const f = tmp.file("ansi.csv");
    writeFileSync(f, Uint8Array.from([0x53, 0x54, 0x54, 0x2c, 0x51, 0x75, 0xb6, 0x6e, 0x0a]));
    const { sheets, notices } = await readCells(f);
    expect(sheets[0].cells[0]).toEqual(["STT", "Qu¶n"]);
    expect(notices[0]).toMatch(/không ở bảng mã UTF-8/);
  });
});

describe("readCells: .xlsx values", () => {
  const f = tmp.file("values.xlsx");
  const ready = writeXlsx(f, { "Ghi chép": [["ghi chú"]], "Phụ lục": smallPlan() }, (wb) => {
    const ws = wb.getWorksheet("Phụ lục")!;
    ws.getCell("F1").value = "Ngày hoàn thành";
    ws.getCell("F3").value = new Date(Date.UTC(2025, 0, 20));
    ws.getCell("F3").numFmt = "dd/mm/yyyy";
    ws.getCell("F4").value = { formula: "DATE(2025,6,30)", result: new Date(Date.UTC(2025, 5, 30)) };
    ws.getCell("F4").numFmt = "dd/mm/yyyy";
    ws.getCell("G3").value = { formula: "1+1", result: 2 };
    ws.getCell("G4").value = { formula: "A1&B1" } as ExcelJS.CellFormulaValue;
    ws.getCell("G6").value = { formula: "VLOOKUP(1,A:A,2,0)", result: { error: "#N/A" } };
    ws.getCell("H3").value = { error: "#N/A" } as ExcelJS.CellErrorValue;
    ws.getCell("H4").value = { richText: [{ text: "Văn phòng " , font: { bold: true } }, { text: "chủ trì" }] };
    ws.getCell("H6").value = { text: "Cổng thông tin", hyperlink: "https://example.vn" };
    ws.getCell("I3").value = "ô gộp";
    ws.mergeCells("I3:J4");
  });

  it("converts dates, formulas, errors, rich text, hyperlinks and merged cells to plain values", async () => {
    await ready;
    const { format, sheets } = await readCells(f);
    expect(format).toBe("xlsx");
    expect(sheets.map((s) => s.name)).toEqual(["Ghi chép", "Phụ lục"]);
    const c = sheets[1].cells;
    expect(c[0].slice(0, 5)).toEqual(HEADER);
    expect(c[2][5]).toEqual(new Date(Date.UTC(2025, 0, 20)));
    expect(c[3][5]).toEqual(new Date(Date.UTC(2025, 5, 30))); // formula result shown as a date
    expect(c[2][6]).toBe(2);
    expect(c[3][6]).toBe("=A1&B1"); // no cached result: the formula text
    expect(c[5][6]).toBe("#N/A"); // a formula's cached error, named by a second, full read
    expect(c[2][7]).toBe("#N/A");
    expect(c[3][7]).toBe("Văn phòng chủ trì");
    expect(c[5][7]).toBe("Cổng thông tin");
    expect(c[2][8]).toBe("ô gộp");
    expect(c[2][9] ?? null).toBeNull(); // merged: value only in the master cell
    expect(c[3][8] ?? null).toBeNull();
    expect(c[1]).toEqual(["I", "Công tác chỉ đạo, điều hành CCHC"]);
  });

  it("keeps only the chosen sheet's cells with `sheet`", async () => {
    await ready;
    const { sheets } = await readCells(f, { sheet: "Phụ lục" });
    expect(sheets[0].cells).toEqual([]);
    expect(sheets[1].cells.length).toBe(6);
  });

  it("keeps physical row numbers across blank rows", async () => {
    const g = tmp.file("gaps.xlsx");
    await writeXlsx(g, {}, (wb) => {
      const ws = wb.addWorksheet("KH");
      ws.getCell("B3").value = "STT";
      ws.getCell("B7").value = "1";
    });
    const c = (await readCells(g)).sheets[0].cells;
    expect(c.length).toBe(7);
    expect(c[2]).toEqual([null, "STT"]);
    expect(c[6]).toEqual([null, "1"]);
    expect(c[3]).toEqual([]);
  });

  it("refuses a sheet over the row limit, naming the sheet", async () => {
    const g = tmp.file("limit.xlsx");
    await writeXlsx(g, { "Dữ liệu": Array.from({ length: 30 }, (_, i) => [i]) });
    const e = await failure(readCells(g, { maxRows: 20 }));
    expect(e.message).toMatch(/Trang tính "Dữ liệu".*hơn 20 dòng/);
  });
});

describe("readCells: files that cannot be used", () => {
  it("missing file", async () => {
    const e = await failure(readCells(tmp.file("khong-co.xlsx")));
    expect(e.message).toMatch(/^Không tìm thấy tệp ".*khong-co\.xlsx"/);
  });

  it("a folder", async () => {
    const d = tmp.file("thu-muc");
    mkdirSync(d);
    expect((await failure(readCells(d))).message).toMatch(/là một thư mục/);
  });

  it("an empty (0 byte) file", async () => {
    const f = tmp.file("rong.csv");
    writeFileSync(f, "");
    expect((await failure(readCells(f))).message).toMatch(/rỗng \(0 byte\)/);
  });

  it("a .xlsx that is really a CSV", async () => {
    const f = tmp.file("doi-duoi.xlsx");
    writeCsv(f, "STT,Nội dung công việc\n1,Báo cáo\n");
    expect((await failure(readCells(f))).message).toMatch(/có đuôi \.xlsx nhưng không phải tệp Excel.*đổi đuôi tệp thành \.csv/);
  });

  it("a password-protected .xlsx (OLE2 container with EncryptedPackage)", async () => {
    const plain = tmp.file("plain.xlsx");
    await writeXlsx(plain, { "Phụ lục": smallPlan() });
    const { readFileSync } = await import("node:fs");
    const encrypted = officeCrypto.encrypt(readFileSync(plain), { password: "123456" });
    const f = tmp.file("mat-khau.xlsx");
    writeFileSync(f, encrypted);
    expect(encrypted.subarray(0, 4)).toEqual(Buffer.from([0xd0, 0xcf, 0x11, 0xe0]));
    expect((await failure(readCells(f))).message).toMatch(/được đặt mật khẩu \(mã hóa\).*gỡ mật khẩu/);
  });

  it("a legacy .xls (OLE2 container with a Workbook stream)", async () => {
    const cfb = CFB.utils.cfb_new();
    CFB.utils.cfb_add(cfb, "Workbook", Buffer.alloc(4096, 1));
    const f = tmp.file("cu.xls");
    writeFileSync(f, CFB.write(cfb, { type: "buffer" }) as Buffer);
    expect((await failure(readCells(f))).message).toMatch(/được đặt mật khẩu hoặc là định dạng \.xls cũ/);
  });

  it("an HTML page saved as .xls", async () => {
    const f = tmp.file("xuat.xls");
    writeCsv(f, "<html><body><table><tr><td>STT</td></tr></table></body></html>");
    expect((await failure(readCells(f))).message).toMatch(/trang HTML/);
  });

  it("a damaged .xlsx (cut in half)", async () => {
    const plain = tmp.file("plain2.xlsx");
    await writeXlsx(plain, { "Phụ lục": smallPlan() });
    const { readFileSync } = await import("node:fs");
    const bytes = readFileSync(plain);
    const f = tmp.file("hong.xlsx");
    writeFileSync(f, bytes.subarray(0, Math.floor(bytes.length / 2)));
    expect((await failure(readCells(f))).message).toMatch(/Không đọc được tệp Excel|không có trang tính/);
  });

  it("a zip that holds no worksheet (a Word file renamed .xlsx)", async () => {
    const zip = new JSZip();
    zip.file("[Content_Types].xml", "<Types/>");
    zip.file("word/document.xml", "<w:document/>");
    const f = tmp.file("van-ban.xlsx");
    writeFileSync(f, await zip.generateAsync({ type: "uint8array" }));
    expect((await failure(readCells(f))).message).toMatch(/không có trang tính nào/);
  });

  it("an OpenDocument spreadsheet (.ods)", async () => {
    const zip = new JSZip();
    zip.file("mimetype", "application/vnd.oasis.opendocument.spreadsheet", { compression: "STORE" });
    zip.file("content.xml", "<office:document-content/>");
    const f = tmp.file("bang.ods");
    writeFileSync(f, await zip.generateAsync({ type: "uint8array" }));
    expect((await failure(readCells(f))).message).toMatch(/bảng tính OpenDocument \(\.ods\).*lưu dưới dạng \.xlsx/);
  });

  it("random binary data", async () => {
    const f = tmp.file("rac.bin");
    writeFileSync(f, Uint8Array.from({ length: 300 }, (_, i) => (i * 7) % 256));
    expect((await failure(readCells(f))).message).toMatch(/Không nhận ra định dạng/);
  });
});

describe("readCells: 1,000,000 rows", () => {
  it("refuses a 1,000,000-row CSV with a clear message", async () => {
    const f = tmp.file("trieu-dong.csv");
    writeCsv(f, `${HEADER.join(",")}\n${"1,Nhiệm vụ,Văn phòng thực hiện,Trong năm 2025,Báo cáo\n".repeat(1_000_000)}`);
    const e = await failure(readCells(f));
    expect(e.message).toMatch(/có hơn 100\.000 dòng dữ liệu — vượt giới hạn 100\.000 dòng/);
  });

  it("refuses a 1,000,000-row .xlsx without reading it whole", async () => {
    const f = tmp.file("trieu-dong.xlsx");
    const wb = new ExcelJS.stream.xlsx.WorkbookWriter({ filename: f, useSharedStrings: false });
    const ws = wb.addWorksheet("Dữ liệu");
    ws.addRow(HEADER).commit();
    for (let i = 1; i < 1_000_000; i++) ws.addRow([i, "x"]).commit();
    await ws.commit();
    await wb.commit();
    const t0 = performance.now();
    const e = await failure(readCells(f));
    expect(e.message).toMatch(/Trang tính "Dữ liệu" .* có hơn 100\.000 dòng/);
    expect(performance.now() - t0).toBeLessThan(20_000);
  });
});
