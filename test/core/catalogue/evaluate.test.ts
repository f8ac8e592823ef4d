import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { evaluate } from "../../../core/src/catalogue/evaluate.js";
import { catalogue, findFunction } from "../../../core/src/catalogue/functions.js";
import { CellError, type CellArg } from "../../../core/src/catalogue/types.js";
import { dayFromYMD, dayToExcelSerial, toISO } from "../../../core/src/dates/day.js";
import { STATUS_LABELS } from "../../../core/src/status/taskStatus.js";

const fn = (id: string) => {
  const f = findFunction(id);
  if (!f) throw new Error(`no ${id}`);
  return f;
};
const serial = (y: number, m: number, d: number) => dayToExcelSerial(dayFromYMD(y, m, d));
const iso = (v: unknown) => (typeof v === "number" ? toISO(v) : v);

describe("the catalogue", () => {
  it("describes each function once, in Vietnamese, with ASCII capital names", () => {
    const ids = catalogue.map((f) => f.id);
    expect(new Set(ids).size).toBe(ids.length);
    for (const f of catalogue) {
      expect(f.id).toMatch(/^[A-Z0-9]+$/);
      expect(f.description.normalize("NFC")).toBe(f.description);
      expect(f.description.length).toBeGreaterThan(10);
      for (const p of f.params) {
        expect(p.id).toMatch(/^[a-z_]+$/);
        expect(p.description.length).toBeGreaterThan(5);
      }
      // optional parameters come last
      const firstOptional = f.params.findIndex((p) => p.optional);
      if (firstOptional >= 0) expect(f.params.slice(firstOptional).every((p) => p.optional)).toBe(true);
    }
    expect(ids).toEqual(expect.arrayContaining(["HANXULY", "NGAYLAMVIEC", "LANGAYLAMVIEC", "THOIHAN", "TRANGTHAI", "AMLICH"]));
  });
});

describe("HANXULY", () => {
  it("skips Tết 2025: 5 working days after Friday 24/01/2025 is Friday 07/02/2025", () => {
    expect(iso(evaluate(fn("HANXULY"), ["24/01/2025", 5]))).toBe("2025-02-07");
    expect(iso(evaluate(fn("HANXULY"), [serial(2025, 1, 24), 5]))).toBe("2025-02-07");
  });

  it("takes a whole column and spills, one result per row", () => {
    const out = evaluate(fn("HANXULY"), [[[serial(2025, 1, 24)], [serial(2025, 4, 25)], [""]], 5]);
    expect(Array.isArray(out)).toBe(true);
    const rows = out as unknown[][];
    expect(rows.length).toBe(3);
    expect(iso(rows[0][0])).toBe("2025-02-07");
    // 25/04/2025 Fri; Sat 26/04 is a make-up working day; 30/04, 01/05, 02/05 off
    expect(iso(rows[1][0])).toBe("2025-05-06");
    expect(rows[2][0]).toBeInstanceOf(CellError);
  });

  it("counts the unit's extra days off", () => {
    const extra: CellArg = [[serial(2025, 2, 3)], [null]];
    expect(iso(evaluate(fn("HANXULY"), ["24/01/2025", 5, extra]))).toBe("2025-02-10");
  });

  it("rejects bad arguments with a Vietnamese message, never a number", () => {
    for (const args of [["31/02/2025", 5], ["24/01/2025", 2.5], ["24/01/2025", "năm"], ["24/01/2025", 1e9], [true, 1], ["#N/A", 1]] as CellArg[][]) {
      const r = evaluate(fn("HANXULY"), args);
      expect(r).toBeInstanceOf(CellError);
      expect((r as CellError).message).toMatch(/[àáảãạăâđêôơư]/);
    }
  });

  it("refuses ranges of different shapes", () => {
    const r = evaluate(fn("HANXULY"), [[[1], [2]], [[1], [2], [3]]]);
    expect(r).toBeInstanceOf(CellError);
  });
});

describe("NGAYLAMVIEC and LANGAYLAMVIEC", () => {
  it("counts February 2025 (no make-up Saturday: issue 10 §6) and April 2025 with its make-up Saturday 26/04", () => {
    expect(evaluate(fn("NGAYLAMVIEC"), ["01/02/2025", "28/02/2025"])).toBe(20);
    expect(evaluate(fn("NGAYLAMVIEC"), ["28/02/2025", "01/02/2025"])).toBe(-20);
    expect(evaluate(fn("NGAYLAMVIEC"), ["01/04/2025", "30/04/2025"])).toBe(21);
  });

  it("knows working and non-working days", () => {
    expect(evaluate(fn("LANGAYLAMVIEC"), ["26/04/2025"])).toBe(true);
    expect(evaluate(fn("LANGAYLAMVIEC"), ["15/02/2025"])).toBe(false);
    expect(evaluate(fn("LANGAYLAMVIEC"), ["30/04/2025"])).toBe(false);
    expect(evaluate(fn("LANGAYLAMVIEC"), ["02/05/2025"])).toBe(false);
  });
});

describe("THOIHAN, TRANGTHAI, AMLICH", () => {
  it("reads due dates from schedule texts", () => {
    expect(iso(evaluate(fn("THOIHAN"), ["Quý I năm 2023"]))).toBe("2023-03-31");
    expect(iso(evaluate(fn("THOIHAN"), ["Trước ngày 05/12/2025"]))).toBe("2025-12-05");
    expect(iso(evaluate(fn("THOIHAN"), ["Trong nam 2025"]))).toBe("2025-12-31");
    const cont = evaluate(fn("THOIHAN"), ["Thường xuyên"]);
    expect(cont).toBeInstanceOf(CellError);
    expect((cont as CellError).kind).toBe("na");
  });

  it("gives the status of a task as of a reporting date", () => {
    expect(evaluate(fn("TRANGTHAI"), ["Quý I/2025", "05/04/2025", "30/06/2025"])).toBe(STATUS_LABELS.doneLate);
    expect(evaluate(fn("TRANGTHAI"), ["Quý I/2025", "31/03/2025", "30/06/2025"])).toBe(STATUS_LABELS.doneOnTime);
    expect(evaluate(fn("TRANGTHAI"), [serial(2025, 12, 5), "", "30/06/2025"])).toBe(STATUS_LABELS.pending);
    expect(evaluate(fn("TRANGTHAI"), ["Trước ngày 05/12/2025", null, "06/12/2025"])).toBe(STATUS_LABELS.overdue);
    expect(evaluate(fn("TRANGTHAI"), ["Thường xuyên", null, "06/12/2025"])).toBe(STATUS_LABELS.noDueDate);
  });

  it("gives the Vietnamese lunar date", () => {
    expect(evaluate(fn("AMLICH"), ["29/01/2025"])).toBe("01/01/2025 (Ất Tỵ)");
  });

  it("never throws, whatever a host passes", () => {
    const cell = fc.oneof(fc.string(), fc.integer(), fc.double(), fc.boolean(), fc.constant(null), fc.date({ noInvalidDate: false }));
    const arg = fc.oneof(cell, fc.array(fc.array(cell, { minLength: 1, maxLength: 3 }), { minLength: 1, maxLength: 3 }));
    fc.assert(
      fc.property(fc.constantFrom(...catalogue), fc.array(arg, { maxLength: 5 }), (f, args) => {
        evaluate(f, args as CellArg[]);
      }),
      { numRuns: 500 },
    );
  });
});
