import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { eachElement, runText } from "../../../../cli/src/files/xlsx/xmlScan.js";
import { eachElementReference } from "./eachElementReference.js";

/** The elements eachElement (or the reference scanner) finds in `pieces`, as [name, attrs, inner]. */
async function elements(pieces: string[], local: string, maxChars?: number, scan = eachElement): Promise<string[][]> {
  const out: string[][] = [];
  async function* gen() {
    yield* pieces;
  }
  await scan(gen(), local, (attrs, inner, name) => out.push([name, attrs, inner]), maxChars);
  return out;
}

/** `text` cut at the given places (sorted, deduplicated, inside the text). */
function cut(text: string, at: number[]): string[] {
  const points = [...new Set(at.map((p) => p % (text.length + 1)))].sort((a, b) => a - b);
  const pieces: string[] = [];
  let from = 0;
  for (const p of points) {
    pieces.push(text.slice(from, p));
    from = p;
  }
  pieces.push(text.slice(from));
  return pieces;
}

// Worksheet-like XML: rows of cells, self-closing rows, prefixed rows, merge cells, other
// elements and text around them, attributes holding ">" or "/".
const cell = fc.oneof(
  fc.constantFrom('<c r="A1"><v>1</v></c>', '<c r="B2" t="s"><v>12</v></c>', '<c r="C3" s="1"/>', "<c><is><t>a&lt;b</t></is></c>"),
  fc.string({ maxLength: 6 }).map((s) => `<c r="D4" t="str"><v>${s.replace(/[<&]/g, "")}</v></c>`),
);
const row = fc.oneof(
  fc.tuple(fc.nat(99), fc.array(cell, { maxLength: 5 })).map(([r, cs]) => `<row r="${r + 1}">${cs.join("")}</row>`),
  fc.nat(99).map((r) => `<row r="${r}"/>`),
  fc.array(cell, { maxLength: 3 }).map((cs) => `<x:row spans="1:2" note="a>b/">${cs.join("")}</x:row>`),
  fc.constantFrom('<mergeCell ref="A1:B2"/>', "<rowBreaks/>", "<rows>x</rows>", "text ", "<sheetData>", "</sheetData>", "\n  ", "<row\tr=\"7\"></row>", "<row\u00a0r=\"8\"></row>", "<row>", "</row>", "<x:row/>"),
);
const sheet = fc.array(row, { maxLength: 25 }).map((rs) => `<worksheet><sheetData>${rs.join("")}</sheetData></worksheet>`);

describe("eachElement: the same elements however the text is cut into pieces", () => {
  it("rows and merge cells: any cuts == the text in one piece", async () => {
    await fc.assert(
      fc.asyncProperty(sheet, fc.array(fc.nat(), { maxLength: 12 }), async (text, at) => {
        const whole = await elements([text], "(?:row|mergeCell)");
        expect(await elements(cut(text, at), "(?:row|mergeCell)")).toEqual(whole);
      }),
      { numRuns: 400 },
    );
  });

  it("the same elements as the scanner before the speed work (reference), cut the same way", async () => {
    await fc.assert(
      fc.asyncProperty(sheet, fc.array(fc.nat(), { maxLength: 12 }), async (text, at) => {
        const pieces = cut(text, at);
        expect(await elements(pieces, "(?:row|mergeCell)")).toEqual(await elements(pieces, "(?:row|mergeCell)", undefined, eachElementReference));
      }),
      { numRuns: 400 },
    );
  });

  it("cut into one-character pieces: the same elements", async () => {
    await fc.assert(
      fc.asyncProperty(sheet, async (text) => {
        expect(await elements([...text], "row")).toEqual(await elements([text], "row"));
      }),
      { numRuns: 100 },
    );
  });

  it("an element longer than the limit is refused whatever the cuts; one within it is read", async () => {
    const big = `<sst><si><t>${"x".repeat(5000)}</t></si><si><t>y</t></si></sst>`;
    for (const size of [1, 7, 100, 999, 4096]) {
      const pieces = cut(big, Array.from({ length: Math.ceil(big.length / size) }, (_, i) => i * size));
      await expect(elements(pieces, "si", 1000)).rejects.toThrow(/phần tử <si>/);
      expect((await elements(pieces, "si", 10_000)).map((e) => e[2].length)).toEqual([5007, 8]);
    }
  });
});

describe("runText: a plain run read without the regular expressions", () => {
  // Text as it stands between tags: entities, "_xHHHH_" escapes, CR LF, ">" and the letters "rPh".
  const text = fc
    .array(fc.oneof(fc.string({ maxLength: 4 }), fc.constantFrom("&amp;", "&lt;", "&#7893;", "_x000D_", "\r\n", ">", "rPh", "Sở Nội vụ", " ")), { maxLength: 8 })
    .map((parts) => parts.join("").replace(/[<&]/g, (c) => (c === "<" ? "" : "&amp;")).replace(/&amp;(amp|lt|#7893);/g, "&$1;"));
  it("<t>…</t> and <t xml:space=\"preserve\">…</t> read as the same run inside a rich-text <r> (general path)", () => {
    fc.assert(
      fc.property(text, (t) => {
        expect(runText(`<t>${t}</t>`)).toBe(runText(`<r><t>${t}</t></r>`));
        expect(runText(`<t xml:space="preserve">${t}</t>`)).toBe(runText(`<r><t xml:space="preserve">${t}</t></r>`));
      }),
      { numRuns: 500 },
    );
    expect(runText("<t>a &amp; b_x000D_</t>")).toBe("a & b\r");
    expect(runText('<t>ab</t><rPh sb="0" eb="1"><t>x</t></rPh>')).toBe("ab");
  });
});
