/**
 * The head of a unit and its collective leadership under Kết luận 91-KL/TU, III.1.d (seed 004,
 * DOMAIN.md §5), from the unit's CCHC ranking (xếp hạng kết quả cải cách hành chính):
 * - the head cannot be rated "Hoàn thành tốt nhiệm vụ" or above when the ranking is Trung bình
 *   or below;
 * - the head is held accountable (xử lý trách nhiệm, đưa ra khỏi quy hoạch, điều chuyển, thay
 *   thế) after 2 consecutive years ranked Trung bình, or 1 year ranked Yếu;
 * - the collective leadership can be rated "Hoàn thành xuất sắc nhiệm vụ" only when the ranking
 *   is Tốt.
 */
import { foldKey } from "../text/normalize.js";

/** CCHC ranking bands, best first. */
export type CchcRank = "Tốt" | "Khá" | "Trung bình" | "Yếu";

export const CCHC_RANKS: readonly CchcRank[] = ["Tốt", "Khá", "Trung bình", "Yếu"];

const BY_KEY: ReadonlyMap<string, CchcRank> = new Map([
  ["tot", "Tốt"],
  ["xep hang tot", "Tốt"],
  ["kha", "Khá"],
  ["xep hang kha", "Khá"],
  ["trung binh", "Trung bình"],
  ["tb", "Trung bình"],
  ["xep hang trung binh", "Trung bình"],
  ["yeu", "Yếu"],
  ["xep hang yeu", "Yếu"],
]);

export type RankParse = { ok: true; rank: CchcRank } | { ok: false; message: string };

/**
 * "Trung bình", "trung binh", "TB", "Xếp hạng Khá", "Khá (Tốt từ 90; …)" as XEPHANG writes it →
 * the band; anything else → a Vietnamese message.
 */
export function parseCchcRank(text: string): RankParse {
  const key = foldKey(text.replace(/\s*\(.*\)\s*$/, "")).replace(/[.;,:]+$/, "");
  const rank = BY_KEY.get(key);
  if (rank) return { ok: true, rank };
  return {
    ok: false,
    message: `Không hiểu xếp hạng "${text.trim()}": hãy nhập một trong ${CCHC_RANKS.map((r) => `"${r}"`).join(", ")}.`,
  };
}

export interface HeadOfUnitVerdict {
  /** The head cannot be rated "Hoàn thành tốt nhiệm vụ" or above. */
  headNotEligibleGood: boolean;
  /** The head is to be held accountable (2 years Trung bình in a row, or Yếu). */
  accountability: boolean;
  /** The collective leadership may be rated "Hoàn thành xuất sắc nhiệm vụ" (ranking Tốt). */
  leadershipExcellentAllowed: boolean;
  /** Vietnamese explanation naming the ranking(s) and the rule. */
  reason: string;
}

const SOURCE = "Kết luận 91-KL/TU";
const BELOW_KHA: ReadonlySet<CchcRank> = new Set(["Trung bình", "Yếu"]);

/**
 * The verdict for the head of a unit from this year's ranking and, when known, last year's
 * (null: not known — then 2 years of Trung bình cannot be seen, and the text says so).
 */
export function headOfUnitVerdict(current: CchcRank, previous: CchcRank | null = null): HeadOfUnitVerdict {
  const headNotEligibleGood = BELOW_KHA.has(current);
  const twoYearsAverage = current === "Trung bình" && previous === "Trung bình";
  const accountability = current === "Yếu" || twoYearsAverage;
  const leadershipExcellentAllowed = current === "Tốt";
  const parts: string[] = [];
  if (accountability) {
    const why = current === "Yếu" ? "đơn vị xếp hạng CCHC Yếu" : "đơn vị 2 năm liên tục xếp hạng CCHC Trung bình";
    parts.push(`Xử lý trách nhiệm người đứng đầu (đưa ra khỏi quy hoạch, điều chuyển, thay thế) theo ${SOURCE}: ${why}.`);
  }
  if (headNotEligibleGood) {
    parts.push(`Người đứng đầu không được xếp loại "Hoàn thành tốt nhiệm vụ" trở lên: xếp hạng CCHC ${current} (từ Trung bình trở xuống).`);
    if (current === "Trung bình" && previous === null) {
      parts.push("Nếu năm trước cũng xếp hạng Trung bình thì phải xử lý trách nhiệm người đứng đầu: hãy nhập xếp hạng năm trước.");
    }
  } else {
    parts.push(`Xếp hạng CCHC ${current}: người đứng đầu không bị hạn chế xếp loại theo ${SOURCE}.`);
  }
  parts.push(
    leadershipExcellentAllowed
      ? `Tập thể lãnh đạo có thể được xét "Hoàn thành xuất sắc nhiệm vụ".`
      : `Tập thể lãnh đạo không được xếp loại "Hoàn thành xuất sắc nhiệm vụ" (cần xếp hạng CCHC Tốt).`,
  );
  return { headNotEligibleGood, accountability, leadershipExcellentAllowed, reason: parts.join(" ") };
}
