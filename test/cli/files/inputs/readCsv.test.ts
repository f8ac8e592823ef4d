import { describe, expect, it } from "vitest";
import { decodeText, detectDelimiter, parseCsv } from "../../../../cli/src/files/inputs/readCsv.js";
import { RowLimitError } from "../../../../cli/src/files/inputs/rowLimit.js";

describe("parseCsv", () => {
  it("reads RFC 4180 quotes: separators, doubled quotes and line breaks inside a field", () => {
    const text = 'STT,Nội dung,Ghi chú\r\n1,"Rà soát, đơn giản hóa ""TTHC""","dòng 1\r\ndòng 2"\r\n2,Báo cáo,\r\n';
    const { rows, delimiter } = parseCsv(text);
    expect(delimiter).toBe(",");
    expect(rows).toEqual([
      ["STT", "Nội dung", "Ghi chú"],
      ["1", 'Rà soát, đơn giản hóa "TTHC"', "dòng 1\r\ndòng 2"],
      ["2", "Báo cáo", null],
    ]);
  });

  it("detects the semicolon of Vietnamese-locale Excel exports", () => {
    const text = "STT;Nội dung công việc;Tiến độ thực hiện\n1;Kiểm tra, đôn đốc;Quý I/2025\n2;Báo cáo;Trong năm 2025\n";
    const { rows, delimiter } = parseCsv(text);
    expect(delimiter).toBe(";");
    expect(rows[1]).toEqual(["1", "Kiểm tra, đôn đốc", "Quý I/2025"]);
  });

  it("honours Excel's sep= line and tab-separated text", () => {
    expect(parseCsv("sep=;\na;b,c\n").rows).toEqual([["a", "b,c"]]);
    expect(parseCsv("a\tb\n1\t2\n").rows).toEqual([["a", "b"], ["1", "2"]]);
  });

  it("keeps blank lines as empty rows so row numbers stay physical, and drops trailing ones", () => {
    const { rows } = parseCsv("a,b\n\n1,2\n,\n\n");
    expect(rows).toEqual([["a", "b"], [], ["1", "2"]]);
  });

  it("reads old Mac CR line ends and a last line without a line break", () => {
    expect(parseCsv("a,b\r1,2").rows).toEqual([["a", "b"], ["1", "2"]]);
  });

  it("keeps an empty quoted field as an empty string (typed), not null", () => {
    expect(parseCsv('a,"",c\n').rows).toEqual([["a", "", "c"]]);
  });

  it("stops with RowLimitError when data lies past the limit, not for trailing empty lines", () => {
    const text = "x\n".repeat(11);
    expect(() => parseCsv(text, 10)).toThrow(RowLimitError);
    expect(parseCsv(text, 11).rows).toHaveLength(11);
    expect(parseCsv(`${"x\n".repeat(10)}${",,,\n".repeat(1000)}`, 10).rows).toHaveLength(10);
  });

  it("does not count separators inside quotes when detecting", () => {
    expect(detectDelimiter('"a;b;c;d",e\n"f;g",h\n')).toBe(",");
  });
});

describe("decodeText", () => {
  const utf8 = (s: string) => new TextEncoder().encode(s);
  it("strips a UTF-8 BOM", () => {
    expect(decodeText(utf8("\ufeffSTT,Nội dung"))).toEqual({ text: "STT,Nội dung", encoding: "utf-8" });
  });
  it("reads UTF-16LE with BOM (Excel 'Unicode text')", () => {
    const bytes = Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from("Tiến độ\tHạn", "utf16le")]);
    expect(decodeText(bytes)).toEqual({ text: "Tiến độ\tHạn", encoding: "utf-16le" });
  });
  it("reads Vietnamese Windows code page 1258 (tones as combining marks) and gives NFC", () => {
    // "Tiến độ thực hiện" as Excel on Vietnamese Windows saves it: ê + U+0301 (0xEC), ô + U+0323 (0xF2)…
    const bytes = Uint8Array.from([
      0x54, 0x69, 0xea, 0xec, 0x6e, 0x20, 0xf0, 0xf4, 0xf2, 0x20, 0x74, 0x68, 0xfd, 0xf2, 0x63, 0x20, 0x68, 0x69, 0xea, 0xf2, 0x6e,
    ]);
    expect(decodeText(bytes)).toEqual({ text: "Tiến độ thực hiện", encoding: "windows-1258" });
  });

  it("falls back to Windows-1252 for bytes that are not UTF-8 (TCVN3-era CSV)", () => {
    // "Qu¶n lý" as TCVN3 bytes: ¶ = 0xB6, ý = 0xFD
    const r = decodeText(Uint8Array.from([0x51, 0x75, 0xb6, 0x6e, 0x20, 0x6c, 0xfd]));
    expect(r).toEqual({ text: "Qu¶n lý", encoding: "windows-1252" });
  });
});
