import type ExcelJS from "exceljs";

/** exceljs, loaded on demand: commands that only read CSV do not pay for it at start-up. */
export async function loadExcelJs(): Promise<typeof ExcelJS> {
  const m = (await import("exceljs")) as unknown as { default?: typeof ExcelJS };
  return m.default ?? (m as unknown as typeof ExcelJS);
}
