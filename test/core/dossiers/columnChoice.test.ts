import { describe, expect, it } from "vitest";
import { dayFromYMD } from "../../../core/src/dates/day.js";
import { compactHeaderKey, dossierColumnOf, mapDossierHeader } from "../../../core/src/dossiers/columns.js";
import { dossierStats } from "../../../core/src/dossiers/dossierStats.js";

const PERIOD = { from: dayFromYMD(2025, 1, 1), to: dayFromYMD(2025, 1, 31) };
const run = (cells: unknown[][], by?: "unit" | "staff") => {
  const r = dossierStats(cells, { ...PERIOD, by });
  if (!r.ok) throw new Error(r.message);
  return r.result;
};

describe("header aliases", () => {
  it("with and without spaces or diacritics, CamelCase, snake case and dotted API keys", () => {
    for (const t of ["Ngày tiếp nhận", "NGAY TIEP NHAN", "ngay_tiep_nhan", "NgayTiepNhan", "ngaytiepnhan", "receiveDate", "acceptedDate"]) {
      expect(dossierColumnOf(t)).toBe("received");
    }
    for (const t of ["NgayHenTra", "dueDate", "appointmentDate", "Ngày hẹn trả (dd/mm/yyyy)"]) expect(dossierColumnOf(t)).toBe("appointment");
    for (const t of ["NgayKetThucXuLy", "releaseDate", "completedDate"]) expect(dossierColumnOf(t)).toBe("processed");
    for (const t of ["NgayTra", "finishDate", "returnedDate"]) expect(dossierColumnOf(t)).toBe("returned");
    for (const t of ["TrangThaiHoSo", "TrangThaiHoSoId", "dossierStatus", "dossierStatus.name"]) expect(dossierColumnOf(t)).toBe("status");
    for (const t of ["DonViXuLy", "govAgencyName", "agency.name", "Tên đơn vị xử lý"]) expect(dossierColumnOf(t)).toBe("unit");
    for (const t of ["applyMethod.name", "KenhThucHien", "online"]) expect(dossierColumnOf(t)).toBe("channel");
    for (const t of ["MaHoSo", "dossierNo", "code"]) expect(dossierColumnOf(t)).toBe("code");
    expect(compactHeaderKey("agency.name")).toBe("agencyname");
    expect(dossierColumnOf("Tên thủ tục")).toBeNull();
  });

  it("prefers 'Ngày tiếp nhận' to the 'Ngày nộp' before it, 'Ngày hẹn trả' to 'Hạn xử lý', applyMethod.name to a bare 'Hình thức'", () => {
    const h = mapDossierHeader(["Ngày nộp", "Ngày tiếp nhận", "Hạn xử lý", "Ngày hẹn trả", "Hình thức", "applyMethod.name"]);
    expect(h.columns).toMatchObject({ received: 1, appointment: 3, channel: 5 });
    expect(h.candidates).toMatchObject({ received: [1, 0], appointment: [3, 2], channel: [5, 4] });
  });
});

describe("column choice by content", () => {
  it("a date column over a column of text for the appointment", () => {
    // "Ngày hẹn trả" holds text here, "Hạn xử lý" the dates: the dates win, with a note
    const r = run([
      ["Đơn vị", "Ngày tiếp nhận", "Ngày hẹn trả", "Hạn xử lý", "Ngày trả kết quả"],
      ["Sở A", "06/01/2025", "Còn 3 ngày", "13/01/2025", "15/01/2025"],
      ["Sở A", "06/01/2025", "Quá hạn 2 ngày", "10/01/2025", ""],
    ]);
    expect(r.resolved).toMatchObject({ total: 1, late: 1 });
    expect(r.pending).toMatchObject({ total: 1, overdue: 1 });
    expect(r.invalidRows).toEqual([]);
    expect(r.warnings[0]).toBe('Cột "Ngày hẹn trả" không chứa ngày (ví dụ "Còn 3 ngày"): dùng cột "Hạn xử lý".');
  });

  it("a channel column whose values are channels", () => {
    const r = run([
      ["Đơn vị", "Ngày tiếp nhận", "Ngày hẹn trả", "Ngày trả kết quả", "Hình thức nộp", "Kênh nộp"],
      ["Sở A", "06/01/2025", "13/01/2025", "10/01/2025", "Hồ sơ giấy", "Trực tuyến"],
      ["Sở A", "06/01/2025", "13/01/2025", "10/01/2025", "Hồ sơ giấy", "Trực tiếp"],
      ["Sở A", "06/01/2025", "13/01/2025", "10/01/2025", "Bản điện tử", "Trực tuyến"],
    ]);
    expect(r.online).toEqual({ received: 2, rate: 2 / 3 });
    expect(r.warnings[0]).toMatch(/^Cột "Hình thức nộp" không chứa hình thức nộp.*dùng cột "Kênh nộp"\.$/);
  });

  it("the choice looks at 50 rows and holds nothing back when the header is plain", () => {
    const rows: unknown[][] = [["Đơn vị", "Ngày tiếp nhận", "Ngày hẹn trả", "Ngày trả kết quả"]];
    for (let i = 0; i < 120; i++) rows.push(["Sở A", "06/01/2025", "13/01/2025", i % 4 === 0 ? "14/01/2025" : "10/01/2025"]);
    const r = run(rows);
    expect(r.resolved).toMatchObject({ total: 120, early: 90, late: 30 });
  });
});

describe("group rows and staff of a unit", () => {
  it("a unit's name over its dossiers is the unit of the rows below (numbered or not); 'Tổng cộng' is skipped", () => {
    const r = run([
      ["STT", "Mã hồ sơ", "Ngày tiếp nhận", "Ngày hẹn trả", "Ngày trả kết quả"],
      ["I. Sở Nội vụ"],
      ["1", "A1", "06/01/2025", "13/01/2025", "10/01/2025"],
      [null, "Phòng Văn thư"],
      ["2", "A2", "06/01/2025", "13/01/2025", "15/01/2025"],
      ["Tổng cộng: 2 hồ sơ"],
    ]);
    expect(r.groupRows).toBe(2);
    expect(r.rowsRead).toBe(2);
    expect(r.invalidRows).toEqual([]);
    expect(r.groups.map((g) => [g.key, g.resolved.total])).toEqual([
      ["Phòng Văn thư", 1],
      ["Sở Nội vụ", 1],
    ]);
    expect(r.warnings.some((w) => w.includes('Không có cột "Đơn vị"'))).toBe(false);
  });

  it("by staff: the same name in two units is two people, each group keyed by (unit, staff)", () => {
    const r = run(
      [
        ["Đơn vị", "Cán bộ xử lý", "Ngày tiếp nhận", "Ngày hẹn trả", "Ngày trả kết quả"],
        ["Sở A", "Nguyễn Văn An", "06/01/2025", "13/01/2025", "15/01/2025"],
        ["Sở B", "Nguyễn Văn An", "06/01/2025", "13/01/2025", "10/01/2025"],
        ["sở a", "NGUYỄN VĂN AN", "07/01/2025", "14/01/2025", "10/01/2025"],
      ],
      "staff",
    );
    expect(r.groups.map((g) => [g.key, g.unit, g.lateRateParts.numerator, g.lateRateParts.denominator])).toEqual([
      ["Nguyễn Văn An", "Sở A", 1, 2],
      ["Nguyễn Văn An", "Sở B", 0, 1],
    ]);
  });
});
