// Numbering conventions (issue 10 §3): task numbers restart in each Roman section, or run on
// across sections (1 … 140 straight through), with or without a trailing dot. Only real gaps,
// repeats and reversals are reported, under whichever convention the table follows.
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { numberingConvention } from "../../../core/src/appendix/numbering.js";
import { readAppendix } from "../../../core/src/appendix/readTable.js";
import type { AppendixTable } from "../../../core/src/appendix/types.js";
import { validateAppendix } from "../../../core/src/appendix/validate.js";
import { readFixture607 } from "../helpers/csv.js";

type Row = (string | number | null)[];
const HEADER: Row = ["STT", "Nội dung nhiệm vụ", "Cơ quan chủ trì", "Thời gian hoàn thành"];

/** A table of sections, each a list of STT cells. */
function table(sections: (string | number)[][]): Row[] {
  const rows: Row[] = [HEADER];
  const romans = ["I", "II", "III", "IV", "V", "VI", "VII", "VIII", "IX", "X"];
  sections.forEach((stts, k) => {
    rows.push([romans[k]!, `Mục ${k + 1}`, null, null]);
    for (const s of stts) rows.push([s, `Nhiệm vụ ${s}`, "Sở Tư pháp", "Quý IV/2025"]);
  });
  return rows;
}

const numberingFindings = (rows: Row[]) =>
  [...validateAppendix(rows, { planYear: 2025 }).errors, ...validateAppendix(rows, { planYear: 2025 }).warnings]
    .filter((f) => f.code === "stt-sequence" || f.code === "duplicate-stt")
    .map((f) => [f.code, f.row]);

const read = (rows: Row[]): AppendixTable => {
  const t = readAppendix(rows);
  if ("error" in t) throw new Error(t.error);
  return t;
};

describe("running numbering across Roman sections", () => {
  it("1 … 140 straight through 7 sections is normal: no finding", () => {
    const sizes = [20, 25, 15, 30, 10, 22, 18];
    let n = 0;
    const rows = table(sizes.map((k) => Array.from({ length: k }, () => ++n)));
    expect(n).toBe(140);
    expect(numberingFindings(rows)).toEqual([]);
    expect(numberingConvention(read(rows))).toBe("running");
    expect(validateAppendix(rows, { planYear: 2025 }).stats.tasks).toBe(140);
  });

  it("with a trailing dot ('14.') too", () => {
    expect(numberingFindings(table([["1.", "2."], ["3.", "4.", "5."], ["6."]]))).toEqual([]);
    expect(numberingFindings(table([["1.", "2"], ["3", "4."]]))).toEqual([]);
  });

  it("restarting in each section is normal too", () => {
    const rows = table([[1, 2], [1, 2, 3], [1]]);
    expect(numberingFindings(rows)).toEqual([]);
    expect(numberingConvention(read(rows))).toBe("restart");
  });

  it("a real gap under the running convention is a warning at its row", () => {
    // rows: 1 header, 2 I, 3 "1", 4 "2", 5 II, 6 "3", 7 "5" (4 missing), 8 III, 9 "6"
    expect(numberingFindings(table([[1, 2], [3, 5], [6]]))).toEqual([["stt-sequence", 7]]);
  });

  it("a repeat under the running convention is a duplicate-stt error; a reversal a warning", () => {
    // 1 2 | 3 4 | 4 5 6 (row 9 repeats 4)
    expect(numberingFindings(table([[1, 2], [3, 4], [4, 5, 6]]))).toEqual([["duplicate-stt", 9]]);
    // 1 2 3 | 5 4 | 6 7: 5 skips 4 (gap), then 4 goes back (reversal under running)
    const f = numberingFindings(table([[1, 2, 3], [5, 4], [6, 7]]));
    expect(f).toEqual([
      ["stt-sequence", 7],
      ["stt-sequence", 8],
    ]);
  });

  it("a gap under the restart convention is still reported", () => {
    expect(numberingFindings(table([[1, 2, 3], [1, 3], [1, 2]]))).toEqual([["stt-sequence", 8]]);
  });

  it("sub-tasks under running numbers: 15.1 sits under 15", () => {
    expect(numberingFindings(table([[1, 2], [3, "3.1", "3.2", 4]]))).toEqual([]);
  });

  it("the 607 fixture keeps its restart convention and no numbering finding", () => {
    const t = read(readFixture607());
    expect(numberingConvention(t)).toBe("restart");
    const r = validateAppendix(readFixture607(), { planYear: 2025 });
    expect(r.warnings.filter((w) => w.code === "stt-sequence")).toEqual([]);
  });
});

