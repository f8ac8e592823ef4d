// The bulk writer against office-addin-mock objects: what is written where, in how many requests.
import { OfficeMockObject } from "office-addin-mock";
import { describe, expect, it } from "vitest";
import { chunkBlock, estimateBytes, writeLayout } from "../../../excel-addin/src/excel/writeLayout.js";
import type { SheetLayout } from "../../../excel-addin/src/excel/sheetLayout.js";
import { HEADER_FILL } from "../../../core/src/index.js";

function mockSheet() {
  const ranges: { address: string; mock: OfficeMockObject & Record<string, unknown> }[] = [];
  const sheet = new OfficeMockObject({
    getRange: (address: string) => {
      const mock = new OfficeMockObject({
        address,
        format: { fill: { color: "" }, font: { bold: false, color: "", size: 11 }, wrapText: false, verticalAlignment: "", horizontalAlignment: "", columnWidth: 0 },
        merge: () => undefined,
      }) as OfficeMockObject & Record<string, unknown>;
      ranges.push({ address, mock });
      return mock;
    },
    freezePanes: { freezeRows: (n: number) => (frozen.rows = n) },
    pageLayout: { orientation: "Portrait" },
  });
  const frozen = { rows: 0 };
  let syncs = 0;
  const context = new OfficeMockObject({ sync: async () => void syncs++ });
  return { sheet, context, ranges, frozen, syncs: () => syncs };
}

describe("writeLayout", () => {
  it("writes each block with one values call and one numberFormat call, headers styled, widths and freeze set", async () => {
    const m = mockSheet();
    const layout: SheetLayout = {
      blocks: [
        { row: 0, col: 0, values: [["Tiêu đề"]], title: true },
        {
          row: 2,
          col: 1,
          values: [["STT", "Hạn"], ["2.1", 45_678], ["2.2", 45_700]],
          headerRows: [0],
          columnFormats: ["@", "dd/mm/yyyy"],
        },
      ],
      widths: [10, 20],
      freezeRows: 3,
      landscape: true,
    };
    const extra = await writeLayout(m.context as unknown as Excel.RequestContext, m.sheet as unknown as Excel.Worksheet, layout);
    expect(extra).toBe(0);
    expect(m.syncs()).toBe(0); // the caller syncs once
    const block = m.ranges.find((r) => r.address === "B3:C5")!.mock;
    expect(block.values).toEqual([["STT", "Hạn"], ["2.1", 45_678], ["2.2", 45_700]]);
    expect(block.numberFormat).toEqual([["General", "General"], ["@", "dd/mm/yyyy"], ["@", "dd/mm/yyyy"]]);
    const header = m.ranges.find((r) => r.address === "B3:C3")!.mock as unknown as { format: { font: { bold: boolean }; fill: { color: string } } };
    expect(header.format.font.bold).toBe(true);
    expect(header.format.fill.color).toBe(HEADER_FILL);
    const title = m.ranges.find((r) => r.address === "A1")!.mock as unknown as { format: { font: { size: number } } };
    expect(title.format.font.size).toBe(14);
    expect(m.ranges.filter((r) => /^[A-Z]+:[A-Z]+$/.test(r.address)).map((r) => r.address)).toEqual(["A:A", "B:B"]);
    expect(m.frozen.rows).toBe(3);
    expect((m.sheet as unknown as { pageLayout: { orientation: string } }).pageLayout.orientation).toBe("Landscape");
  });

  it("splits a very large output into requests below the budget, covering every row once", async () => {
    const rows = Array.from({ length: 5000 }, (_, i) => [`Nhiệm vụ ${i + 1} – nội dung dài để làm lớn yêu cầu`, i]);
    const budget = 50_000;
    const chunks = chunkBlock({ row: 10, col: 0, values: rows }, budget);
    expect(chunks.length).toBeGreaterThan(5);
    expect(chunks.every((c) => estimateBytes(c.values) <= budget)).toBe(true);
    expect(chunks.map((c) => c.row)).toEqual(chunks.map((_, i) => 10 + chunks.slice(0, i).reduce((n, c) => n + c.values.length, 0)));
    expect(chunks.flatMap((c) => c.values)).toEqual(rows);

    const m = mockSheet();
    const extra = await writeLayout(m.context as unknown as Excel.RequestContext, m.sheet as unknown as Excel.Worksheet, { blocks: [{ row: 10, col: 0, values: rows }], widths: [] }, budget);
    expect(extra).toBe(chunks.length - 1);
    expect(m.syncs()).toBe(chunks.length - 1);
  });

  it("keeps 10,000 report rows in a single request under the real 5 MB limit", () => {
    const rows = Array.from({ length: 10_000 }, (_, i) => ["Cảnh báo", "multiple-leads", `C${i + 9}`, "Nhiều đơn vị cùng thực hiện nhưng không đơn vị nào được ghi là chủ trì; hãy ghi rõ đơn vị chủ trì."]);
    expect(chunkBlock({ row: 0, col: 0, values: rows })).toHaveLength(1);
    expect(estimateBytes(rows)).toBeLessThan(4_000_000);
  });
});
