/**
 * Issue 17: the drop-down lists of a blank template (`cchc template`) survive in a real spreadsheet
 * program. LibreOffice headless opens the .xlsx and saves it as .ods; content.xml then holds its
 * own reading of each rule (table:content-validation) and which cells use it. The lead-unit column
 * of every task row must keep the list from the settings sheet's unit column (warning, not stop),
 * the status column its list of words, and the settings sheet the units the list shows.
 * The picture of the open list is scripts/screenshots/libreofficeDropDown.sh (a display is needed).
 */
import { mkdtempSync, readFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { appendixTemplate, STATUS_VALUES, templateLeadList } from "@cchc/core";
import JSZip from "jszip";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { templateToWorkbook } from "../../cli/src/files/outputs/writeTemplate.js";
import { recalculate, SOFFICE } from "./libreOffice.js";

const tmp = mkdtempSync(join(tmpdir(), "cchc-tpl-lo-"));
afterAll(() => rmSync(tmp, { recursive: true, force: true }));

const unescape = (s: string) => s.replace(/&apos;/g, "'").replace(/&quot;/g, '"').replace(/&lt;/g, "<").replace(/&gt;/g, ">").replace(/&amp;/g, "&");

interface OdsCell {
  validation: string | null;
  text: string;
}

/** The cells of one table of content.xml, row by row (repeated rows and columns expanded, up to `maxRows`). */
function odsTable(xml: string, name: string, maxRows: number): OdsCell[][] {
  const start = xml.search(new RegExp(`<table:table table:name="${name.replace(/'/g, "&apos;")}"`));
  if (start < 0) throw new Error(`no table ${name} in content.xml`);
  const body = xml.slice(start, xml.indexOf("</table:table>", start));
  const rows: OdsCell[][] = [];
  for (const row of body.matchAll(/<table:table-row\b([^>]*?)(?:\/>|>([\s\S]*?)<\/table:table-row>)/g)) {
    const cells: OdsCell[] = [];
    for (const c of (row[2] ?? "").matchAll(/<table:(?:covered-)?table-cell\b([^>]*?)(?:\/>|>([\s\S]*?)<\/table:(?:covered-)?table-cell>)/g)) {
      const attrs = c[1]!;
      const repeat = Math.min(64, Number(/table:number-columns-repeated="(\d+)"/.exec(attrs)?.[1] ?? 1));
      const validation = /table:content-validation-name="([^"]+)"/.exec(attrs)?.[1] ?? null;
      const text = unescape([...(c[2] ?? "").matchAll(/<text:p>([\s\S]*?)<\/text:p>/g)].map((p) => p[1]!.replace(/<[^>]+>/g, "")).join("\n"));
      for (let k = 0; k < repeat; k++) cells.push({ validation, text });
    }
    const repeatRows = Math.min(maxRows, Number(/table:number-rows-repeated="(\d+)"/.exec(row[1]!)?.[1] ?? 1));
    for (let k = 0; k < repeatRows && rows.length < maxRows; k++) rows.push(cells);
    if (rows.length >= maxRows) break;
  }
  return rows;
}

describe.skipIf(SOFFICE === null)("the template's drop-down lists in LibreOffice (.xlsx → .ods)", () => {
  const spec = appendixTemplate(2026);
  const lead = templateLeadList(spec);
  let xml = "";
  let validations = new Map<string, { condition: string; errorType: string | null; allowEmpty: string | null; attrs: string }>();

  beforeAll(async () => {
    const file = join(tmp, "phu-luc-2026.xlsx");
    await templateToWorkbook(spec).xlsx.writeFile(file);
    const ods = recalculate(file, tmp, "ods");
    xml = await (await JSZip.loadAsync(readFileSync(ods))).file("content.xml")!.async("string");
    validations = new Map(
      [...xml.matchAll(/<table:content-validation\b([^>]*)>([\s\S]*?)<\/table:content-validation>/g)].map((m) => [
        /table:name="([^"]+)"/.exec(m[1]!)![1]!,
        {
          condition: unescape(/table:condition="([^"]+)"/.exec(m[1]!)?.[1] ?? ""),
          allowEmpty: /table:allow-empty-cell="([^"]+)"/.exec(m[1]!)?.[1] ?? null,
          errorType: /<table:error-message\b[^>]*table:message-type="([^"]+)"/.exec(m[2]!)?.[1] ?? null,
          attrs: m[1]!,
        },
      ]),
    );
  }, 240_000);

  it("keeps on every task row's lead-unit cell the list of the settings sheet's unit column, warning only", () => {
    const rows = odsTable(xml, spec.sheetName, 80);
    const leadCol = spec.columns.findIndex((c) => c.key === "lead");
    const first = spec.headerRow + 2; // the first sample task (row 7)
    const last = spec.rows.length + spec.blankTaskRows; // the last blank task row (row 73)
    const expected = "of:cell-content-is-in-list([$'CCHC – Cài đặt'.$E$9:.$E$408])";
    expect(lead.source).toBe("'CCHC – Cài đặt'!$E$9:$E$408");
    const taskRows = spec.rows.map((r, i) => (r.kind === "task" ? i + 1 : 0)).filter((r) => r > 0);
    const blankRows = Array.from({ length: spec.blankTaskRows }, (_, k) => spec.rows.length + 1 + k);
    for (const r of [...taskRows, ...blankRows]) {
      const name = rows[r - 1]![leadCol]!.validation;
      expect(name, `ô C${r}`).not.toBeNull();
      const v = validations.get(name!)!;
      expect(v.condition, `ô C${r}`).toBe(expected);
      expect(v.allowEmpty).toBe("true");
      expect(v.errorType, `ô C${r}: a warning, not a stop`).toBe("warning");
      expect(v.attrs).toContain('table:display-list="unsorted"');
    }
    expect(first).toBe(7);
    expect(last).toBe(73);
    expect(rows[last]?.[leadCol]?.validation ?? null).toBeNull(); // row 74: none
    expect(rows[spec.headerRow - 1]![leadCol]!.validation).toBeNull(); // the header: none
    expect(rows[spec.headerRow - 1]![leadCol]!.text).toBe("Cơ quan chủ trì");
  });

  it("keeps the status list (the status words) on the status column", () => {
    const rows = odsTable(xml, spec.sheetName, 80);
    const statusCol = spec.columns.findIndex((c) => c.key === "status");
    const v = validations.get(rows[6]![statusCol]!.validation!)!;
    expect(v.condition).toBe(`of:cell-content-is-in-list(${STATUS_VALUES.map((s) => `"${s}"`).join(";")})`);
  });

  it("the settings sheet holds the units the list shows, under its header, in column E", () => {
    const rows = odsTable(xml, "CCHC – Cài đặt", 20);
    expect(rows[7]![4]!.text).toBe("Đơn vị của cơ quan");
    expect(rows.slice(8, 8 + lead.units.length + 1).map((r) => r[4]?.text ?? "")).toEqual([...lead.units, ""]);
    expect(lead.units).toEqual(["Văn phòng", "Các phòng chuyên môn giải quyết TTHC", "Văn phòng (Bộ phận Kế toán)"]);
  });
});
