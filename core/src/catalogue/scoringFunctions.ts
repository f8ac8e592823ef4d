import { type ScoringRule, applyRule, parseScoringRule } from "../scoring/scoringRule.js";
import { CellError, type CellOut, type FunctionSpec } from "./types.js";

/** Rules read once per text (a column of formulas repeats a few rule texts). */
const RULES = new Map<string, ScoringRule>();

function ruleOf(text: string): ScoringRule {
  let rule = RULES.get(text);
  if (rule === undefined) {
    if (RULES.size >= 5_000) RULES.clear();
    rule = parseScoringRule(text);
    RULES.set(text, rule);
  }
  return rule;
}

/** DIEMTIEUCHI(kết quả, cách tính điểm, [điểm tối đa]): the points the rule gives for the evidence. */
export function diemTieuChi(evidence: string | null, ruleText: string, max: number | null): CellOut {
  if (max !== null && max < 0) return new CellError("num", `Điểm tối đa phải là số không âm (đang là ${max}).`);
  const rule = ruleOf(ruleText);
  // a date cell reaches a "text" argument as its serial ("45731"): read it back as the number
  const value = rule.kind === "dates" && evidence !== null && /^\d{5}(\.\d+)?$/.test(evidence) ? Number(evidence) : evidence;
  const out = applyRule(rule, value, max);
  if (out.ok) return out.points;
  if (out.reason === "missing") return new CellError("na", "Chưa có kết quả thực hiện: hãy nhập tỷ lệ, mức đánh giá hoặc có/không.");
  if (out.reason === "no-max") return new CellError("value", "Cách tính điểm cần điểm tối đa: hãy thêm tham số điểm tối đa.");
  const first = out.message.charAt(0).toUpperCase() + out.message.slice(1);
  return new CellError("value", `${first}.`);
}

export const DIEMTIEUCHI: FunctionSpec = {
  id: "DIEMTIEUCHI",
  description: "Điểm của một tiêu chí tự chấm CCHC: đọc cách tính điểm của tỉnh và tính điểm từ kết quả thực hiện.",
  example: '=CCHC.DIEMTIEUCHI(92%; "Từ 90% trở lên: 2 điểm; Từ 70% đến dưới 90%: 1 điểm; Dưới 70%: 0 điểm"; 2) → 2',
  params: [
    {
      id: "ket_qua",
      name: "kết quả",
      description: "Kết quả thực hiện: tỷ lệ (92%), mức đánh giá (Đúng thời hạn) hoặc Có/Không; một ô hoặc cả cột.",
      kind: "text",
      allowBlank: true,
      spill: true,
    },
    {
      id: "cach_tinh_diem",
      name: "cách tính điểm",
      description: 'Cách tính điểm như tỉnh ghi, ví dụ "Đạt yêu cầu: 0,5; Không đạt: 0" hoặc "Tỷ lệ × điểm tối đa".',
      kind: "text",
      spill: true,
    },
    {
      id: "diem_toi_da",
      name: "điểm tối đa",
      description: "Tùy chọn: điểm tối đa của tiêu chí (cần khi cách tính ghi \"điểm tối đa\" hoặc \"tỷ lệ\").",
      kind: "number",
      optional: true,
      spill: true,
    },
  ],
  result: "number",
  impl: diemTieuChi as (...args: never[]) => CellOut,
};
