/**
 * Column titles of appendix tables (DOMAIN.md §1), matched accent- and case-insensitively.
 *
 * A header cell matches an alias when its folded form equals the alias or starts with it
 * followed by a space ("Cơ quan chủ trì (tham mưu triển khai)" → "co quan chu tri …").
 * Longer aliases are tried first, so "Kết quả thực hiện" (tracking status) wins over
 * "Kết quả" (output) and "Thời hạn hoàn thành" (schedule) over the ambiguous "Thời hạn".
 */
import { cellText, foldKey } from "../text/normalize.js";
import type { ColumnKey } from "./types.js";

/** Folded aliases of each logical column. "thoi han" alone is ambiguous: see AMBIGUOUS_DEADLINE. */
export const APPENDIX_COLUMN_ALIASES: Readonly<Record<ColumnKey, readonly string[]>> = {
  stt: ["stt", "tt", "so tt", "so thu tu"],
  task: [
    "noi dung cong viec",
    "noi dung nhiem vu",
    "noi dung",
    "nhiem vu",
    "nhiem vu giai phap",
    "nhiem vu, giai phap",
    "nhiem vu/giai phap",
    "ten nhiem vu",
    "cong viec",
    // Tracking sheets of legal documents to be issued (Sở Tư pháp): one document = one task.
    "ten goi van ban",
    // Progress tables of public-investment projects: one project = one task.
    "ten du an",
  ],
  responsibility: ["trach nhiem thuc hien", "trach nhiem", "phan cong thuc hien", "don vi thuc hien", "co quan thuc hien"],
  lead: ["co quan chu tri", "don vi chu tri", "chu tri", "co quan soan thao"],
  partners: [
    "co quan thuc hien phoi hop",
    "co quan phoi hop",
    "don vi phoi hop",
    "phoi hop",
    "co quan thuc hien, phoi hop",
  ],
  deadline: [
    "tien do thuc hien",
    "tien do hoan thanh",
    "tien do",
    "thoi gian thuc hien",
    "thoi gian hoan thanh",
    "thoi gian",
    "thoi han hoan thanh",
    "thoi han thuc hien",
    "ngay du kien trinh ban hanh",
  ],
  output: ["ket qua/san pham", "ket qua, san pham", "ket qua san pham", "san pham", "ket qua du kien", "ket qua dau ra", "ket qua"],
  completed: [
    "ngay hoan thanh",
    "ngay hoan thanh thuc te",
    "thoi diem hoan thanh",
    // "Số, ngày, tháng năm ban hành VBQPPL": the issued text, whose date is the completion (see cells.ts).
    "so, ngay, thang, nam ban hanh",
    "so, trich yeu, ngay, thang, nam ban hanh",
  ],
  due: ["han", "ngay het han", "han hoan thanh", "han xu ly", "ngay den han"],
  status: [
    "tinh trang",
    "tinh trang thuc hien",
    "ket qua thuc hien",
    "trang thai",
    "tinh hinh thuc hien",
    "ket qua hien nay",
    "ket qua den nay",
    "muc do hoan thanh",
    "danh gia ket qua",
  ],
  notes: ["ghi chu"],
};

/** "Thời hạn": the schedule when the table has no other schedule column, else a tracking due date. */
export const AMBIGUOUS_DEADLINE = "thoi han";

/**
 * Titles that start like a known alias but name no logical column: "Thời gian xử lý" (the month a
 * text was actually issued, in tracking sheets of legal documents) is not the schedule "Thời gian".
 */
export const NOT_A_COLUMN: readonly string[] = ["thoi gian xu ly"];

/** Vietnamese names of the logical columns, for messages and templates. */
export const APPENDIX_COLUMN_LABELS: Readonly<Record<ColumnKey, string>> = {
  stt: "STT",
  task: "Nội dung công việc",
  responsibility: "Trách nhiệm thực hiện",
  lead: "Cơ quan chủ trì",
  partners: "Cơ quan phối hợp",
  deadline: "Tiến độ thực hiện",
  output: "Kết quả/sản phẩm",
  completed: "Ngày hoàn thành",
  due: "Hạn",
  status: "Tình trạng",
  notes: "Ghi chú",
};

