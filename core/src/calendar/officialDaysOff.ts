/**
 * DATA: the official day-off schedules for civil servants (cán bộ, công chức, viên chức of
 * administrative and public-service bodies that rest on Saturday and Sunday), 2022–2026.
 *
 * These cannot be computed: each year the Government (Văn phòng Chính phủ conveying the Prime
 * Minister's decision) and the ministry in charge (Bộ Lao động – Thương binh và Xã hội until
 * 02/2025, Bộ Nội vụ since 03/2025) fix the actual days, often swapping a weekday with a
 * Saturday (hoán đổi, làm bù). Days that simply follow the Labour Code (1/1, Giỗ Tổ, 30/4, 1/5
 * and their nghỉ bù) are listed too, so that each table is complete on its own.
 *
 * `daysOff` lists the Monday–Friday days off only; `workingWeekends` the Saturdays worked.
 *
 * How the data was checked (November 2026, from press reports of the documents; the texts of the
 * documents themselves were not available): see `sources` of each year and the notes below.
 *  - 2022: CV 245/VPCP-KGVX is confirmed; the number of the Ministry of Labour's notice
 *    implementing it was not found, so it is not cited.
 *  - 2023: CV 8056/VPCP-KGVX is confirmed; Giỗ Tổ/30/4/1/5 followed the Labour Code (29/4–3/5,
 *    no swap, no Saturday worked). The Ministry's notice number was not found.
 *  - 2024: CV 8662/VPCP-KGVX, TB 5015/TB-LĐTBXH and CV 2450/VPCP-KGVX are confirmed.
 *  - 2025: CV 8726/VPCP-KGVX (26/11/2024). Tết Ất Tỵ: 27–31/01 are the five statutory Tết days
 *    (28 tháng Chạp to mùng 3; no 30 Tết that year), with the two weekends a 9-day break and NO
 *    make-up Saturday (issue 10 §6 ruling; DOMAIN.md §7 corrected: an earlier version named
 *    Saturday 15/02/2025 as a make-up day, which was wrong). Only 02/5 was swapped (worked back
 *    on Saturday 26/4). Working days in 2025: 261 weekdays − 12 days off + 1 Saturday = 250.
 *  - 2026: TB 9441/TB-BNV and CV 9859/VPCP-KGVX (Tết, Quốc khánh); the Tết Dương lịch swap
 *    (Friday 2/1 off, Saturday 10/1 worked) was agreed by the Government on 25/12/2025 and
 *    announced by the Ministry of Home Affairs' notice of the same day (issue 10 §6 ruling; the
 *    number CV 12729/VPCP-KGVX comes from press reports); the Quốc khánh swap (Monday 31/8 off,
 *    Saturday 22/8 worked) is confirmed by the same ruling. The totals match the press summary of
 *    2026 (25 days: 4 for Tết Dương lịch, 9 for Tết, 3 for Giỗ Tổ, 4 for 30/4–1/5, 5 for Quốc khánh).
 *    "Ngày Văn hóa Việt Nam" 24/11 is NOT included: Nghị quyết 80-NQ/TW (01/2026) and
 *    Nghị quyết 30/NQ-CP (02/2026) plan it as a paid holiday by amending Điều 112 of the Labour
 *    Code, but no act in force could be verified: it is the OPTIONAL day of optionalDaysOff.ts
 *    (CalendarOptions.ngayVanHoa, CLI --ngay-van-hoa), off by default; move it here once the law
 *    is amended.
 */
import { dayFromYMD, type Day } from "../dates/day.js";
import type { CalendarEntry, OfficialYear } from "./types.js";

type Row = readonly [isoDate: string, name: string];

interface YearData {
  off: readonly Row[];
  worked: readonly Row[];
  sources: readonly string[];
}

const BLLD = "Bộ luật Lao động 2019 (Luật số 45/2019/QH14), Điều 111 khoản 3 và Điều 112 khoản 1";

