// DIEMTIEUCHI through the catalogue's evaluate, as both hosts call it: single cells and columns.
import { describe, expect, it } from "vitest";
import { evaluate } from "../../../core/src/catalogue/evaluate.js";
import { findFunction } from "../../../core/src/catalogue/functions.js";
import { CellError } from "../../../core/src/catalogue/types.js";

const spec = findFunction("DIEMTIEUCHI")!;
const TIERS = "Từ 90% trở lên: 2 điểm; Từ 70% đến dưới 90%: 1 điểm; Dưới 70%: 0 điểm";

describe("DIEMTIEUCHI(kết quả; cách tính điểm; điểm tối đa)", () => {
  it("scores one cell: a percent cell, percent text, a label, yes/no", () => {
    expect(evaluate(spec, [0.92, TIERS, 2])).toBe(2);
    expect(evaluate(spec, ["89,9%", TIERS, 2])).toBe(1);
    expect(evaluate(spec, ["Đúng thời hạn", "Ban hành đúng thời hạn: 1 điểm; Ban hành chậm: 0,5 điểm; Không ban hành: 0 điểm"])).toBe(1);
    expect(evaluate(spec, ["Đạt", "Đạt yêu cầu: 0,5; Không đạt: 0"])).toBe(0.5);
    expect(evaluate(spec, [true, "Có: 1 điểm; Không: 0 điểm"])).toBe(1);
    expect(evaluate(spec, [0.56, "Từ 70% trở lên: điểm tối đa; Dưới 70%: tỷ lệ × điểm tối đa ÷ 70%", 2])).toBeCloseTo(1.6, 12);
    expect(evaluate(spec, ["96%", "Tỷ lệ × điểm tối đa", "2"])).toBeCloseTo(1.92, 12);
  });

  it("reads a date cell (an Excel serial, a Sheets date) against a rule by date", () => {
    const rule = "Ban hành trước ngày 31/03/2025: 0,5 điểm; Ban hành sau ngày 31/03/2025: 0,25 điểm; Không ban hành: 0 điểm";
    const serial = Date.UTC(2025, 2, 31) / 86_400_000 + 25569;
    expect(evaluate(spec, [serial, rule])).toBe(0.5);
    expect(evaluate(spec, [serial + 1, rule])).toBe(0.25);
    expect(evaluate(spec, [new Date(Date.UTC(2025, 3, 1)), rule])).toBe(0.25);
    expect(evaluate(spec, ["Không ban hành", rule])).toBe(0);
  });

  it("spills over columns of evidence, rules and maxima", () => {
    const out = evaluate(spec, [[[0.95], [0.75], [0.5], [null]], [[TIERS], [TIERS], [TIERS], [TIERS]], [[2], [2], [2], [2]]]) as unknown[][];
    expect(out.slice(0, 3)).toEqual([[2], [1], [0]]);
    expect(out[3][0]).toBeInstanceOf(CellError);
    expect((out[3][0] as CellError).kind).toBe("na");
  });

  it("says in Vietnamese why it cannot score, never a guess", () => {
    const unparsed = evaluate(spec, ["95%", "Hội đồng xem xét", 2]) as CellError;
    expect(unparsed).toBeInstanceOf(CellError);
    expect(unparsed.message).toContain("Chưa đọc được cách tính điểm");
    const noMax = evaluate(spec, ["95%", "Tỷ lệ × điểm tối đa"]) as CellError;
    expect(noMax.message).toContain("điểm tối đa");
    const unreadable = evaluate(spec, ["chưa thống kê", TIERS, 2]) as CellError;
    expect(unreadable.message).toContain('"chưa thống kê" không phải là một tỷ lệ');
    expect((evaluate(spec, ["95%", TIERS, -1]) as CellError).kind).toBe("num");
  });
});
