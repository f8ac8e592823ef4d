/** The export CSV reader: any split into pieces reads the same records; bad records are reported, never swallowing the rest; linear time. */
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { type CsvProblem, CsvRecordParser } from "../../../../cli/src/files/inputs/csvRecords.js";

const encode = (fields: string[]) => fields.map((f) => (/[",\r\n]/.test(f) || f === "" ? `"${f.replace(/"/g, '""')}"` : f)).join(",");

function read(pieces: string[]): { records: string[][]; bad: CsvProblem[] } {
  const records: string[][] = [];
  const bad: CsvProblem[] = [];
  const p = new CsvRecordParser(",");
  for (const piece of pieces) p.feed(piece, false, (f) => records.push(f), (x) => bad.push(x));
  p.feed("", true, (f) => records.push(f), (x) => bad.push(x));
  return { records, bad };
}

function cut(text: string, points: number[]): string[] {
  const at = [...new Set(points.map((p) => p % (text.length + 1)))].sort((a, b) => a - b);
  const out: string[] = [];
  let from = 0;
  for (const p of at) {
    out.push(text.slice(from, p));
    from = p;
  }
  out.push(text.slice(from));
  return out;
}

describe("CsvRecordParser", () => {
  it("reads back any records, however the text is cut into pieces (property)", () => {
    const field = fc.oneof(fc.stringMatching(/^[a-zA-Zàđ0-9 ./:-]{0,8}$/), fc.stringMatching(/^[a-z",\r\n ]{0,8}$/));
    fc.assert(
      fc.property(fc.array(fc.array(field, { minLength: 2, maxLength: 5 }), { minLength: 1, maxLength: 12 }), fc.array(fc.nat(), { maxLength: 6 }), fc.constantFrom("\n", "\r\n"), (records, points, eol) => {
        const text = records.map(encode).join(eol) + eol;
        const got = read(cut(text, points));
        expect(got.bad).toEqual([]);
        expect(got.records).toEqual(records);
      }),
      { numRuns: 400 },
    );
  });

  it("an unbalanced quote is one bad record at the row it opened; the rows after it are read", () => {
    const rows = ["a,b,c", '1,"never closed,x', "2,y,z", '3,"ok, quoted",w', "4,v,u"];
    for (const pieces of [[rows.join("\n")], rows.map((r) => `${r}\n`), [...rows.join("\n")]]) {
      const records: string[][] = [];
      const bad: [CsvProblem, number][] = [];
      const p = new CsvRecordParser(",");
      for (const piece of pieces) p.feed(piece, false, (f) => records.push(f), (x) => bad.push([x, records.length + bad.length + 1]));
      p.feed("", true, (f) => records.push(f), (x) => bad.push([x, records.length + bad.length + 1]));
      expect(bad).toEqual([["unbalancedQuote", 2]]);
      expect(records).toEqual([["a", "b", "c"], ["2", "y", "z"], ["3", "ok, quoted", "w"], ["4", "v", "u"]]);
    }
  });

  it("a quote that runs to the end of the file is reported, not swallowed into one cell", () => {
    const text = `a,b\n1,"open\n${"x,y\n".repeat(500)}`;
    const got = read([text]);
    expect(got.bad).toEqual(["unbalancedQuote"]);
    expect(got.records.length).toBe(1 + 500);
  });

  it("a 10 MB cell fed in 64 KB pieces is refused in linear time (no re-scan of a growing carry)", () => {
    const big = `a,b\n1,"${"z".repeat(10 << 20)}"\n2,ok\n`;
    const pieces: string[] = [];
    for (let i = 0; i < big.length; i += 1 << 16) pieces.push(big.slice(i, i + (1 << 16)));
    const t = performance.now();
    const got = read(pieces);
    expect(performance.now() - t).toBeLessThan(2_000);
    expect(got.bad).toEqual(["unbalancedQuote"]);
    expect(got.records).toEqual([["a", "b"], ["2", "ok"]]);
    const unquoted = read([`a,b\n1,${"q".repeat(100_000)}\n2,ok\n`]);
    expect(unquoted.bad).toEqual(["cellChars"]);
    expect(unquoted.records).toEqual([["a", "b"], ["2", "ok"]]);
  });
});
