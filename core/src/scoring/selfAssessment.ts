/**
 * Self-assessment scoring (issue 14): a unit's criteria table scored from its evidence by the
 * rules as the province wrote them. Totals (self, suggested, maximum), the index in % (suggested
 * ÷ maximum × 100), the band by the province's cut-offs (rankBands.ts, as XEPHANG) and the
 * Kết luận 91 cap (dossier late rate ≥ 5 % → not Tốt, DOMAIN.md §5).
 *
 * Findings — errors: score-above-max, max-sum-mismatch, score-unreadable, missing-max,
 * duplicate-stt; warnings: score-above-rule, missing-evidence, rule-unparsed,
 * evidence-unreadable, self-sum-mismatch, settings-unreadable, stt-sequence, legacy-encoding; infos:
 * kl91-cap, example-row (a "(Ví dụ)" row of the template still in the table).
 * A criterion whose points cannot be worked out (no evidence, a rule not read) counts 0 in the
 * suggested total, as an appraisal without evidence would, and is listed.
 */
import type { Finding } from "../appendix/types.js";
import { FINDING_SEVERITY } from "../appendix/validate.js";
import type { CriteriaColumnKey } from "./criteriaColumns.js";
import { type CriteriaTable, type CriterionRow, readCriteriaTable } from "./criteriaTable.js";
import { type EvidenceLink, EVIDENCE_LINK_LABELS, evidenceLinkOf } from "./evidenceLinks.js";
import type { CchcRank } from "./headOfUnit.js";
import { checkRankBands, rankBandsText, rankOfScore, type RankBands } from "./rankBands.js";
import { applyRule, highestFixedPoints, parseScoringRule, type ScoringRuleKind } from "./scoringRule.js";
import { pointsText, tidy } from "./scoringValues.js";

/** Kết luận 91-KL/TU: a unit with this share of late dossiers or more cannot be ranked Tốt. */
export const KL91_LATE_RATE_CAP = 0.05;

export interface ScoreOptions {
  /** Cut-offs (index scale 0–100); default: the "Ngưỡng xếp hạng" line of the sheet, else none. */
  bands?: RankBands | null;
  /** Dossier late rate (fraction); default: the "Tỷ lệ hồ sơ trễ hạn" line of the sheet. */
  lateRate?: number | null;
  /** Figures for linked evidence cells. */
  links?: Partial<Record<EvidenceLink, number>>;
  firstRow?: number;
  firstColumn?: number;
}

export interface ScoredCriterion {
  row: number;
  id: string;
  title: string;
  level: number;
  /** STT of the parent criterion, null for an area. */
  parent: string | null;
  leaf: boolean;
  max: number | null;
  /** Leaf: as typed; parent: the sum of its children's. */
  self: number | null;
  /** Points the rule gives for the evidence (leaf), the children's sum (parent), null when unknown. */
  suggested: number | null;
  evidence: string | number | boolean | null;
  /** The rule read; "sum" for a parent (its points are its children's). */
  rule: { kind: ScoringRuleKind | "sum"; text: string };
  /** How the suggested points were found, or why not (Vietnamese). */
  detail: string;
}

export interface AreaTotal {
  id: string;
  title: string;
  max: number;
  self: number;
  suggested: number;
}

export interface ScoreReport {
  maxTotal: number;
  selfTotal: number;
  suggestedTotal: number;
  /** suggested ÷ maximum × 100 (null when the maximum is 0). */
  percent: number | null;
  selfPercent: number | null;
  band: CchcRank | null;
  /** The band before the Kết luận 91 cap, when the cap lowered it. */
  bandBeforeCap: CchcRank | null;
  bands: RankBands | null;
  bandsText: string | null;
  lateRate: number | null;
  criteria: ScoredCriterion[];
  areas: AreaTotal[];
  /** Leaves whose suggested points are unknown (counted 0). */
  unscored: number;
  columns: Partial<Record<CriteriaColumnKey, string>>;
  headerRow: number;
  errors: Finding[];
  warnings: Finding[];
  infos: Finding[];
  /** Set when no criteria table is found (the CLI exits 2). */
  error?: string;
}

const EPS = 1e-9;

function finding(code: Finding["code"], row: number, column: string | null | undefined, message: string): Finding {
  return { code, severity: FINDING_SEVERITY[code], row, column: column ?? null, message };
}

const P = pointsText;

