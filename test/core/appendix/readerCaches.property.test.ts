/**
 * The caches that make a 100,000-row table fast (issue 16) give exactly what computing each
 * cell afresh gives: STT by number, the grid's reading of each distinct text, the text of a
 * date by its day, the day of a Date cell without its ISO text.
 */
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { dateText, textOf } from "../../../core/src/appendix/cells.js";
import { Grid, gridString, gridStringByRules } from "../../../core/src/appendix/grid.js";
import { parseStt, parseSttUncached } from "../../../core/src/appendix/stt.js";
import { validateAppendix } from "../../../core/src/appendix/validate.js";
import { dayFromYMD, MAX_YEAR, MIN_YEAR } from "../../../core/src/dates/day.js";
import { parseDateCell } from "../../../core/src/dates/parseDate.js";
import { unicodeToTcvn3, unicodeToVni } from "../../../core/src/text/legacyEncoding.js";
import { cellText } from "../../../core/src/text/normalize.js";

const stt = fc.oneof(
  fc.integer({ min: 0, max: 20_000 }).map(String),
  fc.stringMatching(/^[0-9]{1,5}$/),
  fc.constantFrom("01", "007", "1.", "2)", "(3)", " 4", "5 ", "1.2", "IV", "a", "đ", "-", "", "9999", "10000", "١٢"),
  fc.string({ maxLength: 6 }),
);

describe("parseStt: cached (plain numbers by number, others by text) == uncached", () => {
  it("same kind, text and path for any STT text, on the first call and the next ones", () => {
    fc.assert(
      fc.property(stt, (raw) => {
        const fresh = parseSttUncached(raw);
        expect(parseStt(raw)).toEqual(fresh);
        expect(parseStt(raw)).toEqual(fresh);
        expect(Object.isFrozen(parseStt(raw))).toBe(true);
      }),
      { numRuns: 3000 },
    );
  });
});

const VIETNAMESE = ["Sở Nội vụ chủ trì", "Báo cáo", "Trong năm 2025", "Quý III/2025", "Thường xuyên", "Văn phòng", "Nhiệm vụ"];
const text = fc.oneof(
  fc.constantFrom(...VIETNAMESE),
  fc.constantFrom(...VIETNAMESE).map(unicodeToTcvn3),
  fc.constantFrom(...VIETNAMESE).map(unicodeToVni),
  fc.constantFrom(...VIETNAMESE).map((s) => s.normalize("NFD")),
  fc.constantFrom("  Báo  cáo ", "Sở\nNội vụ", "a\u00a0b", "#N/A", "#REF!", "x\u200dy", "\ufeffTrong năm", "", " "),
  fc.string({ maxLength: 8 }),
);
const cell = fc.oneof({ weight: 5, arbitrary: text }, { weight: 1, arbitrary: fc.oneof(fc.integer(), fc.constant(null), fc.date({ noInvalidDate: true })) });

describe("Grid: each distinct text read once == each cell read afresh", () => {
  it("rows, texts and legacy-encoding findings as computed cell by cell", () => {
    fc.assert(
      fc.property(fc.array(fc.array(cell, { maxLength: 5 }), { minLength: 1, maxLength: 12 }), (rows) => {
        const grid = new Grid(rows, 3, 2);
        const expectedFindings: string[] = [];
        rows.forEach((row, i) => {
          const texts = grid.texts(i);
          const converted = grid.row(i);
          row.forEach((v, j) => {
            if (typeof v !== "string") {
              expect(texts[j]).toBe(textOf(v));
              expect(converted[j]).toBe(v);
              return;
            }
            const fresh = gridString(`${v}`);
            expect(texts[j]).toBe(fresh.text);
            expect(converted[j]).toBe(fresh.fix === null ? v : fresh.fix.text);
            if (fresh.fix !== null) expectedFindings.push(`${grid.letter(j)}${i + 3}:${fresh.fix.text}`);
          });
        });
        expect(grid.findings.map((f) => `${f.column}${f.row}:${f.fix}`)).toEqual(expectedFindings);
      }),
      { numRuns: 500 },
    );
  });

  it("a table whose cells share text objects validates as one whose every cell is its own copy", () => {
    const shared = ["STT", "Nội dung công việc", "Trách nhiệm thực hiện", "Tiến độ thực hiện", "Kết quả/sản phẩm"];
    const units = ["Sở Nội vụ chủ trì", unicodeToTcvn3("Văn phòng thực hiện"), "Thanh  tra", "Sở Tư pháp".normalize("NFD")];
    const rows: unknown[][] = [shared, ["I", "Lĩnh vực"]];
    for (let i = 1; i <= 300; i++) rows.push([i, `Nhiệm vụ ${i}`, units[i % units.length], ["Trong năm 2025", "Quý II/2025", "Thường xuyên"][i % 3], "Báo cáo"]);
    const copies = rows.map((r) => r.map((v) => (typeof v === "string" ? [...v].join("") : v)));
    const a = validateAppendix(rows, { planYear: 2025 });
    const b = validateAppendix(copies, { planYear: 2025 });
    expect(a).toEqual(b);
    expect(a.warnings.filter((f) => f.code === "legacy-encoding").length).toBe(150); // one per converted cell, not per distinct text
  });
});

