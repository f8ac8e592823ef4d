/**
 * The annual summary as a SheetSpec: "Tổng hợp <năm>" with the overall figures, totals by
 * section and by lead unit, the overdue list, the tasks due soon, and a stacked bar chart of
 * statuses by section.
 */
import { toVN } from "../dates/day.js";
import { formatPercentVN } from "../format/vietnamese.js";
import { parseDateText } from "../dates/parseDate.js";
import { STATUS_LABELS } from "../status/taskStatus.js";
import type { TaskStatus } from "../status/types.js";
import type { AnnualSummary, StatusTotals } from "../summary/annualSummary.js";
import { taskLateRate } from "../summary/lateRate.js";
import { type ReportSource, sourceText } from "./validationSheet.js";
import { type CellSpec, type ColumnSpec, sheetName, type SheetSpec, type TableBlock } from "./sheetSpec.js";

/** Status columns in report order, with their Vietnamese headers and chart colours. */
const STATUS_COLUMNS: { key: TaskStatus; header: string; color: string }[] = [
  { key: "doneEarly", header: "Hoàn thành trước hạn", color: "#2E7D32" },
  { key: "doneOnTime", header: "Hoàn thành đúng hạn", color: "#66BB6A" },
  { key: "doneLate", header: "Hoàn thành trễ hạn", color: "#F9A825" },
  { key: "pending", header: "Đang thực hiện (trong hạn)", color: "#42A5F5" },
  { key: "overdue", header: "Quá hạn", color: "#C62828" },
  { key: "noDueDate", header: "Không có hạn cụ thể", color: "#9E9E9E" },
];

const countColumns = (): ColumnSpec[] => [
  { header: "Tổng số nhiệm vụ", kind: "integer", width: 11 },
  ...STATUS_COLUMNS.map((c): ColumnSpec => ({ header: c.header, kind: "integer", width: 12 })),
  { header: "Tỷ lệ trễ hạn", kind: "percent", width: 10 },
];

const counts = (t: StatusTotals): CellSpec[] => [t.tasks, ...STATUS_COLUMNS.map((c) => t[c.key]), taskLateRate(t)];

function share(n: number, of: number): number | null {
  return of > 0 ? n / of : null;
}

function asOfText(iso: string): string {
  const d = parseDateText(iso);
  return d.ok ? toVN(d.day) : iso;
}

/** `source`: the sheet (and file) summarised, named in the last note the same way by every host. */
export function summarySheetSpec(summary: AnnualSummary, source?: Pick<ReportSource, "sheet" | "file">): SheetSpec {
  const t = summary.totals;
  const withDue = t.tasks - t.noDueDate;
  const overall: TableBlock = {
    title: "1. Kết quả chung",
    columns: [
      { header: "Chỉ tiêu", kind: "text", width: 46 },
      { header: "Số nhiệm vụ", kind: "integer", width: 12 },
      { header: "Tỷ lệ", kind: "percent", width: 10 },
    ],
    rows: [
      ["Tổng số nhiệm vụ", t.tasks, t.tasks > 0 ? 1 : null],
      ...STATUS_COLUMNS.map((c): CellSpec[] => [STATUS_LABELS[c.key], t[c.key], share(t[c.key], t.tasks)]),
      ["Số nhiệm vụ có hạn cụ thể", withDue, share(withDue, t.tasks)],
      ["Tỷ lệ trễ hạn = (hoàn thành trễ hạn + quá hạn) ÷ số nhiệm vụ có hạn", t.doneLate + t.overdue, summary.lateRate],
    ],
  };

  const bySection: TableBlock = {
    title: "2. Theo lĩnh vực (mục của kế hoạch)",
    columns: [
      { header: "Phần", kind: "text", width: 6 },
      { header: "Mục", kind: "text", width: 6 },
      { header: "Lĩnh vực", kind: "text", width: 40 },
      ...countColumns(),
    ],
    rows: summary.bySection.map((s) => [s.part ?? "", s.stt, s.title, ...counts(s.totals)]),
    totalRow: ["", "", "Tổng cộng", ...counts(t)],
  };

  const byUnit: TableBlock = {
    title: "3. Theo đơn vị chủ trì",
    columns: [{ header: "Đơn vị chủ trì", kind: "text", width: 40 }, ...countColumns()],
    rows: summary.byUnit.map((u) => [u.unit, ...counts(u.totals)]),
    totalRow: ["Tổng cộng", ...counts(t)],
  };

  const listColumns: ColumnSpec[] = [
    { header: "Dòng", kind: "integer", width: 7 },
    { header: "STT", kind: "text", width: 7 },
    { header: "Nhiệm vụ", kind: "text", width: 70 },
    { header: "Hạn", kind: "date", width: 12 },
  ];
  const overdue: TableBlock = {
    title: "4. Nhiệm vụ quá hạn chưa hoàn thành",
    columns: listColumns,
    rows: summary.overdueTasks.map((x) => [x.row, x.stt, x.task, x.due]),
  };
  const upcoming: TableBlock = {
    title: "5. Nhiệm vụ đến hạn trong 10 ngày làm việc tới",
    columns: listColumns,
    rows: summary.upcoming.map((x) => [x.row, x.stt, x.task, x.due]),
  };

  const asOf = asOfText(summary.asOf);
  if (summary.error) {
    return {
      name: sheetName(`Tổng hợp ${summary.year || ""}`.trim()),
      title: "TỔNG HỢP KẾT QUẢ THỰC HIỆN KẾ HOẠCH CẢI CÁCH HÀNH CHÍNH",
      subtitle: `Không tổng hợp được: ${summary.error}`,
      blocks: [],
      notes: [summary.error],
    };
  }
  const lateText = summary.lateRate === null ? "chưa tính được (không nhiệm vụ nào có hạn cụ thể)" : formatPercentVN(summary.lateRate);
  return {
    name: sheetName(`Tổng hợp ${summary.year}`),
    title: `TỔNG HỢP KẾT QUẢ THỰC HIỆN KẾ HOẠCH CẢI CÁCH HÀNH CHÍNH NĂM ${summary.year}`,
    subtitle: `Tính đến ngày ${asOf}: ${t.tasks} nhiệm vụ, tỷ lệ trễ hạn ${lateText}`,
    blocks: [overall, bySection, byUnit, overdue, upcoming],
    chart: {
      title: `Tình trạng nhiệm vụ theo lĩnh vực (đến ${asOf})`,
      type: "stackedBar",
      categoriesFrom: { block: 1, column: 2 },
      series: STATUS_COLUMNS.map((c, k) => ({ name: c.header, block: 1, column: 4 + k, color: c.color })),
    },
    notes: [
      "Hạn của nhiệm vụ: lấy ở cột \"Hạn\" nếu có, nếu không thì tính từ cột tiến độ (ví dụ \"Trong năm\" → 31/12, \"Quý II\" → 30/6).",
      "Tỷ lệ trễ hạn = (hoàn thành trễ hạn + quá hạn chưa hoàn thành) ÷ số nhiệm vụ có hạn cụ thể; nhiệm vụ thường xuyên hoặc theo tiến độ của cơ quan khác không tính.",
      `Nhiệm vụ đến hạn: chưa hoàn thành, hạn từ ${asOf} đến hết 10 ngày làm việc tiếp theo (trừ ngày nghỉ, lễ, Tết theo lịch chính thức).`,
      ...(source ? [`Nguồn: ${sourceText(source)}.`] : []),
    ],
  };
}