/** Score a criteria grid. Never throws; no table → a report with `error`. */
export function scoreSelfAssessment(cells: readonly unknown[][], options: ScoreOptions = {}): ScoreReport {
  let table: ReturnType<typeof readCriteriaTable>;
  try {
    table = readCriteriaTable(cells, options);
  } catch (e) {
    table = { error: `Không đọc được bảng tự chấm điểm do dữ liệu bất thường (${e instanceof Error ? e.message : String(e)}).` };
  }
  if ("error" in table) return emptyReport(table.error);
  if (table.criteria.length === 0) {
    return emptyReport(
      `Bảng tự chấm điểm (dòng tiêu đề ${table.headerRow}) chưa có tiêu chí nào: hãy nhập các lĩnh vực, tiêu chí dưới dòng tiêu đề, cột STT đánh số 1, 1.1, 1.1.1.`,
    );
  }
  return scoreTable(table, options);
}

function emptyReport(error: string): ScoreReport {
  return {
    maxTotal: 0, selfTotal: 0, suggestedTotal: 0, percent: null, selfPercent: null, band: null, bandBeforeCap: null, bands: null,
    bandsText: null, lateRate: null, criteria: [], areas: [], unscored: 0, columns: {}, headerRow: 0, errors: [], warnings: [], infos: [], error,
  };
}

