import ExcelJS from "exceljs";
import { existsSync, readFileSync, writeFileSync } from "node:fs";
import { afterAll, describe, expect, it } from "vitest";
import { dayFromYMD } from "@cchc/core";
import { CliError } from "../../../../cli/src/cliError.js";
import type { SheetSpec } from "@cchc/core";
import { shortSheetName, sheetSpecsToWorkbook } from "../../../../cli/src/files/outputs/writeWorkbook.js";
import { writeNewFile } from "../../../../cli/src/files/outputs/writeNewFile.js";
import { tempDir } from "../makeFiles.js";

const tmp = tempDir();
afterAll(() => tmp.cleanup());

/** A summary-shaped spec, with DOMAIN.md §3's 2022 figures. */
export const SPEC: SheetSpec = {
  name: "Tổng hợp 2022",
  title: "TỔNG HỢP KẾT QUẢ THỰC HIỆN KẾ HOẠCH CCHC NĂM 2022",
  subtitle: "Tính đến ngày 31/12/2022",
  blocks: [
    {
      title: "1. Tổng số",
      columns: [
        { header: "Tổng số nhiệm vụ", kind: "integer" },
        { header: "Hoàn thành đúng hạn", kind: "integer" },
        { header: "Hoàn thành quá hạn", kind: "integer" },
        { header: "Chưa hoàn thành, quá hạn", kind: "integer" },
        { header: "Tỷ lệ trễ hạn", kind: "percent" },
      ],
      rows: [[14535, 13216, 1075, 244, (1075 + 244) / 14535]],
    },
    {
      title: "2. Nhiệm vụ quá hạn",
      columns: [
        { header: "Dòng", kind: "integer", width: 7 },
        { header: "STT", kind: "text", width: 7 },
        { header: "Nội dung công việc", kind: "text", width: 50 },
        { header: "Hạn", kind: "date" },
      ],
      rows: [
        [12, "2.1", "Rà soát, đánh giá thủ tục hành chính thuộc phạm vi quản lý", dayFromYMD(2022, 6, 30)],
        [15, "3", "Công khai thủ tục hành chính trên Cổng dịch vụ công", "2022-03-31"],
      ],
    },
  ],
  notes: ["Ví dụ minh họa."],
};

async function readBack(path: string): Promise<ExcelJS.Workbook> {
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.readFile(path);
  return wb;
}

