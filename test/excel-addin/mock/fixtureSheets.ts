/**
 * Sheets for the office-addin-mock command tests, from the real appendix of Kế hoạch 607
 * (test/fixtures/ke-hoach-607-phu-luc.csv) and its tracked example, as Excel holds them
 * (dd/mm/yyyy → date serial, small integers → numbers), and 10,000-row versions of them.
 */
import { dayFromYMD } from "@cchc/core";
import { readFileSync } from "node:fs";
import { parseCsv } from "../../../cli/src/files/inputs/readCsv.js";

export const FIXTURE_607 = new URL("../../fixtures/ke-hoach-607-phu-luc.csv", import.meta.url);
export const EXAMPLE_607 = new URL("../../../examples/ke-hoach-607-theo-doi.csv", import.meta.url);

export const serialOf = (y: number, m: number, d: number) => dayFromYMD(y, m, d) + 25569;

export function asExcelCells(rows: (string | null)[][]): unknown[][] {
  return rows.map((r) =>
    r.map((raw) => {
      const v = (raw ?? "").trim();
      const m = /^(\d{1,2})\/(\d{1,2})\/(\d{4})$/.exec(v);
      if (m) return serialOf(Number(m[3]), Number(m[2]), Number(m[1]));
      return /^\d+$/.test(v) && v.length < 6 ? Number(v) : (raw ?? "");
    }),
  );
}

export function loadCsvCells(path: string | URL): unknown[][] {
  return asExcelCells(parseCsv(readFileSync(path, "utf8")).rows);
}

/** Rows of a task: its numbered row, then its sub-tasks ("2.1") and unnumbered rows. */
type Unit = unknown[][];
interface Section {
  head: unknown[][];
  units: Unit[];
}

/**
 * The 607 sheet with every section's tasks repeated `times` times, renumbered (1, 2, … and their
 * sub-tasks 1.1, 1.2 …), so the numbering stays valid: 74 tasks × 136 = 10,064 tasks.
 */
export function repeated607(times: number, path: string | URL = FIXTURE_607): unknown[][] {
  const cells = loadCsvCells(path);
  const header = cells.findIndex((r) => String(r[0]).trim() === "STT");
  const out = cells.slice(0, header + 1).map((r) => [...r]);
  const sections: Section[] = [];
  for (const row of cells.slice(header + 1)) {
    const stt = row[0];
    if (typeof stt === "number") sections.at(-1)!.units.push([row]);
    else if (/^\d+(\.\d+)*$/.test(String(stt).trim()) || String(stt).trim() === "") {
      const s = sections.at(-1)!;
      if (s.units.length) s.units.at(-1)!.push(row);
      else s.head.push(row);
    } else sections.push({ head: [row], units: [] });
  }
  for (const s of sections) {
    for (const r of s.head) out.push([...r]);
    let n = 0;
    for (let k = 0; k < times; k++) {
      for (const unit of s.units) {
        n++;
        const was = String(unit[0][0]);
        for (const r of unit) {
          const copy = [...r];
          if (copy[0] === unit[0][0]) copy[0] = n;
          else if (String(copy[0]).startsWith(`${was}.`)) copy[0] = `${n}${String(copy[0]).slice(was.length)}`;
          out.push(copy);
        }
      }
    }
  }
  return out;
}
