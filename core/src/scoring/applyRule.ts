/**
 * A rule applied to a criterion's evidence: a rate in its tier, a day in its tier, a word in its
 * category, a yes or a no. Never a guess: missing or unreadable evidence, an unparsed rule, a
 * rule needing the maximum without one, all give `ok: false` with the reason.
 */
import { readDateCell } from "../appendix/cells.js";
import { toVN } from "../dates/day.js";
import { foldKey } from "../text/normalize.js";
import { matchCategory } from "./categoryMatch.js";
import { labelKey } from "./ruleText.js";
import type { CategoryOption, PointsExpr, RateCondition, ScoringRule, Tier } from "./scoringRule.js";
import { percentText, pointsText, rateOf, tidy } from "./scoringValues.js";

const YES = /^(?:co|co thuc hien|da thuc hien|dat|x|yes|true|dung|da|v|✓|✔)$/;
const NO = /^(?:khong|khong thuc hien|chua|chua thuc hien|no|false|sai|-)$/;

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