/** Score a table already read. */
export function scoreTable(table: CriteriaTable, options: ScoreOptions = {}): ScoreReport {
  const L = table.columnLetters;
  const cell = (k: CriteriaColumnKey, row: number) => (L[k] ? `${L[k]}${row}` : `dòng ${row}`);
  const all: Finding[] = [...table.findings];
  const cs = table.criteria;
  const suggested: (number | null)[] = new Array(cs.length).fill(null);
  const selfOf: (number | null)[] = new Array(cs.length).fill(null);
  const details: string[] = new Array(cs.length).fill("");
  const kinds: ScoringRuleKind[] = new Array(cs.length).fill("unparsed");
  const evidenceOut: (string | number | boolean | null)[] = cs.map((c) => c.evidence);
  let unscored = 0;
  const name = (c: CriterionRow) => `Tiêu chí ${c.id} (dòng ${c.row})`;

  // leaves: the rule applied to the evidence
  cs.forEach((c, i) => {
    if (c.children.length > 0) return;
    selfOf[i] = c.self;
    const rule = parseScoringRule(c.rule);
    kinds[i] = rule.kind;
    if (c.max === null && c.maxText === "") {
      all.push(finding("missing-max", c.row, L.max, `${name(c)} chưa có điểm tối đa: ô ${cell("max", c.row)} trống. Hãy nhập điểm tối đa theo bộ tiêu chí của tỉnh.`));
    }
    if (rule.kind === "unparsed") {
      unscored++;
      details[i] = c.rule === "" ? "Chưa có cách tính điểm." : `Chưa đọc được cách tính điểm: ${rule.reason}.`;
      all.push(
        finding(
          "rule-unparsed",
          c.row,
          L.rule,
          c.rule === ""
            ? `${name(c)} chưa có cách tính điểm (ô ${cell("rule", c.row)} trống) nên không đề xuất được điểm. Hãy chép cách tính điểm của tỉnh vào ô này.`
            : `${name(c)}: chưa đọc được cách tính điểm ở ô ${cell("rule", c.row)} (${rule.reason}), nên không đề xuất điểm. ` +
                `Hãy viết theo dạng "Từ 90% trở lên: 2 điểm; Dưới 90%: 0 điểm", "Đạt: 1 điểm; Không đạt: 0 điểm" hoặc "Tỷ lệ × điểm tối đa".`,
        ),
      );
      return;
    }
    const top = highestFixedPoints(rule);
    if (top !== null && c.max !== null && top > c.max + EPS) {
      unscored++;
      details[i] = `Cách tính điểm cho tới ${P(top)} điểm, quá điểm tối đa ${P(c.max)}.`;
      all.push(finding("rule-unparsed", c.row, L.rule, `${name(c)}: cách tính điểm ở ô ${cell("rule", c.row)} cho tới ${P(top)} điểm nhưng điểm tối đa là ${P(c.max)}. Hãy kiểm tra lại cách tính điểm hoặc điểm tối đa.`));
      return;
    }
    let evidence: unknown = c.evidence;
    const link = evidenceLinkOf(c.evidence);
    if (link) {
      const v = options.links?.[link];
      evidence = v ?? null;
      evidenceOut[i] = v ?? c.evidence;
      if (v === undefined) {
        unscored++;
        details[i] = `Kết quả lấy từ ${EVIDENCE_LINK_LABELS[link]} nhưng chưa có số liệu đó.`;
        all.push(
          finding(
            "missing-evidence",
            c.row,
            L.evidence,
            `${name(c)}: ô ${cell("evidence", c.row)} lấy kết quả từ ${EVIDENCE_LINK_LABELS[link]} nhưng chưa có số liệu này ` +
              `(dòng lệnh: thêm ${link === "planCompletion" ? "--plan TỆP_PHỤ_LỤC" : "--dossiers TỆP_HỒ_SƠ"}; trong bảng tính: nhập tỷ lệ hoặc công thức vào ô).`,
          ),
        );
        return;
      }
    }
    const out = applyRule(rule, evidence, c.max);
    if (out.ok) {
      suggested[i] = out.points;
      details[i] = out.detail;
      if (c.self !== null && c.self > out.points + EPS) {
        all.push(
          finding("score-above-rule", c.row, L.self, `${name(c)}: điểm tự đánh giá ${P(c.self)} (ô ${cell("self", c.row)}) cao hơn điểm theo cách tính là ${P(out.points)} (${out.detail}). Hãy xem lại điểm hoặc kết quả thực hiện.`),
        );
      }
    } else {
      unscored++;
      details[i] = `Chưa tính được: ${out.message}.`;
      if (out.reason === "missing") {
        all.push(finding("missing-evidence", c.row, L.evidence, `${name(c)} chưa có kết quả thực hiện (ô ${cell("evidence", c.row)} trống) nên chưa tính được điểm đề xuất. Hãy nhập kết quả (tỷ lệ, mức đánh giá, có/không).`));
      } else if (out.reason === "unreadable") {
        all.push(finding("evidence-unreadable", c.row, L.evidence, `${name(c)}: ô ${cell("evidence", c.row)} — ${out.message}. Hãy nhập kết quả đúng với cách tính điểm (ví dụ 95%, hoặc một mức trong cách tính).`));
      }
      // "no-max": reported once, as missing-max or score-unreadable on the maximum's cell
    }
    if (c.self !== null && c.self > 0 && L.documents && c.documents === "") {
      all.push(finding("missing-evidence", c.row, L.documents, `${name(c)} tự chấm ${P(c.self)} điểm nhưng chưa ghi tài liệu kiểm chứng (ô ${cell("documents", c.row)}). Hãy ghi số, ký hiệu văn bản hoặc tài liệu chứng minh.`));
    }
  });

  // parents, deepest first: maxima must add up; self and suggested are the children's sums
  const order = cs.map((_, i) => i).sort((a, b) => cs[b].path.length - cs[a].path.length);
  for (const i of order) {
    const c = cs[i];
    if (c.children.length === 0) continue;
    const kids = c.children.map((k) => cs[k]);
    const childMax = kids.every((k) => k.max !== null) ? tidy(kids.reduce((a, k) => a + (k.max as number), 0)) : null;
    if (c.max !== null && childMax !== null && Math.abs(c.max - childMax) > EPS) {
      all.push(
        finding("max-sum-mismatch", c.row, L.max, `${name(c)}: điểm tối đa ${P(c.max)} (ô ${cell("max", c.row)}) khác tổng điểm tối đa của các tiêu chí con (${kids.map((k) => k.id).join(", ")}) là ${P(childMax)}. Hãy sửa cho khớp.`),
      );
    }
    if (c.max === null && c.maxText === "" && childMax !== null) c.max = childMax;
    const selfKids = c.children.map((k) => selfOf[k]);
    const selfSum = selfKids.some((v) => v !== null) ? tidy(selfKids.reduce<number>((a, v) => a + (v ?? 0), 0)) : null;
    selfOf[i] = selfSum ?? c.self;
    if (c.self !== null && selfSum !== null && Math.abs(c.self - selfSum) > EPS) {
      all.push(finding("self-sum-mismatch", c.row, L.self, `${name(c)}: điểm tự đánh giá ${P(c.self)} (ô ${cell("self", c.row)}) khác tổng điểm tự đánh giá của các tiêu chí con là ${P(selfSum)}. Hãy sửa cho khớp.`));
    }
    suggested[i] = tidy(c.children.reduce((a, k) => a + (suggested[k] ?? 0), 0));
    details[i] = "Tổng điểm các tiêu chí con.";
  }

  // self above maximum, on every row typed; example rows of the template left in
  cs.forEach((c) => {
    if (/^\(\s*v[ií] d[ụu]\s*\)/i.test(c.title)) {
      all.push(finding("example-row", c.row, L.title, `Tiêu chí ${c.id} (dòng ${c.row}) là dòng ví dụ của mẫu ("${c.title}"): sửa thành tiêu chí của đơn vị hoặc xóa dòng trước khi nộp.`));
    }
    if (c.self !== null && c.max !== null && c.self > c.max + EPS) {
      all.push(finding("score-above-max", c.row, L.self, `${name(c)}: điểm tự đánh giá ${P(c.self)} (ô ${cell("self", c.row)}) lớn hơn điểm tối đa ${P(c.max)}. Hãy sửa điểm tự đánh giá.`));
    }
  });

  const roots = cs.map((c, i) => ({ c, i })).filter((x) => x.c.parent === null);
  const areas: AreaTotal[] = roots.map(({ c, i }) => ({ id: c.id, title: c.title, max: c.max ?? 0, self: selfOf[i] ?? 0, suggested: suggested[i] ?? 0 }));
  const maxTotal = tidy(areas.reduce((a, x) => a + x.max, 0));
  const selfTotal = tidy(areas.reduce((a, x) => a + x.self, 0));
  const suggestedTotal = tidy(areas.reduce((a, x) => a + x.suggested, 0));
  if (table.total && table.total.max !== null && Math.abs(table.total.max - maxTotal) > EPS) {
    all.push(
      finding("max-sum-mismatch", table.total.row, L.max, `Dòng tổng cộng (dòng ${table.total.row}): điểm tối đa ${P(table.total.max)} khác tổng điểm tối đa của các lĩnh vực (${areas.map((a) => a.id).join(", ")}) là ${P(maxTotal)}. Hãy sửa cho khớp.`),
    );
  }
  if (table.total && table.total.self !== null && Math.abs(table.total.self - selfTotal) > EPS) {
    all.push(finding("self-sum-mismatch", table.total.row, L.self, `Dòng tổng cộng (dòng ${table.total.row}): điểm tự đánh giá ${P(table.total.self)} khác tổng của các lĩnh vực là ${P(selfTotal)}. Hãy sửa cho khớp.`));
  }
  if (table.total && table.total.self !== null && table.total.max !== null && table.total.self > table.total.max + EPS) {
    all.push(finding("score-above-max", table.total.row, L.self, `Dòng tổng cộng (dòng ${table.total.row}): điểm tự đánh giá ${P(table.total.self)} lớn hơn điểm tối đa ${P(table.total.max)}.`));
  }

  const percent = maxTotal > 0 ? tidy((suggestedTotal / maxTotal) * 100) : null;
  const selfPercent = maxTotal > 0 ? tidy((selfTotal / maxTotal) * 100) : null;
  let bands: RankBands | null = options.bands ?? null;
  if (options.bands === undefined && table.settings.bands) {
    const b = checkRankBands(...table.settings.bands);
    bands = b.ok ? b.bands : null;
  }
  const lateRate = options.lateRate !== undefined ? options.lateRate : table.settings.lateRate;
  let band: CchcRank | null = bands && percent !== null ? rankOfScore(percent, bands) : null;
  let bandBeforeCap: CchcRank | null = null;
  if (band === "Tốt" && lateRate !== null && lateRate >= KL91_LATE_RATE_CAP) {
    bandBeforeCap = band;
    band = "Khá";
    all.push(
      finding(
        "kl91-cap",
        table.settings.lateRateRow ?? table.headerRow,
        null,
        `Chỉ số ${P(percent!)}% đạt mức Tốt, nhưng tỷ lệ hồ sơ trễ hạn ${P(lateRate * 100)}% từ 5% trở lên nên theo Kết luận 91-KL/TU đơn vị không được xếp hạng Tốt: xếp Khá.`,
      ),
    );
  }

  const order2: Record<Finding["severity"], number> = { error: 0, warning: 1, info: 2 };
  all.sort((a, b) => a.row - b.row || order2[a.severity] - order2[b.severity] || (a.column ?? "").localeCompare(b.column ?? ""));
  const criteria: ScoredCriterion[] = cs.map((c, i) => ({
    row: c.row,
    id: c.id,
    title: c.title,
    level: c.path.length,
    parent: c.parent === null ? null : cs[c.parent].id,
    leaf: c.children.length === 0,
    max: c.max,
    self: selfOf[i],
    suggested: suggested[i],
    evidence: evidenceOut[i],
    rule: { kind: c.children.length > 0 ? "sum" : kinds[i], text: c.rule },
    detail: details[i],
  }));
  return {
    maxTotal,
    selfTotal,
    suggestedTotal,
    percent,
    selfPercent,
    band,
    bandBeforeCap,
    bands,
    bandsText: bands ? rankBandsText(bands) : null,
    lateRate,
    criteria,
    areas,
    unscored,
    columns: L,
    headerRow: table.headerRow,
    errors: all.filter((f) => f.severity === "error"),
    warnings: all.filter((f) => f.severity === "warning"),
    infos: all.filter((f) => f.severity === "info"),
  };
}
