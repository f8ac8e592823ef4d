/**
 * The rule of a criterion ("Cách tính điểm"), read from the province's Vietnamese text into a
 * scoring function (issue 14). Kinds:
 * - tiers by rate: "Từ 90% trở lên: 2 điểm; Từ 70% đến dưới 90%: 1 điểm; Dưới 70%: 0 điểm",
 *   "100%: 3 điểm; Từ 95% đến dưới 100%: 2 điểm" (a rate in no tier scores 0);
 * - threshold (Bộ chỉ số 766): tiers of which one scales, "Từ 70% trở lên: điểm tối đa;
 *   Dưới 70%: tỷ lệ × điểm tối đa ÷ 70%";
 * - proportional: "Tỷ lệ × điểm tối đa";
 * - categories: "Ban hành đúng thời hạn: 1 điểm; Ban hành chậm: 0,5 điểm; Không ban hành: 0 điểm",
 *   "Đạt yêu cầu: 0,5; Không đạt: 0" — evidence matched to a label on the normalised text;
 * - yes/no: "Có: 1 điểm; Không: 0 điểm", "Có/Không" (có: điểm tối đa);
 * - by date: "Ban hành trước ngày 31/01/2025: 1 điểm; Ban hành sau ngày 31/01/2025: 0,5 điểm;
 *   Không ban hành: 0 điểm" — the evidence a date (or one of the labels), see dateConditions.ts.
 * A text read as none of these is `unparsed` with the reason: never a guess.
 * Matching is on folded text (no diacritics, lower case), so typed-without-accents rules read
 * the same; decimals take a comma or a point; "điểm" may be left out.
 */
import { foldKey } from "../text/normalize.js";
import { readDateCell } from "../appendix/cells.js";
import { toVN } from "../dates/day.js";
import { parseDateCondition } from "./dateConditions.js";
import { percentText, pointsText, rateOf, tidy } from "./scoringValues.js";

/** Points of one tier or category: a number, the criterion's maximum, or rate × maximum ÷ divisor. */
export type PointsExpr = { kind: "fixed"; points: number } | { kind: "max" } | { kind: "scaled"; divisor: number };

/** A range of rates (fractions); null bounds are open. */
export interface RateCondition {
  min: number | null;
  minInclusive: boolean;
  max: number | null;
  maxInclusive: boolean;
}

export interface Tier {
  /** The condition as written ("Từ 90% trở lên"); "" for the "còn lại" tier. */
  label: string;
  /** null: every rate not in another tier ("Còn lại", "Các trường hợp khác"). */
  condition: RateCondition | null;
  points: PointsExpr;
}

export interface CategoryOption {
  label: string;
  /** Folded label used for matching. */
  key: string;
  points: PointsExpr;
  /** "Còn lại", "Trường hợp khác": taken when no other label matches. */
  otherwise?: boolean;
}

export type ScoringRuleKind = "tiers" | "threshold" | "proportional" | "categories" | "yesno" | "dates" | "unparsed";

export type ScoringRule =
  | { kind: "tiers" | "threshold"; text: string; tiers: Tier[] }
  | { kind: "proportional"; text: string }
  | { kind: "categories"; text: string; options: CategoryOption[] }
  | { kind: "yesno"; text: string; yes: PointsExpr; no: PointsExpr; yesLabel: string; noLabel: string }
  /** Tiers over days (condition bounds are Day numbers); options for evidence in words ("Không ban hành"). */
  | { kind: "dates"; text: string; tiers: Tier[]; options: CategoryOption[] }
  | { kind: "unparsed"; text: string; reason: string };

/** Vietnamese names of the kinds, for reports. */
export const RULE_KIND_LABELS: Readonly<Record<ScoringRuleKind, string>> = {
  tiers: "theo mức tỷ lệ",
  threshold: "theo ngưỡng (tỷ lệ × điểm tối đa ÷ ngưỡng)",
  proportional: "tỷ lệ × điểm tối đa",
  categories: "theo mức đánh giá",
  yesno: "có/không",
  dates: "theo ngày (thời hạn)",
  unparsed: "chưa đọc được",
};

const NUM = String.raw`(\d+(?:[.,]\d+)?)`;
const MAX_WORDS = String.raw`(?:so\s+)?(?:diem\s+toi\s+da|toi\s+da|du\s+diem)(?:\s+cua\s+tieu\s+chi(?:\s+thanh\s+phan)?)?`;
const TIMES = String.raw`(?:x|×|\*|nhan(?:\s+voi)?)`;
const DIVIDE = String.raw`(?::|÷|\/|chia(?:\s+cho)?)`;

