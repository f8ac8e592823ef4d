import { describe, expect, it } from "vitest";
import { catalogue } from "../../../core/src/catalogue/functions.js";

/** Excel shows a function's and a parameter's description up to 128 characters, and cuts the rest. */
const EXCEL_LIMIT = 128;
const cap = (s: string) => s.charAt(0).toUpperCase() + s.slice(1);

describe("the catalogue's Vietnamese help texts", () => {
  it("fit Excel's 128 characters whole (function descriptions, and 'Tên tham số: mô tả')", () => {
    for (const f of catalogue) {
      expect(f.description.length, f.id).toBeLessThanOrEqual(EXCEL_LIMIT);
      for (const p of f.params) expect(`${cap(p.name)}: ${p.description}`.length, `${f.id} ${p.id}`).toBeLessThanOrEqual(EXCEL_LIMIT);
    }
  });

  it("are NFC Vietnamese with an ASCII capital id", () => {
    for (const f of catalogue) {
      expect(f.id).toMatch(/^[A-Z0-9]+$/);
      for (const t of [f.description, f.example, ...f.params.flatMap((p) => [p.name, p.description])]) expect(t, f.id).toBe(t.normalize("NFC"));
    }
  });
});
