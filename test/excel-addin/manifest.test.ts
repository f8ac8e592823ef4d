// Offline checks of manifest.xml (the online check is `npm run validate -w excel-addin`).
import { XMLParser, XMLValidator } from "fast-xml-parser";
import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";

const text = readFileSync(new URL("../../manifest.xml", import.meta.url), "utf8");
const parser = new XMLParser({ ignoreAttributes: false, attributeNamePrefix: "@", isArray: () => false, preserveOrder: false });
const doc = parser.parse(text);
const app = doc.OfficeApp;

/** Every element of the document, depth first, with its name. */
function walk(node: unknown, name = "", out: { name: string; node: Record<string, unknown> }[] = []) {
  if (Array.isArray(node)) node.forEach((n) => walk(n, name, out));
  else if (node && typeof node === "object") {
    out.push({ name, node: node as Record<string, unknown> });
    for (const [k, v] of Object.entries(node)) if (!k.startsWith("@")) walk(v, k, out);
  }
  return out;
}
const all = walk(doc);
const attrs = (name: string) => all.flatMap((e) => (e.node[name] !== undefined ? [String(e.node[name])] : []));

describe("manifest.xml", () => {
  it("is well-formed XML", () => {
    expect(XMLValidator.validate(text)).toBe(true);
  });

  it("has a GUID id, a version and Vietnamese names with an English override", () => {
    expect(app.Id).toMatch(/^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i);
    expect(app.Version).toMatch(/^\d+\.\d+\.\d+\.\d+$/);
    expect(app.DefaultLocale).toBe("vi-VN");
    expect(app.DisplayName["@DefaultValue"]).toContain("Kế hoạch cải cách hành chính");
    expect(app.DisplayName.Override["@Locale"]).toBe("en-US");
    expect(app.Description.Override["@Locale"]).toBe("en-US");
    expect(app.DisplayName["@DefaultValue"].length).toBeLessThanOrEqual(125);
    expect(app.Description["@DefaultValue"].length).toBeLessThanOrEqual(250);
  });

  it("asks for ReadWriteDocument only", () => {
    expect(app.Permissions).toBe("ReadWriteDocument");
  });

  it("requires the shared runtime and custom functions runtime", () => {
    const sets = [app.Requirements.Sets.Set].flat().map((s: Record<string, string>) => s["@Name"]);
    expect(sets).toEqual(expect.arrayContaining(["SharedRuntime", "CustomFunctionsRuntime"]));
    const host = app.VersionOverrides.Hosts.Host;
    expect(host.Runtimes.Runtime["@resid"]).toBe("Taskpane.Url");
    expect(host.Runtimes.Runtime["@lifetime"]).toBe("long");
  });

  it("declares the CustomFunctions extension point with namespace CCHC in the shared runtime page", () => {
    const host = app.VersionOverrides.Hosts.Host;
    const cf = host.AllFormFactors.ExtensionPoint;
    expect(cf["@xsi:type"]).toBe("CustomFunctions");
    expect(cf.Page.SourceLocation["@resid"]).toBe("Taskpane.Url");
    const ns = [app.VersionOverrides.Resources["bt:ShortStrings"]["bt:String"]].flat().find((s: Record<string, string>) => s["@id"] === cf.Namespace["@resid"]);
    expect(ns["@DefaultValue"]).toBe("CCHC");
  });

  it("has a ribbon button that opens the task pane", () => {
    const point = app.VersionOverrides.Hosts.Host.DesktopFormFactor.ExtensionPoint;
    expect(point["@xsi:type"]).toBe("PrimaryCommandSurface");
    const control = point.OfficeTab.Group.Control;
    expect(control.Action["@xsi:type"]).toBe("ShowTaskpane");
    expect(control.Action.SourceLocation["@resid"]).toBe("Taskpane.Url");
  });

  it("defines every resid it uses, and ids are at most 32 characters", () => {
    const res = app.VersionOverrides.Resources;
    const defined = new Set(
      [res["bt:Images"]["bt:Image"], res["bt:Urls"]["bt:Url"], res["bt:ShortStrings"]["bt:String"], res["bt:LongStrings"]["bt:String"]]
        .flat()
        .map((r: Record<string, string>) => r["@id"]),
    );
    const used = attrs("@resid");
    expect(used.length).toBeGreaterThan(10);
    for (const id of used) expect(defined.has(id), `resid ${id}`).toBe(true);
    for (const id of [...defined, ...attrs("@id")]) expect(id.length, id).toBeLessThanOrEqual(32);
  });

  it("uses only https URLs on localhost:3000 and icons that exist in 16/32/64/80 px", () => {
    const urls = attrs("@DefaultValue").filter((v) => /^[a-z]+:\/\//i.test(v));
    expect(urls.length).toBeGreaterThan(5);
    for (const u of urls) expect(u).toMatch(/^https:\/\/localhost:3000\//);
    const domains = [app.AppDomains.AppDomain].flat();
    for (const dmn of domains) expect(dmn).toMatch(/^https:\/\//);
    for (const size of [16, 32, 64, 80]) {
      expect(text).toContain(`assets/icon-${size}.png`);
      const png = readFileSync(new URL(`../../excel-addin/assets/icon-${size}.png`, import.meta.url));
      expect(png.subarray(1, 4).toString()).toBe("PNG");
      expect(png.readUInt32BE(16)).toBe(size); // IHDR width
      expect(png.readUInt32BE(20)).toBe(size); // IHDR height
    }
  });
});