const num = (s: string): number => Number(s.replace(",", "."));

/** Folded text for parsing: symbols spelled the same way, spaces collapsed. */
function fold(text: string): string {
  return foldKey(text)
    .replace(/≥|=>(?!\s*\d)/g, (m) => (m === "≥" ? ">=" : m))
    .replace(/≤/g, "<=")
    .replace(/[–—]/g, "-")
    .replace(/\s*%/g, "%")
    .replace(/\s+/g, " ")
    .trim();
}

/** Points expression of a tier or category ("2 điểm", "0,5", "điểm tối đa", "tỷ lệ × điểm tối đa ÷ 70%"). */
export function parsePoints(text: string): PointsExpr | null {
  let s = fold(text).replace(/[.;]+$/, "").trim();
  s = s.replace(/^\((.*)\)$/, "$1").trim();
  s = s.replace(/^(?:thi\s+)?(?:duoc\s+|dat\s+|cham\s+|tinh\s+|cho\s+)?/, "");
  let m = new RegExp(String.raw`^${NUM}\s*(?:diem|d)?$`).exec(s);
  if (m) return { kind: "fixed", points: num(m[1]) };
  if (/^(?:khong|0)\s*diem$/.test(s)) return { kind: "fixed", points: 0 };
  if (new RegExp(String.raw`^${MAX_WORDS}$`).test(s)) return { kind: "max" };
  m = new RegExp(String.raw`^(?:diem\s*=\s*)?ty\s*le\b.*?\s?${TIMES}\s*${MAX_WORDS}(?:\s*${DIVIDE}\s*${NUM}(%?))?$`).exec(s);
  if (m) {
    if (m[1] === undefined) return { kind: "scaled", divisor: 1 };
    const d = num(m[1]) / (m[2] === "%" || num(m[1]) > 1 ? 100 : 1);
    return d > 0 && d <= 1 ? { kind: "scaled", divisor: tidy(d) } : null;
  }
  return null;
}

/** A rate condition ("Từ 70% đến dưới 90%", "Dưới 70%", "100%", "≥ 95%"), or null. */
export function parseCondition(text: string): { condition: RateCondition; percent: boolean } | null {
  let s = fold(text).replace(/[.:]+$/, "").trim();
  s = s.replace(/^(?:neu\s+|muc\s+|truong\s+hop\s+)?(?:ket\s+qua\s+|ty\s*le\s+(?:[a-z ]*?\s)?)?(?:dat\s+|la\s+)?/, "");
  s = s.replace(/\s+thi$/, "").trim();
  const percent = s.includes("%");
  const N = String.raw`${NUM}%?`;
  const c = (min: number | null, minInclusive: boolean, max: number | null, maxInclusive: boolean) => ({
    condition: { min: min === null ? null : tidy(min / 100), minInclusive, max: max === null ? null : tidy(max / 100), maxInclusive },
    percent,
  });
  let m: RegExpExecArray | null;
  // ranges: "từ 70% đến dưới 90%", "70% - 90%", "trên 70% đến 90%"
  m = new RegExp(String.raw`^(tu|tren|>=|>)?\s*${N}\s*(?:den|-|toi)\s*(duoi|<|<=)?\s*${N}$`).exec(s);
  if (m) {
    const lowOpen = m[1] === "tren" || m[1] === ">";
    const highOpen = m[3] === "duoi" || m[3] === "<";
    const lo = num(m[2]);
    const hi = num(m[4]);
    return lo <= hi ? c(lo, !lowOpen, hi, !highOpen) : null;
  }
  m = new RegExp(String.raw`^(?:tu\s+|>=\s*|khong\s+(?:duoi|thap\s+hon|it\s+hon)\s+|toi\s+thieu\s+(?:la\s+)?|it\s+nhat\s+)?${N}\s*(?:tro\s+len|tro\s+len\s+day)$`).exec(s);
  if (m) return c(num(m[1]), true, null, false);
  m = new RegExp(String.raw`^(?:tu|>=|khong\s+(?:duoi|thap\s+hon|it\s+hon)|toi\s+thieu(?:\s+la)?|it\s+nhat)\s*${N}$`).exec(s);
  if (m) return c(num(m[1]), true, null, false);
  m = new RegExp(String.raw`^(?:tren|>|lon\s+hon|cao\s+hon|hon|vuot)\s*${N}$`).exec(s);
  if (m) return c(num(m[1]), false, null, false);
  m = new RegExp(String.raw`^(?:duoi|<|nho\s+hon|thap\s+hon|it\s+hon|chua\s+dat)\s*${N}$`).exec(s);
  if (m) return c(null, false, num(m[1]), false);
  m = new RegExp(String.raw`^(?:<=|khong\s+(?:qua|vuot\s+qua|vuot|cao\s+hon|lon\s+hon)|toi\s+da(?:\s+la)?)\s*${N}$`).exec(s);
  if (m) return c(null, false, num(m[1]), true);
  m = new RegExp(String.raw`^(?:tu\s+)?${N}\s*tro\s+xuong$`).exec(s);
  if (m) return c(null, false, num(m[1]), true);
  m = new RegExp(String.raw`^(?:bang|=|dung)?\s*${N}$`).exec(s);
  if (m) return c(num(m[1]), true, num(m[1]), true);
  return null;
}

