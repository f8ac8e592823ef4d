/**
 * Sheets-side function cases, run against core's `evaluate` and the built Apps Script functions
 * in addition to the shared table test/shared/functionCases.ts (sharedCases.test.ts): more
 * ranges, blanks, bad cells, time zones and the dossier functions over ranges of Dates.
 * Arguments are host-neutral: {date:"YYYY-MM-DD"} is a date cell (Sheets: a Date at midnight
 * in the spreadsheet's time zone; core: a UTC-midnight Date); arrays are ranges.
 */
export type CaseScalar = number | string | boolean | null | { date: string };
export type CaseArg = CaseScalar | CaseScalar[][];

export interface FunctionCase {
  name: string;
  id: string;
  args: CaseArg[];
  /** Expected result where it is known by hand (dates as "YYYY-MM-DD"; errors as {error: kind}). */
  expect?: unknown;
}

const d = (iso: string) => ({ date: iso });

export const functionCases: FunctionCase[] = [
  { name: "HANXULY over Tết 2025", id: "HANXULY", args: [d("2025-01-24"), 5], expect: "2025-02-07" },
  { name: "HANXULY from dd/mm/yyyy text", id: "HANXULY", args: ["24/01/2025", 5], expect: "2025-02-07" },
  { name: "HANXULY make-up Saturday 26/04/2025 counts", id: "HANXULY", args: [d("2025-04-25"), 1], expect: "2025-04-26" },
  { name: "HANXULY Saturday 15/02/2025 is not worked", id: "HANXULY", args: [d("2025-02-14"), 1], expect: "2025-02-17" },
  { name: "HANXULY column of dates", id: "HANXULY", args: [[[d("2025-01-24")], [d("2025-04-29")], [d("2025-08-29")]], 5] },
  { name: "HANXULY with extra day off", id: "HANXULY", args: [d("2025-03-03"), 2, [[d("2025-03-04")], [null]]] },
  { name: "HANXULY negative days", id: "HANXULY", args: [d("2025-02-07"), -5] },
  { name: "HANXULY non-integer days", id: "HANXULY", args: [d("2025-02-07"), 1.5], expect: { error: "num" } },
  { name: "HANXULY bad date text", id: "HANXULY", args: ["31/02/2025", 3], expect: { error: "value" } },
  { name: "HANXULY column with one bad cell", id: "HANXULY", args: [[[d("2025-01-24")], ["abc"], [null]], 5] },
  { name: "HANXULY mismatched ranges", id: "HANXULY", args: [[[d("2025-01-24")], [d("2025-01-27")]], [[1], [2], [3]]], expect: { error: "value" } },
  { name: "NGAYLAMVIEC February 2025", id: "NGAYLAMVIEC", args: ["01/02/2025", "28/02/2025"], expect: 20 },
  { name: "NGAYLAMVIEC dates", id: "NGAYLAMVIEC", args: [d("2025-01-01"), d("2025-12-31")] },
  { name: "NGAYLAMVIEC row ranges", id: "NGAYLAMVIEC", args: [[[d("2025-01-01"), d("2025-04-01")]], [[d("2025-01-31"), d("2025-04-30")]]] },
  { name: "LANGAYLAMVIEC make-up Saturday", id: "LANGAYLAMVIEC", args: ["26/04/2025"], expect: true },
  { name: "LANGAYLAMVIEC 2/9/2025", id: "LANGAYLAMVIEC", args: [d("2025-09-02")], expect: false },
  { name: "LANGAYLAMVIEC column", id: "LANGAYLAMVIEC", args: [[[d("2025-04-26")], [d("2025-04-27")], [d("2025-04-30")], [d("2025-05-05")]]] },
  { name: "THOIHAN quarter", id: "THOIHAN", args: ["Quý I năm 2025"], expect: "2025-03-31" },
  { name: "THOIHAN without diacritics", id: "THOIHAN", args: ["Trong nam 2025"], expect: "2025-12-31" },
  { name: "THOIHAN continuous has no due date", id: "THOIHAN", args: ["Thường xuyên"], expect: { error: "na" } },
  { name: "THOIHAN column", id: "THOIHAN", args: [[["Trước ngày 05/12/2025"], ["Tháng 6/2025"], ["6 tháng đầu năm 2025"], ["Theo kế hoạch của Bộ Nội vụ"], ["???"]], 2025] },
  { name: "TRANGTHAI done late", id: "TRANGTHAI", args: ["Quý I/2025", "05/04/2025", "30/06/2025"], expect: "Hoàn thành trễ hạn" },
  { name: "TRANGTHAI dates", id: "TRANGTHAI", args: [d("2025-03-31"), null, d("2025-06-30")] },
  {
    name: "TRANGTHAI columns with blanks",
    id: "TRANGTHAI",
    args: [[[d("2025-03-31")], ["Quý II/2025"], ["Thường xuyên"], [d("2025-12-31")]], [[d("2025-03-20")], [null], [null], [d("2025-12-31")]], d("2025-09-30"), 2025],
  },
  { name: "AMLICH Tết Ất Tỵ", id: "AMLICH", args: [d("2025-01-29")], expect: "01/01/2025 (Ất Tỵ)" },
  { name: "AMLICH column", id: "AMLICH", args: [[[d("2024-02-10")], [d("2026-02-17")]]] },
];

