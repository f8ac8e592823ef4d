/** Category evidence ("Đúng thời hạn") matched to the labels of a rule ("Ban hành đúng thời hạn"). */
import { labelKey } from "./ruleText.js";
import type { CategoryOption } from "./scoringRule.js";

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
