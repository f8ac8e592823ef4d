// manifest.xml and the release's production manifest against Microsoft's add-in manifest XSDs
// (vendored in test/schemas/office-xml) with xmllint (Debian libxml2-utils).
import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { productionManifest } from "../../scripts/release/productionManifest.mjs";
import { findXmllint } from "../shared/externalTool.js";
import { validateManifestXml } from "../shared/schemas.js";

const XMLLINT = findXmllint().path;
const dev = readFileSync(new URL("../../manifest.xml", import.meta.url), "utf8");
const version = JSON.parse(readFileSync(new URL("../../package.json", import.meta.url), "utf8")).version as string;
const release = productionManifest(dev, { baseUrl: "https://cchc.example.gov.vn/addin/", version });

describe.skipIf(!XMLLINT)("manifests against OfficeAppManifestV1_1.xsd (xmllint)", () => {
  const check = (xml: string) => validateManifestXml(XMLLINT!, xml);

  it("manifest.xml (development, https://localhost:3000) is valid", () => {
    const v = check(dev);
    expect(v.errors).toContain("validates");
    expect(v.ok, v.errors).toBe(true);
  });

  it("the release manifest (production URLs, package version) is valid", () => {
    const v = check(release);
    expect(v.ok, v.errors).toBe(true);
  });

  it("fails a manifest whose <Runtime> has no resid", () => {
    const broken = dev.replace('<Runtime resid="Taskpane.Url" lifetime="long"/>', '<Runtime lifetime="long"/>');
    expect(broken).not.toBe(dev);
    const v = check(broken);
    expect(v.ok).toBe(false);
    expect(v.errors).toMatch(/Runtime.*resid/s);
  });

  it("fails a manifest with a Version of five numbers or an unknown permission", () => {
    expect(check(dev.replace(/<Version>[^<]*<\/Version>/, "<Version>1.2.3.4.5</Version>")).ok).toBe(false);
    expect(check(dev.replace("<Permissions>ReadWriteDocument</Permissions>", "<Permissions>Everything</Permissions>")).ok).toBe(false);
  });
});
