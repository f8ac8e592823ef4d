/**
 * A self-assessment score report as a SheetSpec ("Kết quả chấm điểm"): the index and band in the
 * subtitle, points by area (with a column chart: maximum, self-assessed, suggested), every
 * criterion with how its suggested points were found, and the findings — the same sheet from
 * the CLI (--out), Excel and Google Sheets.
 */
import { SCORING_RESULT_TITLE } from "../scoring/criteriaTable.js";
import { RULE_KIND_LABELS } from "../scoring/scoringRule.js";
import { pointsText, tidy } from "../scoring/scoringValues.js";
import type { ScoreReport } from "../scoring/selfAssessment.js";
import { findingCell, SEVERITY_LABELS } from "./validationSheet.js";
import type { SheetSpec } from "./sheetSpec.js";

export const SCORING_SHEET_NAME = "Kết quả chấm điểm";
export const SCORING_SHEET_TITLE = SCORING_RESULT_TITLE;

const pct = (x: number | null) => (x === null ? "—" : `${pointsText(x)}%`);

/** One line: "Chỉ số 71,16% (13,52/19 điểm đề xuất) — xếp hạng Khá; tự chấm 17/19 (89,47%)". */
export function scoreHeadline(r: ScoreReport): string {
  const band = r.band
    ? ` — xếp hạng ${r.band}${r.bandBeforeCap ? ` (đủ điểm ${r.bandBeforeCap} nhưng hạ theo Kết luận 91)` : ""}`
    : " — chưa xếp hạng (chưa có ngưỡng xếp hạng của tỉnh)";
  return (
    `Chỉ số ${pct(r.percent)} (${pointsText(r.suggestedTotal)}/${pointsText(r.maxTotal)} điểm đề xuất)${band}; ` +
    `tự chấm ${pointsText(r.selfTotal)}/${pointsText(r.maxTotal)} (${pct(r.selfPercent)}).`
  );
}

function evidenceText(v: string | number | boolean | null): string {
  if (v === null) return "";
  if (typeof v === "boolean") return v ? "Có" : "Không";
  return String(v);
}

export function scoringSheetSpec(r: ScoreReport, source?: string): SheetSpec {
  const findings = [...r.errors, ...r.warnings, ...r.infos];
  const notes: string[] = [
    "Điểm đề xuất: điểm công cụ tính từ kết quả thực hiện theo cách tính điểm ghi trong bảng; tiêu chí chưa tính được (thiếu kết quả, cách tính chưa đọc được) được tính 0 điểm, như khi thẩm định không có tài liệu kiểm chứng.",
    "Chỉ số = điểm đề xuất ÷ điểm tối đa × 100.",
    r.bandsText ? `Ngưỡng xếp hạng đã dùng: ${r.bandsText}.` : "Chưa có ngưỡng xếp hạng: nhập dòng \"Ngưỡng xếp hạng: 90; 80; 70\" phía trên bảng (theo quy định của tỉnh).",
  ];
  if (r.lateRate !== null) notes.push(`Tỷ lệ hồ sơ trễ hạn: ${pct(r.lateRate * 100)} (Kết luận 91: từ 5% trở lên không được xếp hạng Tốt).`);
  if (r.unscored > 0) notes.push(`${r.unscored} tiêu chí chưa tính được điểm đề xuất (xem cột Giải thích).`);
  if (source) notes.push(`Nguồn: ${source}.`);
  return {
    name: SCORING_SHEET_NAME,
    title: SCORING_SHEET_TITLE,
    subtitle: scoreHeadline(r),
    blocks: [
      {
        title: "1. Điểm theo lĩnh vực",
        columns: [
          { header: "STT", kind: "text", width: 6 },
          { header: "Lĩnh vực", kind: "text", width: 44 },
          { header: "Điểm tối đa", kind: "decimal", width: 10 },
          { header: "Điểm tự đánh giá", kind: "decimal", width: 11 },
          { header: "Điểm đề xuất", kind: "decimal", width: 11 },
          { header: "Tỷ lệ đạt", kind: "percent", width: 10 },
        ],
        rows: r.areas.map((a) => [a.id, a.title, a.max, a.self, a.suggested, a.max > 0 ? tidy(a.suggested / a.max) : null]),
        totalRow: ["", "Tổng cộng", r.maxTotal, r.selfTotal, r.suggestedTotal, r.maxTotal > 0 ? tidy(r.suggestedTotal / r.maxTotal) : null],
      },
      {
        title: "2. Từng tiêu chí",
        columns: [
          { header: "Dòng", kind: "integer", width: 6, linksToSource: true },
          { header: "STT", kind: "text", width: 7 },
          { header: "Tiêu chí", kind: "text", width: 40 },
          { header: "Điểm tối đa", kind: "decimal", width: 10 },
          { header: "Điểm tự đánh giá", kind: "decimal", width: 11 },
          { header: "Điểm đề xuất", kind: "decimal", width: 11 },
          { header: "Kết quả thực hiện", kind: "text", width: 18 },
          { header: "Cách tính điểm", kind: "text", width: 16 },
          { header: "Giải thích", kind: "text", width: 50 },
        ],
        rows: r.criteria.map((c) => [
          c.row,
          c.id,
          c.title,
          c.max,
          c.self,
          c.suggested,
          evidenceText(c.evidence),
          c.rule.kind === "sum" ? "tổng tiêu chí con" : RULE_KIND_LABELS[c.rule.kind],
          c.detail,
        ]),
      },
      {
        title: "3. Lỗi, cảnh báo, thông tin",
        columns: [
          { header: "Mức độ", kind: "text", width: 11 },
          { header: "Mã", kind: "text", width: 20 },
          { header: "Ô", kind: "text", width: 8, linksToSource: true },
          { header: "Nội dung", kind: "text", width: 90 },
        ],
        rows: findings.length ? findings.map((f) => [SEVERITY_LABELS[f.severity], f.code, findingCell(f), f.message]) : [["", "", "", "Không có lỗi, cảnh báo hay thông tin nào."]],
      },
    ],
    chart: {
      title: "Điểm theo lĩnh vực",
      type: "column",
      categoriesFrom: { block: 0, column: 1 },
      series: [
        { name: "Điểm tối đa", block: 0, column: 2, color: "#BFBFBF" },
        { name: "Điểm tự đánh giá", block: 0, column: 3, color: "#5B9BD5" },
        { name: "Điểm đề xuất", block: 0, column: 4, color: "#70AD47" },
      ],
    },
    notes,
  };
}
