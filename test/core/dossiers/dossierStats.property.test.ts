import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { dayFromYMD } from "../../../core/src/dates/day.js";
import { classifyDossier } from "../../../core/src/dossiers/classifyDossier.js";
import { createDossierAccumulator } from "../../../core/src/dossiers/dossierStats.js";
import type { Dossier } from "../../../core/src/dossiers/types.js";

const BASE = dayFromYMD(2025, 1, 1);
const dossier = fc
  .record({
    received: fc.integer({ min: 0, max: 200 }),
    apptAfter: fc.integer({ min: 0, max: 40 }),
    endAfter: fc.option(fc.integer({ min: 0, max: 80 }), { nil: null }),
    unit: fc.constantFrom("Sở Y tế", "Sở Du lịch", "UBND huyện Cam Lâm"),
    online: fc.option(fc.boolean(), { nil: null }),
    supplementCount: fc.integer({ min: 0, max: 3 }),
    pause: fc.option(fc.tuple(fc.integer({ min: 0, max: 20 }), fc.option(fc.integer({ min: 0, max: 20 }), { nil: null })), { nil: null }),
  })
  .map(({ received, apptAfter, endAfter, unit, online, supplementCount, pause }): Dossier => {
    const r = BASE + received;
    const req = pause ? r + pause[0] : null;
    return {
      row: 0, code: "", unit, staff: "", received: r, appointment: r + apptAfter,
      end: endAfter === null ? null : r + endAfter, online, supplementCount: pause ? Math.max(1, supplementCount) : supplementCount,
      supplementRequested: req, supplementCompleted: req !== null && pause?.[1] != null ? req + (pause[1] as number) : null, onlinePayment: null,
    };
  });

describe("dossier statistics: invariants over random lists", () => {
  it("received + carried over = resolved + pending, groups add up, rates within [0, 1]", () => {
    fc.assert(
      fc.property(fc.array(dossier, { maxLength: 60 }), fc.integer({ min: 0, max: 150 }), fc.integer({ min: 0, max: 120 }), (list, a, len) => {
        const from = BASE + a;
        const to = from + len;
        const acc = createDossierAccumulator(["Đơn vị", "Ngày tiếp nhận", "Ngày hẹn trả", "Ngày trả kết quả", "Hình thức nộp"], { from, to });
        list.forEach((d, i) => acc.addDossier({ ...d, row: i + 2 }));
        const r = acc.result();
        expect(r.invalidRows).toEqual([]);
        expect(r.received + r.carriedOver).toBe(r.resolved.total + r.pending.total);
        expect(r.resolved.early + r.resolved.onTime + r.resolved.late).toBe(r.resolved.total);
        expect(r.pending.withinDeadline + r.pending.overdue).toBe(r.pending.total);
        expect(r.outsidePeriod + r.resolved.total + r.pending.total).toBe(list.length);
        for (const k of ["received", "carriedOver"] as const) expect(r.groups.reduce((s, g) => s + g[k], 0)).toBe(r[k]);
        expect(r.groups.reduce((s, g) => s + g.resolved.late + g.pending.overdue, 0)).toBe(r.resolved.late + r.pending.overdue);
        if (r.lateRate !== null) {
          expect(r.lateRate).toBeGreaterThanOrEqual(0);
          expect(r.lateRate).toBeLessThanOrEqual(1);
        } else expect(r.resolved.total + r.pending.total).toBe(0);
        // a pause never makes a dossier later than without it
        for (const d of list) {
          const withPause = classifyDossier(d, from, to);
          const without = classifyDossier(d, from, to, { pauseForSupplement: false });
          if (withPause.kind === "counted" && without.kind === "counted") expect(withPause.appointment).toBeGreaterThanOrEqual(without.appointment);
        }
      }),
      { numRuns: 300 },
    );
  });
});
