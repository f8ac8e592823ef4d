import fc from "fast-check";
import JSZip from "jszip";
import { writeFileSync } from "node:fs";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { CliError } from "../../../../cli/src/cliError.js";
import { readCells } from "../../../../cli/src/files/inputs/readCells.js";
import { readXlsx } from "../../../../cli/src/files/xlsx/readXlsx.js";
import { tempDir, writeXlsx } from "../makeFiles.js";

const tmp = tempDir();
afterAll(() => tmp.cleanup());

const FIXTURE = `${__dirname}/../../../fixtures/ke-hoach-607-phu-luc.csv`;
const ROWS = 20_000;

/**
 * 20,000 rows of the real appendix's Vietnamese texts (each made unique so that the shared
 * strings part is several MB and its letters fall across many chunk boundaries).
 */
async function vietnameseRows(): Promise<string[][]> {
  const source = (await readCells(FIXTURE)).sheets[0].cells
    .slice(1)
    .map((r) => r.slice(0, 5).map((v) => (typeof v === "string" ? v : "")))
    .filter((r) => r[1] !== "");
  expect(source.length).toBeGreaterThan(80);
  const rows: string[][] = [["STT", "Nội dung công việc", "Trách nhiệm thực hiện", "Tiến độ thực hiện", "Kết quả/sản phẩm"]];
  for (let i = 0; i < ROWS - 1; i++) {
    const [, task, unit, schedule, result] = source[i % source.length];
    rows.push([
      String(i + 1),
      `${task} Lượt ${i + 1}: rà soát, đánh giá, cập nhật thủ tục hành chính.`,
      unit || `Phòng Quản lý đầu tư thứ ${i + 1} thực hiện`,
      schedule || "Trong năm 2025",
      `${result || "Báo cáo kết quả"} (sản phẩm số ${i + 1})`,
    ]);
  }
  return rows;
}

describe("readXlsx: Vietnamese letters in a large file", () => {
  const f = tmp.file("tieng-viet-20000.xlsx");
  let written: string[][] = [];
  beforeAll(async () => {
    written = await vietnameseRows();
    await writeXlsx(f, { "Phụ lục nhiệm vụ": written });
  });

  it("reads every one of 20,000 rows × 5 cells exactly as written (no U+FFFD from split UTF-8)", async () => {
    const { sheets } = await readCells(f);
    expect(sheets.map((s) => s.name)).toEqual(["Phụ lục nhiệm vụ"]);
    const cells = sheets[0].cells;
    expect(cells.length).toBe(ROWS);
    const garbled: string[] = [];
    const different: string[] = [];
    written.forEach((row, r) =>
      row.forEach((text, c) => {
        const got = cells[r]?.[c];
        if (typeof got === "string" && got.includes("\ufffd")) garbled.push(`R${r + 1}C${c + 1}: ${got}`);
        else if (got !== text) different.push(`R${r + 1}C${c + 1}: ${String(got)} ≠ ${text}`);
      }),
    );
    expect(garbled, `${garbled.length} garbled cells`).toEqual([]);
    expect(different).toEqual([]);
  });

  it("readXlsx alone gives the same texts, in NFC as written", async () => {
    const [sheet] = await readXlsx(f, { maxRows: 100_000 });
    expect(sheet.cells[1][1]).toBe(written[1][1]);
    expect(sheet.cells[ROWS - 1]).toEqual(written[ROWS - 1]);
    expect(sheet.cells.flat().filter((v) => typeof v === "string" && v !== v.normalize("NFC"))).toEqual([]);
  });
});

// ---------------------------------------------------------------------------------------------
// A workbook as other writers make it: namespace prefixes, single-quoted attributes, parts at
// non-standard paths, the 1904 date system, a chart sheet, CR LF and "_x000D_" in text.

const NS = `xmlns:x="http://schemas.openxmlformats.org/spreadsheetml/2006/main" xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships"`;
const REL = "http://schemas.openxmlformats.org/officeDocument/2006/relationships";