describe("sheetSpecsToWorkbook", () => {
  it("writes each table on its own sheet: Vietnamese headers, formats, widths, frozen header, A4 landscape", async () => {
    const path = tmp.file("tong-hop.xlsx");
    await writeNewFile(path, new Uint8Array(await sheetSpecsToWorkbook([SPEC]).xlsx.writeBuffer()));
    const wb = await readBack(path);
    expect(wb.worksheets.map((w) => w.name)).toEqual(["Tổng hợp 2022", "Nhiệm vụ quá hạn"]);
    const ws = wb.getWorksheet("Tổng hợp 2022")!;
    expect(ws.getCell("A1").value).toBe(SPEC.title);
    expect(ws.getCell("A1").isMerged).toBe(true);
    expect(ws.getCell("A2").value).toBe("Tính đến ngày 31/12/2022");
    expect(ws.getCell("A3").value).toBe("1. Tổng số");
    expect(ws.getRow(4).values).toEqual([
      undefined,
      "Tổng số nhiệm vụ",
      "Hoàn thành đúng hạn",
      "Hoàn thành quá hạn",
      "Chưa hoàn thành, quá hạn",
      "Tỷ lệ trễ hạn",
    ]);
    const header = ws.getCell("A4");
    expect(header.font.bold).toBe(true);
    expect(header.fill).toMatchObject({ type: "pattern", pattern: "solid" });
    expect(header.border.top?.style).toBe("thin");
    expect(header.alignment.wrapText).toBe(true);
    expect(ws.getCell("A5").value).toBe(14535);
    expect(ws.getCell("A5").numFmt).toBe("#,##0");
    expect(ws.getCell("E5").value).toBeCloseTo(0.09075, 5);
    expect(ws.getCell("E5").numFmt).toBe("0.00%");
    expect(ws.getCell("A7").value).toBe("Ví dụ minh họa.");
    expect(ws.views[0]).toMatchObject({ state: "frozen", ySplit: 4 });
    expect(ws.pageSetup.paperSize).toBe(9);
    expect(ws.pageSetup.orientation).toBe("landscape");
    expect(ws.pageSetup.fitToPage).toBe(true);
    expect(ws.pageSetup.fitToWidth).toBe(1);
    expect(ws.pageSetup.fitToHeight).toBe(0);
    expect(ws.pageSetup.printTitlesRow).toBe("4:4");
    expect(ws.headerFooter.oddFooter).toContain("Trang &P/&N");

    const list = wb.getWorksheet("Nhiệm vụ quá hạn")!;
    expect(list.getCell("A3").value).toBe("2. Nhiệm vụ quá hạn");
    expect(list.getCell("C4").value).toBe("Nội dung công việc");
    expect(list.getCell("D5").value).toEqual(new Date(Date.UTC(2022, 5, 30))); // from a Day
    expect(list.getCell("D6").value).toEqual(new Date(Date.UTC(2022, 2, 31))); // from ISO text
    expect(list.getCell("D5").numFmt).toBe("dd/mm/yyyy");
    expect(list.getCell("C5").alignment.wrapText).toBe(true);
    // Widths: explicit ones kept, the others computed and bounded
    expect(list.getColumn(3).width).toBe(50);
    expect(list.getColumn(4).width).toBeGreaterThanOrEqual(12);
    for (let j = 1; j <= 5; j++) {
      expect(ws.getColumn(j).width).toBeGreaterThanOrEqual(6);
      expect(ws.getColumn(j).width).toBeLessThanOrEqual(60);
    }
    expect(list.views[0]).toMatchObject({ state: "frozen", ySplit: 4 });
    expect(list.pageSetup.printTitlesRow).toBe("4:4");
  });

  it("writes an empty table as '(không có)' rather than nothing", async () => {
    const wb = sheetSpecsToWorkbook([{ ...SPEC, blocks: [{ ...SPEC.blocks[1], rows: [] }] }]);
    const path = tmp.file("rong.xlsx");
    await wb.xlsx.writeFile(path);
    expect((await readBack(path)).worksheets[0].getCell("A5").value).toBe("(không có)");
  });

  it("makes sheet names Excel accepts, shortened at a word", () => {
    expect(shortSheetName("Tổng hợp 2025/2026: [nháp]")).toBe("Tổng hợp 2025-2026- -nháp-");
    expect(shortSheetName("Theo lĩnh vực (mục của kế hoạch)")).toBe("Theo lĩnh vực");
    expect(shortSheetName("Nhiệm vụ đến hạn trong 10 ngày làm việc tới")).toBe("Nhiệm vụ đến hạn");
    expect(shortSheetName("Nhiệm vụ quá hạn chưa hoàn thành")).toBe("Nhiệm vụ quá hạn");
    expect(shortSheetName("x".repeat(40))).toHaveLength(31);
  });

  it("prints a total row in bold after the rows", async () => {
    const wb = sheetSpecsToWorkbook([
      {
        name: "Đơn vị",
        title: "Theo đơn vị",
        blocks: [
          {
            title: "Theo đơn vị chủ trì",
            columns: [
              { header: "Đơn vị", kind: "text" },
              { header: "Số nhiệm vụ", kind: "integer" },
            ],
            rows: [["Văn phòng", 3], ["Thanh tra", 2]],
            totalRow: ["Tổng cộng", 5],
          },
        ],
      },
    ]);
    const path = tmp.file("tong-cong.xlsx");
    await wb.xlsx.writeFile(path);
    const ws = (await readBack(path)).worksheets[0];
    expect(ws.getCell("A6").value).toBe("Tổng cộng");
    expect(ws.getCell("B6").value).toBe(5);
    expect(ws.getCell("B6").font.bold).toBe(true);
    expect(ws.getCell("B5").font.bold).toBeFalsy();
  });
});

describe("writeNewFile", () => {
  it("never overwrites an existing file without force, and creates missing folders", async () => {
    const path = tmp.file("a/b/ket-qua.xlsx");
    await writeNewFile(path, Uint8Array.from([1, 2, 3]), { extension: ".xlsx" });
    expect(readFileSync(path)).toEqual(Buffer.from([1, 2, 3]));
    const e = await writeNewFile(path, Uint8Array.from([9]), { extension: ".xlsx" }).catch((x) => x);
    expect(e).toBeInstanceOf(CliError);
    expect(e.message).toMatch(/đã có\. Để không làm mất dữ liệu.*--force/);
    expect(readFileSync(path)).toEqual(Buffer.from([1, 2, 3]));
    await writeNewFile(path, Uint8Array.from([9]), { extension: ".xlsx", force: true });
    expect(readFileSync(path)).toEqual(Buffer.from([9]));
  });

  it("refuses a wrong extension and a folder as output", async () => {
    const e1 = await writeNewFile(tmp.file("x.csv"), Uint8Array.from([1]), { extension: ".xlsx" }).catch((x) => x);
    expect(e1.message).toMatch(/phải có đuôi \.xlsx/);
    expect(existsSync(tmp.file("x.csv"))).toBe(false);
    writeFileSync(tmp.file("keep.txt"), "x");
    const e2 = await writeNewFile(tmp.dir, Uint8Array.from([1])).catch((x) => x);
    expect(e2.message).toMatch(/là một thư mục/);
  });
});
