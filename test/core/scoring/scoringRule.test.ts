// The rule reader on rule texts as provinces write them (issue 14): every text read into its
// kind, and each applied to evidence at and around every tier boundary.
import { describe, expect, it } from "vitest";
import { dayFromYMD } from "../../../core/src/dates/day.js";
import { applyRule, parseScoringRule, type ScoringRuleKind } from "../../../core/src/scoring/scoringRule.js";

/** An Excel date serial, as a date cell reaches the rule from Excel. */
const serial = (y: number, m: number, d: number) => dayFromYMD(y, m, d) + 25569;

type Expect = number | "missing" | "unreadable" | "no-max";

interface Case {
  rule: string;
  max: number | null;
  kind: ScoringRuleKind;
  /** [evidence, expected points or failure] */
  at: [unknown, Expect][];
}

const TIERS_3: [unknown, Expect][] = [
  [1, 2], ["100%", 2], ["90,1%", 2], ["90%", 2], [0.9, 2], ["90.0 %", 2], ["89,99%", 1], [0.8999, 1],
  ["70%", 1], [0.7, 1], ["69,9%", 0], [0.6999, 0], [0, 0], ["0%", 0], [90, 2], [89, 1], [70, 1], [69, 0],
  ["", "missing"], [null, "missing"], ["chưa có", "unreadable"], ["120%", "unreadable"], [-0.1, "unreadable"],
];
const TOP_100: [unknown, Expect][] = [
  [1, 3], ["100%", 3], ["99,99%", 2], ["99.5%", 2], [0.95, 2], ["95%", 2], ["94,9%", 0], [0.5, 0], [0, 0],
];
const THRESHOLD_70_MAX_2: [unknown, Expect][] = [
  [1, 2], ["70%", 2], [0.7, 2], ["69%", 1.97142857143], ["35%", 1], [0.35, 1], [0, 0], ["56%", 1.6],
];

