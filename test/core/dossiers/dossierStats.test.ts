import { describe, expect, it } from "vitest";
import { dayFromYMD } from "../../../core/src/dates/day.js";
import { createDossierAccumulator, DossierHeaderError, dossierStats } from "../../../core/src/dossiers/dossierStats.js";

const HEADER = [
  "Mã hồ sơ",
  "Đơn vị",
  "Cán bộ xử lý",
  "Ngày tiếp nhận",
  "Ngày hẹn trả",
  "Ngày kết thúc xử lý",
  "Ngày trả kết quả",
  "Trạng thái",
  "Hình thức nộp",
  "Số lần yêu cầu bổ sung",
  "Ngày yêu cầu bổ sung",
  "Ngày hoàn thành bổ sung",
  "Thanh toán trực tuyến",
];
type R = { code: string; unit?: string; staff?: string; recv: string; appt: string; processed?: string; returned?: string; status?: string; channel?: string; count?: string | number; req?: string; done?: string; pay?: string };
const row = (r: R): unknown[] => [
  r.code,
  r.unit ?? "UBND huyện Cam Lâm",
  r.staff ?? "Lê Thị Hà",
  r.recv,
  r.appt,
  r.processed ?? "",
  r.returned ?? "",
  r.status ?? "",
  r.channel ?? "Trực tiếp",
  r.count ?? "",
  r.req ?? "",
  r.done ?? "",
  r.pay ?? "",
];

// March 2025 has no public holiday. Period 01/03/2025 – 31/03/2025.
const FROM = dayFromYMD(2025, 3, 1);
const TO = dayFromYMD(2025, 3, 31);
const MARCH: R[] = [
  { code: "A", unit: "Sở Tư pháp", recv: "03/03/2025 08:15", appt: "10/03/2025", returned: "07/03/2025", status: "Đã trả kết quả", channel: "Trực tuyến", pay: "Có" },
  { code: "B", unit: "SỞ TƯ PHÁP", recv: "03/03/2025", appt: "10/03/2025", returned: "10/03/2025 16:45", channel: "Nộp trực tuyến", pay: "Không" },
  { code: "C", unit: "So Tu Phap", recv: "03/03/2025", appt: "10/03/2025", processed: "11/03/2025", status: "Đã xử lý xong" },
  { code: "D", unit: "Sở Tư pháp", recv: "25/02/2025", appt: "05/03/2025", returned: "04/03/2025", channel: "Trực tuyến", pay: "Có" },
  { code: "E", recv: "20/02/2025", appt: "27/02/2025", returned: "28/02/2025" },
  { code: "F", recv: "20/02/2025", appt: "03/03/2025", returned: "01/03/2025" },
  { code: "G", recv: "31/03/2025 16:59", appt: "07/04/2025", status: "Đang xử lý", channel: "Dịch vụ công trực tuyến" },
  { code: "H", recv: "01/04/2025", appt: "08/04/2025" },
  { code: "I", recv: "10/03/2025", appt: "31/03/2025", status: "Đang xử lý", channel: "Bưu chính công ích" },
  { code: "J", recv: "10/03/2025", appt: "28/03/2025", status: "Đang xử lý" },
  { code: "K", recv: "10/03/2025", appt: "20/03/2025", returned: "02/04/2025", status: "Đã trả kết quả" },
  { code: "L", recv: "10/03/2025", appt: "20/03/2025", returned: "15/03/2025", count: 2 },
  { code: "M", recv: "10/03/2025", appt: "20/03/2025", processed: "18/03/2025", returned: "21/03/2025", status: "Đã trả kết quả" },
  { code: "N", recv: "03/03/2025", appt: "11/03/2025", returned: "12/03/2025", req: "07/03/2025", done: "10/03/2025 10:00", channel: "trực tuyến mức độ 4" },
];

function run(rows: R[], options: Partial<Parameters<typeof createDossierAccumulator>[1]> = {}) {
  const acc = createDossierAccumulator(HEADER, { from: FROM, to: TO, ...options });
  rows.forEach((r, i) => acc.add(row(r), i + 2));
  return acc.result();
}

