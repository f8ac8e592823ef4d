import { describe, expect, it } from "vitest";
import { validateAppendix, type ValidationReport } from "../../../core/src/appendix/validate.js";
import { unicodeToTcvn3, unicodeToVni } from "../../../core/src/text/legacyEncoding.js";
import { stripDiacritics } from "../../../core/src/text/normalize.js";
import { readFixture607 } from "../helpers/csv.js";

/** Codes with row and column, legacy-encoding warnings left out. */
function shape(r: ValidationReport): string[] {
  return [...r.errors, ...r.warnings, ...r.infos]
    .filter((f) => f.code !== "legacy-encoding")
    .map((f) => `${f.code}@${f.column ?? ""}${f.row}`)
    .sort();
}

function mapCells(grid: (string | null)[][], f: (s: string) => string): (string | null)[][] {
  return grid.map((row) => row.map((v) => (v === null ? null : f(v))));
}

describe("the 607 appendix typed differently validates the same way", () => {
  const grid = readFixture607();
  const reference = validateAppendix(grid, { planYear: 2025 });
  const refShape = shape(reference);
  const refLeads = reference.tasks.map((t) => [t.row, t.stt, t.deadline.kind, t.deadline.due, t.lead === null]);

  it("reference: no legacy-encoding warnings in the Unicode original", () => {
    expect(reference.warnings.filter((w) => w.code === "legacy-encoding")).toEqual([]);
    expect(refShape.filter((s) => s.startsWith("unnumbered-row"))).toEqual(["unnumbered-row@A68", "unnumbered-row@A69"]);
  });

  const variants: [string, (s: string) => string, boolean][] = [
    ["without diacritics", stripDiacritics, false],
    ["in NFD", (s) => s.normalize("NFD"), true],
    ["in TCVN3 (.VnTime)", unicodeToTcvn3, true],
    ["in VNI Windows", unicodeToVni, true],
  ];

  for (const [name, encode, flagged] of variants) {
    it(name, () => {
      const r = validateAppendix(mapCells(grid, encode), { planYear: 2025 });
      expect(r.error).toBeUndefined();
      expect(r.stats.tasks).toBe(74);
      expect(r.stats.sections).toBe(23);
      expect(r.errors).toEqual([]);
      expect(shape(r)).toEqual(refShape);
      expect(r.tasks.map((t) => [t.row, t.stt, t.deadline.kind, t.deadline.due, t.lead === null])).toEqual(refLeads);
      const legacy = r.warnings.filter((w) => w.code === "legacy-encoding");
      if (flagged) {
        // Every cell with a Vietnamese letter outside ASCII is flagged once, with its Unicode form.
        expect(legacy.length).toBeGreaterThan(300);
        for (const w of legacy) {
          expect(w.fix).toBe(w.fix!.normalize("NFC"));
          expect(w.message).toContain(`${w.column}${w.row}`);
        }
      } else {
        expect(legacy).toEqual([]);
      }
    });
  }

  it("TCVN3 and NFD convert back to the original text (leads and task texts)", () => {
    for (const encode of [(s: string) => s.normalize("NFD"), unicodeToVni]) {
      const r = validateAppendix(mapCells(grid, encode), { planYear: 2025 });
      expect(r.tasks.map((t) => [t.task, t.lead, t.partners])).toEqual(reference.tasks.map((t) => [t.task, t.lead, t.partners]));
    }
    const t = validateAppendix(mapCells(grid, unicodeToTcvn3), { planYear: 2025 });
    // TCVN3 has no capitals with tone marks ("Ứng" was typed "øng"): compare case-insensitively.
    expect(t.tasks.map((x) => [x.task.toLowerCase(), x.lead?.toLowerCase() ?? null])).toEqual(
      reference.tasks.map((x) => [x.task.toLowerCase(), x.lead?.toLowerCase() ?? null]),
    );
  });
});
