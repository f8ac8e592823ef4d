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
import { parseDateCondition } from "./dateConditions.js";
import { fold, labelKey, OTHERWISE, parseCondition, parsePoints } from "./ruleText.js";

export { applyRule, type RuleOutcome } from "./applyRule.js";
export { matchCategory } from "./categoryMatch.js";
export { labelKey, parseCondition, parsePoints } from "./ruleText.js";

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
