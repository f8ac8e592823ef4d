import JSZip from "jszip";
import { writeFileSync } from "node:fs";
import { afterAll, describe, expect, it } from "vitest";
import { readXlsx } from "../../../../cli/src/files/xlsx/readXlsx.js";
import { streamXlsxRows } from "../../../../cli/src/files/xlsx/streamXlsxRows.js";
import { tempDir } from "../makeFiles.js";

const tmp = tempDir();
afterAll(() => tmp.cleanup());

const NS = `xmlns:x="http://schemas.openxmlformats.org/spreadsheetml/2006/main" xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships"`;
const REL = "http://schemas.openxmlformats.org/officeDocument/2006/relationships";

/** A workbook as another writer makes it (prefixes, 1904 dates, a hidden first sheet), with `sheetData` rows in "Hồ sơ". */
async function workbook(name: string, sheetData: string): Promise<string> {
  const zip = new JSZip();
  zip.file("_rels/.rels", `<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="${REL}/officeDocument" Target="xl/workbook.xml"/></Relationships>`);
  zip.file(
    "xl/workbook.xml",
    `<x:workbook ${NS}><x:workbookPr date1904="1"/><x:sheets><x:sheet name="Ẩn" sheetId="1" r:id="rId1" state="hidden"/><x:sheet name="Hồ sơ" sheetId="2" r:id="rId2"/></x:sheets></x:workbook>`,
  );
  zip.file(
    "xl/_rels/workbook.xml.rels",
    `<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="${REL}/worksheet" Target="worksheets/an.xml"/>` +
      `<Relationship Id="rId2" Type="${REL}/worksheet" Target="worksheets/hoso.xml"/><Relationship Id="rId3" Type="${REL}/sharedStrings" Target="chuoi.xml"/>` +
      `<Relationship Id="rId4" Type="${REL}/styles" Target="kieu.xml"/></Relationships>`,
  );
  zip.file("xl/chuoi.xml", `<x:sst ${NS}><x:si><x:t>Mã hồ sơ</x:t></x:si><x:si><x:r><x:t>Sở </x:t></x:r><x:r><x:t>Nội vụ</x:t></x:r></x:si></x:sst>`);
  zip.file("xl/kieu.xml", `<x:styleSheet ${NS}><x:cellXfs count="2"><x:xf numFmtId="0"/><x:xf numFmtId="14"/></x:cellXfs></x:styleSheet>`);
  zip.file("xl/worksheets/an.xml", `<x:worksheet ${NS}><x:sheetData><x:row r="1"><x:c r="A1" t="inlineStr"><x:is><x:t>ẩn</x:t></x:is></x:c></x:row></x:sheetData></x:worksheet>`);
  zip.file("xl/worksheets/hoso.xml", `<x:worksheet ${NS}><x:sheetData>${sheetData}</x:sheetData></x:worksheet>`);
  const f = tmp.file(name);
  writeFileSync(f, await zip.generateAsync({ type: "uint8array", compression: "DEFLATE" }));
  return f;
}

const SMALL =
  `<x:row r="2"><x:c r="A2" t="s"><x:v>0</x:v></x:c><x:c r="C2" t='s'><x:v>1</x:v></x:c></x:row>` +
  `<x:row r="4" s="1" customFormat="1"/>` +
  `<x:row r="5"><x:c r="A5" s="1"><x:v>45000</x:v></x:c><x:c r="B5" t="e"><x:v>#N/A</x:v></x:c><x:c r="C5"  s = "1" ><x:v>1</x:v></x:c></x:row>` +
  `<x:row><x:c><x:v>7</x:v></x:c></x:row>`;

describe("streamXlsxRows", () => {
  it("hands over every row of the first sheet (hidden or not) with its physical number, empty rows as []", async () => {
    const f = await workbook("nho.xlsx", SMALL);
    const rows: [number, unknown[]][] = [];
    expect(await streamXlsxRows(f, { onRow: (r, n) => rows.push([n, r]) })).toEqual({ sheet: "Ẩn", rows: 1 });
    expect(rows).toEqual([[1, ["ẩn"]]]);
  });

  it("reads prefixed XML and 1904 dates as readXlsx does; as 1900-system serials with dates: 'serial'", async () => {
    const f = await workbook("nho.xlsx", SMALL);
    const rows: [number, unknown[]][] = [];
    expect(await streamXlsxRows(f, { sheet: "Hồ sơ", onRow: (r, n) => rows.push([n, r]) })).toEqual({ sheet: "Hồ sơ", rows: 4 });
    const day1904 = (serial: number) => new Date(Date.UTC(1904, 0, 1) + serial * 86_400_000);
    expect(rows).toEqual([
      [2, ["Mã hồ sơ", null, "Sở Nội vụ"]],
      [4, []],
      [5, [day1904(45000), "#N/A", day1904(1)]],
      [6, [7]],
    ]);
    const whole = (await readXlsx(f, { maxRows: 100 }))[1].cells;
    expect(whole[4]).toEqual(rows[2][1]);

    const serials: unknown[][] = [];
    await streamXlsxRows(f, { sheet: "Hồ sơ", dates: "serial", onRow: (r) => serials.push(r) });
    expect(serials[2]).toEqual([45000 + 1462, "#N/A", 1463]); // 1904 serial 1 = 02/01/1904 = 1900 serial 1463
    const asDate = (serial: number) => new Date(Math.round((serial - 25569) * 86_400_000));
    expect(asDate(serials[2][0] as number)).toEqual(day1904(45000));
  });

  it("has no row limit: 150,000 rows streamed (readXlsx refuses them)", async () => {
    const parts: string[] = [];
    for (let r = 1; r <= 150_000; r++) parts.push(`<x:row r="${r}"><x:c r="A${r}"><x:v>${r}</x:v></x:c><x:c r="B${r}" t="s"><x:v>1</x:v></x:c></x:row>`);
    const f = await workbook("lon.xlsx", parts.join(""));
    let count = 0;
    let sum = 0;
    let last = 0;
    const r = await streamXlsxRows(f, {
      sheet: "Hồ sơ",
      onRow: (row, n) => {
        count++;
        sum += row[0] as number;
        if (n !== last + 1 || row[1] !== "Sở Nội vụ") throw new Error(`row ${n}`);
        last = n;
      },
    });
    expect(r).toEqual({ sheet: "Hồ sơ", rows: 150_000 });
    expect([count, sum]).toEqual([150_000, (150_000 * 150_001) / 2]);
    await expect(readXlsx(f, { maxRows: 100_000 })).rejects.toThrow(/100/);
  });

  it("stops when onRow throws, and names the sheets when the one asked for is not there", async () => {
    const f = await workbook("nho.xlsx", SMALL);
    let seen = 0;
    await expect(
      streamXlsxRows(f, {
        sheet: "Hồ sơ",
        onRow: () => {
          seen++;
          throw new Error("dừng");
        },
      }),
    ).rejects.toThrow("dừng");
    expect(seen).toBe(1);
    expect(await streamXlsxRows(f, { sheet: "Không có", onRow: () => undefined })).toEqual({ sheet: null, sheets: ["Ẩn", "Hồ sơ"] });
  });
});