describe("running numbering across parts A, B (Đắk Lắk PL III)", () => {
  /** A table of letter parts, each a list of STT cells. */
  function parts(list: (string | number)[][]): Row[] {
    const rows: Row[] = [HEADER];
    list.forEach((stts, k) => {
      rows.push(["ABCDEFGH".charAt(k), `PHẦN ${k + 1}`, null, null]);
      for (const s of stts) rows.push([s, `Dự án ${s}`, "Sở Tư pháp", "2026"]);
    });
    return rows;
  }

  it("1 under A, 2 … 6 under B is normal: no finding", () => {
    const rows = parts([[1], [2, 3, 4, 5, 6]]);
    expect(numberingFindings(rows)).toEqual([]);
    expect(numberingConvention(read(rows))).toBe("runningAcrossParts");
  });

  it("restarting in each part stays the restart convention", () => {
    const rows = parts([[1, 2], [1, 2, 3]]);
    expect(numberingFindings(rows)).toEqual([]);
    expect(numberingConvention(read(rows))).toBe("restart");
  });

  it("the slips of PL III (5, 5, 7, 6, 7) are flagged, the part boundary is not", () => {
    // rows: 1 header, 2 A, 3 "1", 4 B, 5 "2", 6 "3", 7 "4", 8 "5", 9 "5", 10 "7", 11 "6", 12 "7", 13 "8"
    expect(numberingFindings(parts([[1], [2, 3, 4, 5, 5, 7, 6, 7, 8]]))).toEqual([
      ["duplicate-stt", 9],
      ["duplicate-stt", 12],
      ["stt-sequence", 10],
      ["stt-sequence", 11],
    ]);
  });

  it("Roman sections that run on inside parts that restart keep the running convention", () => {
    const rows: Row[] = [HEADER, ["A", "PHẦN A", null, null], ["I", "Mục I", null, null], [1, "Việc 1", "Sở Tư pháp", "2026"], ["II", "Mục II", null, null], [2, "Việc 2", "Sở Tư pháp", "2026"],
      ["B", "PHẦN B", null, null], ["I", "Mục I", null, null], [1, "Việc 1", "Sở Tư pháp", "2026"], ["II", "Mục II", null, null], [2, "Việc 2", "Sở Tư pháp", "2026"]];
    expect(numberingFindings(rows)).toEqual([]);
    expect(numberingConvention(read(rows))).toBe("running");
  });
});

describe("properties", () => {
  const sizes = fc.array(fc.integer({ min: 1, max: 8 }), { minLength: 1, maxLength: 6 });
  const dot = fc.boolean();

  it("consistent running or restart numbering (dot or no dot) never gets a numbering finding", () => {
    fc.assert(
      fc.property(sizes, dot, fc.boolean(), (ks, withDot, running) => {
        let n = 0;
        const stt = (v: number) => (withDot ? `${v}.` : v);
        const sections = ks.map((k) => Array.from({ length: k }, (_, j) => stt(running ? ++n : j + 1)));
        expect(numberingFindings(table(sections))).toEqual([]);
      }),
      { numRuns: 60 },
    );
  });

  it("removing one task number from a consistent table (not the last) gives exactly one finding", () => {
    fc.assert(
      fc.property(sizes, fc.boolean(), fc.nat(), (ks, running, pick) => {
        let n = 0;
        const sections = ks.map((k) => Array.from({ length: k }, (_, j) => (running ? ++n : j + 1)));
        const flat = sections.flatMap((s, si) => s.map((_, ti) => [si, ti] as const));
        if (flat.length < 3) return;
        // drop a task that is neither the first nor the last of the whole table
        const [si, ti] = flat[1 + (pick % (flat.length - 2))]!;
        // restart: dropping a section's last number leaves no gap, and dropping its "1" may leave a
        // table that runs on consistently ([1] [1, 2] → [1] [2]): both are not errors
        if (!running && (ti === sections[si]!.length - 1 || ti === 0)) return;
        sections[si]!.splice(ti, 1);
        expect(numberingFindings(table(sections.filter((s) => s.length > 0)))).toHaveLength(1);
      }),
      { numRuns: 60 },
    );
  });
});
