import { CellError } from "@cchc/core";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { fromHost, hostFormatsDates, MAX_ERROR_MESSAGE, toHostCell, toHostResult } from "../../../excel-addin/src/functions/hostValues.js";

class CFError {
  constructor(
    readonly code: string,
    readonly message?: string,
  ) {}
}
const g = globalThis as Record<string, unknown>;
beforeEach(() => {
  g.CustomFunctions = { Error: CFError, ErrorCode: { invalidValue: "#VALUE!", invalidNumber: "#NUM!", notAvailable: "#N/A" } };
});
afterEach(() => {
  delete g.CustomFunctions;
  delete g.Office;
});

describe("host values of the custom functions", () => {
  it("maps CellError kinds to #VALUE!, #NUM!, #N/A and keeps messages within Excel's limit", () => {
    expect((toHostCell(new CellError("value", "x"), "date") as unknown as CFError).code).toBe("#VALUE!");
    expect((toHostCell(new CellError("num", "x"), "date") as unknown as CFError).code).toBe("#NUM!");
    expect((toHostCell(new CellError("na", "Không có hạn"), "date") as unknown as CFError).code).toBe("#N/A");
    const long = toHostCell(new CellError("value", "Ô ".repeat(300)), "text") as unknown as CFError;
    expect(long.message!.length).toBe(MAX_ERROR_MESSAGE);
    expect(long.message!.endsWith("…")).toBe(true);
  });

  it("turns Day numbers into Excel serials only for date results", () => {
    expect(toHostCell(20126, "date")).toBe(45695); // 07/02/2025
    expect(toHostCell(20126, "integer")).toBe(20126);
    expect(toHostCell(20126, "date", true)).toEqual({ type: "Double", basicValue: 45695, numberFormat: "dd/mm/yyyy" });
    expect(toHostResult("Quá hạn", "text")).toEqual([["Quá hạn"]]);
    expect(toHostResult([], "row")).toEqual([[""]]);
  });

  it("reads omitted arguments as blank and ranges as they come", () => {
    expect(fromHost(undefined)).toBe(null);
    expect(fromHost([[1, ""]])).toEqual([[1, ""]]);
  });

  it("formats dates only where the host reports ExcelApi 1.16", () => {
    expect(hostFormatsDates()).toBe(false);
    g.Office = { context: { requirements: { isSetSupported: (_: string, v: string) => v === "1.16" } } };
    expect(hostFormatsDates()).toBe(true);
    g.Office = { context: { requirements: { isSetSupported: () => { throw new Error("no"); } } } };
    expect(hostFormatsDates()).toBe(false);
  });
});