/** Header text folded for matching: punctuation other than "/" and "," becomes a space. */
export function appendixHeaderKey(value: unknown): string {
  return foldKey(cellText(value).replace(/[()[\]:.*\-–_]+/g, " ")).replace(/\s*\/\s*/g, "/").replace(/\s*,\s*/g, ", ");
}

interface AliasEntry {
  key: ColumnKey | "ambiguous" | null;
  alias: string;
}

const ENTRIES: AliasEntry[] = (() => {
  const list: AliasEntry[] = [];
  for (const key of Object.keys(APPENDIX_COLUMN_ALIASES) as ColumnKey[]) {
    for (const alias of APPENDIX_COLUMN_ALIASES[key]) list.push({ key, alias });
  }
  list.push({ key: "ambiguous", alias: AMBIGUOUS_DEADLINE });
  for (const alias of NOT_A_COLUMN) list.push({ key: null, alias });
  return list.sort((a, b) => b.alias.length - a.alias.length);
})();

/** The logical column a header cell names, "ambiguous" for "Thời hạn", or null. */
export function matchAppendixColumn(value: unknown): ColumnKey | "ambiguous" | null {
  if (typeof value === "string" && value.length > 120) return null;
  if (typeof value !== "string" && typeof value !== "number") return null;
  const key = appendixHeaderKey(value);
  if (key === "" || key.length > 80) return null;
  const plain = key.replace(/,/g, "");
  for (const e of ENTRIES) {
    const a = e.alias;
    const aPlain = a.replace(/,/g, "");
    if (key === a || plain === aPlain || key.startsWith(a + " ") || plain.startsWith(aPlain + " ")) return e.key;
  }
  return null;
}

/**
 * "Chủ đầu tư" (the investor of a project) is the lead only in a table with no other lead or
 * responsibility column: a project table ("Tên dự án" | "Chủ đầu tư" | "Thời gian thực hiện").
 */
export const INVESTOR_LEAD = "chu dau tu";

function isInvestorTitle(value: unknown): boolean {
  if (typeof value !== "string") return false;
  const key = appendixHeaderKey(value);
  return key === INVESTOR_LEAD || key.startsWith(INVESTOR_LEAD + " ");
}

/** Result of matching one row as a header row. */
export interface AppendixHeaderMatch {
  /** 0-based column index (inside the grid) of each recognised column. */
  columns: Partial<Record<ColumnKey, number>>;
  /** Number of distinct columns recognised. */
  score: number;
}

/** Match every cell of a row; the first cell wins when two name the same column. */
export function matchAppendixHeaderRow(row: readonly unknown[]): AppendixHeaderMatch {
  const columns: Partial<Record<ColumnKey, number>> = {};
  const ambiguous: number[] = [];
  const investor: number[] = [];
  for (let j = 0; j < row.length; j++) {
    if (isInvestorTitle(row[j])) {
      investor.push(j);
      continue;
    }
    const m = matchAppendixColumn(row[j]);
    if (m === null) continue;
    if (m === "ambiguous") ambiguous.push(j);
    else if (columns[m] === undefined) columns[m] = j;
  }
  if (investor.length > 0 && columns.lead === undefined && columns.responsibility === undefined) columns.lead = investor[0];
  for (const j of ambiguous) {
    if (columns.deadline === undefined) columns.deadline = j;
    else if (columns.due === undefined) columns.due = j;
  }
  return { columns, score: Object.keys(columns).length };
}

/** Column letters of a 0-based index: 0 → "A", 25 → "Z", 26 → "AA". */
export function columnLetter(index: number): string {
  if (!Number.isInteger(index) || index < 0) return "?";
  let n = index + 1;
  let s = "";
  while (n > 0) {
    const r = (n - 1) % 26;
    s = String.fromCharCode(65 + r) + s;
    n = Math.floor((n - 1) / 26);
  }
  return s;
}

/** 0-based index of column letters: "A" → 0, "AA" → 26; -1 when not letters. */
export function columnIndex(letters: string): number {
  const t = letters.trim().toUpperCase();
  if (!/^[A-Z]{1,4}$/.test(t)) return -1;
  let n = 0;
  for (const ch of t) n = n * 26 + (ch.charCodeAt(0) - 64);
  return n - 1;
}
