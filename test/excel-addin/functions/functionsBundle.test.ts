// dist/functions.js in a Node vm (no DOM) with CustomFunctions/Office stand-ins: every catalogue
// function is associated and gives the same results as core's evaluate on the shared cases.
import { CellError, EXCEL_SERIAL_OF_EPOCH, catalogue, dayFromYMD, evaluate, type CellArg } from "@cchc/core";
import { readFileSync } from "node:fs";
import vm from "node:vm";
import { beforeAll, describe, expect, it } from "vitest";
import { functionCases, type CaseArg, type CaseExpect } from "../../shared/functionCases.js";
import { DIST, buildDist } from "../buildDist.js";

class CFError {
  constructor(
    readonly code: string,
    readonly message?: string,
  ) {}
}
const ErrorCode = { invalidValue: "#VALUE!", notAvailable: "#N/A", invalidNumber: "#NUM!", divisionByZero: "#DIV/0!", nullReference: "#NULL!" };
const CODE_OF = { value: "#VALUE!", num: "#NUM!", na: "#N/A" } as const;

type Fn = (...args: unknown[]) => unknown[][];

/** Load the bundle in a fresh vm context; the fake host reports ExcelApi `excelApi` and CustomFunctionsRuntime `cfRuntime`. */
function loadBundle(excelApi: string | null, cfRuntime = "1.3"): Map<string, Fn> {
  const sets: Record<string, string | null> = { ExcelApi: excelApi, CustomFunctionsRuntime: cfRuntime };
  const associated = new Map<string, Fn>();
  const sandbox: Record<string, unknown> = {
    CustomFunctions: { associate: (id: string, fn: Fn) => associated.set(id, fn), Error: CFError, ErrorCode },
    Office: {
      context: {
        requirements: { isSetSupported: (name: string, v: string) => sets[name] != null && Number(sets[name]) >= Number(v) },
      },
    },
    console,
  };
  vm.createContext(sandbox);
  vm.runInContext(readFileSync(`${DIST}functions.js`, "utf8"), sandbox, { filename: "functions.js" });
  return associated;
}

/** Excel serial of "YYYY-MM-DD", or of a date-time cell "YYYY-MM-DDTHH:mm" (the time is the fraction). */
const serial = (iso: string) => {
  const [date, time = "00:00"] = iso.split("T");
  const [y, m, d] = date.split("-").map(Number);
  const [h, mi] = time.split(":").map(Number);
  return dayFromYMD(y, m, d) + EXCEL_SERIAL_OF_EPOCH + (h * 60 + mi) / 1440;
};
/** Host form of a case argument (Excel passes dates as serials, ranges as any[][]). */
const hostArg = (a: CaseArg): unknown =>
  Array.isArray(a) ? a.map((r) => r.map(hostArg)) : a !== null && typeof a === "object" ? serial(a.date) : a;

function expectCell(cell: unknown, e: CaseExpect, formatted: boolean) {
  if ("grid" in e) throw new Error("nested grid");
  if ("error" in e) {
    expect(cell).toBeInstanceOf(CFError);
    expect((cell as CFError).code).toBe(CODE_OF[e.error]);
    expect((cell as CFError).message ?? "").toMatch(/\p{L}/u);
    expect(((cell as CFError).message ?? "").length).toBeLessThanOrEqual(255);
  } else if ("date" in e) {
    if (formatted) expect(cell).toEqual({ type: "Double", basicValue: serial(e.date), numberFormat: "dd/mm/yyyy" });
    else expect(cell).toBe(serial(e.date));
  } else expect(cell).toBe(e.value);
}

function expectResult(result: unknown[][], e: CaseExpect, formatted = false) {
  if ("grid" in e) {
    expect(result.length).toBe(e.grid.length);
    e.grid.forEach((row, r) => row.forEach((cell, c) => expectCell(result[r][c], cell, formatted)));
  } else {
    expect(result.length).toBe(1);
    expect(result[0].length).toBe(1);
    expectCell(result[0][0], e, formatted);
  }
}

let plain: Map<string, Fn>;
let formatted: Map<string, Fn>;
let perpetual2024: Map<string, Fn>;
beforeAll(() => {
  buildDist();
  plain = loadBundle("1.12", "1.1");
  formatted = loadBundle("1.17", "1.4");
  perpetual2024 = loadBundle("1.16", "1.3");
}, 120_000);

describe("dist/functions.js in a vm without the DOM", () => {
  it("associates exactly the catalogue's ids", () => {
    expect([...plain.keys()].sort()).toEqual(catalogue.map((f) => f.id).sort());
  });

  it("never touches window or document", () => {
    const src = readFileSync(`${DIST}functions.js`, "utf8");
    expect(src).not.toMatch(/\bdocument\.|\bwindow\./);
  });

  for (const c of functionCases) {
    it(`${c.name}`, () => {
      const fn = plain.get(c.id)!;
      expect(fn).toBeTypeOf("function");
      const result = fn(...c.args.map(hostArg));
      expectResult(result, c.expect);
      // same as core's evaluate, converted the same way
      const direct = evaluate(catalogue.find((f) => f.id === c.id)!, c.args.map(hostArg) as CellArg[]);
      const grid = Array.isArray(direct) ? direct : [[direct]];
      grid.forEach((row, r) =>
        row.forEach((v, col) => {
          const got = result[r][col];
          if (v instanceof CellError) expect((got as CFError).message).toBe(v.message);
          else if (catalogue.find((f) => f.id === c.id)!.result === "date") expect(got).toBe((v as number) + EXCEL_SERIAL_OF_EPOCH);
          else expect(got).toBe(v);
        }),
      );
    });
  }

  it("returns dates formatted dd/mm/yyyy where custom functions take data types (CustomFunctionsRuntime 1.4)", () => {
    for (const c of functionCases.filter((x) => x.id === "HANXULY" || x.id === "THOIHAN")) {
      expectResult(formatted.get(c.id)!(...c.args.map(hostArg)), c.expect, true);
    }
  });

  it("returns plain serials on Office 2024 perpetual (ExcelApi 1.16 without CustomFunctionsRuntime 1.4)", () => {
    for (const c of functionCases.filter((x) => x.id === "HANXULY" || x.id === "THOIHAN")) {
      const got = perpetual2024.get(c.id)!(...c.args.map(hostArg));
      expectResult(got, c.expect);
      expect(got.flat().some((v) => typeof v === "object" && v !== null && (v as { type?: string }).type === "Double")).toBe(false);
    }
  });

  it("spills over a whole column of 10,000 rows in one call", () => {
    const col = Array.from({ length: 10_000 }, (_, i) => [serial("2025-01-02") + (i % 300)]);
    const t = performance.now();
    const out = plain.get("HANXULY")!(col, [[5]]);
    const ms = performance.now() - t;
    expect(out.length).toBe(10_000);
    expect(out[0][0]).toBe(serial("2025-01-09"));
    expect(ms).toBeLessThan(2000);
  });

  it("turns an unexpected exception into #VALUE! with a Vietnamese message", () => {
    const out = plain.get("HANXULY")!({ toString: () => { throw new Error("hỏng"); } }, 5);
    expect(out[0][0]).toBeInstanceOf(CFError);
    expect((out[0][0] as CFError).code).toBe("#VALUE!");
  });
});
