/**
 * A blank criteria sheet ("Tự chấm điểm"), host-neutral: every cell, which rows are the header
 * and the example, and column widths. The example area is marked "(Ví dụ)" in every title and in
 * the notes column, and hosts shade it, so it is never taken for the unit's own criteria.
 */
import { CRITERIA_COLUMN_LABELS, type CriteriaColumnKey } from "./criteriaColumns.js";

export interface CriteriaTemplate {
  sheetName: string;
  /** Every row, top to bottom, as many cells as `widths`. */
  rows: (string | number | null)[][];
  /** 1-based rows. */
  headerRow: number;
  exampleRows: { from: number; to: number };
  /** Blank criteria rows after the example (1-based, inclusive). */
  blankRows: { from: number; to: number };
  /** Cells (1-based row, 0-based column) where the user types the settings. */
  settingsCells: { row: number; column: number }[];
  widths: number[];
}

export const CRITERIA_SHEET_NAME = "Tự chấm điểm";
const EXAMPLE_NOTE = "VÍ DỤ — sửa hoặc xóa trước khi chấm";
const COLUMNS: CriteriaColumnKey[] = ["stt", "title", "max", "rule", "evidence", "self", "documents", "notes"];
const WIDTHS = [7, 42, 9, 48, 18, 10, 26, 22];
const BLANK_ROWS = 30;

export function criteriaTemplate(): CriteriaTemplate {
  const n = COLUMNS.length;
  const line = (...cells: (string | number | null)[]) => [...cells, ...new Array(Math.max(0, n - cells.length)).fill(null)];
  const rows: (string | number | null)[][] = [
    line("BẢNG TỰ CHẤM ĐIỂM CẢI CÁCH HÀNH CHÍNH (mẫu)"),
    line("Ngưỡng xếp hạng (Tốt; Khá; Trung bình) theo quy định của tỉnh:", null),
    line("Tỷ lệ hồ sơ trễ hạn của đơn vị (Kết luận 91):", null),
    line(
      'Hướng dẫn: đánh số 1, 1.1, 1.1.1; chép nguyên văn cách tính điểm của tỉnh; điểm tối đa của tiêu chí cha bằng tổng các tiêu chí con. Ghi ngưỡng dạng "90; 80; 70" vào ô B2. Các dòng "(Ví dụ)" chỉ để minh họa.',
    ),
    line(),
    COLUMNS.map((k) => CRITERIA_COLUMN_LABELS[k]),
    line("1", "(Ví dụ) Công tác chỉ đạo, điều hành cải cách hành chính", 3, null, null, null, null, EXAMPLE_NOTE),
    line("1.1", "(Ví dụ) Ban hành kế hoạch CCHC năm", 1, "Ban hành đúng thời hạn: 1 điểm; Ban hành chậm: 0,5 điểm; Không ban hành: 0 điểm", "Đúng thời hạn", 1, "(Ví dụ) Kế hoạch số …/KH-… ngày …", EXAMPLE_NOTE),
    line("1.2", "(Ví dụ) Mức độ hoàn thành kế hoạch CCHC", 2, "Từ 90% trở lên: 2 điểm; Từ 70% đến dưới 90%: 1 điểm; Dưới 70%: 0 điểm", "85%", 1, "(Ví dụ) Báo cáo số …/BC-…", EXAMPLE_NOTE),
  ];
  const headerRow = 6;
  const exampleRows = { from: 7, to: 9 };
  for (let i = 0; i < BLANK_ROWS; i++) rows.push(line());
  return {
    sheetName: CRITERIA_SHEET_NAME,
    rows,
    headerRow,
    exampleRows,
    blankRows: { from: exampleRows.to + 1, to: exampleRows.to + BLANK_ROWS },
    settingsCells: [
      { row: 2, column: 1 },
      { row: 3, column: 1 },
    ],
    widths: WIDTHS,
  };
}
