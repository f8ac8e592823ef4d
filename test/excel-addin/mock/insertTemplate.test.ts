// Chèn mẫu phụ lục against office-addin-mock objects: the new sheet from core's template (values,
// formats, drop-down, date checks, freeze, print setup), the user's sheets untouched.
import { appendixTemplate, dayFromYMD, templateGrid } from "@cchc/core";
import { describe, expect, it } from "vitest";
import { insertTemplate } from "../../../excel-addin/src/commands/insertTemplate.js";
import { repeated607 } from "./fixtureSheets.js";
import { mockWorkbook } from "./officeMockWorkbook.js";

describe("insertTemplate with office-addin-mock", () => {
  it("adds 'Phụ lục 2025' (year from the settings sheet) with the template, formats and print setup", async () => {
    const book = mockWorkbook({ "Trang tính1": [["của tôi", 12]], "CCHC – Cài đặt": [[], [], ["Năm kế hoạch", 2025]] });
    const r = await insertTemplate(book.context(), { today: dayFromYMD(2026, 3, 1) });

    const spec = appendixTemplate(2025);
    expect(r).toMatchObject({ sheet: "Phụ lục 2025", year: 2025, notes: spec.notes });
    expect(book.state.syncs).toBe(3); // sheet list, settings, write
    expect(r.syncs).toBe(3);
    expect(book.state.suspends).toBe(1);
    expect(book.sheetNames()).toEqual(["Trang tính1", "CCHC – Cài đặt", "Phụ lục 2025"]);
    expect(book.activeName()).toBe("Phụ lục 2025");

    const S = "Phụ lục 2025";
    const grid = templateGrid(spec).map((row) => row.map((v) => v ?? ""));
    expect(book.get(S, `A1:J${grid.length}`)).toEqual(grid);
    expect(book.value(S, "A2")).toBe("NHIỆM VỤ CẢI CÁCH HÀNH CHÍNH NĂM 2025");
    const header = spec.headerRow;
    expect(book.get(S, `A${header}:J${header}`)[0]).toEqual(spec.columns.map((c) => c.header));
    // blank task rows below the samples, then nothing (the notes are shown in the pane, not written)
    const last = header + r.rows;
    expect(book.get(S, `A${grid.length + 1}:J${last}`).flat().every((v) => v === "")).toBe(true);
    expect(book.sheet(S).values.length).toBe(last);
    // STT as text, the two date columns dd/mm/yyyy down to the last blank row, header rows General
    const f = book.sheet(S).formats;
    expect(f.get(`A${header + 1}`)).toBe("@");
    expect(f.get(`G${header + 1}`)).toBe("dd/mm/yyyy");
    expect(f.get(`H${last}`)).toBe("dd/mm/yyyy");
    expect(f.get(`A${header}`)).toBe("General");

    const v = book.sheet(S).validations as { address: string; rule: Record<string, { source?: string }>; errorAlert: { message: string } | undefined }[];
    const status = v.find((x) => x.rule.list && x.address.startsWith("I"))!;
    // the lead unit: the sample rows' units (this workbook's settings sheet lists none), a warning for another name
    const lead = v.find((x) => x.rule.list && x.address.startsWith("C"))!;
    expect(lead.address).toBe(`C${header + 1}:C${last}`);
    expect(lead.rule.list.source).toBe("Văn phòng,Các phòng chuyên môn giải quyết TTHC,Văn phòng (Bộ phận Kế toán)");
    expect(lead.errorAlert).toMatchObject({ style: "Warning" });
    expect(status.address).toBe(`I${header + 1}:I${last}`);
    expect(status.rule.list.source).toBe(spec.statusValues.join(","));
    expect(v.filter((x) => x.rule.date).map((x) => [x.address, x.errorAlert?.message])).toEqual([
      [`G${header + 1}:G${last}`, 'Cột "Hạn": nhập ngày theo dạng ngày/tháng/năm, ví dụ 30/06/2025.'],
      [`H${header + 1}:H${last}`, 'Cột "Ngày hoàn thành": nhập ngày theo dạng ngày/tháng/năm, ví dụ 30/06/2025.'],
    ]);

    const sheet = book.sheet(S);
    expect(sheet.frozen.at).toBe(`'Phụ lục 2025'!A1:B${header}`);
    expect(sheet.merges).toContain("'Phụ lục 2025'!A1:J1");
    expect(sheet.widths.size).toBe(spec.columns.length);
    const page = sheet.page;
    expect(page.orientation).toBe("Landscape");
    expect(page.paperSize).toBe("A4");
    expect(page.printTitleRows).toBe(`$${header}:$${header}`);
    expect(page.zoom).toEqual({ scale: 69 });

    expect(book.cellWrites("Trang tính1")).toEqual([]);
    expect(book.cellWrites("CCHC – Cài đặt")).toEqual([]);
    expect(book.get("Trang tính1", "A1:B1")).toEqual([["của tôi", 12]]);
  });

  it("numbers the sheet when 'Phụ lục 2025' exists and takes the year from today without settings (2 requests)", async () => {
    const book = mockWorkbook({ "Phụ lục 2025": [["đã có"]] });
    const r = await insertTemplate(book.context(), { today: dayFromYMD(2025, 5, 1) });
    expect(r.sheet).toBe("Phụ lục 2025 (2)");
    expect(book.state.syncs).toBe(2);
    expect(book.cellWrites("Phụ lục 2025")).toEqual([]);
    expect(book.value("Phụ lục 2025", "A1")).toBe("đã có");
  });

  it("stays at 3 requests next to a 10,000-task sheet, which it does not read or write", async () => {
    const cells = repeated607(136);
    const book = mockWorkbook({ "Kế hoạch": cells, "CCHC – Cài đặt": [[], [], ["Năm kế hoạch", 2026]] });
    const before = book.get("Kế hoạch", `A1:E${cells.length}`);
    const r = await insertTemplate(book.context(), { today: dayFromYMD(2025, 5, 1) });
    expect(r.sheet).toBe("Phụ lục 2026");
    expect(book.state.syncs).toBeLessThanOrEqual(3);
    expect(book.cellWrites("Kế hoạch")).toEqual([]);
    expect(book.get("Kế hoạch", `A1:E${cells.length}`)).toEqual(before);
    console.log(`[office-addin-mock] insertTemplate beside 10,064 tasks: ${book.state.syncs} syncs`);
  });

  it("takes the lead-unit list from the settings sheet's unit column when the department lists its units there", async () => {
    const settings: unknown[][] = [[], [], ["Năm kế hoạch", 2025], [], [], [], [], ["Ngày nghỉ thêm", "Lý do", "Ngày làm việc thêm (làm bù)", "Lý do", "Đơn vị của cơ quan"], ["", "", "", "", "Thanh tra"]];
    const book = mockWorkbook({ "CCHC – Cài đặt": settings });
    const r = await insertTemplate(book.context(), { today: dayFromYMD(2025, 5, 1) });
    const v = book.sheet(r.sheet).validations as { address: string; rule: Record<string, { source?: string }>; errorAlert: { style: string } | undefined }[];
    const lead = v.find((x) => x.rule.list && x.address.startsWith("C"))!;
    // cut to the units filled in: Excel would show the blank cells of E9:E408 as empty lines
    expect(lead.rule.list.source).toBe("=OFFSET('CCHC – Cài đặt'!$E$9,0,0,MAX(1,COUNTA('CCHC – Cài đặt'!$E$9:$E$408)),1)");
    expect(lead.errorAlert?.style).toBe("Warning");
    expect(book.cellWrites("CCHC – Cài đặt")).toEqual([]);
  });
});
