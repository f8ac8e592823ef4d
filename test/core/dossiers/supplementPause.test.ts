import { describe, expect, it } from "vitest";
import { dayFromYMD, toISO } from "../../../core/src/dates/day.js";
import { createDossierAccumulator } from "../../../core/src/dossiers/dossierStats.js";
import { adjustedAppointment, pauseWorkingDays } from "../../../core/src/dossiers/supplementPause.js";
import type { Dossier } from "../../../core/src/dossiers/types.js";

const d = (y: number, m: number, day: number) => dayFromYMD(y, m, day);

describe("supplement pause: working days d with request < d ≤ completed", () => {
  it("counts no days for a same-day supplement and one day across a plain weekend", () => {
    expect(pauseWorkingDays(d(2025, 3, 7), d(2025, 3, 7))).toBe(0);
    expect(pauseWorkingDays(d(2025, 3, 7), d(2025, 3, 10))).toBe(1); // Fri → Mon
    expect(pauseWorkingDays(d(2025, 3, 4), d(2025, 3, 6))).toBe(2); // Tue → Thu: Wed, Thu
  });

  it("skips Tết 2025 (27–31/01 off) and the weekends around it", () => {
    // Fri 24/01 → Mon 03/02: 25–26 weekend, 27–31 Tết, 01–02/02 weekend, 03/02 counted
    expect(pauseWorkingDays(d(2025, 1, 24), d(2025, 2, 3))).toBe(1);
    // requested on Sunday 26/01 (not a working day): same single day
    expect(pauseWorkingDays(d(2025, 1, 26), d(2025, 2, 3))).toBe(1);
    // requested Thu 23/01, back Tue 04/02: 24/01, 03/02, 04/02
    expect(pauseWorkingDays(d(2025, 1, 23), d(2025, 2, 4))).toBe(3);
  });

  it("counts Saturday 26/04/2025 (make-up day for 02/05) as a working day, not Saturday 15/02 (issue 10 §6)", () => {
    // Fri 25/04 → Mon 28/04: Sat 26/04 worked, Sun 27/04 not, Mon 28/04 → 2
    expect(pauseWorkingDays(d(2025, 4, 25), d(2025, 4, 28))).toBe(2);
    // Fri 14/02 → Mon 17/02: Sat 15/02 is an ordinary Saturday → 1
    expect(pauseWorkingDays(d(2025, 2, 14), d(2025, 2, 17))).toBe(1);
    // the neighbouring Saturday 08/02 is an ordinary day off: Fri 07/02 → Mon 10/02 → 1
    expect(pauseWorkingDays(d(2025, 2, 7), d(2025, 2, 10))).toBe(1);
  });

  it("moves the appointment by the pause in working days (WORKDAY)", () => {
    const base: Dossier = {
      row: 2, code: "x", unit: "", staff: "", received: d(2025, 1, 20), appointment: d(2025, 2, 4), end: d(2025, 2, 5),
      online: null, supplementCount: 1, supplementRequested: d(2025, 1, 24), supplementCompleted: d(2025, 2, 3), onlinePayment: null,
    };
    const a = adjustedAppointment(base, d(2025, 2, 28));
    expect(a.ok && toISO(a.day)).toBe("2025-02-05");
    const b = adjustedAppointment(
      { ...base, received: d(2025, 2, 10), appointment: d(2025, 2, 14), supplementRequested: d(2025, 2, 14), supplementCompleted: d(2025, 2, 17), end: null },
      d(2025, 2, 28),
    );
    // pause (14/02, 17/02] = 1 working day (Sat 15/02 not worked): Fri 14/02 + 1 = Mon 17/02
    expect(b.ok && toISO(b.day)).toBe("2025-02-17");
  });
});

describe("supplement pause inside the period statistics", () => {
  const HEADER = ["Mã hồ sơ", "Ngày tiếp nhận", "Ngày hẹn trả", "Ngày trả kết quả", "Số lần yêu cầu bổ sung", "Ngày yêu cầu bổ sung", "Ngày hoàn thành bổ sung"];
  const stats = (rows: unknown[][], to = d(2025, 2, 28), pause = true) => {
    const acc = createDossierAccumulator(HEADER, { from: d(2025, 1, 1), to, pauseForSupplement: pause });
    rows.forEach((r, i) => acc.add(r, i + 2));
    return acc.result();
  };

  it("a pause over Tết: appointment Tue 04/02 becomes Wed 05/02", () => {
    const r = stats([
      ["onTime", "20/01/2025", "04/02/2025", "05/02/2025", 1, "24/01/2025", "03/02/2025"],
      ["late", "20/01/2025", "04/02/2025", "06/02/2025", 1, "24/01/2025", "03/02/2025"],
      ["early", "20/01/2025", "04/02/2025", "04/02/2025", 1, "24/01/2025", "03/02/2025"],
    ]);
    expect(r.invalidRows).toEqual([]);
    expect(r.resolved).toEqual({ total: 3, early: 1, onTime: 1, late: 1, returned: 0 });
    expect(stats([["x", "20/01/2025", "04/02/2025", "05/02/2025", 1, "24/01/2025", "03/02/2025"]], d(2025, 2, 28), false).resolved.late).toBe(1);
  });

  it("a pause over the make-up Saturday 26/04/2025: (25/04, 28/04] = 2 working days, Mon 28/04 + 2 = Mon 05/05 (30/4–2/5 off)", () => {
    // Was a pause over Saturday 15/02/2025, no longer a make-up day (issue 10 §6).
    const r = stats(
      [
        ["onTime", "21/04/2025", "28/04/2025", "05/05/2025", 1, "25/04/2025", "28/04/2025"],
        ["late", "21/04/2025", "28/04/2025", "06/05/2025", 1, "25/04/2025", "28/04/2025"],
      ],
      d(2025, 5, 31),
    );
    expect(r.resolved).toEqual({ total: 2, early: 0, onTime: 1, late: 1, returned: 0 });
  });

  it("a supplement still awaited at the period's end keeps the dossier within its deadline", () => {
    // requested Fri 07/02, not back by 28/02: (07/02, 28/02] has 15 working days (Sat 15/02 not worked),
    // so appointment Mon 10/02 moves to Mon 03/03 ≥ 28/02 → within; without the pause it is overdue.
    const row = ["waiting", "03/02/2025", "10/02/2025", "", 1, "07/02/2025", ""];
    expect(stats([row]).pending).toEqual({ total: 1, withinDeadline: 1, overdue: 0, waitingSupplement: 0 });
    expect(stats([row], d(2025, 2, 28), false).pending).toEqual({ total: 1, withinDeadline: 0, overdue: 1, waitingSupplement: 0 });
  });

  it("more than one supplement request makes a resolved dossier late even when it ended early", () => {
    const r = stats([["twice", "03/02/2025", "20/02/2025", "12/02/2025", 2, "05/02/2025", "06/02/2025"]]);
    expect(r.resolved).toEqual({ total: 1, early: 0, onTime: 0, late: 1, returned: 0 });
  });
});
