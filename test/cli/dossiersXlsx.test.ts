import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import ExcelJS from "exceljs";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { readXlsxWithExcelJs, streamDossierRows } from "../../cli/src/files/dossierStream.js";
import { streamXlsxRowsFast } from "../../cli/src/files/xlsxRowStream.js";

const dir = mkdtempSync(join(tmpdir(), "cchc-xlsx-"));
afterAll(() => rmSync(dir, { recursive: true, force: true }));
const UNITS = ["Sở Tài nguyên và Môi trường", "UBND huyện Khánh Vĩnh", "Ban Quản lý Khu kinh tế Vân Phong", "Công an tỉnh Khánh Hòa"];
const file = join(dir, "ho-so.xlsx");

beforeAll(async () => {
  const wb = new ExcelJS.Workbook();
  wb.addWorksheet("Hướng dẫn").addRow(["Trang này không phải danh sách"]);
  const ws = wb.addWorksheet("Hồ sơ & kết quả");
  ws.addRow(["DANH SÁCH HỒ SƠ <2025>"]);
  ws.addRow(["Mã hồ sơ", "Đơn vị", "Ngày tiếp nhận", "Ngày hẹn trả", "Ngày trả kết quả", "Đã thanh toán", "Ghi chú"]);
  for (let i = 0; i < 6_000; i++) {
    const row = ws.addRow([`HS-${i}`, UNITS[i % 4], new Date(Date.UTC(2025, 2, 3)), 45726, i % 3 === 0 ? null : "07/03/2025", i % 2 === 0, null]);
    if (i === 5) row.getCell(7).value = { richText: [{ text: "Ghi " }, { font: { bold: true }, text: "chú đậm" }] };
    if (i === 6) row.getCell(7).value = { formula: "1+1", result: 2 };
    if (i === 7) row.getCell(7).value = "Ký tự đặc biệt: < > & \" '";
  }
  ws.getColumn(3).numFmt = "dd/mm/yyyy";
  await wb.xlsx.writeFile(file);
});

const asSerial = (v: unknown) => (v instanceof Date ? v.getTime() / 86_400_000 + 25569 : v);

describe("lean .xlsx row stream", () => {
  it("reads the same values as exceljs' full reader (dates as serials), with gaps and special cells", async () => {
    const fast: [number, unknown[]][] = [];
    const r = await streamXlsxRowsFast(file, (row, n) => fast.push([n, row]), "Hồ sơ & kết quả");
    expect(r).toEqual({ sheet: "Hồ sơ & kết quả", rows: 6_002, sheets: ["Hướng dẫn", "Hồ sơ & kết quả"] });
    const full: [number, unknown[]][] = [];
    await readXlsxWithExcelJs(file, (row, n) => full.push([n, row.map(asSerial)]), "Hồ sơ & kết quả");
    const trim = (row: unknown[]) => {
      const out = [...row];
      while (out.length > 0 && (out[out.length - 1] === null || out[out.length - 1] === undefined)) out.pop();
      return out;
    };
    expect(fast.length).toBe(full.length);
    for (let i = 0; i < fast.length; i++) expect([fast[i][0], trim(fast[i][1])], `row ${fast[i][0]}`).toEqual([full[i][0], trim(full[i][1])]);
    expect(fast[0][1][0]).toBe("DANH SÁCH HỒ SƠ <2025>");
    expect(fast[7][1][6]).toBe("Ghi chú đậm");
    expect(fast[8][1][6]).toBe(2);
    expect(fast[9][1][6]).toBe("Ký tự đặc biệt: < > & \" '");
  });

  it("never splits a Vietnamese letter across chunks (exceljs' streaming reader does)", async () => {
    const seen = new Set<string>();
    await streamXlsxRowsFast(file, (row) => typeof row[1] === "string" && seen.add(row[1]), "Hồ sơ & kết quả");
    seen.delete("Đơn vị");
    expect([...seen].sort()).toEqual([...UNITS].sort());
  });

  it("reports a missing sheet with the list of sheets; the first sheet by default", async () => {
    const r = await streamXlsxRowsFast(file, () => undefined, "Không có");
    expect(r).toEqual({ sheet: "", rows: 0, sheets: ["Hướng dẫn", "Hồ sơ & kết quả"] });
    await expect(streamDossierRows(file, () => undefined, { sheet: "Không có" })).rejects.toThrow(/Không có trang tính "Không có".*"Hướng dẫn", "Hồ sơ & kết quả"/);
    const first = await streamDossierRows(file, () => undefined);
    expect(first.sheet).toBe("Hướng dẫn");
  });
});
