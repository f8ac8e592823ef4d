import { describe, expect, it } from "vitest";
import { INLINE_LIST_MAX, SCHEDULE_HINT, tableDropDowns, unitChoices, validateAppendix } from "@cchc/core";

const table = (rows: unknown[][]) => validateAppendix(rows, { planYear: 2025 }).table!;

describe("drop-down lists of a checked table", () => {
  const t = table([
    ["STT", "Nội dung nhiệm vụ", "Cơ quan chủ trì", "Cơ quan phối hợp", "Thời gian hoàn thành", "Tình trạng"],
    ["1", "Rà soát", "Sở Tư pháp", "", "Quý I/2025", ""],
    ["2", "Số hóa", "sở tư pháp", "", "Tháng 6/2025", ""],
    ["3", "Công bố", "Văn phòng", "", "Thường xuyên", ""],
  ]);
  it("offers each unit once (folded), with the department's own list, sorted in Vietnamese order", () => {
    expect(unitChoices(t, ["Thanh tra", "Văn phòng"])).toEqual(["Sở Tư pháp", "Thanh tra", "Văn phòng"]);
  });
  it("gives the lead list (warning only), the status words and the schedule hint, to 200 rows past the table", () => {
    const d = tableDropDowns(t, { lastRow: 4 });
    expect(d.map((x) => [x.column, x.firstRow, x.lastRow, x.strict])).toEqual([
      ["C", 2, 204, false],
      ["F", 2, 204, false],
      ["E", 2, 204, false],
    ]);
    expect(d[2]!.list).toBeUndefined();
    expect(d[2]!.prompt).toBe(SCHEDULE_HINT);
    expect(SCHEDULE_HINT.length).toBeLessThanOrEqual(255);
    expect(SCHEDULE_HINT).toBe(SCHEDULE_HINT.normalize("NFC"));
  });
  it("keeps only the hint when the units do not fit Excel's typed-in list", () => {
    const many = Array.from({ length: 40 }, (_, i) => `Phòng chuyên môn số ${i + 1}`);
    const d = tableDropDowns(t, { lastRow: 4, departmentUnits: many });
    expect(many.join(",").length).toBeGreaterThan(INLINE_LIST_MAX);
    expect(d[0]!.list).toBeUndefined();
    expect(d[0]!.prompt).toContain("một đơn vị chủ trì");
  });
});