/** Sheets-specific cases of the dossier functions (ranges of Dates, the II.06a row). */
export const dossierCases: FunctionCase[] = [
  {
    name: "TYLETREHAN: 1 late of 4 resolved, 1 pending overdue of 2 pending",
    id: "TYLETREHAN",
    args: [
      [[d("2025-03-10")], [d("2025-03-10")], [d("2025-03-10")], [d("2025-03-10")], [d("2025-03-20")], [d("2025-04-20")]],
      [[d("2025-03-07")], [d("2025-03-10")], [d("2025-03-12")], [d("2025-03-09")], [null], [null]],
      d("2025-03-31"),
    ],
  },
  { name: "XEPLOAI unit 6 %", id: "XEPLOAI", args: [0.06] },
  { name: "XEPLOAI column", id: "XEPLOAI", args: [[[0.01], [0.07]], null, 2024] },
  { name: "DIEM766 column", id: "DIEM766", args: [[[0.6], [0.85]], 0.8, 2] },
  { name: "NGUOIDUNGDAU column with last year", id: "NGUOIDUNGDAU", args: [[["Tốt"], ["Trung bình"], ["Yếu"]], [["Khá"], ["Trung bình"], [null]]] },
  { name: "NGUOIDUNGDAU not a ranking", id: "NGUOIDUNGDAU", args: ["Xuất sắc"] },
  { name: "XEPHANG column", id: "XEPHANG", args: [[[92], [85.5], [70], [12]], 90, 80, 70] },
  { name: "XEPHANG bands in the wrong order", id: "XEPHANG", args: [85, 70, 80, 90] },
  {
    name: "THONGKEHOSO on a small export",
    id: "THONGKEHOSO",
    args: [
      [
        ["Mã hồ sơ", "Đơn vị", "Ngày tiếp nhận", "Ngày hẹn trả", "Ngày trả kết quả", "Trạng thái", "Hình thức nộp"],
        ["H1", "Văn phòng", d("2025-03-03"), d("2025-03-10"), d("2025-03-07"), "Đã trả kết quả", "Trực tuyến"],
        ["H2", "Văn phòng", d("2025-03-04"), d("2025-03-11"), d("2025-03-12"), "Đã trả kết quả", "Trực tiếp"],
        ["H3", "Văn phòng", d("2025-03-05"), d("2025-03-12"), null, "Đang xử lý", "Trực tuyến"],
        ["H4", "Văn phòng", d("2025-03-25"), d("2025-04-10"), null, "Đang xử lý", "Bưu chính"],
      ],
      d("2025-03-01"),
      d("2025-03-31"),
    ],
  },
];

// HANXULY's receipt cut-off (4th argument "giờ chốt nhận"), 2025 calendar (Tết 27–31/01 off).
// {date: "YYYY-MM-DDTHH:mm"} is a date-time cell: Sheets passes a Date at that wall-clock time in
// the spreadsheet's zone; core gets the Date whose UTC fields hold it.
functionCases.push(
  { name: "HANXULY received 24/01/2025 16:30, cut-off 15:00: counts from 03/02", id: "HANXULY", args: [d("2025-01-24T16:30"), 5, null, "15:00"], expect: "2025-02-10" },
  { name: "HANXULY received at 15:00 exactly is on time", id: "HANXULY", args: [d("2025-01-24T15:00"), 5, null, "15:00"], expect: "2025-02-07" },
  { name: "HANXULY received at 15:01, cut-off typed 15h", id: "HANXULY", args: [d("2025-01-24T15:01"), 5, null, "15h"], expect: "2025-02-10" },
  { name: "HANXULY date-time cell without a cut-off is unchanged", id: "HANXULY", args: [d("2025-01-24T16:30"), 5], expect: "2025-02-07" },
  { name: "HANXULY cut-off as a fraction of a day (0.625 = 15:00)", id: "HANXULY", args: [d("2025-01-24T16:30"), 5, null, 0.625], expect: "2025-02-10" },
  { name: "HANXULY receipt typed as text with its time", id: "HANXULY", args: ["24/01/2025 16:30", 5, null, "15 giờ"], expect: "2025-02-10" },
  { name: "HANXULY receipt as a serial with a fraction (45681.6875 = 24/01/2025 16:30)", id: "HANXULY", args: [45681.6875, 5, null, "15:00"], expect: "2025-02-10" },
  {
    name: "HANXULY column of receipts, one cut-off (Saturday 22/02 16:30 counts from Monday 24/02)",
    id: "HANXULY",
    args: [[[d("2025-01-24T16:30")], [d("2025-01-24T09:00")], [d("2025-02-22T16:30")], [d("2025-01-24")]], 5, null, "15:00"],
    expect: [["2025-02-10"], ["2025-02-07"], ["2025-03-03"], ["2025-02-07"]],
  },
  {
    name: "HANXULY per-row cut-offs (blank = none)",
    id: "HANXULY",
    args: [[[d("2025-01-24T16:30")], [d("2025-01-24T16:30")]], 5, null, [["15:00"], [null]]],
    expect: [["2025-02-10"], ["2025-02-07"]],
  },
  { name: "HANXULY cut-off that is not a time", id: "HANXULY", args: [d("2025-01-24T16:30"), 5, null, "25:00"], expect: { error: "value" } },
  { name: "HANXULY cut-off with a unit's extra day off 03/02", id: "HANXULY", args: [d("2025-01-24T16:30"), 5, [[d("2025-02-03")]], "15:00"], expect: "2025-02-11" },
);
