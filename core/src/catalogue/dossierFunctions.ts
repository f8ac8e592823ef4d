import { type Day, toVN, isSupportedYear } from "../dates/day.js";
import { parseDateCell } from "../dates/parseDate.js";
import { dossierStats } from "../dossiers/dossierStats.js";
import { formII06aFigures } from "../dossiers/formII06a.js";
import { kl91StaffVerdict, kl91UnitVerdict } from "../dossiers/kl91.js";
import { resultAt } from "../dossiers/classifyDossier.js";
import { emptyCounters, figuresOf } from "../dossiers/lateRate.js";
import { ratioPoints } from "../scoring/score766.js";
import { CellError, type CellGrid, type CellOut, defineFunction, type FunctionSpec } from "./types.js";

/*
 * Dossier functions of the catalogue. How arguments arrive in `impl` (see readArg.ts):
 * - "grid": the raw range, row by row (CellGrid: numbers, strings, booleans, Date objects, blanks);
 * - "date": already a Day (days since 1970-01-01);
 * - "number": a finite number (text "0,05" already converted); optional and blank → null.
 * Bad input gives CellError("value", Vietnamese message), never a number.
 */

function isBlank(v: unknown): boolean {
  return v === null || v === undefined || (typeof v === "string" && v.trim() === "");
}

function readRate(value: number | null, name: string): number | null | CellError {
  if (value === null) return null;
  if (!Number.isFinite(value) || value < 0 || value > 1) {
    return new CellError(
      "value",
      `${name} phải là tỷ lệ từ 0% đến 100% (ví dụ 1,59% hoặc 0,0159), đang là ${value}. Nếu bạn gõ 1,59 nghĩa là 1,59%, hãy nhập 1,59% hoặc 0,0159.`,
    );
  }
  return value;
}

/** TYLETREHAN(hẹn trả, kết thúc, ngày báo cáo). */
export function tyLeTreHan(appointments: CellGrid, ends: CellGrid, reportDay: Day): CellOut {
  const a = appointments.flat();
  const e = ends.flat();
  if (a.length !== e.length) {
    return new CellError(
      "value",
      `Vùng ngày hẹn trả có ${a.length} ô nhưng vùng ngày kết thúc có ${e.length} ô: hai vùng phải cùng kích thước, mỗi dòng một hồ sơ.`,
    );
  }
  // A header row selected with the data ("Ngày hẹn trả" / "Ngày kết thúc") is skipped.
  let start = 0;
  if (a.length > 0 && typeof a[0] === "string" && !parseDateCell(a[0]).ok && /[a-zà-ỹđ]/i.test(a[0]) && (isBlank(e[0]) || (typeof e[0] === "string" && !parseDateCell(e[0]).ok))) {
    start = 1;
  }
  // Counted by the statistics' own rule (resultAt) and counters (figuresOf): no second copy.
  const c = emptyCounters();
  for (let i = start; i < a.length; i++) {
    if (isBlank(a[i]) && isBlank(e[i])) continue;
    if (isBlank(a[i])) {
      return new CellError("value", `Ô thứ ${i + 1} của vùng ngày hẹn trả đang trống nhưng hồ sơ có ngày kết thúc: hãy nhập ngày hẹn trả.`);
    }
    const appt = parseDateCell(a[i]);
    if (!appt.ok) return new CellError("value", `Ô thứ ${i + 1} của vùng ngày hẹn trả: ${appt.message}`);
    let end: Day | null = null;
    if (!isBlank(e[i])) {
      const r = parseDateCell(e[i]);
      if (!r.ok) return new CellError("value", `Ô thứ ${i + 1} của vùng ngày kết thúc: ${r.message}`);
      end = r.day;
    }
    c[resultAt(end, appt.day, reportDay)]++;
  }
  const rate = figuresOf(c, "resolvedAndPending").lateRate;
  if (rate === null) return new CellError("value", `Không có hồ sơ nào (đến ngày ${toVN(reportDay)}) trong các vùng đã chọn.`);
  return rate;
}