const otherWriterParts: Record<string, string> = {
  "[Content_Types].xml": `<?xml version="1.0"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"/>`,
  "_rels/.rels": `<?xml version="1.0"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="${REL}/officeDocument" Target="/xl/workbook.xml"/></Relationships>`,
  "xl/workbook.xml":
    `<?xml version="1.0"?><x:workbook ${NS}><x:workbookPr date1904='1'/><x:sheets>` +
    `<x:sheet name='Biểu đồ' sheetId='1' r:id='rId3'/>` +
    `<x:sheet name="Kế hoạch &amp; tiến độ" sheetId="2" r:id="rId1" state="veryHidden"/>` +
    `<x:sheet name="Trang 2" sheetId="3" r:id="rId2"/></x:sheets></x:workbook>`,
  "xl/_rels/workbook.xml.rels":
    `<?xml version="1.0"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">` +
    `<Relationship Id="rId1" Type="${REL}/worksheet" Target="worksheets/Trang1.xml"/>` +
    `<Relationship Id="rId2" Type="${REL}/worksheet" Target="/xl/worksheets/khac.xml"/>` +
    `<Relationship Id="rId3" Type="${REL}/chartsheet" Target="chartsheets/sheet1.xml"/>` +
    `<Relationship Id="rId4" Type="${REL}/sharedStrings" Target="chuoi.xml"/>` +
    `<Relationship Id="rId5" Type="${REL}/styles" Target="./kieu.xml"/></Relationships>`,
  "xl/chuoi.xml":
    `<?xml version="1.0"?><x:sst ${NS}><x:si><x:t>Nội dung</x:t></x:si>` +
    `<x:si><x:r><x:t xml:space="preserve">Văn phòng </x:t></x:r><x:r><x:rPr><x:b/></x:rPr><x:t>chủ trì</x:t></x:r><x:rPh sb="0" eb="1"><x:t>PH</x:t></x:rPh></x:si>` +
    `<x:si><x:t>dòng 1_x000D_\r\ndòng 2</x:t></x:si></x:sst>`,
  "xl/kieu.xml":
    `<?xml version="1.0"?><x:styleSheet ${NS}><x:numFmts count="1"><x:numFmt numFmtId="164" formatCode="dd/mm/yyyy;@"/></x:numFmts>` +
    `<x:cellStyleXfs count="1"><x:xf numFmtId="164"/></x:cellStyleXfs>` +
    `<x:cellXfs count="3"><x:xf numFmtId="0"/><x:xf numFmtId="164" applyNumberFormat="1"/><x:xf numFmtId="14"><x:alignment wrapText="1"/></x:xf></x:cellXfs></x:styleSheet>`,
  "xl/worksheets/Trang1.xml":
    `<?xml version="1.0"?><x:worksheet ${NS}><x:sheetData>` +
    `<x:row r='1'><x:c r='A1' t='s'><x:v>0</x:v></x:c><x:c r='B1' t='s'><x:v>1</x:v></x:c><x:c r='C1' t='s'><x:v>2</x:v></x:c></x:row>` +
    `<x:row r='3'><x:c r='A3' s='1'><x:v>45000</x:v></x:c>` +
    `<x:c r='B3' s='2'><x:f>DATE(2027,3,16)</x:f><x:v>45000.5</x:v></x:c>` +
    `<x:c r='C3' t='d'><x:v>2025-06-30T00:00:00</x:v></x:c>` +
    `<x:c r='D3' t='inlineStr'><x:is><x:r><x:t>Sở </x:t></x:r><x:r><x:t>Nội vụ</x:t></x:r></x:is></x:c>` +
    `<x:c r='E3' t='b'><x:v>0</x:v></x:c>` +
    `<x:c r='F3' t='e'><x:f>VLOOKUP(1,A:A,2,0)</x:f><x:v>#N/A</x:v></x:c>` +
    `<x:c r='G3'><x:f t='shared' ref='G3:G4' si='0'>A3+1</x:f></x:c>` +
    `<x:c r='H3' s='1'/>` +
    `<x:c r='I3' t='str'><x:f>"a"&amp;"b"</x:f><x:v>a&amp;b &lt;ok&gt;</x:v></x:c>` +
    `<x:c r='J3' s='0'><x:v>0</x:v></x:c></x:row>` +
    `<x:row r='4'><x:c r='G4'><x:f t='shared' si='0'/></x:c></x:row>` +
    `<x:row r='5' s='1' customFormat='1'/>` +
    `<x:row><x:c><x:v>7</x:v></x:c><x:c><x:v>8.5</x:v></x:c></x:row>` +
    `</x:sheetData><x:mergeCells count='1'><x:mergeCell ref='D3:E3'/></x:mergeCells>` +
    `<x:rowBreaks count='1'><x:brk id='3'/></x:rowBreaks></x:worksheet>`,
  "xl/worksheets/khac.xml": `<?xml version="1.0"?><worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><sheetData><row r="1"><c r="A1" t="inlineStr"><is><t>Trang hai</t></is></c></row></sheetData></worksheet>`,
  "xl/chartsheets/sheet1.xml": `<?xml version="1.0"?><chartsheet/>`,
};

