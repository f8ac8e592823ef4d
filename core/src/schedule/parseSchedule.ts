/**
 * Reading a schedule text ("Tiến độ thực hiện", "Thời gian", "Thời hạn") — DOMAIN.md §2.
 *
 * The text is cleaned (NFC, one space), parenthesised parts become the `note`, and the rest
 * is folded by `scheduleKey` (no diacritics, lower case, OCR repairs) and matched against
 * precompiled patterns. Dates are day/month/year; impossible dates give kind "unknown" with a
 * `problem`. Text in a legacy encoding (TCVN3, VNI) is converted to Unicode first, and `text`
 * holds the converted form. Never throws. Results are cached (bounded) per (text, plan year).
 */
import { type Day, dayFromYMD, excelSerialToDay, isSupportedYear, isValidYMD, lastDayOfMonth, MAX_YEAR, MIN_YEAR, yearOf } from "../dates/day.js";
import { authorityName, findKnownAuthority } from "./authorities.js";
import { detectLegacyEncoding, legacyToUnicode } from "../text/legacyEncoding.js";
import { quickClean, quickFold } from "./quickText.js";
import { scheduleKey } from "./scheduleKey.js";
import type { Milestone, Recurrence, Schedule, ScheduleKind } from "./types.js";

/** What the patterns find in one schedule phrase (no text, note or plan-year flag yet). */
interface Parsed {
  kind: ScheduleKind;
  due: Day | null;
  period?: { start: Day; end: Day };
  recurrence?: Recurrence;
  authority?: string;
  milestones?: Milestone[];
  problem?: string;
  dayOfMonth?: number;
}

// ---------------------------------------------------------------- patterns (on scheduleKey)

const Y = "(\\d{4})";
const DATE = "(\\d{1,2})[/.-](\\d{1,2})[/.-](\\d{4})";
/** Roman or Arabic quarter number, including OCR forms ("l", "11" for II, "1v" for IV). */
const Q = "(?:[1-4]|[ivl1|]{1,4})(?![0-9a-z])";
const M = "\\d{1,2}(?!\\d)";
/**
 * Words that may precede "quý …", "tháng …", "năm …" without changing the due date; also "Đăng ký
 * Quý II/2026" and "Kỳ họp chuyên đề tháng 5/2026" (a council session that month) in tracking sheets.
 */
const WITHIN = "(?:(?:hoan thanh|thuc hien|trien khai|bao cao|xong|dang ky|ky hop(?: chuyen de| thuong le| bat thuong)?) )?(?:(?:trong|cuoi|vao|den het|het|den cuoi|trong suot|suot|ca|trong ca|ngay cuoi) )?";
const YEAR_TAIL = `(?:(?: ?[/-] ?| nam | |, nam |, )${Y})?`;

const RE_CONTINUOUS = /^(?:(?:la )?(?:nhiem vu|cong viec|hoat dong) )?(?:(?:duoc |se )?(?:thuc hien|trien khai|to chuc|cap nhat|theo doi|kiem tra) )?(?:thuong xuyen|lien tuc|hang ngay|hang tuan|moi ngay|moi tuan|dot xuat|khi phat sinh|khi co phat sinh)\b/;

const UNIT =
  "(?:(?:hang|moi|tung|theo|dinh ky) )?(?:quy|thang|nam|nua nam|(?:3|03|ba|6|06|sau) thang)(?: (?:1|mot) lan|/lan)?|thuong nien|(?:1|mot) lan/(?:quy|thang|nam)";