describe("dossier statistics of a period (766 rules, hand-computed)", () => {
  const r = run(MARCH);

  it("counts received in the period and carried over (received before, not ended before the period)", () => {
    // received: A B C G I J K L M N; carried: D (ended 04/03) and F (ended 01/03 = first day); E ended 28/02, H after 31/03.
    expect(r.received).toBe(10);
    expect(r.carriedOver).toBe(2);
    expect(r.outsidePeriod).toBe(2);
    expect(r.rowsRead).toBe(14);
    expect(r.invalidRows).toEqual([]);
  });

  it("splits resolved dossiers into early / on time / late, with the first end and >1 supplement rule", () => {
    // early: A (07 < 10), D, F, M (processed 18/03 before the return on 21/03: first end counts, 18 < 20)
    // on time: B (10/03 16:45 on the appointment day), N (appointment 11/03 moved to 12/03 by a 1-day pause)
    // late: C (11 > 10), L (ended 15/03 before 20/03 but 2 supplement requests)
    expect(r.resolved).toEqual({ total: 8, early: 4, onTime: 2, late: 2, returned: 0 });
  });

  it("counts pending at the period's end: within when the appointment is on or after `to`", () => {
    // G (07/04) and I (31/03 = to) within; J (28/03) and K (ended 02/04, after `to`; appointment 20/03) overdue.
    expect(r.pending).toEqual({ total: 4, withinDeadline: 2, overdue: 2, waitingSupplement: 0 });
    expect(r.received + r.carriedOver).toBe(r.resolved.total + r.pending.total);
  });

  it("late rate = (resolved late + pending overdue) ÷ (resolved + pending), or ÷ resolved when asked", () => {
    expect(r.lateRate).toBeCloseTo(4 / 12, 15);
    expect(r.onTimeRate).toBeCloseTo(8 / 12, 15);
    expect(r.denominator).toBe("resolvedAndPending");
    const only = run(MARCH, { denominator: "resolvedOnly" });
    expect(only.lateRate).toBeCloseTo(2 / 8, 15);
    expect(only.resolved).toEqual(r.resolved);
  });

  it("online rate counts dossiers received in the period only; payment rate over recorded yes/no", () => {
    // online and received in the period: A, B, G, N (D is online but carried over)
    expect(r.online).toEqual({ received: 4, rate: 0.4 });
    // payment recorded for A (Có), B (Không) in the period; D is carried over
    expect(r.onlinePayment).toEqual({ paid: 1, recorded: 2, rate: 0.5 });
  });

  it("groups by unit with accent/case-insensitive names and flags units at ≥ 5 % late (Kết luận 91)", () => {
    expect(r.groups.map((g) => g.key)).toEqual(["Sở Tư pháp", "UBND huyện Cam Lâm"]);
    const stp = r.groups[0];
    // A early, B on time, C late, D early (carried)
    expect(stp.resolved).toEqual({ total: 4, early: 2, onTime: 1, late: 1, returned: 0 });
    expect(stp.lateRate).toBeCloseTo(0.25, 15);
    expect(stp.kl91.notEligible).toBe(true);
    expect(stp.kl91.reason).toContain("25,00% ≥ ngưỡng 5%");
    const sum = r.groups.reduce((s, g) => s + g.resolved.total + g.pending.total, 0);
    expect(sum).toBe(12);
  });

  it("uses a unit's satisfaction index when given (≤ 80 % bars 'Tốt' even with no late dossier)", () => {
    const one: R[] = [{ code: "A", unit: "Sở Y tế", recv: "03/03/2025", appt: "10/03/2025", returned: "07/03/2025" }];
    const low = run(one, { satisfaction: { "SO Y TE": 0.8 } }).groups[0];
    expect(low.lateRate).toBe(0);
    expect(low.kl91).toEqual({
      notEligible: true,
      reason: 'Đơn vị không đủ điều kiện xếp loại "Tốt" (Kết luận 91-KL/TU): chỉ số hài lòng 80,00% ≤ 80%.',
    });
    const high = run(one, { satisfaction: { "Sở Y tế": 0.95 } }).groups[0];
    expect(high.kl91.notEligible).toBe(false);
    expect(high.kl91.reason).toContain("0,00% < ngưỡng 5%; chỉ số hài lòng 95,00% > 80%");
  });

  it("groups by staff with the staff threshold of the period's year (5 % from 2025)", () => {
    const s = run(
      [
        { code: "1", staff: "Trần Văn An", recv: "03/03/2025", appt: "10/03/2025", returned: "07/03/2025" },
        ...Array.from({ length: 19 }, (_, i) => ({ code: `x${i}`, staff: "Trần Văn An", recv: "03/03/2025", appt: "10/03/2025", returned: "10/03/2025" })),
        { code: "late", staff: "Trần Văn An", recv: "03/03/2025", appt: "10/03/2025", returned: "12/03/2025" },
      ],
      { by: "staff" },
    );
    expect(s.groups).toHaveLength(1);
    expect(s.groups[0].lateRate).toBeCloseTo(1 / 21, 15); // 4.76 % < 5 %
    expect(s.groups[0].kl91.notEligible).toBe(false);
    expect(s.groups[0].kl91.reason).toContain("4,76% < ngưỡng 5% áp dụng cho năm 2025");
  });

  it("without the pause option the same dossier N is late (the export's appointment already includes the pause)", () => {
    const p = run(MARCH, { pauseForSupplement: false });
    expect(p.resolved).toEqual({ total: 8, early: 4, onTime: 1, late: 3, returned: 0 });
  });
});