describe("gridString: the one-pass check for plain text == the rules (legacy/NFD check, display text)", () => {
  // Characters on each side of every range the rules treat differently.
  const edges = [0x09, 0x0a, 0x1f, 0x20, 0x23, 0x41, 0x7e, 0x7f, 0x80, 0x85, 0xa0, 0xa1, 0xc0, 0xe0, 0xff, 0x100, 0x102, 0x111, 0x1b0, 0x2ff, 0x300, 0x301, 0x1dff, 0x1e00, 0x1e9f, 0x1ea0, 0x1ec7, 0x1ef9, 0x1efa, 0x1eff, 0x1f00, 0x2000, 0x200b, 0x200d, 0x200f, 0x2010, 0x2013, 0x2027, 0x2028, 0x202f, 0x2030, 0x205e, 0x205f, 0x20ac, 0x20ad, 0x3000, 0xfeff];
  const char = fc.oneof(fc.constantFrom(...edges).map((c) => String.fromCharCode(c)), fc.constantFrom("a", "N", " ", "#", "/", "ệ", "à", "Đ", "ơ"));
  const texts = fc.oneof(
    fc.array(char, { maxLength: 12 }).map((cs) => cs.join("")),
    fc.constantFrom(...VIETNAMESE).map(unicodeToTcvn3),
    fc.constantFrom(...VIETNAMESE).map(unicodeToVni),
    fc.constantFrom(...VIETNAMESE).map((s) => s.normalize("NFD")),
    fc.constantFrom("#N/A", "#REF!", " Báo cáo", "Báo cáo ", "Báo  cáo", "Quý I/2025", "Kết quả/sản phẩm", "Nhiệm vụ 1: rà soát", "Phòng Tư pháp", "Đoàn"),
  );
  it("same fix and text for any text", () => {
    fc.assert(
      fc.property(texts, (v) => {
        expect(gridString(v)).toEqual(gridStringByRules(v));
      }),
      { numRuns: 5000 },
    );
  });
});

describe("dates: the text of a Date by its day, the day of a Date cell", () => {
  const date = fc.date({ min: new Date(Date.UTC(-2000, 0, 1)), max: new Date(Date.UTC(12000, 0, 1)), noInvalidDate: true });
  it("dateText == cellText for any Date (valid or not), however often asked", () => {
    fc.assert(
      fc.property(fc.oneof(date, fc.constant(new Date(Number.NaN))), (d) => {
        expect(dateText(d)).toBe(cellText(d));
        expect(dateText(new Date(d.getTime()))).toBe(cellText(d));
      }),
      { numRuns: 2000 },
    );
  });

  it("parseDateCell(Date): the UTC day when the year is supported, else the message naming the ISO text", () => {
    fc.assert(
      fc.property(date, (d) => {
        const y = d.getUTCFullYear();
        const r = parseDateCell(d);
        if (y >= MIN_YEAR && y <= MAX_YEAR) expect(r).toEqual({ ok: true, day: dayFromYMD(y, d.getUTCMonth() + 1, d.getUTCDate()) });
        else expect(r).toEqual({ ok: false, message: expect.stringContaining(`"${d.toISOString().slice(0, 10)}"`) });
      }),
      { numRuns: 2000 },
    );
  });
});