/** THONGKEHOSO(vùng, từ ngày, đến ngày): the 11 figures of the II.06a row. */
export function thongKeHoSo(range: CellGrid, from: Day, to: Day): CellOut[][] | CellError {
  if (from > to) return new CellError("value", `Từ ngày ${toVN(from)} phải trước hoặc bằng đến ngày ${toVN(to)}.`);
  const r = dossierStats(range, { from, to });
  if (!r.ok) return new CellError("value", r.message);
  const bad = r.result.invalidRows;
  if (bad.length > 0) {
    const more = bad.length > 1 ? ` (và ${bad.length - 1} dòng lỗi khác)` : "";
    return new CellError("value", `Dòng thứ ${bad[0].row} của vùng: ${bad[0].message}${more} Hãy sửa trước khi thống kê.`);
  }
  return [formII06aFigures(r.result, r.result.hasChannelColumn).map((v) => (v === null ? "" : v))];
}

/** XEPLOAI(tỷ lệ trễ hạn, [tỷ lệ hài lòng], [năm]). */
export function xepLoai(rate: number, satisfaction: number | null, year: number | null): CellOut {
  const r = readRate(rate, "Tỷ lệ trễ hạn");
  if (r instanceof CellError) return r;
  const s = readRate(satisfaction, "Tỷ lệ hài lòng");
  if (s instanceof CellError) return s;
  if (year !== null && (!Number.isInteger(year) || !isSupportedYear(year))) {
    return new CellError("value", `Năm phải là một năm từ 1900 đến 2100 (ví dụ 2025), đang là ${year}.`);
  }
  if (year === null) return kl91UnitVerdict(r, s).reason;
  const staff = kl91StaffVerdict(r, year).reason;
  return s === null ? staff : `${kl91UnitVerdict(r, s).reason} ${staff}`;
}

/** DIEM766(tỷ lệ, ngưỡng, điểm tối đa). */
export function diem766(rate: number, threshold: number, maxPoints: number): CellOut {
  const p = ratioPoints(rate, threshold, maxPoints);
  return p.ok ? p.points : new CellError("value", p.message);
}

export const TYLETREHAN = defineFunction({
  id: "TYLETREHAN",
  description:
    "Tỷ lệ hồ sơ trễ hạn = (giải quyết quá hạn + đang giải quyết quá hạn) ÷ (đã giải quyết + đang giải quyết), đến ngày báo cáo.",
  example: "=CCHC.TYLETREHAN(E2:E1001; F2:F1001; DATE(2022;12;31)) → 1,59% (hồ sơ có ngày kết thúc sau ngày hẹn trả, hoặc chưa kết thúc và đã quá hẹn)",
  params: [
    {
      id: "hen_tra",
      name: "vùng ngày hẹn trả",
      description: "Cột ngày hẹn trả kết quả, mỗi dòng một hồ sơ (ngày, số ngày Excel hoặc dd/mm/yyyy).",
      kind: "grid",
    },
    {
      id: "ket_thuc",
      name: "vùng ngày kết thúc",
      description:
        "Cột ngày kết thúc, cùng số dòng với vùng hẹn trả; ô trống hoặc ngày sau ngày báo cáo: đang giải quyết.",
      kind: "grid",
    },
    {
      id: "ngay_bao_cao",
      name: "ngày báo cáo",
      description: "Ngày cuối kỳ báo cáo: hồ sơ chưa kết thúc có ngày hẹn trả trước ngày này là quá hạn.",
      kind: "date",
    },
  ],
  result: "percent",
  sheetsNote: "Google Sheets không cho dùng TODAY() trong hàm tùy chỉnh: hãy đặt ngày báo cáo trong một ô.",
  impl: tyLeTreHan,
});

