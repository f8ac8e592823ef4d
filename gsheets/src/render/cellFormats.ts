import { type ColumnKindSpec, parseDateText } from "@cchc/core";

/** Sheets number formats per SheetSpec column kind (dates dd/mm/yyyy, 12,50 % in a vi_VN locale). */
export const NUMBER_FORMATS: Readonly<Record<ColumnKindSpec, string>> = {
  text: "@",
  integer: "#,##0",
  decimal: "0.00",
  percent: "0.00%",
  date: "dd/mm/yyyy",
};

/** Serial of 1970-01-01 in Sheets (and Excel): a Day plus this is the serial Sheets shows as that day, in every time zone. */
export const SERIAL_OF_EPOCH = 25569;

/** One SheetSpec cell as a Sheets value: ISO dates → date serials (formatted dd/mm/yyyy), null → "". */
export function sheetValue(cell: string | number | null | undefined, kind: ColumnKindSpec | undefined): string | number {
  if (cell === null || cell === undefined) return "";
  if (kind === "date" && typeof cell === "string") {
    const d = parseDateText(cell);
    return d.ok ? d.day + SERIAL_OF_EPOCH : cell;
  }
  return cell;
}
