/**
 * Spreadsheet functions of plan tasks: the due date a schedule text gives (THOIHAN) and a task's
 * status at the reporting date (TRANGTHAI) — the same reading as the annual summary.
 */
import { type Day, yearOf } from "../dates/day.js";
import { effectiveDue } from "../schedule/effectiveDue.js";
import { parseSchedule } from "../schedule/parseSchedule.js";
import { readStatus, type StatusReading } from "../status/readStatus.js";
import { trackedStatus } from "../status/trackedStatus.js";
import { CellError, defineFunction, type ParamSpec } from "./types.js";

const PLAN_YEAR = {
  id: "nam_ke_hoach",
  name: "năm kế hoạch",
  description: "Tùy chọn: năm của kế hoạch (ví dụ 2025), để hiểu \"6 tháng cuối năm\", \"Hằng năm\" và cảnh báo tiến độ ngoài năm.",
  kind: "number",
  optional: true,
} as const satisfies ParamSpec;

function readPlanYear(value: number | null): number | undefined | CellError {
  if (value === null) return undefined;
  if (!Number.isInteger(value) || value < 1900 || value > 2100) {
    return new CellError("value", `Năm kế hoạch phải là một năm từ 1900 đến 2100 (đang là ${value}).`);
  }
  return value;
}

export const THOIHAN = defineFunction({
  id: "THOIHAN",
  description:
    "Hạn hoàn thành đọc từ văn bản tiến độ (\"Trước ngày 05/12/2025\", \"Quý I/2025\"…); \"Thường xuyên\" không có hạn: #N/A.",
  example: "=THOIHAN(\"Quý I năm 2025\") → 31/03/2025",
  params: [
    { id: "tien_do", name: "tiến độ", description: "Văn bản tiến độ thực hiện (một ô hoặc cả cột).", kind: "text", spill: true },
    PLAN_YEAR,
  ],
  result: "date",
  sheetsNote:
    "Trong Google Sheets, ô không có hạn cụ thể hiện #ERROR! (một ô) hoặc \"#LỖI: …\" (trong vùng kết quả), kèm lý do.",
  impl: (text: string, year: number | null) => {
    const planYear = readPlanYear(year);
    if (planYear instanceof CellError) return planYear;
    const s = parseSchedule(text, planYear);
    if (s.kind === "unknown") {
      return new CellError("value", `Không hiểu tiến độ "${s.text}". Hãy viết như "Trước ngày 05/12/2025", "Quý I/2025" hoặc "Trong năm 2025".`);
    }
    if (s.due === null) {
      return new CellError("na", `Tiến độ "${s.text}" không có hạn cụ thể${s.authority ? ` (theo ${s.authority})` : ""}.`);
    }
    return s.due;
  },
});

export const TRANGTHAI = defineFunction({
  id: "TRANGTHAI",
  description:
    "Tình trạng nhiệm vụ tại ngày báo cáo: hoàn thành trước hạn/đúng hạn/trễ hạn, đang trong hạn, quá hạn, không có hạn.",
  example: "=TRANGTHAI(\"Quý I/2025\"; \"05/04/2025\"; \"30/06/2025\") → Hoàn thành trễ hạn",
  params: [
    {
      id: "han_hoac_tien_do",
      name: "hạn hoặc tiến độ",
      description: "Ngày hạn, hoặc văn bản tiến độ như \"Quý I/2025\" (một ô hoặc cả cột).",
      kind: "dateOrText",
      spill: true,
    },
    {
      id: "ngay_hoan_thanh",
      name: "ngày hoàn thành",
      description: "Ngày hoàn thành, hoặc tình trạng như \"Hoàn thành\", \"Quá hạn\"; để trống nếu chưa hoàn thành (một ô hoặc cả cột).",
      kind: "dateOrText",
      spill: true,
      allowBlank: true,
    },
    {
      id: "ngay_bao_cao",
      name: "ngày báo cáo",
      description: "Ngày chốt số liệu báo cáo (có thể dùng TODAY() trong Excel).",
      kind: "date",
      spill: true,
    },
    PLAN_YEAR,
  ],
  result: "text",
  sheetsNote:
    "Google Sheets không cho dùng TODAY() trong hàm tùy chỉnh: hãy tham chiếu ô \"Ngày báo cáo\" trên trang \"CCHC – Cài đặt\".",
  impl: (dueOrSchedule: { date: Day } | { text: string }, completedOrStatus: { date: Day } | { text: string } | null, asOf: Day, year: number | null) => {
    const planYear = readPlanYear(year);
    if (planYear instanceof CellError) return planYear;
    let due: Day | null;
    if ("date" in dueOrSchedule) {
      due = dueOrSchedule.date;
    } else {
      const py = planYear ?? yearOf(asOf);
      const s = parseSchedule(dueOrSchedule.text, py);
      if (s.kind === "unknown") {
        return new CellError("value", `Không hiểu tiến độ "${s.text}". Hãy nhập ngày hạn hoặc tiến độ như "Quý I/2025".`);
      }
      due = effectiveDue(s, py, asOf);
    }
    // The same reading as the annual summary: a date, or a status text ("Hoàn thành ngày 15/11/2025", "Quá hạn").
    let completed: Day | null = null;
    let reading: StatusReading | null = null;
    if (completedOrStatus !== null && "date" in completedOrStatus) completed = completedOrStatus.date;
    else if (completedOrStatus !== null) {
      reading = readStatus(completedOrStatus.text);
      if (reading.kind === "unknown") {
        return new CellError(
          "value",
          `Không hiểu tình trạng "${completedOrStatus.text}". Hãy nhập ngày hoàn thành, hoặc tình trạng như "Hoàn thành", "Hoàn thành ngày 15/11/2025", "Đang thực hiện", "Quá hạn", "Không thực hiện".`,
        );
      }
    }
    return trackedStatus({ due, completedColumn: completed, reading, asOf }).label;
  },
});
