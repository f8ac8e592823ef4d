import type { SheetSpec } from "@cchc/core";
import ExcelJS from "exceljs";
import JSZip from "jszip";
import { describe, expect, it } from "vitest";
import { chartXml } from "../../../../cli/src/files/outputs/addChart.js";
import { sheetSpecsToXlsx } from "../../../../cli/src/files/outputs/writeWorkbook.js";

const SPEC: SheetSpec = {
  name: "Tổng hợp 2025",
  title: "TỔNG HỢP",
  blocks: [
    { title: "1. Kết quả chung", columns: [{ header: "Chỉ tiêu", kind: "text" }, { header: "Số", kind: "integer" }], rows: [["Tổng", 12]] },
    {
      title: "2. Theo lĩnh vực",
      columns: [
        { header: "Mục", kind: "text" },
        { header: "Lĩnh vực", kind: "text" },
        { header: "Hoàn thành", kind: "integer" },
        { header: "Quá hạn", kind: "integer" },
      ],
      rows: [
        ["I", "Cải cách thể chế", 3, 1],
        ["II", "Cải cách thủ tục hành chính & <TTHC>", 5, 0],
      ],
      totalRow: ["", "Tổng cộng", 8, 1],
    },
  ],
  chart: {
    title: "Tình trạng theo lĩnh vực",
    type: "stackedBar",
    categoriesFrom: { block: 1, column: 1 },
    series: [
      { name: "Hoàn thành", block: 1, column: 2, color: "#2E7D32" },
      { name: "Quá hạn", block: 1, column: 3, color: "#C62828" },
    ],
  },
};

describe("charts in the written workbook", () => {
  it("adds a stacked bar chart under the table it reads, with its parts, relationships and content types", async () => {
    const bytes = await sheetSpecsToXlsx([SPEC]);
    const zip = await JSZip.loadAsync(bytes);
    const types = await zip.file("[Content_Types].xml")!.async("string");
    expect(types).toContain('<Override PartName="/xl/charts/chart1.xml" ContentType="application/vnd.openxmlformats-officedocument.drawingml.chart+xml"/>');
    expect(types).toContain('<Override PartName="/xl/drawings/drawing1.xml" ContentType="application/vnd.openxmlformats-officedocument.drawing+xml"/>');
    const sheet2 = await zip.file("xl/worksheets/sheet2.xml")!.async("string");
    expect(sheet2).toMatch(/<\/headerFooter><drawing r:id="rIdCchcChart1"\/><\/worksheet>$/);
    expect(await zip.file("xl/worksheets/_rels/sheet2.xml.rels")!.async("string")).toContain('Target="../drawings/drawing1.xml"');
    expect(await zip.file("xl/drawings/_rels/drawing1.xml.rels")!.async("string")).toContain('Target="../charts/chart1.xml"');
    const chart = await zip.file("xl/charts/chart1.xml")!.async("string");
    // Table on sheet "Theo lĩnh vực": titles rows 1–2, header row 3, data rows 4–5, total row 6 not charted.
    expect(chart).toContain("<c:f>'Theo lĩnh vực'!$B$4:$B$5</c:f>");
    expect(chart).toContain("<c:f>'Theo lĩnh vực'!$C$4:$C$5</c:f>");
    expect(chart).toContain("<c:f>'Theo lĩnh vực'!$D$3</c:f>");
    expect(chart).toContain('<c:grouping val="stacked"/>');
    expect(chart).toContain('<a:srgbClr val="C62828"/>');
    expect(chart).toContain("<c:v>Cải cách thủ tục hành chính &amp; &lt;TTHC&gt;</c:v>");
    const drawing = await zip.file("xl/drawings/drawing1.xml")!.async("string");
    expect(drawing).toContain("<xdr:from><xdr:col>0</xdr:col><xdr:colOff>0</xdr:colOff><xdr:row>7</xdr:row>");
    // exceljs still reads the package
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.load(bytes.slice().buffer as ArrayBuffer);
    expect(wb.worksheets.map((w) => w.name)).toEqual(["Tổng hợp 2025", "Theo lĩnh vực"]);
    expect(wb.worksheets[1].getCell("B6").value).toBe("Tổng cộng");
  });

  it("writes no chart when the spec has none or its table is empty", async () => {
    const none = await JSZip.loadAsync(await sheetSpecsToXlsx([{ ...SPEC, chart: undefined }]));
    expect(none.file("xl/charts/chart1.xml")).toBeNull();
    const empty = await JSZip.loadAsync(
      await sheetSpecsToXlsx([{ ...SPEC, blocks: [SPEC.blocks[0], { ...SPEC.blocks[1], rows: [], totalRow: undefined }] }]),
    );
    expect(empty.file("xl/charts/chart1.xml")).toBeNull();
  });

  it("column charts are clustered and upright", () => {
    const xml = chartXml({
      sheet: "S",
      title: "T",
      type: "column",
      categoryColumn: "A",
      categories: ["x"],
      firstRow: 2,
      lastRow: 2,
      series: [{ name: "n", nameCell: "B1", column: "B", values: [1] }],
      anchor: { fromCol: 0, fromRow: 3, toCol: 4, toRow: 10 },
    });
    expect(xml).toContain('<c:barDir val="col"/><c:grouping val="clustered"/>');
    expect(xml).not.toContain("<c:overlap");
  });
});