async function zipOf(parts: Record<string, string | Uint8Array>, compression: "DEFLATE" | "STORE"): Promise<Buffer> {
  const zip = new JSZip();
  for (const [name, text] of Object.entries(parts)) zip.file(name, text);
  return Buffer.from(await zip.generateAsync({ type: "uint8array", compression }));
}

/** The same zip with zip64 records (sizes and offsets moved to zip64 extra fields, a zip64 end record). */
function toZip64(zip: Buffer): Buffer {
  const eocd = zip.lastIndexOf(Buffer.from([0x50, 0x4b, 0x05, 0x06]));
  const count = zip.readUInt16LE(eocd + 10);
  const cdOffset = zip.readUInt32LE(eocd + 16);
  const parts: Buffer[] = [];
  let p = cdOffset;
  for (let i = 0; i < count; i++) {
    const header = Buffer.from(zip.subarray(p, p + 46));
    const nameLen = header.readUInt16LE(28);
    const skip = 46 + nameLen + header.readUInt16LE(30) + header.readUInt16LE(32);
    const extra = Buffer.alloc(28);
    extra.writeUInt16LE(0x0001, 0);
    extra.writeUInt16LE(24, 2);
    extra.writeBigUInt64LE(BigInt(header.readUInt32LE(24)), 4);
    extra.writeBigUInt64LE(BigInt(header.readUInt32LE(20)), 12);
    extra.writeBigUInt64LE(BigInt(header.readUInt32LE(42)), 20);
    for (const at of [20, 24, 42]) header.writeUInt32LE(0xffffffff, at);
    header.writeUInt16LE(extra.length, 30);
    header.writeUInt16LE(0, 32);
    parts.push(header, zip.subarray(p + 46, p + 46 + nameLen), extra);
    p += skip;
  }
  const cd = Buffer.concat(parts);
  const end64 = Buffer.alloc(56);
  end64.writeUInt32LE(0x06064b50, 0);
  end64.writeBigUInt64LE(44n, 4);
  end64.writeUInt16LE(45, 12);
  end64.writeUInt16LE(45, 14);
  end64.writeBigUInt64LE(BigInt(count), 24);
  end64.writeBigUInt64LE(BigInt(count), 32);
  end64.writeBigUInt64LE(BigInt(cd.length), 40);
  end64.writeBigUInt64LE(BigInt(cdOffset), 48);
  const locator = Buffer.alloc(20);
  locator.writeUInt32LE(0x07064b50, 0);
  locator.writeBigUInt64LE(BigInt(cdOffset + cd.length), 8);
  locator.writeUInt32LE(1, 16);
  const end = Buffer.alloc(22);
  end.writeUInt32LE(0x06054b50, 0);
  end.writeUInt16LE(0xffff, 8);
  end.writeUInt16LE(0xffff, 10);
  end.writeUInt32LE(0xffffffff, 12);
  end.writeUInt32LE(0xffffffff, 16);
  return Buffer.concat([zip.subarray(0, cdOffset), cd, end64, locator, end]);
}

