import { describe, expect, it } from "vitest";
import { nextStt, parseStt, romanValue, toRoman } from "../../../core/src/appendix/stt.js";

describe("STT", () => {
  it.each([
    ["A", "part", [1]],
    ["B", "part", [2]],
    ["I", "roman", [1]],
    ["IV", "roman", [4]],
    ["IX", "roman", [9]],
    ["XX", "roman", [20]],
    ["1", "number", [1]],
    ["2.1", "number", [2, 1]],
    ["1.1.1", "number", [1, 1, 1]],
    ["3.", "number", [3]],
    ["a)", "letter", [1]],
    ["đ", "letter", [5]],
    ["e", "letter", [6]],
    ["", "empty", []],
    ["-", "bullet", []],
    ["1a", "other", []],
    ["IIII", "other", []],
  ])("%j → %s %j", (text, kind, path) => {
    const s = parseStt(text);
    expect(s.kind).toBe(kind);
    expect(s.path).toEqual(path);
  });

  it("Roman numerals both ways, 1–89", () => {
    for (let n = 1; n < 90; n++) expect(romanValue(toRoman(n))).toBe(n);
    expect(romanValue("IC")).toBe(0);
  });

  it("next STT at the same level", () => {
    expect(nextStt(parseStt("2.1"))).toBe("2.2");
    expect(nextStt(parseStt("IV"))).toBe("V");
    expect(nextStt(parseStt("A"))).toBe("B");
  });
});