const cases: Case[] = [
  // tiers by rate
  { rule: "Từ 90% trở lên: 2 điểm; Từ 70% đến dưới 90%: 1 điểm; Dưới 70%: 0 điểm", max: 2, kind: "tiers", at: TIERS_3 },
  { rule: "Tu 90% tro len: 2 diem; Tu 70% den duoi 90%: 1 diem; Duoi 70%: 0 diem", max: 2, kind: "tiers", at: TIERS_3 },
  { rule: "Từ 90% trở lên: 2; Từ 70% đến dưới 90%: 1; Dưới 70%: 0", max: 2, kind: "tiers", at: TIERS_3 },
  { rule: "TỪ 90% TRỞ LÊN: 2 ĐIỂM; TỪ 70% ĐẾN DƯỚI 90%: 1 ĐIỂM; DƯỚI 70%: 0 ĐIỂM", max: 2, kind: "tiers", at: TIERS_3 },
  { rule: "- Từ 90% trở lên: 2 điểm\n- Từ 70% đến dưới 90%: 1 điểm\n- Dưới 70%: 0 điểm", max: 2, kind: "tiers", at: TIERS_3 },
  { rule: "Từ 90% trở lên: 2 điểm. Từ 70% đến dưới 90%: 1 điểm. Dưới 70%: 0 điểm.", max: 2, kind: "tiers", at: TIERS_3 },
  { rule: "Từ 90% trở lên: 2 điểm, từ 70% đến dưới 90%: 1 điểm, dưới 70%: 0 điểm", max: 2, kind: "tiers", at: TIERS_3 },
  { rule: "≥ 90%: 2 điểm; 70% - dưới 90%: 1 điểm; < 70%: 0 điểm", max: 2, kind: "tiers", at: TIERS_3 },
  { rule: ">= 90%: 2đ; từ 70% đến < 90%: 1đ; < 70%: 0đ", max: 2, kind: "tiers", at: TIERS_3 },
  { rule: "Đạt từ 90% trở lên được 2 điểm; Từ 70% đến dưới 90% được 1 điểm; Dưới 70% không điểm", max: 2, kind: "tiers", at: TIERS_3 },
  { rule: "Từ 90 % trở lên: 2 điểm; Từ 70 % đến dưới 90 %: 1 điểm; Dưới 70 %: 0 điểm", max: 2, kind: "tiers", at: TIERS_3 },
  { rule: "Tỷ lệ từ 90% trở lên: 2 điểm; Tỷ lệ từ 70% đến dưới 90%: 1 điểm; Tỷ lệ dưới 70%: 0 điểm", max: 2, kind: "tiers", at: TIERS_3 },
  { rule: "Từ 90% trở lên: 2 điểm; Từ 70% đến dưới 90%: 1 điểm; Còn lại: 0 điểm", max: 2, kind: "tiers", at: TIERS_3 },
  { rule: "Từ 90% trở lên: 2 điểm; Từ 70% đến dưới 90%: 1 điểm", max: 2, kind: "tiers", at: TIERS_3 },
  { rule: "Nếu tỷ lệ dưới 70% thì 0 điểm; từ 70% đến dưới 90% thì 1 điểm; từ 90% trở lên thì 2 điểm", max: 2, kind: "tiers", at: TIERS_3 },
  { rule: "100%: 3 điểm; Từ 95% đến dưới 100%: 2 điểm", max: 3, kind: "tiers", at: TOP_100 },
  { rule: "100%: 3 diem; Tu 95% den duoi 100%: 2 diem", max: 3, kind: "tiers", at: TOP_100 },
  { rule: "Đạt 100%: 3 điểm; Từ 95% đến dưới 100%: 2 điểm; Dưới 95%: 0 điểm", max: 3, kind: "tiers", at: TOP_100 },
  { rule: "Bằng 100%: 3; từ 95% đến dưới 100%: 2", max: 3, kind: "tiers", at: TOP_100 },
  { rule: "100%: 3,0 điểm; Từ 95% đến dưới 100%: 2,0 điểm", max: 3, kind: "tiers", at: TOP_100 },
  {
    rule: "Trên 95%: 1,5 điểm; Từ 80% đến 95%: 1 điểm; Dưới 80%: 0,5 điểm",
    max: 1.5,
    kind: "tiers",
    at: [[1, 1.5], ["95,1%", 1.5], ["95%", 1], [0.95, 1], ["80%", 1], ["79,9%", 0.5], [0, 0.5]],
  },
  {
    rule: "Trên 95%: 1.5 điểm; Từ 80% đến 95%: 1 điểm; Dưới 80%: 0.5 điểm",
    max: 1.5,
    kind: "tiers",
    at: [[1, 1.5], ["95,1%", 1.5], ["95%", 1], ["80%", 1], ["79,9%", 0.5]],
  },
  {
    rule: "Từ 95% trở lên: 0,5 điểm; Dưới 95%: 0 điểm",
    max: 0.5,
    kind: "tiers",
    at: [["95%", 0.5], ["94,99%", 0], [0.95, 0.5], [0.9499, 0], ["19/20", 0.5], ["18/20", 0]],
  },
  {
    rule: "Không quá 5%: 1 điểm; Trên 5% đến 10%: 0,5 điểm; Trên 10%: 0 điểm",
    max: 1,
    kind: "tiers",
    at: [[0, 1], ["5%", 1], ["5,01%", 0.5], ["10%", 0.5], ["10,01%", 0], [0.2, 0]],
  },
  {
    rule: "Tối thiểu 80%: 1 điểm; Dưới 80%: 0 điểm",
    max: 1,
    kind: "tiers",
    at: [["80%", 1], ["79%", 0], [0.81, 1]],
  },
  {
    rule: "80% trở lên: 1 điểm; 50% đến dưới 80%: 0,5 điểm; dưới 50%: 0",
    max: 1,
    kind: "tiers",
    at: [["80%", 1], ["79,9%", 0.5], ["50%", 0.5], ["49,9%", 0], [0.5, 0.5]],
  },
  {
    rule: "Tỷ lệ hồ sơ giải quyết đúng hạn từ 90% trở lên: 2 điểm; Tỷ lệ hồ sơ giải quyết đúng hạn từ 70% đến dưới 90%: 1 điểm; Dưới 70%: không chấm điểm",
    max: 2,
    kind: "tiers",
    at: TIERS_3,
  },
  {
    rule: "Đạt 100% kế hoạch: 1 điểm; Đạt từ 80% đến dưới 100% kế hoạch: 0,5 điểm; Dưới 80% kế hoạch: 0 điểm",
    max: 1,
    kind: "tiers",
    at: [[1, 1], ["100%", 1], ["99,9%", 0.5], ["80%", 0.5], ["79,9%", 0], [0, 0]],
  },
  {
    rule: "Đạt 100%: 1 điểm; Không đạt 100%: 0 điểm",
    max: 1,
    kind: "tiers",
    at: [[1, 1], ["100%", 1], ["99,99%", 0], [0, 0]],
  },
  // threshold (Bộ chỉ số 766)
  { rule: "Từ 70% trở lên: điểm tối đa; Dưới 70%: tỷ lệ × điểm tối đa ÷ 70%", max: 2, kind: "threshold", at: THRESHOLD_70_MAX_2 },
  { rule: "Tu 70% tro len: diem toi da; Duoi 70%: ty le x diem toi da : 70%", max: 2, kind: "threshold", at: THRESHOLD_70_MAX_2 },
  { rule: "≥ 70%: đạt điểm tối đa; < 70%: Tỷ lệ * điểm tối đa / 70%", max: 2, kind: "threshold", at: THRESHOLD_70_MAX_2 },
  {
    rule: "Từ 80% trở lên: điểm tối đa; Dưới 80%: tỷ lệ × điểm tối đa ÷ 80%",
    max: 1.5,
    kind: "threshold",
    at: [["80%", 1.5], [0.79, 1.48125], ["60%", 1.125], [0, 0], [1, 1.5]],
  },
  {
    rule: "Từ 50% trở lên: điểm tối đa; Dưới 50%: tỷ lệ × điểm tối đa ÷ 50%",
    max: 2,
    kind: "threshold",
    at: [["50%", 2], ["49%", 1.96], ["25%", 1], [0.25, 1]],
  },
  {
    rule: "Từ 90% trở lên: điểm tối đa; Dưới 90%: tỷ lệ × điểm tối đa ÷ 90%",
    max: 3,
    kind: "threshold",
    at: [["90%", 3], ["89,1%", 2.97], ["45%", 1.5], ["", "missing"]],
  },
  { rule: "Từ 70% trở lên: điểm tối đa; Dưới 70%: tỷ lệ × điểm tối đa ÷ 70%", max: null, kind: "threshold", at: [["80%", "no-max"]] },
  // proportional
  {
    rule: "Tỷ lệ × điểm tối đa",
    max: 2,
    kind: "proportional",
    at: [[1, 2], ["100%", 2], ["50%", 1], [0.96, 1.92], ["0,96", 1.92], ["96", 1.92], [0, 0], ["abc", "unreadable"], [null, "missing"]],
  },
  { rule: "Ty le x diem toi da", max: 2, kind: "proportional", at: [[0.5, 1], ["25%", 0.5]] },
  { rule: "Điểm = Tỷ lệ % × điểm tối đa", max: 1, kind: "proportional", at: [["80%", 0.8], [0.333, 0.333]] },
  { rule: "Tỷ lệ hồ sơ đúng hạn x điểm tối đa.", max: 3, kind: "proportional", at: [["90%", 2.7]] },
  { rule: "Tỷ lệ × điểm tối đa", max: null, kind: "proportional", at: [["90%", "no-max"]] },
  // categories
  {
    rule: "Ban hành đúng thời hạn: 1 điểm; Ban hành chậm: 0,5 điểm; Không ban hành: 0 điểm",
    max: 1,
    kind: "categories",
    at: [
      ["Ban hành đúng thời hạn", 1], ["Đúng thời hạn", 1], ["đúng hạn", 1], ["DUNG THOI HAN", 1], ["Ban hành chậm", 0.5], ["Chậm", 0.5],
      ["Ban hành trễ hạn", 0.5], ["Không ban hành", 0], ["Chưa ban hành", 0], ["Ban hành", "unreadable"], ["Có", "unreadable"], ["", "missing"],
    ],
  },
  {
    rule: "Ban hanh dung thoi han: 1 diem; Ban hanh cham: 0.5 diem; Khong ban hanh: 0 diem",
    max: 1,
    kind: "categories",
    at: [["Đúng thời hạn", 1], ["Ban hành chậm", 0.5], ["không ban hành", 0]],
  },
  {
    rule: "Đạt yêu cầu: 0,5; Không đạt: 0",
    max: 0.5,
    kind: "categories",
    at: [["Đạt yêu cầu", 0.5], ["Đạt", 0.5], ["dat", 0.5], ["Không đạt", 0], ["Không đạt yêu cầu", 0], ["Chưa đạt", 0], ["Tốt", "unreadable"]],
  },
  {
    rule: "Dat yeu cau: 0.5; Khong dat: 0",
    max: 0.5,
    kind: "categories",
    at: [["Đạt yêu cầu", 0.5], ["không đạt", 0]],
  },
  {
    rule: "Hoàn thành đúng hạn: 2 điểm; Hoàn thành nhưng chậm: 1 điểm; Không hoàn thành: 0 điểm",
    max: 2,
    kind: "categories",
    at: [["Hoàn thành đúng hạn", 2], ["đúng hạn", 2], ["Hoàn thành nhưng chậm", 1], ["chậm", 1], ["Không hoàn thành", 0], ["Hoàn thành", "unreadable"]],
  },
  {
    rule: "Tốt: điểm tối đa; Khá: 0,75; Trung bình: 0,5; Các trường hợp khác: 0",
    max: 1,
    kind: "categories",
    at: [["Tốt", 1], ["Khá", 0.75], ["Trung bình", 0.5], ["Yếu", 0], ["khá", 0.75]],
  },
  {
    rule: "Thực hiện đầy đủ, đúng quy định: 1 điểm; Thực hiện chưa đầy đủ: 0,5 điểm; Không thực hiện: 0 điểm",
    max: 1,
    kind: "categories",
    at: [["Thực hiện đầy đủ, đúng quy định", 1], ["đầy đủ", 1], ["chưa đầy đủ", 0.5], ["Không thực hiện", 0]],
  },
  // yes/no
  {
    rule: "Có: 1 điểm; Không: 0 điểm",
    max: 1,
    kind: "yesno",
    at: [["Có", 1], ["có", 1], ["co", 1], ["x", 1], [true, 1], [1, 1], ["Không", 0], ["khong", 0], [false, 0], [0, 0], ["Chưa", 0], ["Có thể", "unreadable"], ["", "missing"]],
  },
  { rule: "Co: 1 diem; Khong: 0 diem", max: 1, kind: "yesno", at: [["Có", 1], ["Không", 0]] },
  { rule: "Có/Không", max: 0.5, kind: "yesno", at: [["Có", 0.5], ["Không", 0], ["x", 0.5]] },
  { rule: "Có hoặc không", max: 2, kind: "yesno", at: [["có", 2], ["không", 0]] },
  { rule: "Có/Không", max: null, kind: "yesno", at: [["Có", "no-max"], ["Không", 0]] },
  {
    rule: "Có ban hành: 1 điểm; Không ban hành: 0 điểm",
    max: 1,
    kind: "yesno",
    at: [["Có ban hành", 1], ["Có", 1], ["Không ban hành", 0], ["Không", 0]],
  },
  {
    rule: "Hoàn thành: 1 điểm; Chưa hoàn thành: 0 điểm",
    max: 1,
    kind: "yesno",
    at: [["Hoàn thành", 1], ["Chưa hoàn thành", 0], ["Có", 1], ["Không hoàn thành", 0]],
  },
  { rule: "Có thực hiện: 0,25 điểm; Không thực hiện: 0 điểm", max: 0.25, kind: "yesno", at: [["có thực hiện", 0.25], ["Đã thực hiện", 0.25], ["không", 0]] },
  // by date (the evidence a date: text, a date serial from Excel, a Date from Sheets; or a label)
  {
    rule: "Ban hành trước ngày 31/01/2025: 1 điểm; Ban hành sau ngày 31/01/2025: 0,5 điểm; Không ban hành: 0 điểm",
    max: 1,
    kind: "dates",
    at: [
      ["31/01/2025", 1], ["30/01/2025", 1], ["01/02/2025", 0.5], [serial(2025, 1, 31), 1], [serial(2025, 2, 1), 0.5],
      [new Date(Date.UTC(2025, 0, 15)), 1], ["2025-02-01", 0.5], ["Không ban hành", 0], ["chưa ban hành", 0], ["đúng hạn", "unreadable"], ["", "missing"],
    ],
  },
  {
    rule: "Ban hanh den ngay 15/12/2025: 0,5 diem; tu ngay 16/12/2025 tro di: 0,25 diem",
    max: 0.5,
    kind: "dates",
    at: [["15/12/2025", 0.5], ["16/12/2025", 0.25], ["14/12/2025", 0.5], ["31/12/2025", 0.25]],
  },
  {
    rule: "Từ ngày 01/01/2025 đến ngày 15/01/2025: 1; Còn lại: 0",
    max: 1,
    kind: "dates",
    at: [["01/01/2025", 1], ["15/01/2025", 1], ["16/01/2025", 0], ["31/12/2024", 0], [0.5, "unreadable"]],
  },
];

