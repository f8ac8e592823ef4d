import { describe, expect, it } from "vitest";
import { FORMULA_ERROR_TEXT, isDateFormat, plainCell } from "../../../../cli/src/files/xlsx/cellValue.js";

describe("plainCell", () => {
  it("keeps plain values and drops empty ones", () => {
    expect(plainCell("Văn phòng")).toBe("Văn phòng");
    expect(plainCell(2.1)).toBe(2.1);
    expect(plainCell(true)).toBe(true);
    expect(plainCell("")).toBeNull();
    expect(plainCell(undefined)).toBeNull();
    expect(plainCell(new Date(Number.NaN))).toBeNull();
  });

  it("rich text, hyperlinks and error values become text", () => {
    expect(plainCell({ richText: [{ text: "Văn phòng " }, { text: "chủ trì" }] })).toBe("Văn phòng chủ trì");
    expect(plainCell({ text: { richText: [{ text: "Cổng" }] }, hyperlink: "https://x.vn" })).toBe("Cổng");
    expect(plainCell({ error: "#REF!" })).toBe("#REF!");
  });

  it("formulas give their cached result, a date when the cell shows one, else the formula text", () => {
    expect(plainCell({ formula: "1+1", result: 2 })).toBe(2);
    expect(plainCell({ formula: "TODAY()", result: 45838 }, "dd/mm/yyyy")).toEqual(new Date(Date.UTC(2025, 5, 30)));
    expect(plainCell({ formula: "A1&B1", result: "Quý II" })).toBe("Quý II");
    expect(plainCell({ sharedFormula: "A2", result: { error: "#N/A" } })).toBe("#N/A");
    expect(plainCell({ formula: "NA()", result: Number.NaN })).toBe(FORMULA_ERROR_TEXT);
    expect(plainCell({ formula: "SUM(A:A)" })).toBe("=SUM(A:A)");
  });

  it("recognises date formats, not text or general ones", () => {
    expect(isDateFormat("dd/mm/yyyy")).toBe(true);
    expect(isDateFormat("[$-42A]d mmmm yyyy")).toBe(true);
    expect(isDateFormat("General")).toBe(false);
    expect(isDateFormat("@")).toBe(false);
    expect(isDateFormat('0.00" ngày"')).toBe(false);
    expect(isDateFormat(undefined)).toBe(false);
  });
});