const RE_RECURRING = new RegExp(`^(?:(?:bao cao|thuc hien|to chuc|kiem tra) )?(dinh ky )?(${UNIT})((?:(?:, ?| va | hoac |, va |/)(?:${UNIT}))*)$`);
const RE_UNIT_QUALIFIED = /^(?:(?:hang|moi|tung|theo|dinh ky) |thuong nien|(?:1|mot) lan\/)|(?: (?:1|mot) lan|\/lan)$/;
const RE_YEARLY_DAY = [
  /^(?:(?:hoan thanh|bao cao) )?(?:truoc ngay |truoc |ngay |han |cham nhat(?: la)?(?: ngay)? |den ngay |den )?(\d{1,2})\/(\d{1,2}),? (?:hang|moi|cua moi|cua hang) nam$/,
  /^(?:hang|moi) nam,? (?:(?:hoan thanh|bao cao) )?(?:truoc ngay |truoc |ngay |han |cham nhat(?: la)?(?: ngay)? |den ngay |den )(\d{1,2})\/(\d{1,2})$/,
];
const RE_YEAR_AND_FOLLOWING = new RegExp(`^(?:tu )?(?:nam )?${Y},? (?:va|den|cho) (?:cac|nhung) nam (?:tiep theo|sau|ke tiep|tiep|sau do)$`);
/** "Hằng năm và những năm tiếp theo", "Hàng năm và các năm sau": yearly. */
const RE_YEARLY_AND_FOLLOWING = /^(?:(?:thuc hien|trien khai) )?(?:hang|moi) nam,? (?:va|cho) (?:cac|nhung) nam (?:tiep theo|sau|ke tiep|tiep|sau do)$/;
const RE_FROM_YEAR = new RegExp(`^tu (?:nam )?${Y}(?: (?:tro di|tro ve sau|den nay|ve sau))?$`);

const DATE_PREFIX =
  "(?:(?:hoan thanh|xong|thuc hien|ban hanh|bao cao|gui|trinh|nop) )?(?:truoc hoac vao ngay |truoc ngay |truoc |cham nhat la ngay |cham nhat ngay |cham nhat la |cham nhat |den het ngay |den ngay |den |han chot |han |vao ngay |ngay |trong ngay )?";
const RE_DATE_RANGE = new RegExp(`^(?:tu )?(?:ngay )?${DATE} ?(?:-|den ngay|den) ?(?:ngay )?${DATE}$`);
const RE_DATE = new RegExp(`^${DATE_PREFIX}${DATE}(?![0-9])`);
const RE_ANOTHER_DATE = new RegExp(DATE);
/** ISO dates, as adapters write date cells ("2025-12-31"). */
const RE_ISO_DATE = new RegExp(`^${DATE_PREFIX}(\\d{4})-(\\d{1,2})-(\\d{1,2})$`);
/** A whole cell that is a spreadsheet serial number (1900 system) of a day in 1900–2100. */
const RE_SERIAL = /^\d{5}$/;
/** "Quý I hằng năm", "Tháng 12 hằng năm", "Hằng năm, trước 31/12": a dated phrase that repeats every year. */
const RE_YEARLY_SUFFIX = /^(.+?),? (?:hang|moi|cua moi|cua hang|trong moi|vao moi) nam$|^(?:hang|moi) nam,? (.+)$/;
/** "Trước ngày 20 hằng tháng", "Ngày 15 hàng tháng". */
const RE_MONTHLY_DAY = /^(?:(?:hoan thanh|bao cao) )?(?:truoc ngay |truoc |ngay |cham nhat(?: la)?(?: ngay)? |den ngay |den )(\d{1,2}) (?:hang|moi|cua moi|cua hang) thang$/;
/** Separators of a list of schedules: "Quý I/2025, Quý III/2025", "Năm 2025 và năm 2026". */
const LIST_SEPARATOR = /, | va |; | hoac /;
const RE_DATE_NO_YEAR = new RegExp(`^${DATE_PREFIX}(\\d{1,2})/(\\d{1,2})$`);
const RE_DATE_ANYWHERE = new RegExp(`(?:^|\\s)(?:truoc ngay|truoc|cham nhat(?: la)?(?: ngay)?|han chot|thoi han|den ngay|han) ${DATE}(?![0-9])`);

