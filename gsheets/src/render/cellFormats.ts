import type { ColumnKind } from "./sheetSpec.js";

/** Sheets number formats per column kind (Vietnamese display: dd/mm/yyyy, 12,5%). */
export const NUMBER_FORMATS: Record<ColumnKind, string> = {
  text: "@",
  integer: "#,##0",
  number: "#,##0.##",
  percent: "0.00%",
  date: "dd/mm/yyyy",
};

export function numberFormatOf(kind: string): string {
  return (NUMBER_FORMATS as Record<string, string>)[kind] ?? "General";
}

/** Excel/Sheets serial of 1970-01-01: a Day plus this is the serial Sheets shows as that date, in every time zone. */
export const SERIAL_OF_EPOCH = 25569;
