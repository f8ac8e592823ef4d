import { dayFromYMD } from "@cchc/core";
import { describe, expect, it } from "vitest";
import { dossierStats } from "../../../excel-addin/src/commands/dossierStats.js";
import { serialOf, setup } from "../standIn.js";

const s = serialOf;
/** A small export worked by hand: period 01/01–31/03/2025. */
const EXPORT: unknown[][] = [
  ["Mã hồ sơ", "Đơn vị", "Ngày tiếp nhận", "Ngày hẹn trả", "Ngày kết thúc xử lý", "Trạng thái", "Hình thức nộp"],
  ["HS1", "Phòng A", s(2025, 1, 6), s(2025, 1, 20), s(2025, 1, 15), "Đã trả kết quả", "Trực tuyến"], // early
  ["HS2", "Phòng A", s(2025, 2, 3), s(2025, 2, 10), s(2025, 2, 10), "Đã trả kết quả", "Trực tiếp"], // on time
  ["HS3", "Phòng A", s(2025, 2, 3), s(2025, 2, 10), s(2025, 2, 12), "Đã trả kết quả", "Trực tiếp"], // late
  ["HS4", "Phòng A", s(2025, 3, 3), s(2025, 3, 14), "", "Đang xử lý", "Trực tuyến"], // pending, overdue at 31/03
  ["HS5", "Phòng B", s(2025, 3, 3), s(2025, 3, 10), s(2025, 3, 10), "Đã trả kết quả", "Trực tuyến"], // on time
  ["HS6", "Phòng B", s(2025, 3, 25), s(2025, 4, 8), "", "Đang xử lý", "Bưu chính"], // pending within
  ["HS7", "Phòng B", "31/02/2025", s(2025, 3, 10), "", "Đang xử lý", "Trực tiếp"], // bad date: listed, not counted
];

describe("Thống kê hồ sơ (dossierStats)", () => {
  it("writes form II.06a and the Kết luận 91 flags for an export pasted into a sheet", async () => {
    const { model, ctx } = setup({ "Hồ sơ": EXPORT });
    const context = ctx();
    const r = await dossierStats(context, { from: dayFromYMD(2025, 1, 1), to: dayFromYMD(2025, 3, 31) });
    expect(context.syncCount).toBeLessThanOrEqual(3);
    expect(r.statsSheet).toBe("Thống kê hồ sơ");
    expect(r.invalidRows).toBe(1);
    expect(r.lateRate).toBeCloseTo(2 / 6, 10);
    expect(r.notEligible).toBe(1);

    const sheet = model.sheet("Thống kê hồ sơ");
    const grid = sheet.get("A1:N40");
    const header = grid.findIndex((row) => row[0] === "STT");
    expect(grid[header].slice(0, 3)).toEqual(["STT", "Đơn vị", "Tiếp nhận – Tổng số"]);
    const a = grid[header + 1];
    const b = grid[header + 2];
    const total = grid[header + 3];
    // Tiếp nhận: tổng, trực tuyến, trực tiếp/bưu chính, từ kỳ trước · Đã giải quyết: tổng, trước, đúng, quá · Đang: tổng, trong, quá · tỷ lệ
    expect(a.slice(1, 14)).toEqual(["Phòng A", 4, 2, 2, 0, 3, 1, 1, 1, 1, 0, 1, 0.5]);
    expect(b.slice(1, 14)).toEqual(["Phòng B", 2, 1, 1, 0, 1, 0, 1, 0, 1, 1, 0, 0]);
    expect(total.slice(2, 13)).toEqual([6, 3, 3, 0, 4, 1, 2, 1, 2, 1, 1]);
    expect(sheet.cell(`N${header + 2}`)?.nf).toBe("0.00%");
    const flags = grid.findIndex((row) => String(row[0]).startsWith("2. Đối chiếu Kết luận 91"));
    expect(grid[flags + 2][5]).toBe("x");
    expect(String(grid[flags + 2][6])).toMatch(/Phòng A|50/);
    // the bad row is listed with a link to it
    const bad = grid.findIndex((row) => String(row[0]).startsWith("3. Dòng không đọc được"));
    expect(grid[bad + 2][0]).toBe(8);
    expect(sheet.cell(`A${bad + 3}`)?.hyperlink?.documentReference).toBe("'Hồ sơ'!A8");
    expect(sheet.model.charts[0].type).toBe("BarStacked");
    // the signature block of an official report under the tables (from the spec's print settings)
    const signers = grid.findIndex((row) => row[0] === "NGƯỜI LẬP BIỂU");
    expect(signers).toBeGreaterThan(bad);
    expect(grid[signers]).toContain("THỦ TRƯỞNG ĐƠN VỊ");
    expect(grid[signers - 1]).toContain("……………, ngày …… tháng …… năm ………");
    expect(grid[signers + 1][0]).toBe("(Ký, ghi rõ họ tên)");
    // the export is untouched
    expect(model.sheet("Hồ sơ").get("A1:G8")).toEqual(EXPORT.map((row) => row.map((v) => v)));
  });

  it("groups by civil servant when asked", async () => {
    const withStaff = EXPORT.map((row, i) => [...row, i === 0 ? "Cán bộ xử lý" : i % 2 === 0 ? "Nguyễn Văn An" : "Trần Thị Bình"]);
    const { model, ctx } = setup({ "Hồ sơ": withStaff });
    const r = await dossierStats(ctx(), { from: dayFromYMD(2025, 1, 1), to: dayFromYMD(2025, 3, 31), by: "staff" });
    expect(r.by).toBe("staff");
    const grid = model.sheet("Thống kê hồ sơ").get("A1:C12");
    expect(String(grid[0][0])).toContain("THEO CÁN BỘ XỬ LÝ");
    expect(grid.flat()).toContain("Nguyễn Văn An");
  });

  it("refuses a period that ends before it starts, and a sheet that is not an export", async () => {
    const { ctx } = setup({ "Hồ sơ": EXPORT });
    await expect(dossierStats(ctx(), { from: dayFromYMD(2025, 3, 31), to: dayFromYMD(2025, 1, 1) })).rejects.toThrow(/"Đến ngày" \(01\/01\/2025\) đang trước "Từ ngày"/);
    const other = setup({ "Khác": [["Tên", "Tuổi"], ["An", 30]] });
    await expect(dossierStats(other.ctx(), { from: dayFromYMD(2025, 1, 1), to: dayFromYMD(2025, 3, 31) })).rejects.toThrow(/Ngày tiếp nhận/);
  });
});
