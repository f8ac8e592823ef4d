// Issue 17: re-checking the changed rows (and what depends on them) keeps the marks equal to a
// check of the whole table, edit after edit.
import fc from "fast-check";
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { dayFromYMD, recheckRows, validateAppendix, type Finding } from "@cchc/core";
import { parseCsv } from "../../../cli/src/files/inputs/readCsv.js";

const ROOT = join(__dirname, "..", "..", "..");
const base = parseCsv(readFileSync(join(ROOT, "examples", "ke-hoach-607-theo-doi.csv"), "utf8")).rows as unknown[][];
const options = { planYear: 2025, asOf: dayFromYMD(2025, 9, 30) };

const key = (f: Finding) => `${f.row}|${f.column}|${f.code}|${f.message}`;
const marksOf = (findings: readonly Finding[]) => {
  const m = new Map<number, string[]>();
  for (const f of findings) m.set(f.row, [...(m.get(f.row) ?? []), key(f)].sort());
  return m;
};
const fullMarks = (grid: unknown[][]) => {
  const r = validateAppendix(grid, options);
  return marksOf([...r.errors, ...r.warnings, ...r.infos]);
};

const EDITS = ["Quý V/2025", "Trong năm 2025", "", "Văn phòng, Thanh tra", "Phòng Kế hoạch chủ trì", "3", "1.1", "abc", "31/02/2025", "Tháng 13/2025", "Thường xuyên"];

describe("recheckRows", () => {
  it("typing a bad schedule into one cell gives the finding of that cell only", () => {
    const grid = base.map((r) => [...r]);
    const row = grid.findIndex((r) => r[0] === "3" && String(r[1]).startsWith("Tổ chức kiểm tra")) + 1;
    grid[row - 1]![3] = "Quý V/2025";
    const r = recheckRows(grid, options, [row]);
    const onRow = r.findings.filter((f) => f.row === row);
    expect(onRow.map((f) => [f.code, f.column])).toContainEqual(["unparsed-deadline", "D"]);
    expect(r.rows).toContain(row);
    expect(r.counts.warnings).toBe(validateAppendix(grid, options).warnings.length);
  });

  it("keeps incrementally refreshed marks equal to a whole-table check (random edits, random pastes)", () => {
    fc.assert(
      fc.property(
        fc.array(
          fc.record({
            row: fc.integer({ min: 2, max: base.length }),
            rows: fc.integer({ min: 1, max: 6 }),
            col: fc.integer({ min: 0, max: 4 }),
            value: fc.constantFrom(...EDITS),
          }),
          { minLength: 1, maxLength: 6 },
        ),
        (edits) => {
          const grid = base.map((r) => [...r]);
          let marks = fullMarks(grid);
          for (const e of edits) {
            const changed: number[] = [];
            for (let r = e.row; r < Math.min(base.length, e.row + e.rows); r++) {
              grid[r - 1]![e.col] = e.value;
              changed.push(r);
            }
            const re = recheckRows(grid, options, changed);
            const fresh = marksOf(re.findings);
            for (const r of re.rows) {
              if (fresh.has(r)) marks.set(r, fresh.get(r)!);
              else marks.delete(r);
            }
            if (re.error) marks = fresh;
            expect(marks).toEqual(fullMarks(grid));
          }
        },
      ),
      { numRuns: 150 },
    );
  });

  // Tables nobody here wrote (test/fixtures/real, with their sources): the same equality, edits
  // anywhere in the first columns, on each table as the department published it.
  const REAL = ["dang-uy-cp-nq57-pl1-2025-05.csv", "nq03-cp-pl2-muc-I-IV.csv", "stp-an-giang-nq-can-xu-ly.csv", "ubnd-dak-lak-pl3-dau-tu-cong-2026-08.csv", "issue10-example.csv"];
  for (const file of REAL) {
    it(`keeps refreshed marks equal to a whole-table check on a real table: ${file}`, () => {
      const real = parseCsv(readFileSync(join(ROOT, "test", "fixtures", "real", file), "utf8")).rows as unknown[][];
      const opts = { planYear: 2025, asOf: dayFromYMD(2025, 9, 30) };
      const full = (grid: unknown[][]) => {
        const r = validateAppendix(grid, opts);
        return marksOf([...r.errors, ...r.warnings, ...r.infos]);
      };
      const width = Math.max(...real.map((r) => r.length));
      fc.assert(
        fc.property(
          fc.array(
            fc.record({
              row: fc.integer({ min: 2, max: real.length }),
              rows: fc.integer({ min: 1, max: 4 }),
              col: fc.integer({ min: 0, max: Math.min(5, width - 1) }),
              value: fc.constantFrom(...EDITS),
            }),
            { minLength: 1, maxLength: 4 },
          ),
          (edits) => {
            const grid = real.map((r) => [...r]);
            let marks = full(grid);
            for (const e of edits) {
              const changed: number[] = [];
              for (let r = e.row; r < Math.min(real.length + 1, e.row + e.rows); r++) {
                grid[r - 1]![e.col] = e.value;
                changed.push(r);
              }
              const re = recheckRows(grid, opts, changed);
              const fresh = marksOf(re.findings);
              for (const r of re.rows) {
                if (fresh.has(r)) marks.set(r, fresh.get(r)!);
                else marks.delete(r);
              }
              if (re.error) marks = fresh;
              expect(marks).toEqual(full(grid));
            }
          },
        ),
        { numRuns: 150 },
      );
    });
  }

  it("re-checks everything when the header changes, and says so when the table is gone", () => {
    const grid = base.map((r) => [...r]);
    grid[0]![3] = "Tiến độ";
    expect(recheckRows(grid, options, [1]).rows).toHaveLength(grid.length);
    const gone = base.map(() => ["", "", ""]);
    const r = recheckRows(gone, options, [1]);
    expect(r.error).toBeTruthy();
    expect(r.rows).toHaveLength(gone.length);
  });

  it("re-checks a 5,000-row paste within a fraction of a second of core time", () => {
    const big: unknown[][] = [["STT", "Nội dung công việc", "Trách nhiệm thực hiện", "Tiến độ thực hiện", "Kết quả/sản phẩm"]];
    for (let i = 0; i < 5000; i++) big.push([String(i + 1), `Nhiệm vụ ${i + 1}`, "Văn phòng chủ trì", i % 7 ? "Quý II/2025" : "Quý V/2025", "Báo cáo"]);
    const t0 = performance.now();
    const r = recheckRows(big, options, Array.from({ length: 5000 }, (_, i) => i + 2));
    const ms = performance.now() - t0;
    expect(r.rows.filter((x) => x >= 2)).toHaveLength(5000);
    expect(ms).toBeLessThan(5000);
  });
});
