import type ExcelJS from "exceljs";

/** An exceljs solid fill of one of core's colours ("#D9E2F3", core/src/report/fills.ts). */
export function solidFill(color: string): ExcelJS.Fill {
  return { type: "pattern", pattern: "solid", fgColor: { argb: `FF${color.replace(/^#/, "").toUpperCase()}` } };
}
