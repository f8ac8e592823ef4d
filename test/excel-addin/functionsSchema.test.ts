// dist/functions.json (what custom-functions-metadata writes) against the extensionCustomFunctions
// definition of Microsoft's unified manifest schema (npm @microsoft/app-manifest, ajv).
import { readFileSync } from "node:fs";
import { beforeAll, describe, expect, it } from "vitest";
import { validateFunctionsJson } from "../shared/schemas.js";
import { buildDist, DIST } from "./buildDist.js";

let functions: { allowCustomDataForDataTypeAny?: boolean; functions: Record<string, unknown>[] };
beforeAll(() => {
  buildDist();
  functions = JSON.parse(readFileSync(`${DIST}functions.json`, "utf8"));
}, 120_000);

describe("functions.json against @microsoft/app-manifest's extensionCustomFunctions", () => {
  it("is valid, with the 13 functions and data types allowed (used only on CustomFunctionsRuntime 1.4 hosts)", () => {
    const v = validateFunctionsJson(functions);
    expect(v.ok, v.errors).toBe(true);
    expect(functions.functions).toHaveLength(13);
    expect(functions.allowCustomDataForDataTypeAny).toBe(true);
  });

  it("fails a function without an id, and an unknown top-level property", () => {
    const [first, ...rest] = functions.functions;
    const { id: _id, ...noId } = first;
    expect(validateFunctionsJson({ ...functions, functions: [noId, ...rest] }).ok).toBe(false);
    expect(validateFunctionsJson({ ...functions, formatDates: true }).ok).toBe(false);
  });
});
