/**
 * Rows given as values (a host's byte reader) are counted exactly as their cells would be:
 * DossierAccumulator.addPreRead against add(), and everydayDay against the day functions.
 */
import { describe, expect, it } from "vitest";
import fc from "fast-check";
import { dayFromYMD, isSupportedYear, isValidYMD } from "../../../core/src/dates/day.js";
import { createDossierAccumulator, type DossierAccumulator } from "../../../core/src/dossiers/dossierStats.js";
import { preReadDay, PRE_READ_DATE_COLUMNS, PRE_READ_TEXT_COLUMNS, type PreReadDossierRow } from "../../../core/src/dossiers/preReadRow.js";
import { everydayDay } from "../../../core/src/dossiers/quickDate.js";

const HEADER = [
  "Mã hồ sơ",
  "Đơn vị",
  "Ngày tiếp nhận",
  "Ngày hẹn trả",
  "Ngày trả kết quả",
  "Trạng thái",
  "Số lần yêu cầu bổ sung",
  "Ngày yêu cầu bổ sung",
  "Ngày hoàn thành bổ sung",
  "Thanh toán trực tuyến",
];
const ROWS: string[][] = [
  ["HS-1", "Sở Y tế", "02/01/2025 08:00", "10/01/2025", "09/01/2025 16:30", "Đã trả kết quả", "", "", "", "Có"],
  ["HS-2", "Sở Tư pháp", "03/01/2025", "08/01/2025", "", "Đang xử lý", "", "", "", ""],
  ["HS-3", "Sở Y tế", "06/01/2025", "03/01/2025", "", "Đang xử lý", "", "", "", ""], // appointment before receipt: invalid
  ["HS-4", "", "06/01/2025", "13/01/2025", "", "Đã hủy", "", "", "", ""],
  ["HS-5", "Sở Tư pháp", "06/01/2025", "13/01/2025", "16/01/2025", "Đã trả kết quả", "1", "08/01/2025", "10/01/2025", "??"],
  ["HS-6", "Sở Tư pháp", "2025-01-07", "20/01/2025", "", "Trả lại/Xin rút", "2", "", "", ""], // ended status, no end: invalid
  ["HS-7", "Sở Y tế", "20250108080000", "20/01/2025", "15/01/2025", "Đã trả kết quả", "", "", "", "Không"],
  ["HS-8", "Sở Y tế", "31/12/2024", "03/01/2025", "", "Chờ bổ sung", "", "", "", ""],
];
const PERIOD = { from: dayFromYMD(2025, 1, 1), to: dayFromYMD(2025, 1, 31) };

/** The values a byte reader would give for a row (dates through everydayDay / preReadDay), or null when it would pass the cells. */
function valuesOf(acc: DossierAccumulator, cells: string[]): PreReadDossierRow | null {
  const c = acc.preReadColumns();
  if (c === null) return null;
  const days = c.dates.map((i) => (i < 0 || cells[i] === "" ? null : preReadDay(cells[i])));
  if (days.some((d) => d !== null && Number.isNaN(d))) return null;
  const count = c.supplementCount < 0 || cells[c.supplementCount] === "" ? null : Number(cells[c.supplementCount]);
  return { days, texts: c.texts.map((i, slot) => (i < 0 ? null : acc.preReadText(slot, cells[i] ?? ""))), supplementCount: count };
}

describe("addPreRead", () => {
  it("counts every row as add() counts its cells, and declines the invalid ones", () => {
    const cells = createDossierAccumulator(HEADER, PERIOD);
    const values = createDossierAccumulator(HEADER, PERIOD);
    const taken: boolean[] = [];
    ROWS.forEach((row, i) => {
      cells.add(row, i + 2);
      const v = valuesOf(values, row);
      const ok = v !== null && values.addPreRead(v, i + 2);
      taken.push(ok);
      if (!ok) values.add(row, i + 2);
    });
    expect(taken).toEqual([true, true, false, true, true, false, true, true]);
    expect(values.result()).toEqual(cells.result());
    expect(cells.result().invalidRows.map((r) => r.row)).toEqual([4, 7]);
  });

  it("holds back while core chooses between columns (a channel column): values are declined until then", () => {
    const acc = createDossierAccumulator([...HEADER, "Hình thức nộp"], PERIOD);
    expect(acc.preReadColumns()).toBeNull();
    const row: PreReadDossierRow = { days: PRE_READ_DATE_COLUMNS.map(() => null), texts: PRE_READ_TEXT_COLUMNS.map(() => null), supplementCount: null };
    row.days[0] = dayFromYMD(2025, 1, 2);
    row.days[1] = dayFromYMD(2025, 1, 9);
    expect(acc.addPreRead(row, 2)).toBe(false);
    for (let i = 0; i < 50; i++) acc.add(ROWS[1].concat("Trực tuyến"), i + 2);
    expect(acc.preReadColumns()?.texts).toEqual([5, 1, -1, 10, 9]);
  });
});

describe("everydayDay", () => {
  it("is dayFromYMD for every day core supports, NaN otherwise, asked once or many times", () => {
    fc.assert(
      fc.property(fc.integer({ min: 1890, max: 2110 }), fc.integer({ min: 0, max: 99 }), fc.integer({ min: 0, max: 99 }), (y, m, d) => {
        const expected = isSupportedYear(y) && isValidYMD(y, m, d) ? dayFromYMD(y, m, d) : Number.NaN;
        expect(everydayDay(y, m, d)).toBe(expected);
        expect(everydayDay(y, m, d)).toBe(expected);
      }),
      { numRuns: 5000 },
    );
    expect(everydayDay(2024, 2, 29)).toBe(dayFromYMD(2024, 2, 29));
    expect(everydayDay(2025, 2, 29)).toBeNaN();
    expect(everydayDay(1899, 12, 31)).toBeNaN();
  });
});
