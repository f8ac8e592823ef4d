import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { quickClean, quickFold } from "../../../core/src/schedule/quickText.js";
import { cleanText, foldKey } from "../../../core/src/text/normalize.js";

const VIETNAMESE =
  "aàáảãạăằắẳẵặâầấẩẫậbcdđeèéẻẽẹêềếểễệghiìíỉĩịklmnoòóỏõọôồốổỗộơờớởỡợpqrstuùúủũụưừứửữựvxyỳýỷỹỵ" +
  "AÀÁẢÃẠĂẰẮẲẴẶÂẦẤẨẪẬĐEÈÉẺẼẸÊỀẾỂỄỆIÌÍỈĨỊOÒÓỎÕỌÔỒỐỔỖỘƠỜỚỞỠỢUÙÚỦŨỤƯỪỨỬỮỰYỲÝỶỸỴ0123456789 /-–:;()., \t\u00a0\u200b";
const MARKS = ["\u0300", "\u0301", "\u0303", "\u0309", "\u0323", "\u0306", "\u0302", "\u031b"];
const viChar = fc.constantFrom(...[...VIETNAMESE], ...MARKS, "İ", "Σ", "ς", "한", "\ufeff", "ﬁ", "Å", "K");
const viText = fc.array(viChar, { maxLength: 40 }).map((a) => a.join(""));

describe("quickClean / quickFold are cleanText / foldKey", () => {
  it("on Vietnamese-like text, NFC and NFD, with stray marks and odd letters", () => {
    fc.assert(
      fc.property(viText, (t) => {
        for (const s of [t, t.normalize("NFD"), t.normalize("NFC")]) {
          expect(quickClean(s)).toBe(cleanText(s));
          expect(quickFold(s)).toBe(foldKey(s));
        }
      }),
      { numRuns: 5000 },
    );
  });

  it("on arbitrary strings", () => {
    fc.assert(
      fc.property(fc.oneof(fc.string(), fc.string({ unit: "grapheme" }), fc.string({ unit: "binary" })), (s) => {
        expect(quickClean(s)).toBe(cleanText(s));
        expect(quickFold(s)).toBe(foldKey(s));
      }),
      { numRuns: 5000 },
    );
  });

  it("on every character below U+2300, alone and between letters", () => {
    for (let c = 0; c < 0x2300; c++) {
      const ch = String.fromCharCode(c);
      for (const s of [ch, `a${ch}b`, ` ${ch} `, `${ch}\u0301`]) {
        expect(quickFold(s)).toBe(foldKey(s));
        expect(quickClean(s)).toBe(cleanText(s));
      }
    }
  });
});
