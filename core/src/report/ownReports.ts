/**
 * Workbooks our own commands wrote (summaries, check reports, dossier statistics, roll-ups):
 * recognised by the name of their first sheet, so that a roll-up run over a folder that also
 * holds last week's output does not count those tables as a unit's plan.
 */
const REPORT_FIRST_SHEETS: readonly RegExp[] = [
  /^Tổng hợp \d{4}( \(\d+\))?$/,
  /^Tổng hợp các đơn vị \d{4}/,
  /^Kết quả kiểm tra( \(\d+\))?$/,
  /^Thống kê hồ sơ( \(\d+\))?$/,
  /^Biểu II\.06a/,
];

/** True when a workbook's first sheet is one of the report sheets cchc writes. */
export function isOwnReportWorkbook(sheetNames: readonly string[]): boolean {
  const first = sheetNames[0]?.normalize("NFC").trim() ?? "";
  return REPORT_FIRST_SHEETS.some((re) => re.test(first));
}

/** Sheets the add-ins create (reports, settings, the sổ theo dõi): not units' tables. */
const OWN_SHEETS: readonly RegExp[] = [
  ...REPORT_FIRST_SHEETS,
  /^CCHC – Cài đặt$/,
  /^(Theo lĩnh vực|Theo đơn vị chủ trì|Nhiệm vụ quá hạn|Nhiệm vụ đến hạn|Tệp không dùng được|Trang không dùng được)( \(\d+\))?$/,
  /^(Tính hạn|Lịch làm việc)( \d+)?$/,
  /\(theo dõi\)( \d+)?$/,
];

/** True for a sheet one of our commands created. */
export function isOwnSheetName(name: string): boolean {
  const n = name.normalize("NFC").trim();
  return OWN_SHEETS.some((re) => re.test(n));
}
