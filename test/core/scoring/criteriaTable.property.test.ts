// Property tests of the criteria table reader and the rule reader: never a throw on odd input;
// generated trees whose maxima add up give no max-sum-mismatch, and changing one parent's
// maximum is found at that parent's cell.
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { applyRule, parseScoringRule } from "../../../core/src/scoring/scoringRule.js";
import { scoreSelfAssessment } from "../../../core/src/scoring/selfAssessment.js";

const HEADER = ["STT", "Tiêu chí", "Điểm tối đa", "Cách tính điểm", "Kết quả thực hiện", "Điểm tự đánh giá"];

/** Areas → criteria → sub-criteria with leaf maxima in halves; parents carry the sums. */
const tree = fc.array(fc.array(fc.array(fc.integer({ min: 1, max: 8 }), { minLength: 0, maxLength: 3 }), { minLength: 1, maxLength: 4 }), { minLength: 1, maxLength: 4 });

function grid(areas: number[][][], comma: boolean): unknown[][] {
  const rows: unknown[][] = [HEADER];
  const num = (n: number) => (comma ? String(n).replace(".", ",") : n);
  areas.forEach((crit, a) => {
    const areaRow: unknown[] = [`${a + 1}`, `Lĩnh vực ${a + 1}`, 0, "", "", ""];
    rows.push(areaRow);
    let areaMax = 0;
    crit.forEach((subs, c) => {
      const id = `${a + 1}.${c + 1}`;
      if (subs.length === 0) {
        const max = 1.5;
        rows.push([id, `Tiêu chí ${id}`, num(max), "Có/Không", "Có", num(max)]);
        areaMax += max;
        return;
      }
      const max = subs.reduce((x, y) => x + y / 2, 0);
      rows.push([id, `Tiêu chí ${id}`, num(max), "", "", ""]);
      subs.forEach((h, k) => rows.push([`${id}.${k + 1}`, `Tiêu chí ${id}.${k + 1}`, num(h / 2), "Tỷ lệ × điểm tối đa", "100%", num(h / 2)]));
      areaMax += max;
    });
    areaRow[2] = num(areaMax);
  });
  return rows;
}

describe("criteria trees, generated", () => {
  it("maxima that add up give no error and a full score; one parent off by 0,5 is found at its cell", () => {
    fc.assert(
      fc.property(tree, fc.boolean(), fc.nat(), (areas, comma, pick) => {
        const cells = grid(areas, comma);
        const r = scoreSelfAssessment(cells);
        expect(r.errors).toEqual([]);
        expect(r.warnings).toEqual([]);
        expect(r.suggestedTotal).toBeCloseTo(r.maxTotal, 9);
        expect(r.percent).toBeCloseTo(100, 9);
        const parents = r.criteria.filter((c) => !c.leaf);
        const p = parents[pick % parents.length];
        const row = cells[p.row - 1];
        row[2] = Number(String(row[2]).replace(",", ".")) + 0.5;
        const off = scoreSelfAssessment(cells);
        expect(off.errors.map((f) => `${f.code}@${f.column}${f.row}`)).toContain(`max-sum-mismatch@C${p.row}`);
      }),
      { numRuns: 200 },
    );
  });

  it("never throws on arbitrary grids or rule texts", () => {
    const cell = fc.oneof(fc.string(), fc.integer(), fc.double(), fc.boolean(), fc.constant(null), fc.constantFrom("1", "1.1", "1.1.1", "II", "Điểm tối đa", "#N/A", "90%", "Tổng cộng"));
    fc.assert(
      fc.property(fc.array(fc.array(cell, { maxLength: 8 }), { maxLength: 12 }), (rows) => {
        const r = scoreSelfAssessment([HEADER, ...rows]);
        expect(Number.isFinite(r.maxTotal)).toBe(true);
      }),
    );
    fc.assert(
      fc.property(fc.string(), fc.oneof(fc.string(), fc.double(), fc.boolean()), fc.option(fc.double({ min: 0, max: 10, noNaN: true })), (text, evidence, max) => {
        const out = applyRule(parseScoringRule(text), evidence, max);
        if (out.ok) expect(Number.isFinite(out.points)).toBe(true);
      }),
    );
  });
});