export const THONGKEHOSO = defineFunction({
  id: "THONGKEHOSO",
  description:
    "Một dòng biểu II.06a (11 số): tiếp nhận (4 cột) · đã giải quyết (tổng, trước hạn, đúng hạn, quá hạn) · đang giải quyết (3 cột).",
  example:
    '=CCHC.THONGKEHOSO(A1:N5000; "01/01/2022"; "31/12/2022") → 11 ô liền nhau: 615045 | … | 596533 | … | 9009 | 18512 | 17760 | 752',
  params: [
    {
      id: "vung",
      name: "vùng danh sách hồ sơ",
      description:
        "Danh sách xuất từ phần mềm một cửa, cả dòng tiêu đề (cần cột Ngày tiếp nhận, Ngày hẹn trả, Ngày kết thúc).",
      kind: "grid",
    },
    { id: "tu_ngay", name: "từ ngày", description: "Ngày đầu kỳ báo cáo.", kind: "date" },
    { id: "den_ngay", name: "đến ngày", description: "Ngày cuối kỳ báo cáo (hồ sơ đang giải quyết tính đến ngày này).", kind: "date" },
  ],
  result: "row",
  sheetsNote: "Kết quả tràn sang 11 ô bên phải: để trống các ô đó.",
  impl: thongKeHoSo,
});

export const XEPLOAI = defineFunction({
  id: "XEPLOAI",
  description:
    'Kết luận 91: đơn vị trễ hạn ≥ 5% (hoặc hài lòng ≤ 80%) không được xếp loại Tốt; nhập năm để xét cán bộ (10%, từ 2025: 5%).',
  example:
    '=CCHC.XEPLOAI(6%) → "Đơn vị không đủ điều kiện xếp loại "Tốt" (Kết luận 91-KL/TU): tỷ lệ hồ sơ trễ hạn 6,00% ≥ ngưỡng 5%."; =CCHC.XEPLOAI(7%;;2024) → cán bộ chưa bị hạn chế (ngưỡng 10% năm 2024)',
  params: [
    {
      id: "ty_le_tre_han",
      name: "tỷ lệ trễ hạn",
      description: "Tỷ lệ hồ sơ trễ hạn, dạng phần trăm (1,59%) hoặc phân số (0,0159).",
      kind: "number",
      spill: true,
    },
    {
      id: "ty_le_hai_long",
      name: "tỷ lệ hài lòng",
      description: "Tùy chọn: chỉ số hài lòng của đơn vị (ví dụ 85%). Chỉ dùng cho xếp loại đơn vị.",
      kind: "number",
      optional: true,
      spill: true,
    },
    {
      id: "nam",
      name: "năm",
      description:
        "Tùy chọn: năm đánh giá; khi nhập, xét cán bộ (ngưỡng 10% trước 2025, 5% từ 2025); có hài lòng thì xét cả đơn vị.",
      kind: "number",
      optional: true,
      spill: true,
    },
  ],
  result: "text",
  impl: xepLoai,
});

export const DIEM766 = defineFunction({
  id: "DIEM766",
  description:
    "Điểm một tiêu chí tỷ lệ của Bộ chỉ số 766: đủ điểm tối đa khi tỷ lệ đạt ngưỡng, nếu không thì tỷ lệ × điểm tối đa ÷ ngưỡng.",
  example: "=CCHC.DIEM766(60%; 80%; 2) → 1,5 · =CCHC.DIEM766(85%; 80%; 2) → 2",
  params: [
    { id: "ty_le", name: "tỷ lệ", description: "Tỷ lệ đạt được (ví dụ 60% hoặc 0,6).", kind: "number", spill: true },
    {
      id: "nguong",
      name: "ngưỡng",
      description:
        "Ngưỡng đủ điểm: 80% (dịch vụ trực tuyến, thanh toán, số hóa, tái sử dụng dữ liệu), 50% (nộp trực tuyến), 90% (hài lòng).",
      kind: "number",
      spill: true,
    },
    { id: "diem_toi_da", name: "điểm tối đa", description: "Điểm tối đa của tiêu chí.", kind: "number", spill: true },
  ],
  result: "number",
  impl: diem766,
});

/** Merged into the main catalogue by the lead engineer. */
export const dossierFunctions: FunctionSpec[] = [TYLETREHAN, THONGKEHOSO, XEPLOAI, DIEM766];
