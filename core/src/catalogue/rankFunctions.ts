import { headOfUnitVerdict, parseCchcRank } from "../scoring/headOfUnit.js";
import { CellError, type CellOut, type FunctionSpec } from "./types.js";

/** NGUOIDUNGDAU(xếp hạng năm nay, [xếp hạng năm trước]). */
export function nguoiDungDau(current: string, previous: string | null): CellOut {
  const now = parseCchcRank(current);
  if (!now.ok) return new CellError("value", `Xếp hạng năm nay: ${now.message}`);
  if (previous === null) return headOfUnitVerdict(now.rank).reason;
  const before = parseCchcRank(previous);
  if (!before.ok) return new CellError("value", `Xếp hạng năm trước: ${before.message}`);
  return headOfUnitVerdict(now.rank, before.rank).reason;
}

export const NGUOIDUNGDAU: FunctionSpec = {
  id: "NGUOIDUNGDAU",
  description:
    'Kết luận 91-KL/TU: người đứng đầu không được xếp loại "Hoàn thành tốt nhiệm vụ" khi đơn vị xếp hạng CCHC Trung bình trở xuống; xử lý trách nhiệm khi 2 năm liên tục Trung bình hoặc 1 năm Yếu; tập thể lãnh đạo chỉ được "Hoàn thành xuất sắc" khi xếp hạng Tốt.',
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
  impl: nguoiDungDau as (...args: never[]) => CellOut,
};
