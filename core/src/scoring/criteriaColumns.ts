/**
 * Column titles of a self-assessment criteria table ("Tự chấm điểm"), matched like the
 * appendix's (accent- and case-insensitive, an alias followed by more words also matches,
 * longer aliases first, so "Điểm tự đánh giá" never reads as "Điểm tối đa").
 */
import { appendixHeaderKey } from "../appendix/columns.js";

export type CriteriaColumnKey = "stt" | "title" | "max" | "rule" | "evidence" | "self" | "documents" | "notes";

export const CRITERIA_COLUMN_ALIASES: Readonly<Record<CriteriaColumnKey, readonly string[]>> = {
  stt: ["stt", "tt", "so tt", "so thu tu", "ma tieu chi"],
  title: [
    "linh vuc/tieu chi/tieu chi thanh phan",
    "linh vuc, tieu chi, tieu chi thanh phan",
    "linh vuc, tieu chi",
    "linh vuc/tieu chi",
    "linh vuc tieu chi",
    "tieu chi/tieu chi thanh phan",
    "tieu chi, tieu chi thanh phan",
    "noi dung tieu chi",
    "ten tieu chi",
    "tieu chi",
    "linh vuc",
    "noi dung",
  ],
  max: ["diem toi da", "diem chuan", "thang diem", "so diem toi da"],
  rule: [
    "cach tinh diem",
    "cach cham diem",
    "phuong phap tinh diem",
    "phuong phap cham diem",
    "huong dan cham diem",
    "huong dan tinh diem",
    "cach danh gia",
    "cach tinh",
  ],
  evidence: ["ket qua thuc hien", "ket qua dat duoc", "ket qua/so lieu", "so lieu thuc hien", "ket qua", "so lieu"],
  self: [
    "diem tu danh gia",
    "diem tu cham",
    "tu cham diem",
    "tu danh gia",
    "diem don vi tu cham",
    "diem don vi tu danh gia",
    "diem tu danh gia cua don vi",
  ],
  documents: ["tai lieu kiem chung", "tai lieu chung minh", "tai lieu minh chung", "minh chung", "tai lieu"],
  notes: ["ghi chu"],
};

/** Vietnamese names of the columns, for messages and the template. */
export const CRITERIA_COLUMN_LABELS: Readonly<Record<CriteriaColumnKey, string>> = {
  stt: "STT",
  title: "Lĩnh vực/Tiêu chí/Tiêu chí thành phần",
  max: "Điểm tối đa",
  rule: "Cách tính điểm",
  evidence: "Kết quả thực hiện",
  self: "Điểm tự đánh giá",
  documents: "Tài liệu kiểm chứng",
  notes: "Ghi chú",
};

let entries: { key: CriteriaColumnKey; alias: string }[] | null = null;

/** Aliases, longest first (built on first use, so bundles that never read a criteria table drop them). */
function aliasEntries(): { key: CriteriaColumnKey; alias: string }[] {
  entries ??= (Object.keys(CRITERIA_COLUMN_ALIASES) as CriteriaColumnKey[])
    .flatMap((key) => CRITERIA_COLUMN_ALIASES[key].map((alias) => ({ key, alias })))
    .sort((a, b) => b.alias.length - a.alias.length);
  return entries;
}

/** The criteria column a header cell names, or null. */
export function matchCriteriaColumn(value: unknown): CriteriaColumnKey | null {
  if (typeof value !== "string" && typeof value !== "number") return null;
  if (typeof value === "string" && value.length > 120) return null;
  const key = appendixHeaderKey(value);
  if (key === "" || key.length > 80) return null;
  const plain = key.replace(/,/g, "");
  for (const { key: k, alias } of aliasEntries()) {
    const aPlain = alias.replace(/,/g, "");
    if (key === alias || plain === aPlain || key.startsWith(alias + " ") || plain.startsWith(aPlain + " ")) return k;
  }
  return null;
}

/** The recognised columns of a row (0-based); the first cell naming a column wins. */
export function matchCriteriaHeaderRow(row: readonly unknown[]): Partial<Record<CriteriaColumnKey, number>> {
  const out: Partial<Record<CriteriaColumnKey, number>> = {};
  for (let j = 0; j < row.length; j++) {
    const k = matchCriteriaColumn(row[j]);
    if (k !== null && out[k] === undefined) out[k] = j;
  }
  return out;
}
