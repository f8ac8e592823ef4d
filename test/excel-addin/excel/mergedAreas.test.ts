import { describe, expect, it } from "vitest";
import { parseMergedAddress } from "../../../excel-addin/src/excel/mergedAreas.js";

describe("parseMergedAddress", () => {
  it("reads the areas Excel lists, quoted sheet names with commas included", () => {
    expect(parseMergedAddress("'Phụ lục, bản 2'!C5:C7, 'Phụ lục, bản 2'!$E$9:$F$9, 'Phụ lục, bản 2'!AA1")).toEqual([
      { top: 5, left: 3, bottom: 7, right: 3 },
      { top: 9, left: 5, bottom: 9, right: 6 },
      { top: 1, left: 27, bottom: 1, right: 27 },
    ]);
    expect(parseMergedAddress("")).toEqual([]);
  });
});