describe("rows that cannot be counted are reported with their row, never dropped silently", () => {
  it("reports bad dates, ended status without a date and impossible orders; the rest is still counted", () => {
    const r = run([
      { code: "ok", recv: "03/03/2025", appt: "10/03/2025", returned: "07/03/2025" },
      { code: "bad1", recv: "31/02/2025", appt: "10/03/2025" },
      { code: "bad2", recv: "03/03/2025", appt: "mười tháng ba" },
      { code: "bad3", recv: "03/03/2025", appt: "10/03/2025", status: "Đã trả kết quả" },
      { code: "bad4", recv: "10/03/2025", appt: "12/03/2025", returned: "05/03/2025" },
      { code: "bad5", recv: "10/03/2025", appt: "12/03/2025", req: "11/03/2025", done: "09/03/2025" },
      { code: "bad6", recv: "", appt: "12/03/2025" },
    ]);
    expect(r.invalidRows.map((e) => e.row)).toEqual([3, 4, 5, 6, 7, 8]);
    expect(r.invalidRows[0].message).toContain("Hồ sơ bad1");
    expect(r.invalidRows[0].message).toContain("Ngày tiếp nhận");
    expect(r.invalidRows[0].message).toContain("31/02/2025");
    expect(r.invalidRows[1].message).toContain("Ngày hẹn trả");
    expect(r.invalidRows[2].message).toContain("không có ngày kết thúc");
    expect(r.invalidRows[3].message).toContain("trước ngày tiếp nhận");
    expect(r.invalidRows[4].message).toContain("trước ngày yêu cầu bổ sung");
    expect(r.invalidRows[5].message).toBe("Hồ sơ bad6: Thiếu ngày tiếp nhận.");
    expect(r.resolved.total + r.pending.total).toBe(1);
    expect(r.warnings.some((w) => w.includes("6 dòng không đọc được"))).toBe(true);
  });

  it("accepts Date objects and Excel serials as dates", () => {
    const acc = createDossierAccumulator(HEADER, { from: FROM, to: TO });
    // 45719 = 2025-03-03, 45726 = 2025-03-10
    acc.add(["s", "X", "Y", 45719, new Date(Date.UTC(2025, 2, 10)), "", 45726, "", "", "", "", "", ""], 2);
    const r = acc.result();
    expect(r.invalidRows).toEqual([]);
    expect(r.resolved).toEqual({ total: 1, early: 0, onTime: 1, late: 0, returned: 0 });
  });
});

describe("dossierStats over a pasted sheet (hosts)", () => {
  it("finds the header under a title block, skips repeated headers and blank rows, reports sheet rows", () => {
    const cells: unknown[][] = [
      ["DANH SÁCH HỒ SƠ TTHC", "", ""],
      ["Kỳ: tháng 3/2025"],
      [],
      HEADER,
      row(MARCH[0]),
      [],
      HEADER,
      row({ code: "Z", recv: "03/03/2025", appt: "xx/03/2025" }),
    ];
    const out = dossierStats(cells, { from: FROM, to: TO });
    expect(out.ok).toBe(true);
    if (!out.ok) return;
    expect(out.result.rowsRead).toBe(2);
    expect(out.result.resolved.total).toBe(1);
    expect(out.result.invalidRows).toEqual([{ row: 8, message: expect.stringContaining("Hồ sơ Z") }]);
  });

  it("explains a missing header or missing columns in Vietnamese", () => {
    const none = dossierStats([["STT", "Tên"], ["1", "a"]], { from: FROM, to: TO });
    expect(none).toEqual({ ok: false, message: expect.stringContaining("Không tìm thấy dòng tiêu đề") });
    const noEnd = dossierStats([["Ngày tiếp nhận", "Ngày hẹn trả"]], { from: FROM, to: TO });
    expect(noEnd).toEqual({ ok: false, message: expect.stringContaining("một cột ngày kết thúc") });
    expect(() => createDossierAccumulator(["Ngày tiếp nhận", "Ngày hẹn trả", "Ngày trả kết quả"], { from: FROM, to: TO, by: "staff" })).toThrow(
      DossierHeaderError,
    );
    expect(() => createDossierAccumulator(HEADER, { from: TO, to: FROM })).toThrow(/Kỳ báo cáo không hợp lệ/);
  });

  it("without a unit column puts everything in one group and says so; without a channel column the online rate is unknown", () => {
    const out = dossierStats(
      [["Ngày tiếp nhận", "Ngày hẹn trả", "Ngày trả kết quả"], ["03/03/2025", "10/03/2025", "12/03/2025"]],
      { from: FROM, to: TO },
    );
    if (!out.ok) throw new Error(out.message);
    expect(out.result.groups.map((g) => g.key)).toEqual(["(Không ghi đơn vị)"]);
    expect(out.result.online.rate).toBeNull();
    expect(out.result.hasChannelColumn).toBe(false);
    expect(out.result.warnings.join(" ")).toContain("Hình thức nộp");
  });

  it("an empty period gives no rate (null), not 0 %", () => {
    const r = run([]);
    expect(r.lateRate).toBeNull();
    expect(r.onTimeRate).toBeNull();
    expect(r.online.rate).toBeNull();
  });
});