const RE_QUARTER = new RegExp(`^${WITHIN}quy (${Q}(?:(?:, ?| va | - |-| den |, va )(?:quy )?${Q})*)${YEAR_TAIL}$`);
const RE_MONTH = new RegExp(`^${WITHIN}thang (${M}(?:(?:, ?| va | - |-| den |, va )(?:thang )?${M})*)${YEAR_TAIL}$`);
const RE_MONTH_SHORT = new RegExp(`^${WITHIN}(\\d{1,2})/${Y}$`);
const RE_HALF = new RegExp(`^${WITHIN}(?:(?:6|06|sau) thang|nua) (dau|cuoi)(?: nam)?(?:(?: | ?[/-] ?)${Y})?$`);
const RE_RANGE = new RegExp(
  `^(?:(?:thuc hien |trien khai )?(?:trong )?(?:giai doan|thoi ky|tu nam|tu|nam|cac nam|trong nam|trong cac nam) )?${Y} ?(?:-|den nam|den|toi|/) ?(?:nam )?${Y}(?:,? dinh huong (?:den )?(?:nam )?\\d{4})?$`,
);
const RE_YEAR = new RegExp(`^${WITHIN}(?:nam )?${Y}$`);
const RE_YEAR_NO_NUMBER = /^(?:(?:hoan thanh|thuc hien|trien khai) )?(?:trong|ca|suot|trong suot|trong ca|cuoi|den cuoi|den het) nam$/;
const RE_EXTERNAL =
  /^(?:(?:duoc |se )?(?:thuc hien|trien khai|hoan thanh|to chuc|bao cao) )?(?:theo(?! doi)|tuy theo|can cu|khi co|khi|tuy|dua theo|phu hop|sau khi)\b|^(?:yeu cau|chi dao|huong dan|ke hoach|lo trinh|tien do|thong bao|quy dinh|van ban) (?:cua|tu)\b/;
const RE_YEAR_MENTION = /\bnam (\d{4})\b/;
const RE_LATIN1_HIGH = /[\u00a1-\u00ff]/;
const RE_SLASHED = /\d[/.-]\d/;
const RE_TWO_YEARS = /\d{4}\D+\d{4}/;
const RE_RECURRING_WORD = /hang|moi|tung|theo|dinh ky|thuong nien|lan/;
const RE_OF = /^(?:cua|ciia|cta|cia|ctia|cda)$/;
/** "của" (or an OCR form of it) somewhere in the folded text: only then look for the word. */
const RE_HAS_OF = /(?:^| )(?:cua|ciia|cta|cia|ctia|cda) /;

// ---------------------------------------------------------------- helpers

/** Largest / smallest of a list (no spread: a cell may hold thousands of milestones). */
function maxOf(xs: number[]): number {
  let m = -Infinity;
  for (const x of xs) if (x > m) m = x;
  return m;
}
function minOf(xs: number[]): number {
  let m = Infinity;
  for (const x of xs) if (x < m) m = x;
  return m;
}

function yearPeriod(y: number): { start: Day; end: Day } {
  return { start: dayFromYMD(y, 1, 1), end: dayFromYMD(y, 12, 31) };
}

function unknown(problem?: string): Parsed {
  return problem === undefined ? { kind: "unknown", due: null } : { kind: "unknown", due: null, problem };
}

const OUT_OF_RANGE = (y: number) => `Năm ${y} nằm ngoài khoảng hỗ trợ ${MIN_YEAR}–${MAX_YEAR}.`;
const NO_YEAR = "Không ghi năm: cần năm kế hoạch để tính hạn.";

function quarterNumber(token: string): number | null {
  if (/^[1-4]$/.test(token)) return Number(token);
  switch (token.replace(/[l1|]/g, "i")) {
    case "i":
      return 1;
    case "ii":
      return 2;
    case "iii":
      return 3;
    case "iv":
      return 4;
    default:
      return null;
  }
}

/** The year written, else the plan year, else a problem. */
function pickYear(written: string | undefined, planYear: number | undefined): number | string {
  if (written !== undefined) {
    const y = Number(written);
    return isSupportedYear(y) ? y : OUT_OF_RANGE(y);
  }
  return planYear ?? NO_YEAR;
}

function dateFrom(d: string, m: string, y: string): Day | string {
  const year = Number(y);
  if (!isSupportedYear(year)) return OUT_OF_RANGE(year);
  if (!isValidYMD(year, Number(m), Number(d))) return `Ngày ${d}/${m}/${y} không tồn tại.`;
  return dayFromYMD(year, Number(m), Number(d));
}

