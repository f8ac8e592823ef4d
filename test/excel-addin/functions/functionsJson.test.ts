// dist/functions.json (custom-functions-metadata over the generated wrappers) matches the catalogue.
import { catalogue } from "@cchc/core";
import { readFileSync } from "node:fs";
import { beforeAll, describe, expect, it } from "vitest";
import { DIST, buildDist } from "../buildDist.js";

interface Meta {
  allowCustomDataForDataTypeAny?: boolean;
  functions: {
    id: string;
    name: string;
    description: string;
    parameters: { name: string; description: string; dimensionality: string; optional?: boolean; type: string }[];
    result: { dimensionality: string };
  }[];
}

let meta: Meta;
let generated: string;
beforeAll(() => {
  buildDist();
  meta = JSON.parse(readFileSync(`${DIST}functions.json`, "utf8"));
  generated = readFileSync(new URL("../../../excel-addin/src/functions/generated.ts", import.meta.url), "utf8");
}, 120_000);

describe("functions.json", () => {
  it("has one function per catalogue entry, same ids, upper-case names", () => {
    expect(meta.functions.map((f) => f.id)).toEqual(catalogue.map((f) => f.id));
    for (const f of meta.functions) {
      expect(f.name).toBe(f.id);
      expect(f.id).toMatch(/^[A-Z][A-Z0-9.]*$/);
    }
  });

  it("declares every parameter of the catalogue in order, ranges as matrices, optional ones optional", () => {
    for (const spec of catalogue) {
      const f = meta.functions.find((x) => x.id === spec.id)!;
      expect(f.parameters.map((p) => p.name)).toEqual(spec.params.map((p) => p.id));
      spec.params.forEach((p, i) => {
        expect(f.parameters[i].dimensionality).toBe("matrix");
        expect(Boolean(f.parameters[i].optional)).toBe(Boolean(p.optional));
      });
      expect(f.result.dimensionality).toBe("matrix");
    }
  });

  it("allows data types in results, so dates can come back formatted dd/mm/yyyy (DoubleCellValue)", () => {
    expect(meta.allowCustomDataForDataTypeAny).toBe(true);
  });

  it("describes functions and parameters in Vietnamese within Excel's 128 characters", () => {
    for (const f of meta.functions) {
      expect(f.description.length).toBeGreaterThan(10);
      expect(f.description.length).toBeLessThanOrEqual(128);
      expect(f.description).toMatch(/[àáảãạăắằẳẵặâấầẩẫậđèéẻẽẹêếềểễệìíỉĩịòóỏõọôốồổỗộơớờởỡợùúủũụưứừửữựỳýỷỹỵ]/i);
      for (const p of f.parameters) expect(p.description.length).toBeLessThanOrEqual(128);
    }
  });

  it("is generated from the same wrappers that are committed (generated.ts is up to date)", () => {
    for (const spec of catalogue) {
      expect(generated).toContain(`@customfunction ${spec.id} ${spec.id}`);
      expect(generated).toContain(`[${JSON.stringify(spec.id)}, ${spec.id.toLowerCase()}]`);
    }
  });
});
