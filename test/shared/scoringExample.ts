/**
 * examples/tu-cham-diem-vi-du.csv as the hosts hold it once typed or pasted in a spreadsheet
 * with a Vietnamese locale: "92%" a percent cell (0.92), "0,5" and "1.5" numbers, "1.1" a number,
 * "2.1.1" text, "15/03/2025" a date (Excel: serial; Sheets: Date), empty cells "". The CLI reads
 * the CSV's text as is: parity across all three.
 */
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { parseCsv } from "../core/helpers/csv.js";

export const SCORING_EXAMPLE = join(import.meta.dirname, "../../examples/tu-cham-diem-vi-du.csv");

/** A dd/mm/yyyy cell: Excel holds a date serial, Sheets a Date at midnight in Việt Nam (UTC+7). */
function dateCell(v: string, host: "excel" | "sheets"): number | Date | null {
  const m = /^(\d{1,2})\/(\d{1,2})\/(\d{4})$/.exec(v);
  if (!m) return null;
  const utc = Date.UTC(Number(m[3]), Number(m[2]) - 1, Number(m[1]));
  return host === "excel" ? utc / 86_400_000 + 25569 : new Date(utc - 7 * 3_600_000);
}

export function scoringExampleAsHostValues(host: "excel" | "sheets" = "excel"): unknown[][] {
  const rows = parseCsv(readFileSync(SCORING_EXAMPLE, "utf8"));
  const width = Math.max(...rows.map((r) => r.length));
  return rows.map((r) =>
    Array.from({ length: width }, (_, c) => {
      const v = (r[c] ?? "").trim();
      const date = dateCell(v, host);
      if (date !== null) return date;
      const pct = /^(\d+(?:[.,]\d+)?)%$/.exec(v);
      if (pct) return Number(pct[1].replace(",", ".")) / 100;
      if (/^\d+([.,]\d+)?$/.test(v)) return Number(v.replace(",", "."));
      return r[c] ?? "";
    }),
  );
}
