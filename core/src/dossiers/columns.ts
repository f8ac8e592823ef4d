import { cellText, foldKey } from "../text/normalize.js";
import { ONE_STOP_SYSTEMS } from "./systems.js";

/**
 * The columns of a dossier export (one row per hồ sơ TTHC) from the one-stop (một cửa) software,
 * and the header titles they go by. Titles are compared with `headerKey` (foldKey, parentheses
 * and trailing punctuation removed), so "Ngày hẹn trả (dd/mm/yyyy)", "NGAY HEN TRA" and
 * "Ngày hẹn trả:" all match "ngày hẹn trả".
 */
export type DossierColumn =
  | "code"
  | "unit"
  | "staff"
  | "received"
  | "appointment"
  | "processed"
  | "returned"
  | "completed"
  | "status"
  | "channel"
  | "supplementCount"
  | "supplementRequested"
  | "supplementCompleted"
  | "onlinePayment";

/** Vietnamese name of each column, for messages. */
export const DOSSIER_COLUMN_NAMES: Record<DossierColumn, string> = {
  code: "Mã hồ sơ",
  unit: "Đơn vị",
  staff: "Cán bộ xử lý",
  received: "Ngày tiếp nhận",
  appointment: "Ngày hẹn trả",
  processed: "Ngày kết thúc xử lý",
  returned: "Ngày trả kết quả",
  completed: "Ngày hoàn thành",
  status: "Trạng thái",
  channel: "Hình thức nộp",
  supplementCount: "Số lần yêu cầu bổ sung",
  supplementRequested: "Ngày yêu cầu bổ sung",
  supplementCompleted: "Ngày hoàn thành bổ sung",
  onlinePayment: "Thanh toán trực tuyến",
};

/** Header titles per column (written naturally; folded once below). */
export const DOSSIER_COLUMN_ALIASES: Record<DossierColumn, readonly string[]> = {
  code: ["mã hồ sơ", "mã số hồ sơ", "số hồ sơ", "mã hs", "số biên nhận", "mã biên nhận"],
  unit: [
    "đơn vị",
    "cơ quan",
    "đơn vị xử lý",
    "đơn vị giải quyết",
    "đơn vị tiếp nhận",
    "cơ quan giải quyết",
    "cơ quan xử lý",
    "cơ quan thực hiện",
    "tên đơn vị",
    "tên cơ quan",
    "đơn vị/cơ quan",
    "cơ quan/đơn vị",
  ],
  staff: ["cán bộ xử lý", "cán bộ", "công chức xử lý", "người xử lý", "cán bộ thụ lý", "chuyên viên xử lý", "cán bộ giải quyết"],
  received: ["ngày tiếp nhận", "ngày nhận", "ngày nhận hồ sơ", "ngày tiếp nhận hồ sơ", "ngày nộp", "thời gian tiếp nhận"],
  // Not "thời hạn giải quyết": in many exports that column is a number of days, not a date.
  appointment: ["ngày hẹn trả", "hẹn trả", "ngày hẹn trả kết quả", "ngày hẹn", "hạn xử lý", "hạn giải quyết"],
  processed: ["ngày kết thúc xử lý", "ngày kết thúc", "ngày xử lý xong", "ngày giải quyết xong", "thời gian kết thúc xử lý"],
  returned: ["ngày trả kết quả", "ngày trả", "ngày trả hồ sơ", "thời gian trả kết quả"],
  completed: ["ngày hoàn thành", "ngày hoàn thành xử lý", "ngày hoàn thành hồ sơ", "ngày có kết quả"],
  status: ["trạng thái", "tình trạng", "trạng thái hồ sơ", "trạng thái xử lý", "tình trạng hồ sơ"],
  channel: ["hình thức nộp", "hình thức tiếp nhận", "hình thức nộp hồ sơ", "kênh nộp", "kênh tiếp nhận", "hình thức"],
  supplementCount: ["số lần yêu cầu bổ sung", "số lần bổ sung", "lần bổ sung", "số lần yêu cầu bổ sung hồ sơ"],
  supplementRequested: ["ngày yêu cầu bổ sung", "ngày yêu cầu bổ sung hồ sơ", "ngày trả bổ sung"],
  supplementCompleted: ["ngày hoàn thành bổ sung", "ngày nộp bổ sung", "ngày bổ sung", "ngày nhận bổ sung"],
  onlinePayment: ["thanh toán trực tuyến", "đã thanh toán trực tuyến", "thanh toán trực tuyến có/không", "thanh toán online"],
};

/** The key a header title is compared on: foldKey, without "(…)", trailing ":"/"*" and a leading "stt."-like number. */
export function headerKey(title: unknown): string {
  return foldKey(cellText(title))
    .replace(/\([^)]*\)/g, " ")
    .replace(/[:*.]+\s*$/g, "")
    .replace(/\s+/g, " ")
    .trim();
}

/**
 * The key aliases are matched on: headerKey without spaces, dots, underscores or any other
 * separator, so "Ngày tiếp nhận", "NGAY_TIEP_NHAN", "NgayTiepNhan", "ngaytiepnhan" and the
 * dotted API key "agency.name" ("agencyname") each find their column.
 */