const unparsed = [
  "Trước ngày 31/02/2025: 1 điểm; Sau ngày 31/02/2025: 0 điểm",
  "Trước ngày 31/01/2025: 1 điểm; Từ 90% trở lên: 1 điểm",
  "Ban hành trước ngày 31/01: 1 điểm; Ban hành chậm: 0 điểm",
  "Tùy mức độ thực hiện, Hội đồng thẩm định xem xét",
  "Theo hướng dẫn của Sở Nội vụ",
  "Từ 3 văn bản trở lên: 1 điểm; Dưới 3 văn bản: 0 điểm",
  "Từ 90% trở lên: 2 điểm; Ban hành chậm: 1 điểm",
  "Từ 90% trở lên: hai điểm",
  "Tỷ lệ × điểm tối đa ÷ 70%",
  "",
  "Đạt: tỷ lệ × điểm tối đa; Không đạt: 0",
];

describe("parseScoringRule + applyRule on rule texts (with and without diacritics, comma and point decimals, with and without 'điểm')", () => {
  it("covers at least 40 rule texts", () => {
    expect(cases.length + unparsed.length).toBeGreaterThanOrEqual(40);
  });
  for (const c of cases) {
    it(`${c.kind}: ${c.rule.replace(/\n/g, " / ")} (max ${c.max})`, () => {
      const rule = parseScoringRule(c.rule);
      expect(rule.kind, rule.kind === "unparsed" ? rule.reason : "").toBe(c.kind);
      for (const [evidence, want] of c.at) {
        const out = applyRule(rule, evidence, c.max);
        if (typeof want === "number") {
          expect(out.ok, `${String(evidence)}: ${out.ok ? "" : out.message}`).toBe(true);
          if (out.ok) expect(out.points, `${String(evidence)} → ${out.detail}`).toBeCloseTo(want, 9);
        } else {
          expect(out.ok, `${String(evidence)}`).toBe(false);
          if (!out.ok) expect(out.reason, `${String(evidence)}: ${out.message}`).toBe(want);
        }
      }
    });
  }
  for (const text of unparsed) {
    it(`unparsed, never a guess: "${text}"`, () => {
      const rule = parseScoringRule(text);
      expect(rule.kind).toBe("unparsed");
      const out = applyRule(rule, "95%", 2);
      expect(out.ok).toBe(false);
      if (!out.ok) expect(out.reason).toBe("unparsed");
      if (rule.kind === "unparsed") expect(rule.reason.normalize("NFC")).toBe(rule.reason);
    });
  }
});

describe("explanations", () => {
  it("say which tier or label gave the points, in Vietnamese", () => {
    const tiers = parseScoringRule("Từ 90% trở lên: 2 điểm; Từ 70% đến dưới 90%: 1 điểm; Dưới 70%: 0 điểm");
    expect(applyRule(tiers, 0.85, 2)).toEqual({ ok: true, points: 1, detail: '85% thuộc mức "Từ 70% đến dưới 90%": 1 điểm' });
    const cat = parseScoringRule("Ban hành đúng thời hạn: 1 điểm; Ban hành chậm: 0,5 điểm; Không ban hành: 0 điểm");
    expect(applyRule(cat, "Đúng thời hạn", 1)).toEqual({ ok: true, points: 1, detail: '"Đúng thời hạn" là mức "Ban hành đúng thời hạn": 1 điểm' });
    const none = parseScoringRule("100%: 3 điểm; Từ 95% đến dưới 100%: 2 điểm");
    expect(applyRule(none, "90%", 3)).toEqual({ ok: true, points: 0, detail: "90% không thuộc mức nào của cách tính điểm: 0 điểm" });
  });
});