/** Words of an "every other case" label. */
const OTHERWISE = /^(?:con\s+lai|cac\s+truong\s+hop\s+(?:con\s+lai|khac)|truong\s+hop\s+khac|khac|ngoai\s+ra)$/;

/** Folded label with synonyms unified, for category matching. */
export function labelKey(text: string): string {
  return ` ${fold(text).replace(/[^a-z0-9% ]+/g, " ").replace(/\s+/g, " ").trim()} `
    .replace(/ thoi han /g, " han ")
    .replace(/ (?:tre han|qua han|tre|muon) /g, " cham ")
    .replace(/ chua /g, " khong ")
    .trim();
}

interface Segment {
  left: string;
  right: string;
}

/** Split a rule into "condition: points" segments (";", line breaks, ". " before a capital, ", " before another "…:"). */
function segments(text: string): Segment[] | null {
  const pieces = text
    .normalize("NFC")
    .split(/[;\n\r]+|\.\s+(?=[A-ZĐÀ-Ỹ])/u)
    .flatMap((p) => p.split(/,\s+(?=[^,:]*:)/))
    .map((p) => p.replace(/^\s*(?:[-+•*–]|[a-zđ]\)|\d+\))\s*/u, "").trim())
    .filter((p) => p !== "" && p !== ".");
  const out: Segment[] = [];
  let carry = "";
  for (const p of pieces) {
    const piece = carry ? `${carry}, ${p}` : p;
    const split = splitSegment(piece);
    if (split) {
      out.push(split);
      carry = "";
    } else carry = piece;
  }
  if (carry !== "") return null;
  return out;
}

function splitSegment(piece: string): Segment | null {
  const sep = /\s*(?::|=>|->|→)\s*/.exec(piece);
  if (sep && sep.index > 0) {
    return { left: piece.slice(0, sep.index).trim(), right: piece.slice(sep.index + sep[0].length).trim() };
  }
  // "Từ 90% trở lên được 2 điểm", "Dưới 70% (0 điểm)"
  const f = /^(.*?)\s*(?:,\s*)?(?:thì\s+)?(?:được|đạt|duoc|dat)?\s*\(?\s*(\d+(?:[.,]\d+)?\s*(?:điểm|diem|đ)|không\s+điểm|khong\s+diem)\s*\)?\.?$/iu.exec(piece);
  if (f && f[1].trim() !== "") return { left: f[1].trim(), right: f[2] };
  return null;
}

const YES = /^(?:co|co thuc hien|da thuc hien|dat|x|yes|true|dung|da|v|✓|✔)$/;
const NO = /^(?:khong|khong thuc hien|chua|chua thuc hien|no|false|sai|-)$/;

function ruleText(text: string): string {
  return text.normalize("NFC").trim();
}

