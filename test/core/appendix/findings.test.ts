import { FINDING_CODES, FINDING_SEVERITY, finding, validateAppendix } from "@cchc/core";
import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { parseCsv } from "../../../cli/src/files/inputs/readCsv.js";

describe("one severity table, one factory", () => {
  it("the factory takes the severity from the table", () => {
    expect(finding({ code: "missing-lead", row: 9, column: "C", message: "x" })).toEqual({ code: "missing-lead", severity: "error", row: 9, column: "C", message: "x" });
    expect(finding({ code: "legacy-encoding", row: 2, column: "B", message: "y", fix: "z" }).severity).toBe("warning");
    expect(FINDING_CODES).toHaveLength(32); // 17 of issue 3, 3 of the real-tables issue, 12 of self-assessment scoring
  });
  it("every finding of a real appendix carries its code's severity from the table", () => {
    const rows = parseCsv(readFileSync(`${__dirname}/../../fixtures/ke-hoach-607-phu-luc.csv`, "utf8")).rows;
    const r = validateAppendix(rows, { planYear: 2025 });
    const all = [...r.errors, ...r.warnings, ...r.infos];
    expect(all.length).toBe(24); // 18 warnings and 6 infos, as the README's demo shows
    for (const f of all) expect(f.severity, f.code).toBe(FINDING_SEVERITY[f.code]);
  });
});
