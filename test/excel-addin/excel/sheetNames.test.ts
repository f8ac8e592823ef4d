import { describe, expect, it } from "vitest";
import { markTargets, normaliseAddress } from "../../../excel-addin/src/commands/validateSheet.js";
import { renderSheetSpec } from "../../../excel-addin/src/commands/renderSheetSpec.js";

describe("addresses of findings", () => {
  it("links a cell or a whole row to the source sheet, as core marks them", () => {
    const spec = {
      name: "Kết quả",
      title: "T",
      blocks: [{ title: "B", columns: [{ header: "Ô", kind: "text" as const, linksToSource: true }], rows: [["C12"], ["Dòng 14"], [""]] }],
    };
    expect(renderSheetSpec(spec, "Phụ lục").links.map((l) => l.documentReference)).toEqual(["'Phụ lục'!C12", "'Phụ lục'!A14"]);
    expect(renderSheetSpec(spec).links).toEqual([]);
  });
  it("compares comment locations however Excel writes them", () => {
    expect(normaliseAddress("'Phụ lục'!$C$12")).toBe(normaliseAddress("phụ lục!C12"));
    expect(normaliseAddress("Sheet1!A1:B2")).toBe("sheet1!A1");
  });
  it("gives one mark per cell, the worst severity, all messages", () => {
    const f = (code: string, severity: "error" | "warning", column: string | null, row: number) => ({ code, severity, column, row, message: `${code} ở ${row}` });
    const targets = markTargets(
      {
        errors: [f("missing-lead", "error", "C", 9)],
        warnings: [f("multiple-leads", "warning", "C", 9), f("unnumbered-row", "warning", "A", 68), f("stt-sequence", "warning", null, 20)],
        infos: [],
      } as never,
      2,
    );
    expect(targets.map((t) => [t.address, t.severity])).toEqual([
      ["C9", "error"],
      ["B20", "warning"],
      ["A68", "warning"],
    ]);
    expect(targets[0].text.split("\n")).toHaveLength(3); // the title line, then one line per finding;
  });
});