/** Read a rule text. `text` as the province wrote it. */
export function parseScoringRule(text: string): ScoringRule {
  const t = ruleText(text);
  if (t === "") return { kind: "unparsed", text: t, reason: "ô cách tính điểm trống" };
  const whole = fold(t).replace(/[.;]+$/, "");
  const p = parsePoints(whole);
  if (p && p.kind === "scaled") return p.divisor === 1 ? { kind: "proportional", text: t } : { kind: "unparsed", text: t, reason: "có phép chia cho ngưỡng nhưng không có mức ngưỡng" };
  if (/^(?:co\s*\/\s*khong|co\s+hoac\s+khong|co\s*,\s*khong)$/.test(whole)) {
    return { kind: "yesno", text: t, yes: { kind: "max" }, no: { kind: "fixed", points: 0 }, yesLabel: "Có", noLabel: "Không" };
  }
  const segs = segments(t);
  if (!segs || segs.length === 0) return { kind: "unparsed", text: t, reason: `không thấy dạng "mức: điểm"` };
  const tiers: Tier[] = [];
  const dateTiers: Tier[] = [];
  const options: CategoryOption[] = [];
  let anyPercent = false;
  for (const s of segs) {
    const points = parsePoints(s.right);
    if (!points) return { kind: "unparsed", text: t, reason: `không đọc được số điểm "${s.right}" của mức "${s.left}"` };
    const key = labelKey(s.left);
    if (OTHERWISE.test(key)) {
      tiers.push({ label: s.left, condition: null, points });
      options.push({ label: s.left, key, points, otherwise: true });
      continue;
    }
    const byDate = parseDateCondition(s.left);
    if (byDate) {
      dateTiers.push({ label: s.left, condition: byDate, points });
      continue;
    }
    const cond = parseCondition(s.left);
    if (cond) {
      anyPercent ||= cond.percent;
      tiers.push({ label: s.left, condition: cond.condition, points });
    } else {
      if (/\d{1,2}\s*\/\s*\d{1,2}/.test(s.left)) {
        return { kind: "unparsed", text: t, reason: `không đọc được ngày trong mức "${s.left}" (cần ngày/tháng/năm có thật, ví dụ "trước ngày 31/01/2025")` };
      }
      if (/\d/.test(key) && (/%/.test(key) || /^(?:tu|duoi|tren|khong qua|toi thieu|it nhat|bang)\b/.test(key))) {
        return { kind: "unparsed", text: t, reason: `mức "${s.left}" không phải là tỷ lệ % (chưa biết so với số nào)` };
      }
      options.push({ label: s.left, key, points });
    }
  }
  const conditioned = tiers.filter((x) => x.condition !== null).length;
  const labelled = options.filter((o) => !o.otherwise).length;
  if (dateTiers.length > 0) {
    if (conditioned > 0) return { kind: "unparsed", text: t, reason: "trộn lẫn mức theo ngày và mức theo tỷ lệ" };
    if ([...dateTiers, ...options].some((x) => x.points.kind === "scaled")) return { kind: "unparsed", text: t, reason: "mức theo ngày không thể tính theo tỷ lệ" };
    return { kind: "dates", text: t, tiers: [...dateTiers, ...tiers], options };
  }
  if (conditioned > 0 && labelled === 0) {
    if (!anyPercent) return { kind: "unparsed", text: t, reason: "các mức không ghi tỷ lệ % (chưa biết so với số nào)" };
    const scaled = tiers.some((x) => x.points.kind === "scaled");
    return { kind: scaled ? "threshold" : "tiers", text: t, tiers };
  }
  if (labelled > 0 && conditioned === 0) {
    if (options.some((o) => o.points.kind === "scaled")) return { kind: "unparsed", text: t, reason: "mức đánh giá bằng chữ không thể tính theo tỷ lệ" };
    const real = options.filter((o) => !o.otherwise);
    if (real.length === 2 && !options.some((o) => o.otherwise)) {
      const [a, b] = real;
      const yes = isYesLabel(a.key, b.key) ? a : isYesLabel(b.key, a.key) ? b : null;
      if (yes) {
        const no = yes === a ? b : a;
        return { kind: "yesno", text: t, yes: yes.points, no: no.points, yesLabel: yes.label, noLabel: no.label };
      }
    }
    return { kind: "categories", text: t, options };
  }
  return { kind: "unparsed", text: t, reason: "trộn lẫn mức tỷ lệ và mức đánh giá bằng chữ" };
}

/** "có" / "không"; "có X" / "không X"; "X" / "không X" (or "chưa X", unified as "khong"). */
function isYesLabel(yes: string, no: string): boolean {
  if (yes === "co" && no === "khong") return true;
  const base = yes.replace(/^co /, "");
  return no === `khong ${base}` || no === `khong co ${base}`;
}

/** Points of a criterion from its rule and evidence. */
export type RuleOutcome =
  | { ok: true; points: number; detail: string }
  | { ok: false; reason: "missing" | "unreadable" | "unparsed" | "no-max"; message: string };

