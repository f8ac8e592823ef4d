/**
 * Reading a tracking status written as text (issue 10 §1): the cells of a "Tình trạng",
 * "Tình hình thực hiện", "Kết quả thực hiện" or status-holding "Tiến độ" column, with or
 * without diacritics. One reading for every host, TRANGTHAI and the annual summary.
 *
 * - done: "Hoàn thành", "Đã hoàn thành", "Cơ bản hoàn thành", "Xong", "Hoàn tất", "Đã thực hiện",
 *   "Đã ban hành …" (but "Đã hoàn thành 80%", "Hoàn thành một phần" are in progress);
 *   "Hoàn thành ngày 15/11/2025" (or any full date after the done words, or a date alone in the
 *   cell) → the completion date; "Hoàn thành (trễ hạn)" / "… đúng hạn" / "… trước hạn" → what the
 *   text says about timeliness, used when there is no date.
 * - inProgress: "Đang thực hiện", "Đang triển khai", "Đã trình …", "Đã gửi …", "Chờ phê duyệt",
 *   "Tiếp tục thực hiện", "Chưa hoàn thành", "Chưa đến hạn", "Đúng tiến độ", "Trong hạn".
 * - notStarted: "Chưa thực hiện", "Chưa triển khai", "Chưa bắt đầu".
 * - overdue: "Quá hạn", "Chậm tiến độ", "Trễ hạn", and any not-done text that says so
 *   ("Đang thực hiện (chậm tiến độ)", "Chưa hoàn thành, quá hạn").
 * - dropped: "Không thực hiện", "Dừng thực hiện", "Tạm dừng", "Hủy", "Không triển khai",
 *   "Đưa ra khỏi kế hoạch": the task is no longer to be done. Decision (documented in README):
 *   such tasks are counted apart ("dropped") and left out of the late rate — a cancelled task is
 *   neither late nor on time. "Không thực hiện được" / "Không hoàn thành" (could not be done) are
 *   NOT dropped: they read as not done, so pending or overdue by the due date.
 * - a text that starts like a schedule ("Hoàn thành trước ngày 30/6/2025", "Hoàn thành trong
 *   quý II", "Thường xuyên") is not a status: kind "unknown", so a "Tiến độ" column of schedules
 *   is never taken for a status column.
 * Never throws.
 */
import { type Day, dayFromYMD, isSupportedYear, isValidYMD, yearOf } from "../dates/day.js";
import { parseDateCell } from "../dates/parseDate.js";
import { cellText, foldKey } from "../text/normalize.js";

export type StatusReadingKind = "done" | "inProgress" | "notStarted" | "overdue" | "dropped" | "unknown" | "blank";

export interface StatusReading {
  kind: StatusReadingKind;
  /** The completion date the text gives ("Hoàn thành ngày 15/11/2025"), else null. */
  completed: Day | null;
  /** What a done text says about timeliness ("Hoàn thành (trễ hạn)" → "late"), when it says. */
  timeliness?: "early" | "onTime" | "late";
  /** The text as read (cleaned), for messages. */
  text: string;
}

/** Vietnamese names of the readings, for messages. */
export const STATUS_READING_LABELS: Readonly<Record<StatusReadingKind, string>> = Object.freeze({
  done: "đã hoàn thành",
  inProgress: "đang thực hiện",
  notStarted: "chưa thực hiện",
  overdue: "quá hạn/chậm tiến độ",
  dropped: "không thực hiện/dừng thực hiện",
  unknown: "không rõ",
  blank: "trống",
});

const DATE = /(?:^|[^\d])(\d{1,2})\s*[/.-]\s*(\d{1,2})\s*[/.-]\s*(\d{4})(?!\d)/;

/** Words right after the done words that make the text a schedule, not a status. */
const SCHEDULE_AFTER_DONE =
  /^(?:truoc ngay|truoc \d|truoc thang|truoc quy|truoc nam|trong|quy|thang|nam|nua|6 thang|cham nhat|den ngay|den het|den thang|den quy|den nam|han chot|vao quy|vao thang|vao nam|vao cuoi|cuoi|dau|dot|theo (?:ke hoach|lo trinh|tien do|yeu cau|chi dao|huong dan)|hang|moi|thuong xuyen)\b/;

/** Late words; a bare "cham" only at the end or after "bị/còn/vẫn" ("chấm điểm" folds to "cham" too). */
const LATE = /\b(?:qua han|tre han|cham tien do|cham so voi|cham han|cham tre|cham hon|(?:bi|con|van|nhung) cham|cham$)\b/;
const ON_TIME = /\b(?:dung han|dung tien do|dung thoi han|dung ke hoach|dam bao tien do|dam bao thoi gian)\b/;
const EARLY = /\b(?:truoc han|truoc thoi han|vuot tien do)\b/;

