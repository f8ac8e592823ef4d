import { catalogue, CellError, evaluate, findFunction } from "@cchc/core";
import { beforeAll, describe, expect, it } from "vitest";
import { callSheets, expectedInSheets, normalCore, toCore, toSheets } from "./caseValues.js";
import { dossierCases, functionCases } from "./functionCases.js";
import { builtScript, loadScript, type Loaded } from "./loadScript.js";

let s: Loaded;
beforeAll(() => {
  s = loadScript();
});

describe("built Code.js: top-level functions", () => {
  it("declares every catalogue function as a top-level CCHC_<ID> function with @customfunction JSDoc", () => {
    const { code } = builtScript();
    expect(catalogue.length).toBeGreaterThanOrEqual(6);
    for (const spec of catalogue) {
      expect(typeof s.g[`CCHC_${spec.id}`], spec.id).toBe("function");
      const params = spec.params.map((p) => p.id).join(", ");
      expect(code).toContain(`function CCHC_${spec.id}(${params})`);
      const doc = code.slice(0, code.indexOf(`function CCHC_${spec.id}(`));
      const jsdoc = doc.slice(doc.lastIndexOf("/**"));
      expect(jsdoc).toContain("@customfunction");
      expect(jsdoc).toContain(spec.description.slice(0, 20));
      for (const p of spec.params) expect(jsdoc).toContain(`} ${p.id} `);
    }
  });

  it("declares the menu handlers, onOpen/onInstall and the sidebar endpoints at top level", () => {
    for (const name of ["onOpen", "onInstall", "menuChenMauPhuLuc", "menuKiemTraPhuLuc", "menuTongHopNam", "menuXoaDanhDau", "menuCaiDat", "sidebarLayCaiDat", "sidebarLuuCaiDat"]) {
      expect(typeof s.g[name], name).toBe("function");
    }
  });

  it("TRANGTHAI's Sheets help says TODAY() is not allowed and where the reporting date is", () => {
    const { code } = builtScript();
    const doc = code.slice(0, code.indexOf("function CCHC_TRANGTHAI("));
    const jsdoc = doc.slice(doc.lastIndexOf("/**"));
    expect(jsdoc).toMatch(/không cho dùng TODAY\(\)/);
    expect(jsdoc).toContain("CCHC – Cài đặt");
    expect(jsdoc).not.toContain("có thể dùng TODAY() trong Excel");
  });
});

describe("same results as core's evaluate (shared case table)", () => {
  for (const c of [...functionCases, ...dossierCases]) {
    it(`${c.name}: CCHC_${c.id}`, () => {
      const spec = findFunction(c.id)!;
      const isDate = spec.result === "date";
      const core = normalCore(evaluate(spec, c.args.map(toCore)), isDate);
      const sheets = callSheets(s.g[`CCHC_${c.id}`], c.args.map((a) => toSheets(a)));
      expect(sheets).toEqual(expectedInSheets(spec!, c.args as never, core));
      if (c.expect !== undefined) {
        if (typeof c.expect === "object" && c.expect !== null && "error" in c.expect) {
          const coreRaw = evaluate(spec, c.args.map(toCore));
          expect(coreRaw).toBeInstanceOf(CellError);
          expect((coreRaw as CellError).kind).toBe((c.expect as { error: string }).error);
          expect(sheets).toHaveProperty("error");
        } else {
          expect(sheets).toEqual(c.expect);
        }
      }
    });
  }
});

describe("dates across time zones", () => {
  it("reads and writes calendar days right in a spreadsheet set to America/Los_Angeles and Asia/Tokyo", () => {
    for (const [tz, offset] of [
      ["America/Los_Angeles", -8],
      ["Asia/Tokyo", 9],
      ["UTC", 0],
    ] as const) {
      const t = loadScript({ timeZone: tz });
      const out = callSheets(t.g.CCHC_HANXULY, [toSheets({ date: "2025-01-24" }, offset), 5], offset);
      expect(out, tz).toBe("2025-02-07");
    }
  });

  it("a date-time cell (15:30 on 24/01/2025, Vietnam) counts as 24/01/2025", () => {
    const at1530 = new Date(Date.UTC(2025, 0, 24, 15, 30) - 7 * 3_600_000);
    expect(callSheets(s.g.CCHC_HANXULY, [at1530, 5])).toBe("2025-02-07");
  });

  it("returns one 2-D array for a whole column (one call per column)", () => {
    const col = Array.from({ length: 1000 }, (_, i) => [new Date(Date.UTC(2025, 0, 2 + (i % 300)) - 7 * 3_600_000)]);
    const out = s.g.CCHC_HANXULY(col, 5) as unknown[][];
    expect(out).toHaveLength(1000);
    expect(out.every((r) => r.length === 1 && Object.prototype.toString.call(r[0]) === "[object Date]")).toBe(true);
  });

  it("an open-ended range (=CCHC_HANXULY(C2:C; 15)) gives blanks below the data, not errors; a partly filled row is computed", () => {
    const col = [[new Date(Date.UTC(2025, 0, 24) - 7 * 3_600_000)], [""], ["abc"], [""], [""]];
    const out = s.g.CCHC_HANXULY(col, 5) as unknown[][];
    expect(out.map((r) => (typeof r[0] === "string" ? r[0].slice(0, 6) : "date"))).toEqual(["date", "", "#LỖI: ", "", ""]);
    // TRANGTHAI: a blank completion date on a filled row is meaningful, so that row is computed
    const st = s.g.CCHC_TRANGTHAI([["Quý I/2025"], [""]], [[""], [""]], "30/06/2025") as unknown[][];
    expect(st).toEqual([["Quá hạn"], [""]]);
  });

  it("a scalar error throws an Error with the Vietnamese message; an error inside an array is '#LỖI: …' text", () => {
    expect(() => s.g.CCHC_HANXULY("31/02/2025", 3)).toThrow(/không tồn tại/);
    const out = s.g.CCHC_HANXULY([["24/01/2025"], ["abc"]], 5) as unknown[][];
    expect(String(out[1][0])).toMatch(/^#LỖI: .*abc/);
    // feeding that error cell to another CCHC function gives an error, not a value
    expect(() => s.g.CCHC_LANGAYLAMVIEC(out[1][0])).toThrow(/có lỗi/);
    const again = s.g.CCHC_LANGAYLAMVIEC([[out[0][0]], [out[1][0]]]) as unknown[][];
    expect(again[0][0]).toBe(true);
    expect(String(again[1][0])).toMatch(/^#LỖI: .*có lỗi/);
  });
});
