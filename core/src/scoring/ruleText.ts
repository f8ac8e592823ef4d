/**
 * The pieces of a rule text: points ("2 điểm", "0,5", "điểm tối đa", "tỷ lệ × điểm tối đa ÷ 70%"),
 * rate conditions ("Từ 70% đến dưới 90%", "Dưới 70%", "100%", "≥ 95%") and labels folded for
 * matching. Everything is matched on folded text (no diacritics, lower case).
 */
import { foldKey } from "../text/normalize.js";
import type { PointsExpr, RateCondition } from "./scoringRule.js";
import { tidy } from "./scoringValues.js";

const NUM = String.raw`(\d+(?:[.,]\d+)?)`;
const MAX_WORDS = String.raw`(?:so\s+)?(?:diem\s+toi\s+da|toi\s+da|du\s+diem)(?:\s+cua\s+tieu\s+chi(?:\s+thanh\s+phan)?)?`;
const TIMES = String.raw`(?:x|×|\*|nhan(?:\s+voi)?)`;
const DIVIDE = String.raw`(?::|÷|\/|chia(?:\s+cho)?)`;

const num = (s: string): number => Number(s.replace(",", "."));

/** Folded text for parsing: symbols spelled the same way, spaces collapsed. */
export function fold(text: string): string {
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
  if (/^(?:khong|0)\s*(?:(?:duoc|cham|tinh|co)\s+)?diem$/.test(s)) return { kind: "fixed", points: 0 };
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
  const s = fold(text).replace(/[.:]+$/, "").replace(/\s+thi$/, "").trim();
  // words naming the measure before the condition ("Tỷ lệ hồ sơ đúng hạn từ 90% trở lên") or
  // after its last figure ("Đạt 100% kế hoạch") are dropped, never words holding a figure
  const tails = [s];
  const cut = s.replace(/%\s+[a-z ]+$/, "%");
  if (cut !== s && !/tro (?:len|xuong)$/.test(s)) tails.push(cut);
  for (const t of tails) {
    const words = t.split(" ");
    for (let i = 0; i < words.length; i++) {
      if (i > 0 && (/[\d%<>=]/.test(words[i - 1]) || /^(?:khong|chua)$/.test(words[i - 1]))) break;
      const r = conditionOf(words.slice(i).join(" ").replace(/^(?:dat\s+|la\s+)/, ""));
      if (r) return r;
    }
  }
  return null;
}

function conditionOf(s: string): { condition: RateCondition; percent: boolean } | null {
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
  m = new RegExp(String.raw`^(?:duoi|<|nho\s+hon|thap\s+hon|it\s+hon|chua\s+dat|khong\s+dat)\s*${N}$`).exec(s);
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
export const OTHERWISE = /^(?:con\s+lai|cac\s+truong\s+hop\s+(?:con\s+lai|khac)|truong\s+hop\s+khac|khac|ngoai\s+ra)$/;

/** Folded label with synonyms unified, for category matching. */
export function labelKey(text: string): string {
  return ` ${fold(text).replace(/[^a-z0-9% ]+/g, " ").replace(/\s+/g, " ").trim()} `
    .replace(/ thoi han /g, " han ")
    .replace(/ (?:tre han|qua han|tre|muon) /g, " cham ")
    .replace(/ chua /g, " khong ")
    .trim();
}
