import { dayFromYMD } from "@cchc/core";
import { describe, expect, it } from "vitest";
import { dossierOptionsFromDto } from "../../../gsheets/src/commands/dossierOptionsFromDto.js";

describe("dossierOptionsFromDto (what the sidebar's Thống kê hồ sơ section sends)", () => {
  it("reads ISO dates and the grouping; by unit when no grouping is sent", () => {
    expect(dossierOptionsFromDto({ from: "2025-01-01", to: "2025-06-30", by: "staff" })).toEqual({
      ok: true,
      options: { from: dayFromYMD(2025, 1, 1), to: dayFromYMD(2025, 6, 30), by: "staff" },
    });
    expect(dossierOptionsFromDto({ from: " 2025-03-01 ", to: "2025-03-01" })).toEqual({
      ok: true,
      options: { from: dayFromYMD(2025, 3, 1), to: dayFromYMD(2025, 3, 1), by: "unit" }, // a one-day period is fine
    });
  });

  it("accepts day-first text as typed when the sidebar could not turn it into ISO", () => {
    const r = dossierOptionsFromDto({ from: "1.7.2025", to: "31-12-2025", by: "unit" });
    expect(r).toEqual({ ok: true, options: { from: dayFromYMD(2025, 7, 1), to: dayFromYMD(2025, 12, 31), by: "unit" } });
  });

  it("explains every problem in Vietnamese, quoting dates day first", () => {
    const r = dossierOptionsFromDto({ from: "2024-02-30", to: "", by: "cán bộ" });
    expect(r).toEqual({
      ok: false,
      problems: [
        '"Từ ngày": Ngày "30/02/2024" không tồn tại (ngày/tháng/năm không hợp lệ).',
        'Chưa nhập "Đến ngày": nhập ngày/tháng/năm, ví dụ 30/06/2025.',
        'Cách thống kê "cán bộ" không có: chọn "Theo đơn vị" hoặc "Theo cán bộ xử lý".',
      ],
      fields: ["from", "to", "by"],
    });
  });

  it("refuses a period that ends before it starts", () => {
    expect(dossierOptionsFromDto({ from: "2025-12-31", to: "2025-01-01", by: "unit" })).toEqual({
      ok: false,
      problems: ['"Đến ngày" (01/01/2025) đang trước "Từ ngày" (31/12/2025): hãy sửa kỳ thống kê.'],
      fields: ["to"],
    });
  });

  it("survives anything google.script.run may deliver", () => {
    for (const input of [undefined, null, 42, "2025-01-01", [], { from: 20250101, to: new Date(0) }]) {
      const r = dossierOptionsFromDto(input);
      expect(r.ok).toBe(false);
      if (!r.ok) expect(r.problems).toContain('Chưa nhập "Từ ngày": nhập ngày/tháng/năm, ví dụ 01/01/2025.');
    }
  });
});