const DONE_HEAD = /^(?:da |cong viec da |nhiem vu da |co ban |da co ban )?(?:hoan thanh|hoan tat|xong|thuc hien xong)\b/;
/** After the done words: only part of the work ("Đã hoàn thành 80%", "Hoàn thành một phần"). */
const PARTLY = /^(?:(?:duoc )?(?:[1-9]?\d(?:[.,]\d+)? ?%)|mot phan|chua)/;
const DONE_VERB = /^da (?:thuc hien|ban hanh|to chuc|phe duyet|cong bo|trien khai thuc hien xong|hoan thien va ban hanh|ky ban hanh)\b/;
const NOT_DONE = /^(?:chua|khong) (?:hoan thanh|hoan tat|xong|dat)\b|^chua duoc\b|^chua den han\b|^khong thuc hien duoc\b|^khong the thuc hien\b/;
const NOT_STARTED = /^chua (?:thuc hien|trien khai|bat dau|to chuc|xay dung|co)\b/;
const DROPPED =
  /^(?:(?:de nghi |xin |da )?(?:khong thuc hien|khong trien khai|(?:tam )?dung (?:thuc hien|trien khai|lai)|tam dung|huy bo|bai bo|loai bo|dua ra khoi|rut khoi|rut ra khoi|dieu chinh ra khoi|bo khoi))\b|^(?:da )?(?:dung|huy)(?:$| (?:theo|do|vi)\b)/;
const IN_PROGRESS =
  /^(?:dang|tiep tuc|cho|da trinh|da gui|da tham muu|da du thao|da xay dung du thao|da lay y kien|da trien khai|da bao cao|trinh|dang cho|trong han|dung tien do|dam bao tien do)\b/;
const OVERDUE_HEAD = /^(?:qua han|tre han|cham tien do|cham so voi|cham han|cham(?: tre| hon)?$|tre$)/;

function dateIn(text: string, from = 0): Day | null {
  const m = DATE.exec(text.slice(from));
  if (!m) return null;
  const y = Number(m[3]);
  const mo = Number(m[2]);
  const d = Number(m[1]);
  if (!isSupportedYear(y) || !isValidYMD(y, mo, d)) return null;
  return dayFromYMD(y, mo, d);
}

function timeliness(k: string): StatusReading["timeliness"] {
  if (LATE.test(k)) return "late";
  if (EARLY.test(k)) return "early";
  if (ON_TIME.test(k)) return "onTime";
  return undefined;
}

function reading(kind: StatusReadingKind, text: string, completed: Day | null = null, t?: StatusReading["timeliness"]): StatusReading {
  return t === undefined ? { kind, completed, text } : { kind, completed, timeliness: t, text };
}

/** Folded, with punctuation turned into spaces (keeps "/", "." and "-" inside dates). */
function keyOf(text: string): string {
  return foldKey(text.replace(/[()[\]{},;:!?"'“”‘’*•–—_]+/g, " ")).replace(/(?<!\d)[.\-/]+|[.\-/]+(?!\d)/g, " ").replace(/\s+/g, " ").trim();
}

/**
 * Read one status cell: text, or a date (a date alone in a status column is the completion
 * date). Never throws.
 */
export function readStatus(value: unknown): StatusReading {
  try {
    if (value === null || value === undefined) return reading("blank", "");
    if (value instanceof Date || typeof value === "number") {
      // A date cell; a plain number (a percentage, a mark "1") is not a date of this century.
      const d = parseDateCell(value);
      if (d.ok && yearOf(d.day) >= 2000) return reading("done", cellText(value), d.day);
      return reading(typeof value === "number" ? "unknown" : "blank", cellText(value));
    }
    const text = cellText(value);
    if (text === "") return reading("blank", "");
    if (text.length > 400) return reading("unknown", text);
    const k = keyOf(text);
    if (k === "") return reading("blank", text);
    // A date alone ("15/11/2025").
    if (/^\d{1,2} ?[/.-] ?\d{1,2} ?[/.-] ?\d{4}$/.test(k)) {
      const d = dateIn(k);
      return d === null ? reading("unknown", text) : reading("done", text, d);
    }
    if (NOT_STARTED.test(k)) return reading(LATE.test(k) ? "overdue" : "notStarted", text);
    if (NOT_DONE.test(k)) return reading(LATE.test(k) ? "overdue" : "inProgress", text);
    if (DROPPED.test(k)) return reading("dropped", text);
    let m = DONE_HEAD.exec(k) ?? DONE_VERB.exec(k);
    if (m) {
      const rest = k.slice(m[0].length).trim();
      if (SCHEDULE_AFTER_DONE.test(rest)) return reading("unknown", text);
      if (PARTLY.test(rest)) return reading(LATE.test(rest) ? "overdue" : "inProgress", text);
      return reading("done", text, dateIn(k, m[0].length), timeliness(rest));
    }
    if (OVERDUE_HEAD.test(k)) {
      // "Quá hạn (hoàn thành ngày 05/12/2025)": done late, with its date.
      m = /\b(?:da )?(?:hoan thanh|xong)\b/.exec(k);
      if (m && !/\bchua (?:hoan thanh|xong)\b/.test(k)) return reading("done", text, dateIn(k, m.index), "late");
      return reading("overdue", text);
    }
    if (IN_PROGRESS.test(k)) return reading(LATE.test(k) ? "overdue" : "inProgress", text);
    return reading("unknown", text);
  } catch {
    return reading("unknown", "");
  }
}

/** True for readings that say something about the task (not blank, not unknown). */
export function isStatusWord(r: StatusReading): boolean {
  return r.kind !== "blank" && r.kind !== "unknown";
}