/** 1904 system: serial 0 is 1904-01-01. */
const day1904 = (serial: number) => new Date(Date.UTC(1904, 0, 1) + serial * 86_400_000);

describe("readXlsx: files from other writers", () => {
  const variants: [string, () => Promise<Buffer>][] = [
    ["deflated", () => zipOf(otherWriterParts, "DEFLATE")],
    ["stored", () => zipOf(otherWriterParts, "STORE")],
    ["zip64", async () => toZip64(await zipOf(otherWriterParts, "DEFLATE"))],
  ];
  for (const [kind, make] of variants) {
    it(`reads prefixed XML, relationships, 1904 dates, rich/inline text and formulas (${kind} zip)`, async () => {
      const f = tmp.file(`khac-${kind}.xlsx`);
      writeFileSync(f, await make());
      const sheets = await readXlsx(f, { maxRows: 100_000 });
      expect(sheets.map((s) => [s.name, s.hidden])).toEqual([
        ["Kế hoạch & tiến độ", true],
        ["Trang 2", false],
      ]); // the chart sheet holds no cells and is not listed
      const c = sheets[0].cells;
      expect(c[0]).toEqual(["Nội dung", "Văn phòng chủ trì", "dòng 1\r\ndòng 2"]);
      expect(c[1]).toEqual([]);
      expect(c[2]).toEqual([
        day1904(45000), // custom date format, 1904 system
        new Date(day1904(45000).getTime() + 12 * 3_600_000), // built-in format 14 on a formula result
        new Date(Date.UTC(2025, 5, 30)), // t="d"
        "Sở Nội vụ",
        false,
        "#N/A",
        "=A3+1", // formula without a cached result
        null,
        "a&b <ok>",
        0,
      ]);
      expect(c[3]).toEqual([]); // a shared formula without result and a styled empty row do not count
      expect(c[4]).toEqual([]);
      expect(c[5]).toEqual([7, 8.5]); // a row and cells without references follow the previous ones
      expect(c.length).toBe(6);
      expect(sheets[1].cells).toEqual([["Trang hai"]]);
    });
  }

  it("reads a part written in UTF-16 (with its byte order mark)", async () => {
    const f = tmp.file("khac-utf16.xlsx");
    const utf16 = Buffer.from(`\ufeff${otherWriterParts["xl/worksheets/khac.xml"].replace("Trang hai", "Trang thứ hai")}`, "utf16le");
    writeFileSync(f, await zipOf({ ...otherWriterParts, "xl/worksheets/khac.xml": utf16 }, "DEFLATE"));
    expect((await readXlsx(f, { maxRows: 100_000 }))[1].cells).toEqual([["Trang thứ hai"]]);
  });

  it("with keepSheet, lists every sheet but reads only the kept one", async () => {
    const f = tmp.file("khac-chon.xlsx");
    writeFileSync(f, await zipOf(otherWriterParts, "DEFLATE"));
    const sheets = await readXlsx(f, { maxRows: 100_000, keepSheet: (n) => n === "Trang 2" });
    expect(sheets.map((s) => s.cells.length)).toEqual([0, 1]);
  });

  it("counts the row limit in physical rows of the kept sheet only", async () => {
    const f = tmp.file("khac-gioi-han.xlsx");
    writeFileSync(f, await zipOf(otherWriterParts, "DEFLATE"));
    await expect(readXlsx(f, { maxRows: 5 })).rejects.toMatchObject({ sheet: "Kế hoạch & tiến độ", limit: 5 });
    expect((await readXlsx(f, { maxRows: 5, keepSheet: (n) => n === "Trang 2" }))[1].cells).toEqual([["Trang hai"]]);
  });
});

