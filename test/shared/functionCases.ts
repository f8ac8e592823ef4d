/**
 * Shared cases for the spreadsheet functions, run by both hosts' tests (Excel: the vm-loaded
 * functions bundle; Sheets: the generated globals) and against core's evaluate. Expectations
 * come from DOMAIN.md (2025 official calendar, Công văn 8726/VPCP-KGVX) and were worked by hand.
 *
 * Arguments use host-neutral forms: `{ date: "YYYY-MM-DD" }` is a real date cell (Excel serial,
 * Sheets Date), strings are typed text, nested arrays are ranges (rows of cells).
 */
export type CaseArg = number | string | boolean | null | { date: string } | CaseArg[][];

export type CaseExpect =
  | { value: string | number | boolean }
  | { date: string }
  | { error: "value" | "num" | "na" }
  | { grid: CaseExpect[][] };

export interface FunctionCase {
  name: string;
  id: string;
  args: CaseArg[];
  expect: CaseExpect;
}

const d = (iso: string) => ({ date: iso });

export const functionCases: FunctionCase[] = [
  // HANXULY: WORKDAY semantics over the 2025 calendar (Tết 27–31/01 off, no Tết make-up Saturday; Saturday 26/04 worked)
  { name: "HANXULY 24/01/2025 + 5 skips Tết", id: "HANXULY", args: [d("2025-01-24"), 5], expect: { date: "2025-02-07" } },
  { name: "HANXULY with the date typed as text", id: "HANXULY", args: ["24/01/2025", 5], expect: { date: "2025-02-07" } },
  {
    name: "HANXULY over a column spills, Saturday 26/04 counts (15/02 does not: issue 10 §6)",
    id: "HANXULY",
    args: [[[d("2025-01-24")], [d("2025-02-14")], [d("2025-04-25")]], 5],
    expect: { grid: [[{ date: "2025-02-07" }], [{ date: "2025-02-21" }], [{ date: "2025-05-06" }]] },
  },
  {
    name: "HANXULY with a unit's extra day off 03/02/2025",
    id: "HANXULY",
    args: [d("2025-01-24"), 5, [[d("2025-02-03")], [null]]],
    expect: { date: "2025-02-10" },
  },
  { name: "HANXULY rejects a fractional number of days", id: "HANXULY", args: [d("2025-01-24"), 2.5], expect: { error: "num" } },
  { name: "HANXULY rejects an unreadable date", id: "HANXULY", args: ["ngày mai", 5], expect: { error: "value" } },
  { name: "HANXULY passes on an error cell", id: "HANXULY", args: ["#N/A", 5], expect: { error: "value" } },
  { name: "HANXULY needs the date", id: "HANXULY", args: [null, 5], expect: { error: "value" } },
  // NGAYLAMVIEC: NETWORKDAYS semantics, both ends counted
  { name: "NGAYLAMVIEC over February 2025 (20 weekdays, no make-up Saturday)", id: "NGAYLAMVIEC", args: [d("2025-02-01"), d("2025-02-28")], expect: { value: 20 } },
  { name: "NGAYLAMVIEC over April 2025 (22 weekdays − 07/4 − 30/4 + Saturday 26/4)", id: "NGAYLAMVIEC", args: ["01/04/2025", "30/04/2025"], expect: { value: 21 } },
  { name: "NGAYLAMVIEC over the Tết week 27–31/01/2025", id: "NGAYLAMVIEC", args: ["27/01/2025", "31/01/2025"], expect: { value: 0 } },
  // LANGAYLAMVIEC
  { name: "LANGAYLAMVIEC Saturday 26/04/2025 is a make-up working day", id: "LANGAYLAMVIEC", args: [d("2025-04-26")], expect: { value: true } },
  { name: "LANGAYLAMVIEC Saturday 15/02/2025 is an ordinary Saturday (no Tết make-up day in 2025)", id: "LANGAYLAMVIEC", args: [d("2025-02-15")], expect: { value: false } },
  { name: "LANGAYLAMVIEC Monday 27/01/2025 is Tết", id: "LANGAYLAMVIEC", args: [d("2025-01-27")], expect: { value: false } },
  // THOIHAN: due date of a schedule text (DOMAIN.md §2)
  { name: "THOIHAN Quý I năm 2023", id: "THOIHAN", args: ["Quý I năm 2023"], expect: { date: "2023-03-31" } },
  { name: "THOIHAN without diacritics", id: "THOIHAN", args: ["Trong nam 2025"], expect: { date: "2025-12-31" } },
  { name: "THOIHAN Trước ngày 05/12/2025 is day-first", id: "THOIHAN", args: ["Trước ngày 05/12/2025"], expect: { date: "2025-12-05" } },
  { name: "THOIHAN 6 tháng đầu năm 2025", id: "THOIHAN", args: ["6 tháng đầu năm 2025"], expect: { date: "2025-06-30" } },
  // TRANGTHAI: status as of a reporting date (DOMAIN.md §3)
  {
    name: "TRANGTHAI done after the quarter → late",
    id: "TRANGTHAI",
    args: ["Quý I/2025", "05/04/2025", "30/06/2025"],
    expect: { value: "Hoàn thành trễ hạn" },
  },
  { name: "TRANGTHAI not done, due passed → overdue", id: "TRANGTHAI", args: [d("2025-03-31"), null, d("2025-04-15")], expect: { value: "Quá hạn" } },
  {
    name: "TRANGTHAI not done, due later → in progress",
    id: "TRANGTHAI",
    args: [d("2025-12-31"), null, d("2025-06-30")],
    expect: { value: "Đang thực hiện (trong hạn)" },
  },
  { name: "TRANGTHAI done on the due day → on time", id: "TRANGTHAI", args: [d("2025-03-31"), d("2025-03-31"), d("2025-06-30")], expect: { value: "Hoàn thành đúng hạn" } },
  // TRANGTHAI with a status text instead of a date: the annual summary's reading (issue 10 §1)
  { name: "TRANGTHAI 'Hoàn thành' without a date → done, undated", id: "TRANGTHAI", args: ["Quý I/2025", "Hoàn thành", d("2025-12-31")], expect: { value: "Hoàn thành, chưa rõ ngày" } },
  { name: "TRANGTHAI 'Hoàn thành ngày 15/11/2025' is a completion date", id: "TRANGTHAI", args: ["30/11/2025", "Hoàn thành ngày 15/11/2025", d("2025-12-31")], expect: { value: "Hoàn thành trước hạn" } },
  { name: "TRANGTHAI 'Quá hạn' → overdue", id: "TRANGTHAI", args: ["Trước ngày 30/9/2025", "Quá hạn", d("2025-12-31")], expect: { value: "Quá hạn" } },
  { name: "TRANGTHAI 'Dang thuc hien' (no diacritics), due passed → overdue", id: "TRANGTHAI", args: ["Tháng 6/2025", "Dang thuc hien", d("2025-12-31")], expect: { value: "Quá hạn" } },
  { name: "TRANGTHAI 'Hoàn thành (trễ hạn)' → done late", id: "TRANGTHAI", args: ["Quý I/2025", "Hoàn thành (trễ hạn)", d("2025-12-31")], expect: { value: "Hoàn thành trễ hạn" } },
  { name: "TRANGTHAI 'Dừng thực hiện' → dropped", id: "TRANGTHAI", args: ["Quý I/2025", "Dừng thực hiện", d("2025-12-31")], expect: { value: "Không thực hiện/dừng thực hiện" } },
  { name: "TRANGTHAI unreadable status → #VALUE!", id: "TRANGTHAI", args: ["Quý I/2025", "abc xyz", d("2025-12-31")], expect: { error: "value" } },
  // AMLICH: Vietnamese lunar calendar (UTC+7)
  { name: "AMLICH 29/01/2025 is Tết Ất Tỵ", id: "AMLICH", args: [d("2025-01-29")], expect: { value: "01/01/2025 (Ất Tỵ)" } },
  // Dossier scoring helpers (DOMAIN.md §4–5)
  { name: "DIEM766 below the threshold is proportional", id: "DIEM766", args: [0.6, 0.8, 2], expect: { value: 1.5 } },
  { name: "DIEM766 at or above the threshold is full", id: "DIEM766", args: [0.85, 0.8, 2], expect: { value: 2 } },
];