function recurrenceOf(unit: string): Recurrence | null {
  if (/(?:^|\s|\/)(?:3|03|ba) thang|quy/.test(unit)) return "quarterly";
  if (/(?:6|06|sau) thang|nua nam/.test(unit)) return "half-yearly";
  if (/thang/.test(unit)) return "monthly";
  if (/nam|thuong nien/.test(unit)) return "yearly";
  return null;
}

const FINEST: readonly Recurrence[] = ["monthly", "quarterly", "half-yearly", "yearly"];

/** Yearly recurring: 31/12 of the plan year; of the first year when the schedule starts later. */
function yearly(planYear: number | undefined, firstYear?: number): Parsed {
  if (planYear === undefined) return { kind: "recurring", due: null, recurrence: "yearly" };
  if (firstYear !== undefined && firstYear > planYear) {
    return { kind: "recurring", due: dayFromYMD(firstYear, 12, 31), recurrence: "yearly", period: yearPeriod(firstYear) };
  }
  return { kind: "recurring", due: dayFromYMD(planYear, 12, 31), recurrence: "yearly", period: yearPeriod(planYear) };
}

/** "Năm 2025", "Trong năm 2025": the whole year. */
function yearPhrase(y: number): Parsed {
  if (!isSupportedYear(y)) return unknown(OUT_OF_RANGE(y));
  return { kind: "year", due: dayFromYMD(y, 12, 31), period: yearPeriod(y) };
}

// ---------------------------------------------------------------- one phrase

