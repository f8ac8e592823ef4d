import { dayFromYMD, formatDateVN, formatIsoDateVN, formatNumberVN, formatPercentVN } from "@cchc/core";
import { describe, expect, it } from "vitest";

describe("one Vietnamese formatter", () => {
  it("percentages with a decimal comma and the sign right after the figure", () => {
    expect(formatPercentVN(0.0794)).toBe("7,94%");
    expect(formatPercentVN(0.3727)).toBe("37,27%");
    expect(formatPercentVN(0.05, true)).toBe("5%");
    expect(formatPercentVN(0.125, { trim: true })).toBe("12,5%");
    expect(formatPercentVN(null)).toBe("—");
    expect(formatPercentVN(null, { none: "không tính được" })).toBe("không tính được");
  });
  it("numbers with a dot between thousands, dates day first", () => {
    expect(formatNumberVN(100000)).toBe("100.000");
    expect(formatNumberVN(1234567.5)).toBe("1.234.567,5");
    expect(formatNumberVN(-2.25)).toBe("-2,25");
    expect(formatDateVN(dayFromYMD(2025, 12, 5))).toBe("05/12/2025");
    expect(formatIsoDateVN("2025-09-30")).toBe("30/09/2025");
  });
});
