/** Timing of the built script on a 10,000-row appendix in the vm (shared by the test and the bench). */
import { loadScript } from "./loadScript.js";
import { bigAppendix, vnDate } from "./sheetData.js";

export interface LargeSheetTimings {
  rows: number;
  validateMs: number;
  validateReads: number;
  validateWrites: number;
  summaryMs: number;
  summaryReads: number;
  summaryWrites: number;
  clearMs: number;
  customFunctionColumnMs: number;
  findings: number;
  highlightRanges: number;
  validateAlert: string;
}

export function timeLargeSheet(rows = 10_000, dist?: string): LargeSheetTimings {
  const s = loadScript({ dist });
  s.g.sidebarLuuCaiDat({ planYear: 2025, asOf: "2025-09-30", extraDaysOff: [], extraWorkingDays: [] });
  const sheet = s.ss.sheets[0];
  sheet.name = "Phụ lục lớn";
  sheet.load(bigAppendix(rows));
  s.ss.active = sheet;

  s.log.reset();
  let t = performance.now();
  s.g.menuKiemTraPhuLuc();
  const validateMs = performance.now() - t;
  const validateReads = s.log.totalReads();
  const validateWrites = s.log.totalWrites();
  const report = s.ss.sheets.find((x) => x.name === "Kết quả kiểm tra");
  const findings = report ? report.getLastRow() : 0;
  const highlightRanges = sheet.ruleData().reduce((n, r) => n + r.ranges.length, 0);
  const validateAlert = s.ui.alerts.at(-1) ?? "";

  s.ss.active = sheet;
  s.log.reset();
  t = performance.now();
  s.g.menuTongHopNam();
  const summaryMs = performance.now() - t;
  const summaryReads = s.log.totalReads();
  const summaryWrites = s.log.totalWrites();

  s.ss.active = sheet;
  t = performance.now();
  s.g.menuXoaDanhDau();
  const clearMs = performance.now() - t;

  const column = Array.from({ length: rows }, (_, i) => [vnDate(2025, 1 + (i % 12), 1 + (i % 28))]);
  t = performance.now();
  s.g.CCHC_HANXULY(column, 15);
  const customFunctionColumnMs = performance.now() - t;

  const r = (x: number) => Math.round(x);
  return {
    rows,
    validateMs: r(validateMs),
    validateReads,
    validateWrites,
    summaryMs: r(summaryMs),
    summaryReads,
    summaryWrites,
    clearMs: r(clearMs),
    customFunctionColumnMs: r(customFunctionColumnMs),
    findings,
    highlightRanges,
    validateAlert,
  };
}
