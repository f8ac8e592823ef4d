// gsheets/dist/appsscript.json against SchemaStore's appsscript.json schema (vendored, ajv).
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { validateAppsscript } from "../shared/schemas.js";
import { builtScript, DIST } from "./loadScript.js";

builtScript(); // builds gsheets/dist when it is missing
const manifest = JSON.parse(readFileSync(join(DIST, "appsscript.json"), "utf8")) as { oauthScopes: string[] } & Record<string, unknown>;

/** The only scopes the add-on asks for: the open spreadsheet, and its menu/sidebar. */
const SCOPES = ["https://www.googleapis.com/auth/spreadsheets.currentonly", "https://www.googleapis.com/auth/script.container.ui"];

describe("appsscript.json against SchemaStore's schema", () => {
  it("is valid and asks for exactly the two scopes the add-on needs", () => {
    const v = validateAppsscript(manifest);
    expect(v.ok, v.errors).toBe(true);
    expect([...manifest.oauthScopes].sort()).toEqual([...SCOPES].sort());
  });

  it("fails an unknown scope that is not a URI (the schema checks only that each scope is a URI; the test above pins which)", () => {
    const v = validateAppsscript({ ...manifest, oauthScopes: [...manifest.oauthScopes, "spreadsheets"] });
    expect(v.ok).toBe(false);
    expect(v.errors).toContain("oauthScopes");
  });

  it("fails an unknown runtime version or a misspelt key's wrong type", () => {
    expect(validateAppsscript({ ...manifest, runtimeVersion: "V9" }).ok).toBe(false);
    expect(validateAppsscript({ ...manifest, exceptionLogging: "EMAIL" }).ok).toBe(false);
  });
});
