import { describe, expect, it } from "vitest";
import { appendixTemplate, insertedTemplateLeadList, INLINE_LIST_MAX, readSettingsSheet, SCHEDULE_HINT, settingsSheetGrid, tableDropDowns, templateLeadList, unitChoices, validateAppendix, emptySettings } from "@cchc/core";

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

describe("the lead-unit list of a blank template", () => {
  const spec = appendixTemplate(2026);
  const lead = templateLeadList(spec);
  it("refers to the unit column of the settings sheet, so a department fills its units once", () => {
    expect(lead.source).toBe("'CCHC – Cài đặt'!$E$9:$E$408");
    // the range the settings sheet lays its units in (read back from E9 down)
    const g = settingsSheetGrid({ ...emptySettings(), departmentUnits: lead.units }).values;
    expect(g[7]![4]).toBe("Đơn vị của cơ quan");
    expect(g.slice(8, 8 + lead.units.length).map((r) => r[4])).toEqual(lead.units);
    expect(readSettingsSheet(g).settings.departmentUnits).toEqual(lead.units);
  });
  it("starts that list with the units of the sample rows (the units already in the table), each once", () => {
    expect(lead.units).toEqual(["Văn phòng", "Các phòng chuyên môn giải quyết TTHC", "Văn phòng (Bộ phận Kế toán)"]);
  });
  it("warns, never refuses, a unit not in the list; its texts fit Excel's limits and are NFC", () => {
    expect(lead.strict).toBe(false);
    expect(lead.prompt.length).toBeLessThanOrEqual(255);
    expect(lead.error.length).toBeLessThanOrEqual(225);
    expect(lead.promptTitle.length).toBeLessThanOrEqual(32);
    expect(lead.errorTitle.length).toBeLessThanOrEqual(32);
    for (const t of [lead.prompt, lead.error, lead.promptTitle, lead.errorTitle]) expect(t).toBe(t.normalize("NFC"));
  });
});

describe("the lead-unit list of a template inserted by an add-in", () => {
  const spec = appendixTemplate(2025);
  it("refers to the settings sheet's unit column when the department lists units there, else types the sample rows' units", () => {
    expect(insertedTemplateLeadList(spec, ["Thanh tra"])).toEqual({ range: "'CCHC – Cài đặt'!$E$9:$E$408" });
    expect(insertedTemplateLeadList(spec, [])).toEqual({ values: ["Văn phòng", "Các phòng chuyên môn giải quyết TTHC", "Văn phòng (Bộ phận Kế toán)"] });
    expect(insertedTemplateLeadList(spec, undefined)).toEqual(insertedTemplateLeadList(spec, []));
  });
});
