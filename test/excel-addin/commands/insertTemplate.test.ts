import { appendixTemplate, dayFromYMD, templateGrid, validateAppendix } from "@cchc/core";
import { describe, expect, it } from "vitest";
import { insertTemplate } from "../../../excel-addin/src/commands/insertTemplate.js";
import { serialOf, setup } from "../standIn.js";

describe("Chèn mẫu phụ lục (insertTemplate)", () => {
  it("adds 'Phụ lục 2025' from core's template with formats, drop-down, date checks, frozen header and print setup", async () => {
    const { model, ctx } = setup({ "Trang tính1": [["của tôi"]], "CCHC – Cài đặt": [[], [], ["Năm kế hoạch", 2025]] }, "Trang tính1");
    const context = ctx();
    const r = await insertTemplate(context, { today: dayFromYMD(2026, 3, 1) });
    expect(context.syncCount).toBe(3);
    const spec = appendixTemplate(2025);
    expect(r).toMatchObject({ sheet: "Phụ lục 2025", year: 2025 });
    const sheet = model.sheet("Phụ lục 2025");
    const grid = templateGrid(spec).map((row) => row.map((v) => v ?? ""));
    expect(sheet.get(`A1:J${grid.length}`)).toEqual(grid);
    expect(sheet.value("A2")).toBe("NHIỆM VỤ CẢI CÁCH HÀNH CHÍNH NĂM 2025");
    const header = spec.headerRow;
    expect(sheet.get(`A${header}:J${header}`)[0]).toEqual(spec.columns.map((c) => c.header));
    expect(sheet.cell(`A${header}`)?.bold).toBe(true);
    // STT is text ("2.1" stays "2.1"); Hạn and Ngày hoàn thành are dates dd/mm/yyyy down to the blank rows
    expect(sheet.cell(`A${header + 1}`)?.nf).toBe("@");
    expect(sheet.cell(`G${header + 1}`)?.nf).toBe("dd/mm/yyyy");
    expect(sheet.cell(`H${grid.length + spec.blankTaskRows}`)?.nf).toBe("dd/mm/yyyy");
    const validations = sheet.model.validations as { address: string; rule: Record<string, { source?: string }>; errorAlert: { message: string } | null }[];
    const status = validations.find((v) => v.rule.list && v.address.includes("!I"))!;
    // the lead unit: a list from the settings sheet's unit column (this workbook lists none there: the sample rows' units)
    const lead = validations.find((v) => v.rule.list && v.address.includes("!C"))!;
    expect(lead.rule.list.source).toBe("Văn phòng,Các phòng chuyên môn giải quyết TTHC,Văn phòng (Bộ phận Kế toán)");
    expect(status.address).toBe(`'Phụ lục 2025'!I${header + 1}:I${grid.length + spec.blankTaskRows}`);
    expect(status.rule.list.source).toBe(spec.statusValues.join(","));
    expect(validations.filter((v) => v.rule.date).map((v) => v.errorAlert?.message)).toEqual([
      'Cột "Hạn": nhập ngày theo dạng ngày/tháng/năm, ví dụ 30/06/2025.',
      'Cột "Ngày hoàn thành": nhập ngày theo dạng ngày/tháng/năm, ví dụ 30/06/2025.',
    ]);
    const m = sheet.model as unknown as { frozenRows: number; frozenColumns: number; orientation: string; page: Record<string, unknown> };
    expect([m.frozenRows, m.frozenColumns]).toEqual([header, 2]);
    expect(m.orientation).toBe("Landscape");
    expect(m.page).toMatchObject({ paperSize: "A4", printTitleRows: `$${header}:$${header}` });
    // every column on one A4 landscape width: 10 columns of 202 characters ≈ 1,111 pt on 770 pt
    expect((m.page.zoom as { scale: number }).scale).toBe(69);
    expect(sheet.model.merges).toContain("'Phụ lục 2025'!A1:J1");
    expect(model.sheet("Trang tính1").value("A1")).toBe("của tôi");
  });

  it("validates without errors once written (the template reads back as a plan)", async () => {
    const { model, ctx } = setup({ "Trang tính1": [] });
    const r = await insertTemplate(ctx(), { today: dayFromYMD(2025, 5, 1) });
    expect(r.sheet).toBe("Phụ lục 2025");
    const sheet = model.sheet("Phụ lục 2025");
    const report = validateAppendix(sheet.get(`A1:J${sheet.usedRows()}`), { planYear: 2025, asOf: serialOf(2025, 5, 1) - 25569 });
    expect(report.error).toBeUndefined();
    expect(report.errors.map((e) => `${e.code}@${e.column}${e.row}: ${e.message}`)).toEqual([]);
    expect(report.stats.tasks).toBe(appendixTemplate(2025).rows.filter((x) => x.kind === "task").length);
  });

  it("numbers the sheet when 'Phụ lục 2025' exists, and uses today's year without settings (2 requests)", async () => {
    const { model, ctx } = setup({ "Phụ lục 2025": [["đã có"]] });
    const context = ctx();
    const r = await insertTemplate(context, { today: dayFromYMD(2025, 5, 1) });
    expect(r.sheet).toBe("Phụ lục 2025 (2)");
    expect(context.syncCount).toBe(2);
    expect(model.sheet("Phụ lục 2025").value("A1")).toBe("đã có");
  });
});