function pointsValue(p: PointsExpr, max: number | null, rate: number | null): number | null {
  if (p.kind === "fixed") return p.points;
  if (max === null) return null;
  if (p.kind === "max") return max;
  if (rate === null) return null;
  return tidy(Math.min(max, (rate * max) / p.divisor));
}

function inCondition(rate: number, c: RateCondition): boolean {
  if (c.min !== null && (c.minInclusive ? rate < c.min : rate <= c.min)) return false;
  if (c.max !== null && (c.maxInclusive ? rate > c.max : rate >= c.max)) return false;
  return true;
}

function isBlankEvidence(v: unknown): boolean {
  return v === null || v === undefined || (typeof v === "string" && v.trim() === "");
}

function evidenceText(v: unknown): string {
  return typeof v === "number" ? String(v) : String(v).normalize("NFC").trim();
}

/**
 * The option whose label matches the evidence: the same words, else the one label that holds
 * the evidence's words ("Đúng thời hạn" → "Ban hành đúng thời hạn") or that the evidence holds
 * ("Ban hành chậm so với kế hoạch" → "Ban hành chậm"), negation ("không", "chưa") respected.
 * Several labels in the same way → "ambiguous" (never a pick); none → the "còn lại" option or null.
 */
export function matchCategory(evidence: string, options: readonly CategoryOption[]): CategoryOption | "ambiguous" | null {
  const e = labelKey(evidence);
  if (e === "") return null;
  const real = options.filter((o) => !o.otherwise);
  const exact = real.filter((o) => o.key === e);
  if (exact.length === 1) return exact[0];
  if (exact.length > 1) return "ambiguous";
  const et = e.split(" ");
  const negE = et.includes("khong");
  const same = real.filter((o) => o.key.split(" ").includes("khong") === negE);
  const tests: ((lt: string[]) => boolean)[] = [(lt) => contiguous(et, lt), (lt) => contiguous(lt, et), (lt) => ordered(et, lt)];
  for (const test of tests) {
    const hits = same.filter((o) => test(o.key.split(" ")));
    if (hits.length === 1) return hits[0];
    if (hits.length > 1) {
      // the evidence holds several labels: the longest one ("ban hanh cham" over "ban hanh")
      const longest = Math.max(...hits.map((o) => o.key.length));
      const top = hits.filter((o) => o.key.length === longest);
      return test === tests[1] && top.length === 1 ? top[0] : "ambiguous";
    }
  }
  return options.find((o) => o.otherwise) ?? null;
}

function contiguous(small: string[], big: string[]): boolean {
  if (small.length > big.length) return false;
  for (let i = 0; i + small.length <= big.length; i++) if (small.every((w, j) => big[i + j] === w)) return true;
  return false;
}

function ordered(small: string[], big: string[]): boolean {
  let j = 0;
  for (const w of big) if (j < small.length && small[j] === w) j++;
  return j === small.length && small.length >= 2;
}


/**
 * Points the rule gives for the evidence (a rate, a word, a yes/no), for a criterion of maximum
 * `max` (null when the table gives none). Never a guess: missing or unreadable evidence, an
 * unparsed rule or a rule needing the maximum without one give `ok: false` with a reason.
 */
