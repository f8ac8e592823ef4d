import { describe, expect, it } from "vitest";
import { PROVINCE_2022, province2022Expectation, province2022Rows } from "../../../bench/generateDossiers.js";
import { createDossierAccumulator } from "../../../core/src/dossiers/dossierStats.js";
import { dayFromYMD } from "../../../core/src/dates/day.js";

describe("province 2022 figures (seeds/003, DOMAIN.md §4) from a generated 615,045-row list", () => {
  it("gives resolved 596,533 (9,009 late), pending 18,512 (752 overdue), late rate 9,761 ÷ 615,045 = 1.59 %", () => {
    const rows = province2022Rows();
    const header = rows.next().value as string[];
    const acc = createDossierAccumulator(header, { from: dayFromYMD(2022, 1, 1), to: dayFromYMD(2022, 12, 31) });
    let physical = 1;
    for (const row of rows) acc.add(row, ++physical);
    const r = acc.result();
    const e = province2022Expectation();

    expect(r.invalidRows).toEqual([]);
    expect(r.rowsRead).toBe(615_045);
    expect(r.outsidePeriod).toBe(0);
    expect(r.resolved).toEqual({ total: 596_533, early: e.early, onTime: e.onTime, late: 9_009, returned: 0 });
    expect(r.resolved.early + r.resolved.onTime).toBe(PROVINCE_2022.resolvedOnTimeOrEarly);
    // every 5th of the 17,260 open dossiers within the deadline says "Chờ bổ sung": 17,260 ÷ 5 = 3,452
    expect(r.pending).toEqual({ total: 18_512, withinDeadline: 17_760, overdue: 752, waitingSupplement: 3_452 });
    expect(r.received + r.carriedOver).toBe(615_045);
    expect(r.carriedOver).toBe(e.carriedOver);
    expect(r.carriedOver).toBeGreaterThan(0);
    expect(r.online.received).toBe(e.onlineReceived);
    expect(r.lateRate).toBeCloseTo(9_761 / 615_045, 12);
    expect((r.lateRate as number).toFixed(4)).toBe("0.0159");
    expect(r.onTimeRate).toBeCloseTo(1 - 9_761 / 615_045, 12);
    expect(r.groups.length).toBe(27);
    expect(r.groups.reduce((s, g) => s + g.resolved.late + g.pending.overdue, 0)).toBe(9_761);
  });
});
