// Excel: HANXULY's 4th parameter "giờ chốt nhận" in the built functions.json and the functions bundle.
// Excel passes a date-time cell as a serial with a fraction (24/01/2025 16:30 = 45681.6875) and a
// time cell as a fraction of a day (15:00 = 0.625); an omitted argument as null.
import { EXCEL_SERIAL_OF_EPOCH, dayFromYMD } from "@cchc/core";
import { readFileSync } from "node:fs";
import vm from "node:vm";
import { beforeAll, describe, expect, it } from "vitest";
import { DIST, buildDist } from "../buildDist.js";

type Fn = (...args: unknown[]) => unknown[][];
let hanxuly: Fn;
let meta: { functions: { id: string; parameters: { name: string; description: string; optional?: boolean }[] }[] };

beforeAll(() => {
  buildDist();
  meta = JSON.parse(readFileSync(`${DIST}functions.json`, "utf8"));
  const associated = new Map<string, Fn>();
  class CFError {
    constructor(
      readonly code: string,
      readonly message?: string,
    ) {}
  }
  const sandbox = {
    CustomFunctions: { associate: (id: string, fn: Fn) => associated.set(id, fn), Error: CFError, ErrorCode: { invalidValue: "#VALUE!", notAvailable: "#N/A", invalidNumber: "#NUM!" } },
    Office: { context: { requirements: { isSetSupported: () => false } } },
    console,
  };
  vm.createContext(sandbox);
  vm.runInContext(readFileSync(`${DIST}functions.js`, "utf8"), sandbox);
  hanxuly = associated.get("HANXULY")!;
}, 120_000);

const serial = (y: number, m: number, d: number) => dayFromYMD(y, m, d) + EXCEL_SERIAL_OF_EPOCH;

describe("CCHC.HANXULY with a receipt cut-off in Excel", () => {
  it("functions.json declares gio_chot as an optional 4th parameter with its whole Vietnamese help", () => {
    const f = meta.functions.find((x) => x.id === "HANXULY")!;
    expect(f.parameters.map((p) => p.name)).toEqual(["ngay_nhan", "so_ngay", "ngay_nghi_them", "gio_chot"]);
    expect(f.parameters[3].optional).toBe(true);
    expect(f.parameters[3].description).toBe(
      'Giờ chốt nhận: Tùy chọn: ví dụ "15:00": hồ sơ nhận sau giờ này tính từ ngày làm việc tiếp theo. Để trống: không có giờ chốt.',
    );
  });

  it("24/01/2025 16:30 (45681.6875) with cut-off 0.625 → 10/02/2025; at 15:00 → 07/02/2025; omitted cut-off → 07/02/2025", () => {
    expect(serial(2025, 1, 24)).toBe(45681);
    expect(hanxuly([[45681.6875]], [[5]], null, [[0.625]])).toEqual([[serial(2025, 2, 10)]]);
    expect(hanxuly([[45681.625]], [[5]], null, [[0.625]])).toEqual([[serial(2025, 2, 7)]]);
    expect(hanxuly([[45681.6875]], [[5]], null, null)).toEqual([[serial(2025, 2, 7)]]);
    expect(hanxuly([[45681.6875]], [[5]])).toEqual([[serial(2025, 2, 7)]]);
  });

  it("a column with per-row cut-offs (Excel passes empty cells of a range as \"\")", () => {
    const out = hanxuly([[45681.6875], [45681.6875], [serial(2025, 2, 22) + 16.5 / 24]], [[5]], null, [["15:00"], [""], ["15h"]]);
    expect(out).toEqual([[serial(2025, 2, 10)], [serial(2025, 2, 7)], [serial(2025, 3, 3)]]);
  });

  it("a cut-off that is not a time is #VALUE! with a Vietnamese message", () => {
    const [[cell]] = hanxuly([[45681.6875]], [[5]], null, [["25:00"]]) as { code: string; message: string }[][];
    expect(cell.code).toBe("#VALUE!");
    expect(cell.message).toMatch(/^Giờ chốt nhận: Giờ "25:00" không hợp lệ/);
  });
});