/** One folded phrase `k`; `source` is the text it was folded from (for a body's name as written), "" for parts of a phrase. */
function parseKey(k: string, source: string, planYear: number | undefined, depth = 0): Parsed {
  let m: RegExpExecArray | null;
  // The most common schedule, "Trong năm 2025", first: no pattern above RE_YEAR below can match
  // a text RE_YEAR matches (they all need a slash, "quy", "thang", a recurring word or two years).
  const last = k.charCodeAt(k.length - 1);
  if (last >= 0x30 && last <= 0x39 && (m = RE_YEAR.exec(k))) return yearPhrase(Number(m[1]));
  // Cheap gates: most patterns need a word or a shape that a quick test rules out.
  const slashed = RE_SLASHED.test(k);
  const hasQuy = k.includes("quy");
  const hasThang = k.includes("thang");
  const twoYears = RE_TWO_YEARS.test(k);

  if (RE_CONTINUOUS.test(k)) {
    const y = RE_YEAR_MENTION.exec(k);
    const year = y ? Number(y[1]) : NaN;
    return isSupportedYear(year) ? { kind: "continuous", due: null, period: yearPeriod(year) } : { kind: "continuous", due: null };
  }

  if (RE_RECURRING_WORD.test(k) && (m = RE_RECURRING.exec(k))) {
    const first = m[2];
    if (m[1] !== undefined || RE_UNIT_QUALIFIED.test(first)) {
      const units = [first, ...m[3].split(/, ?| va | hoac |, va |\//).filter((u) => u !== "")];
      const found = new Set(units.map(recurrenceOf));
      const rec = FINEST.find((r) => found.has(r));
      if (rec === "yearly") return yearly(planYear);
      if (rec) return { kind: "recurring", due: null, recurrence: rec };
    }
  }

  if ((m = RE_MONTHLY_DAY.exec(k))) {
    const day = Number(m[1]);
    if (day >= 1 && day <= 31) return { kind: "recurring", due: null, recurrence: "monthly", dayOfMonth: day };
  }

  if (depth === 0 && (k.endsWith(" nam") || k.startsWith("hang nam") || k.startsWith("moi nam")) && (m = RE_YEARLY_SUFFIX.exec(k))) {
    const inner = parseKey(m[1] ?? m[2], "", planYear, depth + 1);
    if (inner.kind === "date" || inner.kind === "quarter" || inner.kind === "month" || inner.kind === "half") {
      if (planYear === undefined || inner.due === null) return { kind: "recurring", due: null, recurrence: "yearly" };
      return { kind: "recurring", due: inner.due, recurrence: "yearly", period: yearPeriod(planYear) };
    }
  }

  for (const re of RE_YEARLY_DAY) {
    if (slashed && (m = re.exec(k))) {
      if (planYear === undefined) return { kind: "recurring", due: null, recurrence: "yearly" };
      const d = dateFrom(m[1], m[2], String(planYear));
      if (typeof d === "string") return { kind: "recurring", due: null, recurrence: "yearly", problem: d };
      return { kind: "recurring", due: d, recurrence: "yearly", period: yearPeriod(planYear) };
    }
  }

  if (slashed && (m = RE_DATE_RANGE.exec(k))) {
    const a = dateFrom(m[1], m[2], m[3]);
    const b = dateFrom(m[4], m[5], m[6]);
    if (typeof a === "string") return unknown(a);
    if (typeof b === "string") return unknown(b);
    if (b < a) return unknown(`Khoảng thời gian có ngày đầu sau ngày cuối.`);
    return { kind: "range", due: b, period: { start: a, end: b } };
  }

  if (k.length === 5 && RE_SERIAL.test(k)) {
    const day = excelSerialToDay(Number(k));
    if (Number(k) >= 61 && isSupportedYear(yearOf(day))) return { kind: "date", due: day };
  }

  if (slashed && k.length >= 10 && (m = RE_ISO_DATE.exec(k))) {
    const d = dateFrom(m[3], m[2], m[1]);
    return typeof d === "string" ? unknown(d) : { kind: "date", due: d };
  }

  if (slashed && (m = RE_DATE.exec(k)) && !RE_ANOTHER_DATE.test(k.slice(m[0].length))) {
    const d = dateFrom(m[1], m[2], m[3]);
    return typeof d === "string" ? unknown(d) : { kind: "date", due: d };
  }

  if (slashed && (m = RE_DATE_NO_YEAR.exec(k))) {
    if (planYear === undefined) return { kind: "date", due: null, problem: NO_YEAR };
    const d = dateFrom(m[1], m[2], String(planYear));
    return typeof d === "string" ? unknown(d) : { kind: "date", due: d };
  }

  if (hasQuy && (m = RE_QUARTER.exec(k))) {
    const qs = m[1].split(/, ?| va | - |-| den |, va /).map((t) => quarterNumber(t.replace(/^quy /, "")));
    if (qs.some((q) => q === null)) return unknown("Quý không hợp lệ (chỉ có quý I, II, III, IV).");
    const y = pickYear(m[2], planYear);
    const nums = qs as number[];
    const lo = minOf(nums);
    const hi = maxOf(nums);
    if (typeof y === "string") return { kind: "quarter", due: null, problem: y };
    const due = lastDayOfMonth(y, hi * 3);
    return { kind: "quarter", due, period: { start: dayFromYMD(y, lo * 3 - 2, 1), end: due } };
  }

  if ((hasThang && (m = RE_MONTH.exec(k))) || (slashed && (m = RE_MONTH_SHORT.exec(k)))) {
    const ms = m[1].split(/, ?| va | - |-| den |, va /).map((t) => Number(t.replace(/^thang /, "")));
    const bad = ms.find((x) => !(x >= 1 && x <= 12));
    if (bad !== undefined) return unknown(`Tháng ${bad} không tồn tại.`);
    const y = pickYear(m[2], planYear);
    if (typeof y === "string") return { kind: "month", due: null, problem: y };
    const due = lastDayOfMonth(y, maxOf(ms));
    return { kind: "month", due, period: { start: dayFromYMD(y, minOf(ms), 1), end: due } };
  }

  if ((hasThang || k.includes("nua")) && (m = RE_HALF.exec(k))) {
    const y = pickYear(m[2], planYear);
    if (typeof y === "string") return { kind: "half", due: null, problem: y };
    return m[1] === "dau"
      ? { kind: "half", due: dayFromYMD(y, 6, 30), period: { start: dayFromYMD(y, 1, 1), end: dayFromYMD(y, 6, 30) } }
      : { kind: "half", due: dayFromYMD(y, 12, 31), period: { start: dayFromYMD(y, 7, 1), end: dayFromYMD(y, 12, 31) } };
  }

  if (RE_YEARLY_AND_FOLLOWING.test(k)) return yearly(planYear);

  if ((m = RE_YEAR_AND_FOLLOWING.exec(k)) || (k.startsWith("tu ") && (m = RE_FROM_YEAR.exec(k)))) {
    const y = Number(m[1]);
    if (!isSupportedYear(y)) return unknown(OUT_OF_RANGE(y));
    return yearly(planYear, y);
  }

  if (twoYears && (m = RE_RANGE.exec(k))) {
    const a = Number(m[1]);
    const b = Number(m[2]);
    if (!isSupportedYear(a)) return unknown(OUT_OF_RANGE(a));
    if (!isSupportedYear(b)) return unknown(OUT_OF_RANGE(b));
    if (b < a) return unknown(`Giai đoạn ${a}–${b} có năm đầu lớn hơn năm cuối.`);
    const due = dayFromYMD(b, 12, 31);
    return { kind: "range", due, period: { start: dayFromYMD(a, 1, 1), end: due } };
  }

  if (RE_YEAR_NO_NUMBER.test(k)) {
    if (planYear === undefined) return { kind: "year", due: null, problem: NO_YEAR };
    return { kind: "year", due: dayFromYMD(planYear, 12, 31), period: yearPeriod(planYear) };
  }

  if (RE_EXTERNAL.test(k)) {
    const out: Parsed = { kind: "external", due: null };
    const authority = externalAuthority(k, source);
    if (authority) out.authority = authority;
    const y = RE_YEAR_MENTION.exec(k);
    if (y && isSupportedYear(Number(y[1]))) out.period = yearPeriod(Number(y[1]));
    return out;
  }

  if (depth === 0 && LIST_SEPARATOR.test(k)) {
    const list = parseList(k, planYear, depth);
    if (list) return list;
  }

  if (slashed && (m = RE_DATE_ANYWHERE.exec(k))) {
    const d = dateFrom(m[1], m[2], m[3]);
    return typeof d === "string" ? unknown(d) : { kind: "date", due: d };
  }

  return unknown();
}

/**
 * A list of dated schedules ("Quý I/2025, Quý III/2025"): the last due date; the same kind when
 * every item has it and all fall in one year, else a range over them all.
 */
function parseList(k: string, planYear: number | undefined, depth: number): Parsed | null {
  const items = k.split(LIST_SEPARATOR).map((part) => parseKey(part.trim(), "", planYear, depth + 1));
  if (items.length < 2 || !items.every((p) => DATED.has(p.kind) && p.due !== null)) return null;
  const due = maxOf(items.map((p) => p.due as Day));
  const start = minOf(items.map((p) => p.period?.start ?? (p.due as Day)));
  const kinds = new Set(items.map((p) => p.kind));
  const oneYear = yearOf(start) === yearOf(due);
  const kind = kinds.size === 1 && oneYear ? items[0].kind : "range";
  if (kind === "date") return { kind, due };
  return { kind, due, period: { start, end: due } };
}

/** The body after "của …" (proper name when known), else any known body named in the text. */
function externalAuthority(k: string, source: string): string | undefined {
  if (RE_HAS_OF.test(k)) {
    const words = source.split(" ");
    for (let i = 0; i < words.length - 1; i++) {
      const w = words[i];
      if (w.length >= 3 && w.length <= 4 && RE_OF.test(quickFold(w))) return authorityName(words.slice(i + 1).join(" "));
    }
  }
  return findKnownAuthority(k);
}

// ---------------------------------------------------------------- milestones

/** Separators between milestones: ";" and bullets ("- ", "+ ", "• ") not followed by a digit. */
const SEGMENT_SPLIT = /(\s*;\s*|(?:^|\s)[-–+•]\s+(?=[^\d\s]))/;
const RE_HEAD_NO_COLON = new RegExp(`^(?:den|truoc|han|cham nhat)(?: ngay)? ${DATE}(?![0-9])`);
const DATED: ReadonlySet<ScheduleKind> = new Set(["date", "year", "quarter", "month", "half", "range"]);

interface Segment {
  text: string;
  head: Parsed | null;
}

function segmentHead(seg: string, planYear: number | undefined): Parsed | null {
  const k = scheduleKey(seg);
  const colon = k.indexOf(":");
  if (colon > 0 && colon <= 60) {
    const head = parseKey(k.slice(0, colon).trim(), "", planYear);
    if (DATED.has(head.kind) && head.due !== null) return head;
  }
  const m = RE_HEAD_NO_COLON.exec(k);
  if (m) {
    const d = dateFrom(m[1], m[2], m[3]);
    if (typeof d !== "string") return { kind: "date", due: d };
  }
  return null;
}

/** "Đến 31/12/2025: …; Đến 31/01/2026: …" → milestones; null when the text is not written so. */
function parseMilestones(main: string, planYear: number | undefined): Parsed | null {
  const pieces = main.split(SEGMENT_SPLIT);
  const segments: Segment[] = [];
  for (let i = 0; i < pieces.length; i += 2) {
    const piece = pieces[i].trim();
    if (piece === "") continue;
    const head = segmentHead(piece, planYear);
    if (head !== null || segments.length === 0) {
      segments.push({ text: piece, head });
    } else {
      const last = segments[segments.length - 1];
      last.text = `${last.text}${pieces[i - 1]}${piece}`;
    }
  }
  if (segments.length === 0 || segments[0].head === null) return null;
  const dated = segments.filter((s) => s.head !== null);
  const hasColon = dated.some((s) => s.text.includes(":"));
  if (dated.length < 2 && !hasColon) return null;
  const milestones: Milestone[] = dated.map((s) => ({
    due: (s.head as Parsed).due as Day,
    label: s.text.replace(/[\s;.,]+$/, ""),
  }));
  if (dated.length === 1) return { ...(dated[0].head as Parsed), milestones };
  const due = maxOf(milestones.map((x) => x.due));
  return { kind: "milestones", due, milestones };
}

// ---------------------------------------------------------------- notes in parentheses

function splitNote(text: string): { main: string; note?: string } {
  if (!text.includes("(")) return { main: text };
  let depth = 0;
  let main = "";
  let cur = "";
  const notes: string[] = [];
  for (const ch of text) {
    if (ch === "(") {
      if (depth === 0) cur = "";
      else cur += ch;
      depth++;
    } else if (ch === ")" && depth > 0) {
      depth--;
      if (depth === 0) notes.push(cur);
      else cur += ch;
    } else if (depth > 0) cur += ch;
    else main += ch;
  }
  if (depth > 0) notes.push(cur);
  const note = notes
    .map((n) => quickClean(n).replace(/^[\s,;:.]+|[\s,;:.]+$/g, ""))
    .filter((n) => n !== "")
    .join("; ");
  const mainClean = quickClean(main).replace(/[\s,;:]+$/, "");
  if (mainClean === "" || !/[\p{L}\p{N}]/u.test(mainClean)) return { main: note };
  return note === "" ? { main: mainClean } : { main: mainClean, note };
}

// ---------------------------------------------------------------- assembly

function outsidePlanYear(p: Parsed, planYear: number | undefined): boolean {
  if (planYear === undefined || p.due === null) return false;
  const start = dayFromYMD(planYear, 1, 1);
  const end = dayFromYMD(planYear, 12, 31);
  if (p.kind === "milestones" && p.milestones) {
    const first = minOf(p.milestones.map((m) => m.due));
    return first > end || p.due < start;
  }
  if (p.period) return p.period.end < start || p.period.start > end;
  return yearOf(p.due) !== planYear;
}

/** A cleaned, non-empty text (Unicode) to a Schedule. */
function parseCleaned(cleaned: string, py: number | undefined): Schedule {
  const { main, note } = splitNote(cleaned);
  let parsed: Parsed | null = null;
  if (main.includes(":") || main.includes(";") || /\s[-–+•]\s/.test(main)) parsed = parseMilestones(main, py);
  if (parsed === null) parsed = parseKey(scheduleKey(main), main, py);
  const s: Schedule = { text: cleaned, kind: parsed.kind, due: parsed.due, outsidePlanYear: outsidePlanYear(parsed, py) };
  if (parsed.period) s.period = parsed.period;
  if (parsed.recurrence) s.recurrence = parsed.recurrence;
  if (parsed.authority) s.authority = parsed.authority;
  if (note) s.note = note;
  if (parsed.milestones) s.milestones = parsed.milestones;
  if (parsed.problem) s.problem = parsed.problem;
  if (parsed.dayOfMonth) s.dayOfMonth = parsed.dayOfMonth;
  return s;
}

const LEGACY_TRIES = ["vni", "tcvn3"] as const;

/** parseSchedule without the cache (for benchmarks and tests). */
export function parseScheduleUncached(text: string, planYear?: number): Schedule {
  let cleaned = "";
  try {
    cleaned = quickClean(typeof text === "string" ? text : text === null || text === undefined ? "" : String(text));
    const py = typeof planYear === "number" && isSupportedYear(planYear) ? planYear : undefined;
    if (cleaned === "") return { text: "", kind: "unknown", due: null, outsidePlanYear: false };
    if (!RE_LATIN1_HIGH.test(cleaned)) return parseCleaned(cleaned, py);
    // Text typed with an old font (TCVN3 ".VnTime", VNI): read its Unicode form.
    const enc = detectLegacyEncoding(cleaned);
    if (enc !== null) return parseCleaned(quickClean(legacyToUnicode(cleaned, enc)), py);
    const s = parseCleaned(cleaned, py);
    if (s.kind !== "unknown") return s;
    // Too short to tell ("Thaùng 6/2025"): a legacy reading that gives a date wins over "unknown"
    // (only a date: the lenient "Theo …"/"Thường xuyên" patterns would accept misreadings).
    for (const e of LEGACY_TRIES) {
      const converted = quickClean(legacyToUnicode(cleaned, e));
      if (converted === cleaned) continue;
      const t = parseCleaned(converted, py);
      if (t.due !== null || t.kind === "recurring") return t;
    }
    return s;
  } catch {
    return { text: cleaned, kind: "unknown", due: null, outsidePlanYear: false };
  }
}

// ---------------------------------------------------------------- cache

const CACHE_LIMIT = 4096;
const YEAR_LIMIT = 16;
const caches = new Map<number, Map<string, Schedule>>();

function freeze(s: Schedule): Schedule {
  if (s.period) Object.freeze(s.period);
  if (s.milestones) {
    for (const m of s.milestones) Object.freeze(m);
    Object.freeze(s.milestones);
  }
  return Object.freeze(s);
}

/**
 * Understand a schedule text. Never throws: empty or unreadable text gives kind "unknown",
 * due null. `planYear` resolves texts without a year ("Trong năm", "Quý IV", "Hằng năm") and
 * sets `outsidePlanYear`. Returns a fresh top-level object each call (nested `period` and
 * `milestones` are shared with the cache and frozen).
 */
export function parseSchedule(text: string, planYear?: number): Schedule {
  if (typeof text !== "string" || text.length > 2000) return parseScheduleUncached(text, planYear);
  const yearKey = typeof planYear === "number" && isSupportedYear(planYear) ? planYear : 0;
  let cache = caches.get(yearKey);
  if (cache === undefined) {
    if (caches.size >= YEAR_LIMIT) caches.clear();
    cache = new Map();
    caches.set(yearKey, cache);
  }
  let s = cache.get(text);
  if (s === undefined) {
    s = freeze(parseScheduleUncached(text, yearKey === 0 ? undefined : yearKey));
    if (cache.size >= CACHE_LIMIT) cache.delete(cache.keys().next().value as string);
    cache.set(text, s);
  }
  return { ...s };
}