// HANXULY's receipt cut-off (4th argument "giờ chốt nhận"): a dossier received after the cut-off
// counts from the next working day. {date: "YYYY-MM-DDTHH:mm"} is a date-time cell (Excel: a
// serial with a fraction; Sheets: a Date at that time in the spreadsheet's zone).
functionCases.push(
  { name: "HANXULY received Friday 24/01/2025 16:30, cut-off 15:00: counts from Monday 03/02 → 10/02", id: "HANXULY", args: [d("2025-01-24T16:30"), 5, null, "15:00"], expect: { date: "2025-02-10" } },
  { name: "HANXULY received at 15:00 exactly is not after the cut-off → 07/02", id: "HANXULY", args: [d("2025-01-24T15:00"), 5, null, "15:00"], expect: { date: "2025-02-07" } },
  { name: "HANXULY receipt as text 15:01, cut-off as a time cell 0.625 → 10/02", id: "HANXULY", args: ["24/01/2025 15:01", 5, null, 0.625], expect: { date: "2025-02-10" } },
  { name: "HANXULY date-time receipt without a cut-off is unchanged → 07/02", id: "HANXULY", args: [d("2025-01-24T16:30"), 5], expect: { date: "2025-02-07" } },
  {
    name: "HANXULY column with per-row cut-offs (blank = none)",
    id: "HANXULY",
    args: [[[d("2025-01-24T16:30")], [d("2025-01-24T16:30")]], 5, null, [["15h"], [null]]],
    expect: { grid: [[{ date: "2025-02-10" }], [{ date: "2025-02-07" }]] },
  },
  { name: "HANXULY rejects a cut-off that is not a time", id: "HANXULY", args: [d("2025-01-24T16:30"), 5, null, "25:00"], expect: { error: "value" } },
);
