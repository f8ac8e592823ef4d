// Tiny RFC 4180 reader for test fixtures (quotes, doubled quotes, CRLF, BOM). Tests only.
import { readFileSync } from "node:fs";
import { dirname, resolve } from "node:path";
import { fileURLToPath } from "node:url";

export function parseCsv(text: string, separator = ","): string[][] {
  const src = text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
  const rows: string[][] = [];
  let row: string[] = [];
  let field = "";
  let quoted = false;
  for (let i = 0; i < src.length; i++) {
    const c = src[i];
    if (quoted) {
      if (c === '"') {
        if (src[i + 1] === '"') {
          field += '"';
          i++;
        } else quoted = false;
      } else field += c;
    } else if (c === '"') quoted = true;
    else if (c === separator) {
      row.push(field);
      field = "";
    } else if (c === "\n" || c === "\r") {
      if (c === "\r" && src[i + 1] === "\n") i++;
      row.push(field);
      rows.push(row);
      row = [];
      field = "";
    } else field += c;
  }
  if (field !== "" || row.length > 0) {
    row.push(field);
    rows.push(row);
  }
  return rows;
}

/** The appendix of Kế hoạch 607, copied into the repository (test/fixtures/README.md gives its source). */
export const FIXTURE_607 = resolve(dirname(fileURLToPath(import.meta.url)), "../../fixtures/ke-hoach-607-phu-luc.csv");

/** The real appendix of Kế hoạch 607/KH-KKTKCN (2025) as a grid; empty cells are null, like hosts give them. */
export function readFixture607(): (string | null)[][] {
  return parseCsv(readFileSync(FIXTURE_607, "utf8")).map((r) => r.map((v) => (v === "" ? null : v)));
}
