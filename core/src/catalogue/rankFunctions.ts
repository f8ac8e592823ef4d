import { headOfUnitVerdict, parseCchcRank } from "../scoring/headOfUnit.js";
import { checkRankBands, rankBandsText, rankOfScore } from "../scoring/rankBands.js";
import { CellError, type CellOut, defineFunction, type FunctionSpec } from "./types.js";

/** NGUOIDUNGDAU(xếp hạng năm nay, [xếp hạng năm trước]). */
export function nguoiDungDau(current: string, previous: string | null): CellOut {
  const now = parseCchcRank(current);
  if (!now.ok) return new CellError("value", `Xếp hạng năm nay: ${now.message}`);
  if (previous === null) return headOfUnitVerdict(now.rank).reason;
  const before = parseCchcRank(previous);
  if (!before.ok) return new CellError("value", `Xếp hạng năm trước: ${before.message}`);
  return headOfUnitVerdict(now.rank, before.rank).reason;
}

export const NGUOIDUNGDAU = defineFunction({
  id: "NGUOIDUNGDAU",
  description:
    'Kết luận 91: xếp loại người đứng đầu, tập thể lãnh đạo theo xếp hạng CCHC; xử lý khi 2 năm Trung bình hoặc 1 năm Yếu.',
  example:
    '=CCHC.NGUOIDUNGDAU("Trung bình"; "Trung bình") → "Xử lý trách nhiệm người đứng đầu (…): đơn vị 2 năm liên tục xếp hạng CCHC Trung bình. …"',
  params: [
    {
      id: "xep_hang",
      name: "xếp hạng năm nay",
      description: "Xếp hạng CCHC của đơn vị năm đánh giá: Tốt, Khá, Trung bình hoặc Yếu (một ô hoặc cả cột).",
      kind: "text",
      spill: true,
    },
    {
      id: "xep_hang_nam_truoc",
      name: "xếp hạng năm trước",
      description: "Tùy chọn: xếp hạng CCHC năm trước (để xét 2 năm liên tục Trung bình).",
      kind: "text",
      optional: true,
      spill: true,
    },
  ],
  result: "text",
  impl: nguoiDungDau,
});

/** XEPHANG(điểm, ngưỡng Tốt, ngưỡng Khá, ngưỡng Trung bình). */
export function xepHang(score: number, good: number, fair: number, average: number): CellOut {
  const bands = checkRankBands(good, fair, average);
  if (!bands.ok) return new CellError("value", bands.message);
  return `${rankOfScore(score, bands.bands)} (${rankBandsText(bands.bands)})`;
}

export const XEPHANG = defineFunction({
  id: "XEPHANG",
  description:
    "Xếp hạng CCHC (Tốt, Khá, Trung bình, Yếu) từ điểm, theo ngưỡng do tỉnh quy định; ghi kèm thang điểm đã dùng.",
  example: '=CCHC.XEPHANG(85,5; 90; 80; 70) → "Khá (Tốt từ 90; Khá từ 80 đến dưới 90; Trung bình từ 70 đến dưới 80; Yếu dưới 70)"',
  params: [
    { id: "diem", name: "điểm", description: "Điểm chỉ số CCHC của đơn vị (một ô hoặc cả cột).", kind: "number", spill: true },
    { id: "nguong_tot", name: "ngưỡng Tốt", description: "Điểm thấp nhất để xếp hạng Tốt (theo quy định của tỉnh).", kind: "number" },
    { id: "nguong_kha", name: "ngưỡng Khá", description: "Điểm thấp nhất để xếp hạng Khá.", kind: "number" },
    { id: "nguong_trung_binh", name: "ngưỡng Trung bình", description: "Điểm thấp nhất để xếp hạng Trung bình; dưới ngưỡng này là Yếu.", kind: "number" },
  ],
  result: "text",
  impl: xepHang,
});
