import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import ExcelJS from "exceljs";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { csvLine, province2022Rows } from "../../bench/generateDossiers.js";
import { parseArgs } from "../../cli/src/args.js";
import { dossiers } from "../../cli/src/commands/dossiers.js";
import { streamDossierRows } from "../../cli/src/files/inputs/dossierStream.js";

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
const trim = (row: unknown[]) => {
  const out = [...row];
  while (out.length > 0 && (out[out.length - 1] === null || out[out.length - 1] === undefined)) out.pop();
  return out;
};

describe("dossier .xlsx rows (streamXlsxRows)", () => {
  it("reads the same values as exceljs' full reader (dates as serials), with gaps and special cells", async () => {
    const streamed: [number, unknown[]][] = [];
    const info = await streamDossierRows(file, (row, n) => streamed.push([n, row]), { sheet: "Hồ sơ & kết quả" });
    expect(info).toEqual({ format: "xlsx", sheet: "Hồ sơ & kết quả", rows: 6_002 });
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.readFile(file);
    const full: [number, unknown[]][] = [];
    wb.getWorksheet("Hồ sơ & kết quả")!.eachRow((r, n) => {
      const values = Array.from(r.values as unknown[]).slice(1).map((v) => {
        if (v && typeof v === "object" && "richText" in v) return (v as ExcelJS.CellRichTextValue).richText.map((t) => t.text).join("");
        if (v && typeof v === "object" && "result" in v) return (v as ExcelJS.CellFormulaValue).result;
        return v === undefined ? null : asSerial(v);
      });
      full.push([n, values]);
    });
    expect(streamed.length).toBe(full.length);
    for (let i = 0; i < streamed.length; i++) {
      expect([streamed[i][0], trim(streamed[i][1])], `row ${streamed[i][0]}`).toEqual([full[i][0], trim(full[i][1])]);
    }
    expect(streamed[0][1][0]).toBe("DANH SÁCH HỒ SƠ <2025>");
    expect(streamed[2][1][2]).toBe(45719); // 03/03/2025 in a date-formatted cell: its serial
    expect(streamed[7][1][6]).toBe("Ghi chú đậm");
    expect(streamed[8][1][6]).toBe(2);
    expect(streamed[9][1][6]).toBe("Ký tự đặc biệt: < > & \" '");
  });

  it("never splits a Vietnamese letter across chunks (exceljs' streaming reader does)", async () => {
    const seen = new Set<string>();
    await streamDossierRows(file, (row) => typeof row[1] === "string" && seen.add(row[1]), { sheet: "Hồ sơ & kết quả" });
    seen.delete("Đơn vị");
    expect([...seen].sort()).toEqual([...UNITS].sort());
  });

  it("reports a missing sheet with the list of sheets; the first sheet by default", async () => {
    await expect(streamDossierRows(file, () => undefined, { sheet: "Không có" })).rejects.toThrow(/Không có trang tính "Không có".*"Hướng dẫn", "Hồ sơ & kết quả"/);
    const first = await streamDossierRows(file, () => undefined);
    expect(first.sheet).toBe("Hướng dẫn");
  });

  it("names a damaged file instead of crashing", async () => {
    const bad = join(dir, "hong.xlsx");
    writeFileSync(bad, Buffer.concat([Buffer.from("PK\u0003\u0004"), Buffer.alloc(200, 7)]));
    await expect(streamDossierRows(bad, () => undefined)).rejects.toThrow(/Không đọc được tệp Excel .*\(không tìm thấy danh mục/);
  });
});

async function cli(...argv: string[]): Promise<string> {
  let out = "";
  const code = await dossiers.run(parseArgs(argv), { out: (t) => (out += t), err: () => undefined });
  expect(code).toBe(0);
  return out;
}

const DATE = /^(\d\d)\/(\d\d)\/(\d{4})(?: (\d\d):(\d\d))?$/;

describe("cchc dossiers: the same rows as .xlsx and as CSV give the same result", () => {
  it("20,000 generated rows (dates as real date cells, some as text; an invalid row; a title above the header)", async () => {
    const rows: string[][] = [];
    for (const r of province2022Rows()) {
      rows.push(r);
      if (rows.length > 20_000) break;
    }
    rows[5000][5] = "31/02/2022"; // no such day: an invalid row, reported with its physical row number
    const title = ["DANH SÁCH HỒ SƠ TTHC NĂM 2022"];
    const csv = join(dir, "ho-so-20k.csv");
    writeFileSync(csv, `\ufeff${[title, [], ...rows].map((r) => csvLine(r)).join("\r\n")}\r\n`);

    const wb = new ExcelJS.Workbook();
    const ws = wb.addWorksheet("Hồ sơ");
    ws.addRow(title);
    ws.addRow([]);
    rows.forEach((r, i) => {
      const row = ws.addRow(
        i === 0
          ? r
          : r.map((s, c) => {
              const m = DATE.exec(s);
              const d = m ? new Date(Date.UTC(+m[3], +m[2] - 1, +m[1], m[4] ? +m[4] : 0, m[5] ? +m[5] : 0)) : null;
              // Every tenth row keeps its dates as text, and so does a day that does not exist.
              if (!d || d.getUTCDate() !== +m![1] || i % 10 === 3) return s === "" ? null : c === 0 ? Number(s) : s;
              return d;
            }),
      );
      row.eachCell((cell) => {
        if (cell.value instanceof Date) cell.numFmt = "dd/mm/yyyy hh:mm";
      });
    });
    const xlsx = join(dir, "ho-so-20k.xlsx");
    await wb.xlsx.writeFile(xlsx);

    const args = ["--from", "2022-01-01", "--to", "2022-12-31", "--by", "staff", "--format", "json"];
    const fromCsv = JSON.parse(await cli(csv, ...args));
    const fromXlsx = JSON.parse(await cli(xlsx, ...args));
    expect(fromCsv.rowsRead).toBe(20_000);
    expect(fromCsv.invalidRows.map((e: { row: number }) => e.row)).toEqual([5003]); // title, blank, header, then data from row 4
    expect(fromCsv.resolved.total + fromCsv.pending.total).toBeGreaterThan(19_000);
    expect(fromXlsx).toEqual(fromCsv);
  }, 60_000);
});
