/**
 * The vendored official schemas (test/schemas/, provenance in its README) as validators:
 * the add-in manifest XSDs through xmllint, appsscript.json and functions.json through ajv.
 */
import { spawnSync } from "node:child_process";
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { createRequire } from "node:module";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import Ajv from "ajv";
import AjvDraft04 from "ajv-draft-04";
import addFormats from "ajv-formats";

export const SCHEMAS = fileURLToPath(new URL("../schemas/", import.meta.url));
const MANIFEST_XSD = join(SCHEMAS, "office-xml", "OfficeAppManifestV1_1.xsd");

export interface Verdict {
  ok: boolean;
  errors: string;
}

/** xmllint --schema OfficeAppManifestV1_1.xsd over the manifest text. */
export function validateManifestXml(xmllint: string, xml: string): Verdict {
  const dir = mkdtempSync(join(tmpdir(), "cchc-manifest-"));
  try {
    const file = join(dir, "manifest.xml");
    writeFileSync(file, xml);
    const r = spawnSync(xmllint, ["--noout", "--schema", MANIFEST_XSD, file], { encoding: "utf8" });
    return { ok: r.status === 0, errors: r.stderr };
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

const describeErrors = (errors: unknown) => JSON.stringify(errors, null, 1);

let appsscript: ((data: unknown) => boolean) & { errors?: unknown };
/** appsscript.json against SchemaStore's schema (draft-07). */
export function validateAppsscript(json: unknown): Verdict {
  if (!appsscript) {
    const ajv = new Ajv({ allErrors: true, strict: false });
    addFormats(ajv);
    appsscript = ajv.compile(JSON.parse(readFileSync(join(SCHEMAS, "appsscript.schema.json"), "utf8")));
  }
  const ok = appsscript(json);
  return { ok, errors: ok ? "" : describeErrors(appsscript.errors) };
}

let functions: ((data: unknown) => boolean) & { errors?: unknown };
/** functions.json against the extensionCustomFunctions definition of @microsoft/app-manifest (draft-04). */
export function validateFunctionsJson(json: unknown): Verdict {
  if (!functions) {
    const require = createRequire(import.meta.url);
    const teams = JSON.parse(readFileSync(require.resolve("@microsoft/app-manifest/build/json-schemas/teams/v1.30/MicrosoftTeams.schema.json"), "utf8"));
    const ajv = new AjvDraft04({ allErrors: true, strict: false });
    addFormats(ajv);
    functions = ajv.compile({ $schema: teams.$schema, definitions: teams.definitions, $ref: "#/definitions/extensionCustomFunctions" });
  }
  const ok = functions(json);
  return { ok, errors: ok ? "" : describeErrors(functions.errors) };
}