describe("readCells: zips that are not readable workbooks", () => {
  it("a binary workbook (.xlsb) is named as such", async () => {
    const f = tmp.file("nhi-phan.xlsb");
    writeFileSync(
      f,
      await zipOf(
        {
          "_rels/.rels": `<Relationships><Relationship Id="rId1" Type="${REL}/officeDocument" Target="xl/workbook.bin"/></Relationships>`,
          "xl/workbook.bin": "\u0083\u0001",
        },
        "DEFLATE",
      ),
    );
    const e = await readCells(f).catch((x: unknown) => x);
    expect(e).toBeInstanceOf(CliError);
    expect((e as CliError).message).toMatch(/Không đọc được tệp Excel .*\(đây là sổ làm việc nhị phân Excel \(\.xlsb\).*lưu lại dưới dạng \.xlsx/);
  });

  it("a part compressed with a method zip readers rarely support (bzip2) is refused with a reason", async () => {
    const bytes = await zipOf(otherWriterParts, "STORE");
    // Mark every entry as bzip2 (method 12) in the local and central headers.
    for (let p = 0; p + 4 <= bytes.length; p++) {
      const sig = bytes.readUInt32LE(p);
      if (sig === 0x04034b50) bytes.writeUInt16LE(12, p + 8);
      else if (sig === 0x02014b50) bytes.writeUInt16LE(12, p + 10);
    }
    const f = tmp.file("bzip2.xlsx");
    writeFileSync(f, bytes);
    const e = await readCells(f).catch((x: unknown) => x);
    expect(e).toBeInstanceOf(CliError);
    expect((e as CliError).message).toMatch(/Không đọc được tệp Excel .*nén theo cách công cụ chưa hỗ trợ \(phương thức 12\)/);
  });
});

describe("readXlsx: any text, number and date written by exceljs reads back unchanged (property)", () => {
  const letters = [..."aăâbcdđeêghiklmnoôơpqrstuưvxyAĂÂĐÊÔƠƯàáảãạằắẳẵặầấẩẫậèéẻẽẹềếểễệìíỉĩịòóỏõọồốổỗộờớởỡợùúủũụừứửữựỳýỷỹỵ"];
  const others = [..." ,.;:!?-/()%&<>\"'\n\t0123456789“”…"];
  const text = fc
    .array(fc.constantFrom(...letters, ...letters, ...others), { minLength: 1, maxLength: 60 })
    .map((cs) => cs.join(""))
    .filter((s) => s.trim() !== "");
  const cell = fc.oneof(
    text,
    fc.double({ min: -1e9, max: 1e9, noNaN: true }).filter((n) => !Object.is(n, -0)),
    fc.integer({ min: 0, max: 80_000 }).map((d) => new Date(Date.UTC(1970, 0, 1) + d * 86_400_000)),
    fc.boolean(),
  );

  it("for random sheets of Vietnamese text, numbers, dates and booleans", async () => {
    let run = 0;
    await fc.assert(
      fc.asyncProperty(fc.array(fc.array(cell, { minLength: 1, maxLength: 6 }), { minLength: 1, maxLength: 25 }), async (rows) => {
        const f = tmp.file(`thuoc-tinh-${run++}.xlsx`);
        await writeXlsx(f, {}, (wb) => {
          const ws = wb.addWorksheet("Dữ liệu");
          rows.forEach((r, i) =>
            r.forEach((v, j) => {
              const c = ws.getCell(i + 1, j + 1);
              c.value = v;
              if (v instanceof Date) c.numFmt = "dd/mm/yyyy";
            }),
          );
        });
        const [sheet] = await readXlsx(f, { maxRows: 100_000 });
        expect(sheet.cells).toEqual(rows);
      }),
      { numRuns: 40 },
    );
  });
});