export function compactHeaderKey(title: unknown): string {
  return headerKey(title).replace(/[^a-z0-9]+/g, "");
}

/**
 * Titles that may name the column but also something near it: "Ngày nộp" (submitted online,
 * before the receipt), "Hạn xử lý" (often "Còn 3 ngày"), a bare "Hình thức" (often the way the
 * result is returned). They are the last choice, after every system's field name.
 */
export const WEAK_DOSSIER_ALIASES: ReadonlySet<string> = new Set(
  ["ngày nộp", "ngày nhận", "hạn xử lý", "hạn giải quyết", "ngày hẹn", "hẹn trả", "hình thức", "ngày trả", "cán bộ", "ngày bổ sung"].map((a) => headerKey(a)),
);

/** Aliases per column in order of preference: the natural titles, each system's field names (systems.ts), the weak titles. */
const RANKED_ALIASES: Record<DossierColumn, readonly string[]> = (() => {
  const out = {} as Record<DossierColumn, string[]>;
  const weak = {} as Record<DossierColumn, string[]>;
  for (const [col, aliases] of Object.entries(DOSSIER_COLUMN_ALIASES) as [DossierColumn, readonly string[]][]) {
    out[col] = aliases.filter((a) => !WEAK_DOSSIER_ALIASES.has(headerKey(a)));
    weak[col] = aliases.filter((a) => WEAK_DOSSIER_ALIASES.has(headerKey(a)));
  }
  // A system's field that reads as a weak title (the portal's "HinhThuc") is weak too.
  const weakCompact = new Set([...WEAK_DOSSIER_ALIASES].map((k) => k.replace(/[^a-z0-9]+/g, "")));
  for (const sys of ONE_STOP_SYSTEMS) {
    for (const [col, names] of Object.entries(sys.fields) as [DossierColumn, readonly string[]][]) {
      for (const name of names) (weakCompact.has(compactHeaderKey(name)) ? weak[col] : out[col]).push(name);
    }
  }
  for (const col of Object.keys(weak) as DossierColumn[]) out[col].push(...weak[col]);
  return out;
})();

/** compact key → [column, rank] (rank 0 = most preferred title of that column). */
const ALIAS_TO_COLUMN: ReadonlyMap<string, readonly [DossierColumn, number]> = (() => {
  const m = new Map<string, readonly [DossierColumn, number]>();
  for (const [col, aliases] of Object.entries(RANKED_ALIASES) as [DossierColumn, readonly string[]][]) {
    aliases.forEach((a, rank) => {
      const k = compactHeaderKey(a);
      if (k !== "" && !m.has(k)) m.set(k, [col, rank]);
    });
  }
  return m;
})();

/** Which column a header title names, or null. */
export function dossierColumnOf(title: unknown): DossierColumn | null {
  return dossierColumnRank(title)?.[0] ?? null;
}

function dossierColumnRank(title: unknown): readonly [DossierColumn, number] | null {
  const key = compactHeaderKey(title);
  return key === "" ? null : (ALIAS_TO_COLUMN.get(key) ?? null);
}

/** Column positions found in a header row (0-based). */
export type DossierColumnMap = Partial<Record<DossierColumn, number>>;

export interface DossierHeader {
  /** The chosen column of each kind: the most preferred title ("Ngày tiếp nhận" before "Ngày nộp"). */
  columns: DossierColumnMap;
  /** Every column of each kind, most preferred first (for the choice by content, chooseByContent). */
  candidates: Partial<Record<DossierColumn, number[]>>;
  /** Header titles that repeat a column already found (ignored), for a warning. */
  duplicates: string[];
}

export function mapDossierHeader(header: readonly unknown[]): DossierHeader {
  const ranked: Partial<Record<DossierColumn, [number, number][]>> = {};
  header.forEach((title, i) => {
    const r = dossierColumnRank(title);
    if (r === null) return;
    (ranked[r[0]] ??= []).push([r[1], i]);
  });
  const columns: DossierColumnMap = {};
  const candidates: Partial<Record<DossierColumn, number[]>> = {};
  const duplicates: string[] = [];
  for (const [col, list] of Object.entries(ranked) as [DossierColumn, [number, number][]][]) {
    list.sort((a, b) => a[0] - b[0] || a[1] - b[1]);
    candidates[col] = list.map(([, i]) => i);
    columns[col] = list[0][1];
    for (const [, i] of list.slice(1)) duplicates.push(cellText(header[i]));
  }
  return { columns, candidates, duplicates };
}

/** True when the row looks like the header of a dossier export (it names the receipt and appointment dates). */
export function isDossierHeader(row: readonly unknown[]): boolean {
  const { columns } = mapDossierHeader(row);
  return columns.received !== undefined && columns.appointment !== undefined;
}

/** Index of the header row among the first `maxScan` rows (title blocks above it are skipped), or -1. */
export function findDossierHeaderRow(cells: readonly (readonly unknown[])[], maxScan = 30): number {
  const n = Math.min(cells.length, maxScan);
  for (let i = 0; i < n; i++) if (isDossierHeader(cells[i] ?? [])) return i;
  return -1;
}
