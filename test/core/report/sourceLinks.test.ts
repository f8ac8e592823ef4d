import { describe, expect, it } from "vitest";
import { dayFromYMD } from "../../../core/src/dates/day.js";
import { dossierStats } from "../../../core/src/dossiers/dossierStats.js";
import {
  formII06aSheetSpec,
  layoutSheetSpec,
  sourceLinkAddress,
  type SheetSpec,
} from "../../../core/src/index.js";

describe("links back to the source sheet", () => {
  it("reads a row number, an A1 address or 'Dòng N'; nothing else", () => {
    expect(sourceLinkAddress(14)).toBe("A14");
    expect(sourceLinkAddress("C10")).toBe("C10");
    expect(sourceLinkAddress("Dòng 7")).toBe("A7");
    for (const v of [0, -3, 2.5, "", "Tiêu chí 1.2", "c10", "Dòng 0", null, undefined]) expect(sourceLinkAddress(v), String(v)).toBe(null);
  });

  it("places a link on each cell of a marked column, where the layout put it", () => {
    const spec: SheetSpec = {
      name: "Báo cáo",
      title: "BÁO CÁO",
      subtitle: "phụ đề",
      blocks: [
        { title: "1. Số liệu", columns: [{ header: "Đơn vị", kind: "text" }, { header: "Số", kind: "integer" }], rows: [["Sở A", 3]] },
        {
          title: "2. Danh sách",
          columns: [{ header: "Dòng", kind: "integer", linksToSource: true }, { header: "Ô", kind: "text", linksToSource: true }],
          rows: [[12, "D12"], [15, "Dòng 15"], [null, "—"]],
        },
      ],
    };
    const laid = layoutSheetSpec(spec);
    const first = laid.blocks[1].firstRow;
    expect(laid.links).toEqual([
      { row: first, col: 0, address: "A12", text: "12" },
      { row: first + 1, col: 0, address: "A15", text: "15" },
      { row: first, col: 1, address: "D12", text: "D12" },
      { row: first + 1, col: 1, address: "A15", text: "Dòng 15" },
    ]);
    // the link's text is what the grid shows in that cell
    for (const l of laid.links) expect(String(laid.grid.values[l.row][l.col])).toBe(l.text);
  });

  it("the II.06a sheet links its unreadable rows to the export", () => {
    const cells = [
      ["Đơn vị", "Ngày tiếp nhận", "Ngày hẹn trả", "Ngày trả kết quả"],
      ["Sở Y tế", "03/03/2025", "10/03/2025", "07/03/2025"],
      ["Sở Y tế", "không rõ", "10/03/2025", "11/03/2025"],
    ];
    const out = dossierStats(cells, { from: dayFromYMD(2025, 3, 1), to: dayFromYMD(2025, 3, 31) });
    if (!out.ok) throw new Error(out.message);
    expect(out.result.invalidRows.map((e) => e.row)).toEqual([3]);
    expect(layoutSheetSpec(formII06aSheetSpec(out.result, { source: "Hồ sơ" })).links.map((l) => l.address)).toEqual(["A3"]);
  });
});
