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

  /** A host reporting these requirement sets (name → highest version). */
  const host = (sets: Record<string, number>) => ({
    context: { requirements: { isSetSupported: (name: string, v = "1.1") => sets[name] !== undefined && sets[name] >= Number(v) } },
  });

  it("formats dates where the host reports CustomFunctionsRuntime 1.4 (Microsoft 365 from 2208, web, Mac 16.64)", () => {
    expect(hostFormatsDates()).toBe(false);
    g.Office = host({ ExcelApi: 1.17, CustomFunctionsRuntime: 1.4, SharedRuntime: 1.2 });
    expect(hostFormatsDates()).toBe(true);
    expect(toHostCell(20112, "date", hostFormatsDates())).toEqual({ type: "Double", basicValue: 45681, numberFormat: "dd/mm/yyyy" });
  });

  it("returns plain serials on Office 2024 perpetual: ExcelApi 1.16 but CustomFunctionsRuntime only 1.3", () => {
    g.Office = host({ ExcelApi: 1.16, CustomFunctionsRuntime: 1.3, SharedRuntime: 1.2 });
    expect(hostFormatsDates()).toBe(false);
    expect(toHostCell(20112, "date", hostFormatsDates())).toBe(45681);
    g.Office = host({ ExcelApi: 1.12, CustomFunctionsRuntime: 1.1, SharedRuntime: 1.1 }); // Office 2021 LTSC
    expect(hostFormatsDates()).toBe(false);
  });

  it("returns plain serials when the host cannot say", () => {
    g.Office = { context: { requirements: { isSetSupported: () => { throw new Error("no"); } } } };
    expect(hostFormatsDates()).toBe(false);
  });
});
