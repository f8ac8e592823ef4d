/**
 * examples/tu-cham-diem-vi-du.csv as the hosts hold it once typed or pasted in a spreadsheet
 * with a Vietnamese locale: "92%" a percent cell (0.92), "0,5" and "1.5" numbers, "1.1" a number,
 * "2.1.1" text, empty cells "". The CLI reads the CSV's text as is: parity across both.
 */
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { parseCsv } from "../core/helpers/csv.js";

export const SCORING_EXAMPLE = join(import.meta.dirname, "../../examples/tu-cham-diem-vi-du.csv");

export function scoringExampleAsHostValues(): unknown[][] {
  const rows = parseCsv(readFileSync(SCORING_EXAMPLE, "utf8"));
  const width = Math.max(...rows.map((r) => r.length));
  return rows.map((r) =>
    Array.from({ length: width }, (_, c) => {
      const v = (r[c] ?? "").trim();
      const pct = /^(\d+(?:[.,]\d+)?)%$/.exec(v);
      if (pct) return Number(pct[1].replace(",", ".")) / 100;
      if (/^\d+([.,]\d+)?$/.test(v)) return Number(v.replace(",", "."));
      return r[c] ?? "";
    }),
  );
}
