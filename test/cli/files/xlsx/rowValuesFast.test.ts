import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { type CellContext, rowValuesFast, rowValuesFastIn, rowValuesGeneral } from "../../../../cli/src/files/xlsx/xlsxRows.js";

const ctx: CellContext = { strings: ["", "Sở Nội vụ", "Trong năm 2025", "a&b", "Báo cáo"], dateStyles: [false, true, false], date1904: false, dates: new Map() };
/** The contexts rows are read with: Dates (shared per serial, or not), the 1904 system, serials kept. */
const contexts: CellContext[] = [ctx, { ...ctx, dates: undefined }, { ...ctx, date1904: true, dates: new Map() }, { ...ctx, datesAsSerials: true }, { ...ctx, date1904: true, datesAsSerials: true }];

const letters = fc.oneof(
  fc.constantFrom("A", "B", "C", "G", "Z", "AA", "AB", "XFD", "XFE", "ZZZ"),
  fc.stringMatching(/^[A-Z]{1,3}$/),
);
const usualCell = fc
  .record({
    col: letters,
    row: fc.stringMatching(/^[0-9]{1,6}$/),
    s: fc.option(fc.constantFrom("0", "1", "2", "01", "9", "1234567890"), { nil: undefined }),
    t: fc.option(fc.constantFrom("s", "n", "str", "b", "e", "d", "inlineStr", "S"), { nil: undefined }),
    body: fc.oneof(
      fc.constant("/>"),
      fc.constant("></c>"),
      fc.constantFrom("0", "1", "2", "3", "7", "007", "4", "45690", "123456789", "1234567890", "45690.5", "-1", " 12 ", "", "abc", "#N/A", "1&amp;2", "2025-03-01", "true", "1e3", "x>y").map((v) => `><v>${v}</v></c>`),
    ),
  })
  .map(({ col, row, s, t, body }) => `<c r="${col}${row}"${s === undefined ? "" : ` s="${s}"`}${t === undefined ? "" : ` t="${t}"`}${body}`);
// Shapes the fast reader leaves to the general one: prefixes, other attributes or order, formulas, inline strings.
const oddCell = fc.constantFrom(
  '<x:c r="A1"><x:v>5</x:v></x:c>',
  '<c r="B1" t="s" s="1"><v>1</v></c>',
  "<c r='C1'><v>3</v></c>",
  '<c r="D1"><f>SUM(A1:B1)</f><v>8</v></c>',
  '<c r="E1" t="inlineStr"><is><t>chữ</t></is></c>',
  '<c s="1"><v>45690</v></c>',
  '<c r="F1" cm="1"><v>2</v></c>',
  '<c r="G1"><v>1</v><extLst/></c>',
  '<c  r="H1"><v>4</v></c>',
  "<c/>",
  "<d/>",
);
const row = fc.array(fc.oneof({ weight: 6, arbitrary: usualCell }, { weight: 1, arbitrary: oddCell }, { weight: 1, arbitrary: fc.constantFrom(" ", "\n  ", "\t") }), { maxLength: 8 }).map((cs) => cs.join(""));

/** The values, or the Vietnamese message a refused row gives. */
function read(f: () => unknown): unknown {
  try {
    return f();
  } catch (e) {
    return { error: (e as Error).message };
  }
}

describe("rowValuesFast: the usual shape of a row read without regular expressions", () => {
  it("gives exactly what the general reader gives, or leaves the row to it (null)", () => {
    let fast = 0;
    fc.assert(
      fc.property(row, fc.integer({ min: 1, max: 1_048_576 }), fc.constantFrom(...contexts), (inner, r, c) => {
        const general = read(() => rowValuesGeneral(inner, c, r));
        const quick = read(() => rowValuesFast(inner, c, r));
        if (quick !== null) {
          fast++;
          expect(quick).toEqual(general);
        }
      }),
      { numRuns: 5000 },
    );
    expect(fast).toBeGreaterThan(300); // the fast reader did read most usual rows
  });

  it("a row read in place inside the sheet's text (what follows the row's end never read as part of it)", () => {
    fc.assert(
      fc.property(row, fc.string({ maxLength: 5 }), fc.constantFrom("</row>", "</row><row r=\"9\">", "</x:row>", "", '"/></c>', "<v>1</v></c>"), (inner, before, after) => {
        const general = read(() => rowValuesGeneral(inner, ctx, 7));
        const inPlace = read(() => rowValuesFastIn(`${before}${inner}${after}`, before.length, before.length + inner.length, ctx, 7));
        if (inPlace !== null) expect(inPlace).toEqual(general);
        expect(inPlace).toEqual(read(() => rowValuesFast(inner, ctx, 7)));
      }),
      { numRuns: 3000 },
    );
    // A cell cut by the row's end: not taken from the text after it.
    expect(rowValuesFastIn('<c r="A1"><v>1</v></c><c r="B1"><v>2</v></c>', 0, 30, ctx, 1)).toBeNull();
  });

  it("reads the rows exceljs and Excel write", () => {
    const inner = '<c r="A4"><v>1</v></c><c r="B4" t="s"><v>1</v></c><c r="D4" t="s"><v>2</v></c><c r="F4" s="1"><v>45690</v></c><c r="G4" s="1"/>';
    expect(rowValuesFast(inner, ctx, 4)).toEqual([1, "Sở Nội vụ", null, "Trong năm 2025", null, new Date(Date.UTC(2025, 1, 2))]);
    expect(rowValuesFast('<c r="A1"><f>1+1</f><v>2</v></c>', ctx, 1)).toBeNull();
  });

  it("a column past XFD is refused the same way (by the general reader)", () => {
    expect(rowValuesFast('<c r="XFE2"><v>1</v></c>', ctx, 2)).toBeNull();
    expect(read(() => rowValuesGeneral('<c r="XFE2"><v>1</v></c>', ctx, 2))).toEqual({ error: expect.stringMatching(/XFE2.*XFD/) });
  });
});