const DATA: Record<number, YearData> = {
  2022: {
    off: [
      ["2022-01-03", "Nghỉ bù Tết Dương lịch (01/01/2022 trùng thứ Bảy)"],
      ["2022-01-31", "Tết Nguyên đán Nhâm Dần (29 tháng Chạp)"],
      ["2022-02-01", "Tết Nguyên đán Nhâm Dần (mùng 1 Tết)"],
      ["2022-02-02", "Tết Nguyên đán Nhâm Dần (mùng 2 Tết)"],
      ["2022-02-03", "Tết Nguyên đán Nhâm Dần (mùng 3 Tết)"],
      ["2022-02-04", "Tết Nguyên đán Nhâm Dần (mùng 4 Tết)"],
      ["2022-04-11", "Nghỉ bù Giỗ Tổ Hùng Vương (10/4/2022 trùng Chủ nhật)"],
      ["2022-05-02", "Nghỉ bù Ngày Chiến thắng (30/4/2022 trùng thứ Bảy)"],
      ["2022-05-03", "Nghỉ bù Ngày Quốc tế Lao động (01/5/2022 trùng Chủ nhật)"],
      ["2022-09-01", "Quốc khánh (ngày liền kề trước 2/9)"],
      ["2022-09-02", "Quốc khánh (2/9)"],
    ],
    worked: [],
    sources: [
      "Công văn số 245/VPCP-KGVX ngày 11/01/2022 của Văn phòng Chính phủ: nghỉ Tết Nguyên đán Nhâm Dần từ 31/01/2022 đến hết 04/02/2022, nghỉ Quốc khánh từ 01/9/2022 đến hết 02/9/2022",
      `${BLLD}: Tết Dương lịch, Giỗ Tổ Hùng Vương, 30/4, 1/5 và nghỉ bù`,
      "Chưa kiểm chứng: số hiệu thông báo của Bộ Lao động – Thương binh và Xã hội thực hiện Công văn 245/VPCP-KGVX",
    ],
  },
  2023: {
    off: [
      ["2023-01-02", "Nghỉ bù Tết Dương lịch (01/01/2023 trùng Chủ nhật)"],
      ["2023-01-20", "Tết Nguyên đán Quý Mão (29 tháng Chạp)"],
      ["2023-01-23", "Tết Nguyên đán Quý Mão (mùng 2 Tết)"],
      ["2023-01-24", "Tết Nguyên đán Quý Mão (mùng 3 Tết)"],
      ["2023-01-25", "Tết Nguyên đán Quý Mão (mùng 4 Tết)"],
      ["2023-01-26", "Tết Nguyên đán Quý Mão (mùng 5 Tết)"],
      ["2023-05-01", "Ngày Quốc tế Lao động (1/5)"],
      ["2023-05-02", "Nghỉ bù Giỗ Tổ Hùng Vương (29/4/2023 trùng thứ Bảy)"],
      ["2023-05-03", "Nghỉ bù Ngày Chiến thắng (30/4/2023 trùng Chủ nhật)"],
      ["2023-09-01", "Quốc khánh (ngày liền kề trước 2/9)"],
      ["2023-09-04", "Nghỉ bù Quốc khánh (02/9/2023 trùng thứ Bảy)"],
    ],
    worked: [],
    sources: [
      "Công văn số 8056/VPCP-KGVX ngày 01/12/2022 của Văn phòng Chính phủ: nghỉ Tết Âm lịch từ 20/01/2023 đến hết 26/01/2023, nghỉ Quốc khánh từ 01/9/2023 đến hết 04/9/2023",
      `${BLLD}: Tết Dương lịch (nghỉ bù 02/01), Giỗ Tổ Hùng Vương 29/4 và 30/4 trùng cuối tuần (nghỉ bù 02/5 và 03/5), 1/5; không có ngày làm bù`,
      "Chưa kiểm chứng: số hiệu thông báo của Bộ Lao động – Thương binh và Xã hội thực hiện Công văn 8056/VPCP-KGVX",
    ],
  },
  2024: {
    off: [
      ["2024-01-01", "Tết Dương lịch"],
      ["2024-02-08", "Tết Nguyên đán Giáp Thìn (29 tháng Chạp)"],
      ["2024-02-09", "Tết Nguyên đán Giáp Thìn (30 tháng Chạp)"],
      ["2024-02-12", "Tết Nguyên đán Giáp Thìn (mùng 3 Tết)"],
      ["2024-02-13", "Tết Nguyên đán Giáp Thìn (mùng 4 Tết)"],
      ["2024-02-14", "Tết Nguyên đán Giáp Thìn (mùng 5 Tết)"],
      ["2024-04-18", "Giỗ Tổ Hùng Vương (10/3 âm lịch)"],
      ["2024-04-29", "Nghỉ hoán đổi dịp 30/4 – 1/5 (làm bù thứ Bảy 04/5/2024)"],
      ["2024-04-30", "Ngày Chiến thắng (30/4)"],
      ["2024-05-01", "Ngày Quốc tế Lao động (1/5)"],
      ["2024-09-02", "Quốc khánh (2/9)"],
      ["2024-09-03", "Quốc khánh (ngày liền kề sau 2/9)"],
    ],
    worked: [["2024-05-04", "Làm bù cho ngày 29/04/2024"]],
    sources: [
      "Công văn số 8662/VPCP-KGVX ngày 03/11/2023 của Văn phòng Chính phủ và Thông báo số 5015/TB-LĐTBXH ngày 22/11/2023 của Bộ Lao động – Thương binh và Xã hội: nghỉ Tết Âm lịch từ 08/02/2024 đến hết 14/02/2024, nghỉ Quốc khánh từ 31/8/2024 đến hết 03/9/2024",
      "Công văn số 2450/VPCP-KGVX ngày 12/4/2024 của Văn phòng Chính phủ: hoán đổi ngày làm việc thứ Hai 29/4/2024 với thứ Bảy 04/5/2024 (nghỉ 27/4 – 01/5/2024)",
      `${BLLD}: Tết Dương lịch, Giỗ Tổ Hùng Vương`,
    ],
  },
  2025: {
    off: [
      ["2025-01-01", "Tết Dương lịch"],
      ["2025-01-27", "Tết Nguyên đán Ất Tỵ (28 tháng Chạp)"],
      ["2025-01-28", "Tết Nguyên đán Ất Tỵ (29 tháng Chạp)"],
      ["2025-01-29", "Tết Nguyên đán Ất Tỵ (mùng 1 Tết)"],
      ["2025-01-30", "Tết Nguyên đán Ất Tỵ (mùng 2 Tết)"],
      ["2025-01-31", "Tết Nguyên đán Ất Tỵ (mùng 3 Tết)"],
      ["2025-04-07", "Giỗ Tổ Hùng Vương (10/3 âm lịch)"],
      ["2025-04-30", "Ngày Chiến thắng (30/4)"],
      ["2025-05-01", "Ngày Quốc tế Lao động (1/5)"],
      ["2025-05-02", "Nghỉ hoán đổi dịp 30/4 – 1/5 (làm bù thứ Bảy 26/4/2025)"],
      ["2025-09-01", "Quốc khánh (ngày liền kề trước 2/9)"],
      ["2025-09-02", "Quốc khánh (2/9)"],
    ],
    worked: [
      ["2025-04-26", "Làm bù cho ngày 02/05/2025"],
    ],
    sources: [
      "Công văn số 8726/VPCP-KGVX ngày 26/11/2024 của Văn phòng Chính phủ: nghỉ Tết Âm lịch từ 25/01/2025 đến hết 02/02/2025 (5 ngày Tết và 4 ngày nghỉ hằng tuần, không có ngày làm bù), nghỉ 30/4 – 1/5 từ 30/4/2025 đến hết 04/5/2025 (hoán đổi thứ Sáu 02/5 với thứ Bảy 26/4/2025), nghỉ Quốc khánh 01/9 – 02/9/2025",
      `${BLLD}: Tết Dương lịch, Giỗ Tổ Hùng Vương`,
    ],
  },
  2026: {
    off: [
      ["2026-01-01", "Tết Dương lịch"],
      ["2026-01-02", "Nghỉ hoán đổi dịp Tết Dương lịch (làm bù thứ Bảy 10/01/2026)"],
      ["2026-02-16", "Tết Nguyên đán Bính Ngọ (29 tháng Chạp)"],
      ["2026-02-17", "Tết Nguyên đán Bính Ngọ (mùng 1 Tết)"],
      ["2026-02-18", "Tết Nguyên đán Bính Ngọ (mùng 2 Tết)"],
      ["2026-02-19", "Tết Nguyên đán Bính Ngọ (mùng 3 Tết)"],
      ["2026-02-20", "Tết Nguyên đán Bính Ngọ (mùng 4 Tết)"],
      ["2026-04-27", "Nghỉ bù Giỗ Tổ Hùng Vương (26/4/2026 trùng Chủ nhật)"],
      ["2026-04-30", "Ngày Chiến thắng (30/4)"],
      ["2026-05-01", "Ngày Quốc tế Lao động (1/5)"],
      ["2026-08-31", "Nghỉ hoán đổi dịp Quốc khánh (làm bù thứ Bảy 22/8/2026)"],
      ["2026-09-01", "Quốc khánh (ngày liền kề trước 2/9)"],
      ["2026-09-02", "Quốc khánh (2/9)"],
    ],
    worked: [
      ["2026-01-10", "Làm bù cho ngày 02/01/2026"],
      ["2026-08-22", "Làm bù cho ngày 31/08/2026"],
    ],
    sources: [
      "Thông báo số 9441/TB-BNV của Bộ Nội vụ và Công văn số 9859/VPCP-KGVX (10/2025) của Văn phòng Chính phủ: nghỉ Tết Âm lịch từ 14/02/2026 đến hết 22/02/2026; nghỉ Quốc khánh từ 29/8/2026 đến hết 02/9/2026, hoán đổi thứ Hai 31/8 với thứ Bảy 22/8/2026",
      "Ý kiến đồng ý của Chính phủ ngày 25/12/2025 (Công văn số 12729/VPCP-KGVX của Văn phòng Chính phủ) và Thông báo của Bộ Nội vụ cùng ngày: nghỉ Tết Dương lịch từ 01/01/2026 đến hết 04/01/2026, hoán đổi thứ Sáu 02/01 với thứ Bảy 10/01/2026",
      `${BLLD}: Giỗ Tổ Hùng Vương 26/4 trùng Chủ nhật (nghỉ bù 27/4), 30/4, 1/5`,
      "Không gồm ngày 24/11/2026 (Ngày Văn hóa Việt Nam): Nghị quyết 80-NQ/TW (01/2026) chủ trương là ngày nghỉ hưởng nguyên lương và Nghị quyết 30/NQ-CP (02/2026) giao sửa khoản 1 Điều 112 Bộ luật Lao động, nhưng ngày này chưa có trong Bộ luật Lao động; nếu cơ quan được nghỉ, hãy bật ngày nghỉ tùy chọn \"Ngày Văn hóa Việt Nam\" (dòng lệnh: --ngay-van-hoa)",
    ],
  },
};

function parseISO(iso: string): Day {
  const [y, m, d] = iso.split("-").map(Number);
  return dayFromYMD(y!, m!, d!);
}

const toEntries = (rows: readonly Row[]): CalendarEntry[] =>
  rows.map(([iso, name]) => ({ day: parseISO(iso), name })).sort((a, b) => a.day - b.day);

const cache = new Map<number, OfficialYear>();

/** Years that have an official table. */
export const OFFICIAL_YEARS: readonly number[] = Object.keys(DATA).map(Number).sort((a, b) => a - b);

/** The official schedule of a year, or null when the data has none (fall back to statutory rules). */
export function officialYear(year: number): OfficialYear | null {
  if (!Number.isInteger(year)) return null;
  const data = DATA[year];
  if (data === undefined) return null;
  let y = cache.get(year);
  if (y === undefined) {
    y = { year, daysOff: toEntries(data.off), workingWeekends: toEntries(data.worked), sources: [...data.sources] };
    cache.set(year, y);
  }
  // Hand out copies: callers must not be able to change the shared table.
  return {
    year,
    daysOff: y.daysOff.map((e) => ({ ...e })),
    workingWeekends: y.workingWeekends.map((e) => ({ ...e })),
    sources: [...y.sources],
  };
}
