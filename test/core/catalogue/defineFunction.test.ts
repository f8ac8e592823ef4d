import { defineFunction, evaluate } from "@cchc/core";
import { describe, expect, it } from "vitest";

describe("defineFunction: implementations typed against their parameter kinds", () => {
  it("gives impl the values its parameters are read as", () => {
    const f = defineFunction({
      id: "THU",
      description: "thử",
      example: "",
      result: "number",
      params: [
        { id: "d", name: "ngày", description: "", kind: "date" },
        { id: "n", name: "số", description: "", kind: "number", optional: true },
        { id: "l", name: "danh sách", description: "", kind: "dateList", optional: true },
      ],
      impl: (day: number, n: number | null, list: number[]) => day + (n ?? 0) + list.length,
    });
    expect(evaluate(f, [45930, 2])).toBe(45930 - 25569 + 2);
  });
  it("refuses an impl that does not match (checked by the compiler)", () => {
    defineFunction({
      id: "SAI",
      description: "",
      example: "",
      result: "text",
      params: [{ id: "t", name: "chữ", description: "", kind: "text" }],
      // @ts-expect-error a text parameter arrives as a string, not a number
      impl: (n: number) => n + 1,
    });
    defineFunction({
      id: "SAI2",
      description: "",
      example: "",
      result: "text",
      params: [{ id: "n", name: "số", description: "", kind: "number", optional: true }],
      // @ts-expect-error an optional number may be null
      impl: (n: number) => n + 1,
    });
    expect(true).toBe(true);
  });
});
