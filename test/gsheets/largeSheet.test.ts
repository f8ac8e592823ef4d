import { expect, it } from "vitest";
import { timeLargeSheet } from "./largeSheet.js";

it("10,000 task rows: Kiểm tra, Tổng hợp, Xóa đánh dấu and a 10,000-cell CCHC_HANXULY column stay far inside Apps Script's limits", () => {
  const t = timeLargeSheet(10_000);
  console.log("gsheets 10,000 rows (vm):", JSON.stringify({ ...t, validateAlert: undefined }));
  expect(t.highlightRanges).toBeLessThanOrEqual(1000);
  expect(t.validateAlert).toMatch(/ô có ghi chú nhưng không tô màu/);
  // reads: the table's values, the settings block, the merged areas, the notes (to keep users' own)
  expect(t.validateReads).toBeLessThanOrEqual(4);
  expect(t.validateWrites).toBeLessThanOrEqual(5);
  expect(t.summaryReads).toBe(3); // the table's values, the settings block, the merged areas
  expect(t.summaryWrites).toBeLessThanOrEqual(5);
  expect(t.findings).toBeGreaterThan(2000); // every 5th task has several units and no lead: a warning each
  // Apps Script runs slower than Node: keep a wide margin under 6 min (commands) and 30 s (custom functions).
  expect(t.validateMs).toBeLessThan(15_000);
  expect(t.summaryMs).toBeLessThan(15_000);
  expect(t.customFunctionColumnMs).toBeLessThan(3_000);
});