export function applyRule(rule: ScoringRule, evidence: unknown, max: number | null): RuleOutcome {
  if (rule.kind === "unparsed") return { ok: false, reason: "unparsed", message: `chưa đọc được cách tính điểm (${rule.reason})` };
  if (isBlankEvidence(evidence)) return { ok: false, reason: "missing", message: "chưa có kết quả thực hiện" };
  const text = evidenceText(evidence);
  const unreadable = (message: string): RuleOutcome => ({ ok: false, reason: "unreadable", message });
  const labelled = (o: CategoryOption) => scored(pointsValue(o.points, max, null), `"${text}" là mức "${o.label}"`);
  switch (rule.kind) {
    case "proportional":
    case "tiers":
    case "threshold": {
      const r = rateOf(evidence);
      if (!r.ok) return unreadable(`kết quả thực hiện ${r.message}`);
      const shown = percentText(r.rate);
      if (rule.kind === "proportional") return scored(pointsValue({ kind: "scaled", divisor: 1 }, max, r.rate), `${shown} × điểm tối đa`);
      return inTiers(rule.tiers, r.rate, shown, max, r.rate);
    }
    case "dates": {
      const cell = readDateCell(evidence);
      if (cell.kind === "day") return inTiers(rule.tiers, cell.day, `Ngày ${toVN(cell.day)}`, max, null);
      const o = matchCategory(text, rule.options);
      if (o && o !== "ambiguous" && !o.otherwise) return labelled(o);
      return unreadable(`kết quả "${text}" không phải là một ngày (dd/mm/yyyy)${rule.options.length ? ` hay một mức (${labelsOf(rule.options)})` : ""}`);
    }
    case "categories": {
      const o = matchCategory(text, rule.options);
      if (o === "ambiguous") return unreadable(`kết quả "${text}" khớp với nhiều mức đánh giá; hãy ghi đúng một mức`);
      return o === null ? unreadable(`kết quả "${text}" không khớp mức đánh giá nào (${labelsOf(rule.options)})`) : labelled(o);
    }
    case "yesno": {
      const yes = yesNoOf(evidence, rule);
      if (yes === null) return unreadable(`kết quả "${text}" không phải là có hay không`);
      const label = yes ? rule.yesLabel : rule.noLabel;
      const word = yes ? "Có" : "Không";
      return scored(pointsValue(yes ? rule.yes : rule.no, max, null), foldKey(label) === foldKey(word) ? word : `${word} (${label})`);
    }
  }
}

const labelsOf = (options: readonly CategoryOption[]) => options.map((x) => `"${x.label}"`).join(", ");

function scored(points: number | null, why: string): RuleOutcome {
  if (points === null) return { ok: false, reason: "no-max", message: "cách tính điểm cần điểm tối đa nhưng ô điểm tối đa trống" };
  return { ok: true, points, detail: `${why}: ${pointsText(points)} điểm` };
}

/** The tier holding `x` (the best one when several do, as "đến 90%" and "từ 90%" both hold 90%), else "còn lại", else 0. */
function inTiers(tiers: readonly Tier[], x: number, shown: string, max: number | null, rate: number | null): RuleOutcome {
  let chosen: Tier | null = null;
  let best = -Infinity;
  for (const tier of tiers) {
    if (tier.condition === null || !inCondition(x, tier.condition)) continue;
    const v = pointsValue(tier.points, max, rate);
    if (v === null) return scored(null, "");
    if (v > best) {
      chosen = tier;
      best = v;
    }
  }
  chosen ??= tiers.find((t) => t.condition === null) ?? null;
  if (chosen === null) return scored(0, `${shown} không thuộc mức nào của cách tính điểm`);
  return scored(pointsValue(chosen.points, max, rate), `${shown} thuộc mức "${chosen.label}"`);
}

function yesNoOf(evidence: unknown, rule: { yesLabel: string; noLabel: string }): boolean | null {
  if (typeof evidence === "boolean") return evidence;
  if (typeof evidence === "number") return evidence === 1 ? true : evidence === 0 ? false : null;
  const k = labelKey(String(evidence));
  if (YES.test(k) || k === labelKey(rule.yesLabel)) return true;
  if (NO.test(k) || k === labelKey(rule.noLabel)) return false;
  // labels of one word ("Có", "Không") only match exactly: "Có thể" is not a yes
  const labels = [rule.yesLabel, rule.noLabel].filter((l) => labelKey(l).replace(/^(co|khong) /, "").includes(" ") || !/^(co|khong)$/.test(labelKey(l)));
  if (labels.length < 2) return null;
  const o = matchCategory(String(evidence), labels.map((l) => ({ label: l, key: labelKey(l), points: { kind: "max" } })));
  if (o === null || o === "ambiguous") return null;
  return o.label === rule.yesLabel;
}

/** The highest points the rule can give (to check it against the maximum), or null when it depends on the maximum only. */
export function highestFixedPoints(rule: ScoringRule): number | null {
  const list: PointsExpr[] =
    rule.kind === "tiers" || rule.kind === "threshold"
      ? rule.tiers.map((x) => x.points)
      : rule.kind === "dates"
        ? [...rule.tiers.map((x) => x.points), ...rule.options.map((o) => o.points)]
      : rule.kind === "categories"
        ? rule.options.map((o) => o.points)
        : rule.kind === "yesno"
          ? [rule.yes, rule.no]
          : [];
  const fixed = list.filter((p): p is { kind: "fixed"; points: number } => p.kind === "fixed").map((p) => p.points);
  return fixed.length ? Math.max(...fixed) : null;
}
