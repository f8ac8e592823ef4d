// Schedule parses per second over the real schedule texts of the 607 appendix
// (fixtures/ke-hoach-607-phu-luc.csv, column "Tiến độ thực hiện": the 74 non-empty cells, in
// their real proportions). Two figures: through parseSchedule (bounded cache keyed by text and
// plan year — a real table repeats its texts, 60 of 74 cells are "Trong năm 2025"), and through
// parseScheduleUncached (every call folds and matches the text again).
import { parseSchedule, parseScheduleUncached } from "../core/src/schedule/parseSchedule.js";
import { stripDiacritics } from "../core/src/text/normalize.js";

const COUNTS: Array<[string, number]> = [
  ["Trong năm 2025", 60],
  ["Thường xuyên", 6],
  ["Theo quy định của Sở Nội vụ", 1],
  ["Theo Kế hoạch kiểm tra năm 2025", 1],
  ["Theo tiến độ thực hiện nhiệm vụ", 1],
  ["Theo kế hoạch của Bộ Nội vụ", 1],
  ["Trước ngày 05/12/2025", 1],
  ["Trong năm 2025 (theo đề nghị của Sở Tư pháp)", 1],
  ["Theo tiến độ triển khai của Trung ương", 1],
  ["Theo tiến độ triển khai của Sở Khoa học và Công nghệ", 1],
];
const TEXTS: string[] = COUNTS.flatMap(([t, n]) => Array.from({ length: n }, () => t));
/** The same cells typed without diacritics and upper-cased: other strings, same meanings. */
const MIXED: string[] = [...TEXTS, ...TEXTS.map(stripDiacritics), ...TEXTS.map((t) => t.toUpperCase())];

/** Parses per second: the median of 5 windows of ms/5 each (this machine's neighbours make single windows noisy). */
function rate(texts: string[], parse: (t: string, y?: number) => unknown, ms: number): number {
  let sink = 0;
  // warm-up
  for (let i = 0; i < 20_000; i++) sink += parse(texts[i % texts.length], 2025) ? 1 : 0;
  const rates: number[] = [];
  for (let w = 0; w < 5; w++) {
    let n = 0;
    const start = performance.now();
    let now = start;
    while (now - start < ms / 5) {
      for (let i = 0; i < texts.length; i++) sink += parse(texts[i], 2025) ? 1 : 0;
      n += texts.length;
      now = performance.now();
    }
    rates.push((n / (now - start)) * 1000);
  }
  if (sink < 0) console.log(sink);
  return Math.round(rates.sort((a, b) => a - b)[2]);
}

export async function run(): Promise<Record<string, number | string>> {
  return {
    texts: TEXTS.length,
    distinctTexts: COUNTS.length,
    scheduleParsesPerSecond: rate(TEXTS, parseSchedule, 1000),
    scheduleParsesPerSecondUncached: rate(TEXTS, parseScheduleUncached, 1000),
    scheduleParsesPerSecondMixedTypingsUncached: rate(MIXED, parseScheduleUncached, 1000),
    target: "≥ 500000 parses/s",
    note: "cached = parseSchedule (bounded cache per text and plan year); uncached = parseScheduleUncached, no cache",
  };
}
