import { describe, expect, it } from "vitest";
import { gridSpans } from "../../../cli/src/files/outputs/writeOneSheet.js";

describe("gridSpans: a table's columns spread over the columns of the widest table", () => {
  const grid = [6, 6, 40, 11, 12, 12, 12, 12, 12, 12, 10]; // the summary's "Theo lĩnh vực"

  it("gives each wanted column the grid columns closest to its width, in order, one at least", () => {
    expect(gridSpans([46, 12, 10], grid)).toEqual([
      [0, 2],
      [3, 3],
      [4, 4],
    ]);
    expect(gridSpans([40, 11, 12, 12, 12, 12, 12, 12, 10], grid)).toEqual([[0, 2], [3, 3], [4, 4], [5, 5], [6, 6], [7, 7], [8, 8], [9, 9], [10, 10]]);
    expect(gridSpans([7, 7, 70, 12], grid)).toEqual([
      [0, 0],
      [1, 1],
      [2, 5],
      [6, 6],
    ]);
  });

  it("always leaves a grid column for each column still to place", () => {
    const spans = gridSpans([200, 5, 5], [10, 10, 10, 10]);
    expect(spans).toEqual([
      [0, 1],
      [2, 2],
      [3, 3],
    ]);
    expect(gridSpans([5, 5, 5], [10, 10, 10])).toEqual([
      [0, 0],
      [1, 1],
      [2, 2],
    ]);
  });
});
