/** Test data as Sheets would hold it after pasting: dd/mm/yyyy cells become Dates (midnight, UTC+7). */
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { parseCsv } from "../../cli/src/files/inputs/readCsv.js";

const ROOT = join(import.meta.dirname, "../..");

function sheetsDate(text: string): Date | string {
  const m = /^(\d{1,2})\/(\d{1,2})\/(\d{4})$/.exec(text.trim());
  if (!m) return text;
  return new Date(Date.UTC(Number(m[3]), Number(m[2]) - 1, Number(m[1])) - 7 * 3_600_000);
}

/** A CSV as Sheets values: "" for empty cells, dates in the given columns (0-based) as Dates. */
export function csvAsSheet(relPath: string, dateColumns: number[] = []): unknown[][] {
  const rows = parseCsv(readFileSync(join(ROOT, relPath), "utf8")).rows;
  const width = Math.max(...rows.map((r) => r.length));
  return rows.map((r) =>
    Array.from({ length: width }, (_, c) => {
      const v = r[c] ?? "";
      return dateColumns.includes(c) && v ? sheetsDate(v) : v;
    }),
  );
}

/** The example tracking appendix (Kế hoạch 607 with invented tracking dates): columns F (Hạn) and G (Ngày hoàn thành) are dates. */
export function example607(): unknown[][] {
  return csvAsSheet("examples/ke-hoach-607-theo-doi.csv", [5, 6]);
}

export function vnDate(y: number, m: number, d: number): Date {
  return new Date(Date.UTC(y, m - 1, d) - 7 * 3_600_000);
}

/** A synthetic appendix of n numbered tasks under one section, with tracking dates (for timing). */
export function bigAppendix(n: number): unknown[][] {
  const rows: unknown[][] = [["STT", "Nội dung công việc", "Trách nhiệm thực hiện", "Tiến độ thực hiện", "Kết quả/sản phẩm", "Hạn", "Ngày hoàn thành", "Ghi chú"]];
  rows.push(["I", "Cải cách thủ tục hành chính", "", "", "", "", "", ""]);
  const schedules = ["Quý I/2025", "Quý II năm 2025", "Trước ngày 30/09/2025", "Trong năm 2025", "Thường xuyên", "6 tháng đầu năm 2025"];
  for (let i = 1; i <= n; i++) {
    const done = i % 3 === 0 ? vnDate(2025, 1 + (i % 9), 1 + (i % 27)) : "";
    rows.push([
      i,
      `Nhiệm vụ số ${i}: rà soát, đơn giản hóa thủ tục hành chính`,
      i % 5 === 0 ? "Văn phòng, các phòng chuyên môn thực hiện" : "Văn phòng chủ trì, phối hợp các phòng",
      schedules[i % schedules.length],
      "Báo cáo kết quả",
      i % 7 === 0 ? vnDate(2025, 6, 30) : "",
      done,
      "",
    ]);
  }
  return rows;
}
