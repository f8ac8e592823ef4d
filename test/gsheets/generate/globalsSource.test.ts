import { catalogue, findFunction } from "@cchc/core";
import { describe, expect, it } from "vitest";
import { globalsSource, sheetsExample, sheetsParamDescription } from "../../../gsheets/src/generate/globalsSource.js";
import { menuItems, sidebarEndpoints } from "../../../gsheets/src/menu/menuItems.js";

describe("globalsSource", () => {
  it("writes examples with the Sheets names, in every formula of the example", () => {
    expect(sheetsExample(findFunction("HANXULY")!)).toMatch(/^=CCHC_HANXULY\("24\/01\/2025"; 5\)/);
    const ex = sheetsExample(findFunction("DIEM766")!);
    expect(ex).not.toMatch(/CCHC\.DIEM766|=DIEM766/);
    expect(ex.match(/=CCHC_DIEM766\(/g)?.length).toBe(2);
  });
  it("replaces Excel's TODAY() hint by the Sheets note, and marks optional parameters", () => {
    const t = findFunction("TRANGTHAI")!;
    const asOf = t.params.find((p) => p.id === "ngay_bao_cao")!;
    expect(sheetsParamDescription(t, asOf)).not.toMatch(/có thể dùng TODAY\(\) trong Excel/);
    expect(sheetsParamDescription(t, asOf)).toContain(t.sheetsNote);
    expect(sheetsParamDescription(t, t.params.find((p) => p.optional)!)).toMatch(/^Tùy chọn\. [A-ZĐ]/);
  });
  it("never lets a description close the JSDoc comment", () => {
    const spec = { ...findFunction("AMLICH")!, description: "nguy hiểm */ function x() {}" };
    const src = globalsSource([spec], [], []);
    expect(src).not.toContain("nguy hiểm */");
  });
  it("declares one function per catalogue entry, menu item and sidebar endpoint", () => {
    const src = globalsSource(catalogue, menuItems, sidebarEndpoints);
    const names = [...src.matchAll(/^function (\w+)\(/gm)].map((m) => m[1]);
    expect(names).toEqual([
      ...catalogue.map((f) => `CCHC_${f.id}`),
      "onOpen",
      "onInstall",
      "onEdit",
      ...menuItems.map((m) => m.handler),
      ...sidebarEndpoints.map((e) => e.name),
    ]);
  });
});
