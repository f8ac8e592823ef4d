import { CellError, evaluate, findFunction } from "@cchc/core";
import { beforeAll, describe, expect, it } from "vitest";
import { type CaseExpect, functionCases } from "../shared/functionCases.js";
import { callSheets, expectedInSheets, normalCore, type Normal, toCore, toSheets } from "./caseValues.js";
import { loadScript, type Loaded } from "./loadScript.js";

let s: Loaded;
beforeAll(() => {
  s = loadScript();
});

/** The expectation in the comparable form of caseValues (errors: any message). */
function matches(actual: Normal, expected: CaseExpect): boolean {
  if ("grid" in expected) {
    return Array.isArray(actual) && actual.length === expected.grid.length && expected.grid.every((row, r) => Array.isArray(actual[r]) && row.every((e, c) => matches((actual[r] as Normal[])[c], e)));
  }
  if ("error" in expected) return typeof actual === "object" && actual !== null && !Array.isArray(actual) && "error" in actual;
  if ("date" in expected) return actual === expected.date;
  return actual === expected.value;
}

describe("shared function cases (test/shared/functionCases.ts): Apps Script = core = expected", () => {
  for (const c of functionCases) {
    it(`${c.name}: CCHC_${c.id}`, () => {
      const spec = findFunction(c.id);
      expect(spec, c.id).toBeDefined();
      const coreRaw = evaluate(spec!, c.args.map((a) => toCore(a as never)));
      const core = normalCore(coreRaw, spec!.result === "date");
      const sheets = callSheets(s.g[`CCHC_${c.id}`], c.args.map((a) => toSheets(a as never)));
      expect(sheets).toEqual(expectedInSheets(spec!, c.args as never, core));
      expect(matches(sheets, c.expect), JSON.stringify(sheets)).toBe(true);
      if ("error" in c.expect) expect((coreRaw as CellError).kind).toBe(c.expect.error);
    });
  }
});
