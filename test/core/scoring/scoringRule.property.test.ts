// Property tests of the rule reader: generated tier rules in every spelling give the tier's
// points at and around each boundary; spelling (diacritics, decimal comma or point, "điểm" or
// not) never changes the points; rates read from text equal the number typed.
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { applyRule, parseScoringRule } from "../../../core/src/scoring/scoringRule.js";
import { rateOf } from "../../../core/src/scoring/scoringValues.js";
import { stripDiacritics } from "../../../core/src/text/normalize.js";

const dec = (n: number, comma: boolean) => (comma ? String(n).replace(".", ",") : String(n));

/** hi > lo thresholds in whole or half percents; points top > mid ≥ 0. */
const tierRule = fc.record({
  lo: fc.integer({ min: 2, max: 180 }).map((x) => x / 2),
  gap: fc.integer({ min: 1, max: 18 }).map((x) => x / 2),
  top: fc.integer({ min: 2, max: 20 }).map((x) => x / 4),
  comma: fc.boolean(),
  accents: fc.boolean(),
  word: fc.boolean(),
});

describe("tier rules, generated", () => {
  it("give the tier's points at each boundary and just below it, in any spelling", () => {
    fc.assert(
      fc.property(tierRule, ({ lo, gap, top, comma, accents, word }) => {
        const hi = Math.min(100, lo + gap);
        fc.pre(hi > lo);
        const mid = top / 2;
        const pts = (n: number) => `${dec(n, comma)}${word ? " điểm" : ""}`;
        let text = `Từ ${dec(hi, comma)}% trở lên: ${pts(top)}; Từ ${dec(lo, comma)}% đến dưới ${dec(hi, comma)}%: ${pts(mid)}; Dưới ${dec(lo, comma)}%: ${pts(0)}`;
        if (!accents) text = stripDiacritics(text);
        const rule = parseScoringRule(text);
        expect(rule.kind).toBe("tiers");
        const at = (rate: number) => {
          const r = applyRule(rule, rate, top);
          if (!r.ok) throw new Error(r.message);
          return r.points;
        };
        const eps = 1e-6;
        expect(at(hi / 100)).toBe(top);
        expect(at(hi / 100 - eps)).toBe(mid);
        expect(at(lo / 100)).toBe(mid);
        expect(at(lo / 100 - eps)).toBe(0);
        expect(at(1)).toBe(top);
        expect(at(0)).toBe(lo === 0 ? mid : 0);
        // the same rate typed as text "hi%" with a comma gives the same points
        const r = applyRule(rule, `${dec(hi, true)}%`, top);
        expect(r.ok && r.points).toBe(top);
      }),
      { numRuns: 300 },
    );
  });

  it("points never decrease as the rate rises (threshold rules too)", () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 10, max: 95 }),
        fc.integer({ min: 1, max: 8 }).map((x) => x / 2),
        fc.array(fc.integer({ min: 0, max: 10000 }), { minLength: 2, maxLength: 20 }),
        (threshold, max, raw) => {
          const rule = parseScoringRule(`Từ ${threshold}% trở lên: điểm tối đa; Dưới ${threshold}%: tỷ lệ × điểm tối đa ÷ ${threshold}%`);
          expect(rule.kind).toBe("threshold");
          const rates = [...raw].sort((a, b) => a - b).map((x) => x / 10000);
          let last = -1;
          for (const rate of rates) {
            const r = applyRule(rule, rate, max);
            expect(r.ok).toBe(true);
            if (!r.ok) return;
            expect(r.points).toBeGreaterThanOrEqual(last);
            expect(r.points).toBeLessThanOrEqual(max);
            last = r.points;
          }
        },
      ),
    );
  });
});

describe("rateOf", () => {
  it("reads 'x%' and 'x,y %' as x ÷ 100, and a cell number ≤ 1 as the fraction itself", () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 10000 }), fc.boolean(), fc.boolean(), (hundredths, comma, space) => {
        const pct = hundredths / 100;
        const r = rateOf(`${dec(pct, comma)}${space ? " " : ""}%`);
        expect(r.ok && r.rate).toBeCloseTo(pct / 100, 12);
        const cell = rateOf(pct / 100);
        expect(cell.ok && cell.rate).toBeCloseTo(pct / 100, 12);
      }),
    );
  });
  it("refuses what is not a rate, with the text in the message", () => {
    for (const bad of ["abc", "150%", "-5%", "1/0", "101"]) {
      const r = rateOf(bad);
      expect(r.ok, bad).toBe(false);
      if (!r.ok) expect(r.message).toContain(bad);
    }
  });
});
