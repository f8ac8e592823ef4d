/**
 * Tổng hợp năm: core's annual summary of the active sheet on a new sheet "Tổng hợp <năm>"
 * (totals, by section, by lead unit, overdue and upcoming tasks with links to their rows) and a
 * native stacked bar chart of statuses by section. Three batches: read → settings → write.
 */
import {
  STATUS_LABELS,
  annualSummary as summarise,
  parseDateText,
  toVN,
  yearOf,
  type AnnualSummary,
  type Day,
  type StatusTotals,
  type TaskStatus,
} from "@cchc/core";
import { quoteSheetName, rangeAddress } from "../excel/addresses.js";
import { bookRead, queueBookRead, queueSettingsRead, settingsRead } from "../excel/readBook.js";
import { calendarOf } from "../excel/settingsSheet.js";
import { uniqueSheetName } from "../excel/sheetNames.js";
import { FORMATS, type LayoutBlock, type LayoutLink, type SheetLayout } from "../excel/sheetLayout.js";
import { writeLayout } from "../excel/writeLayout.js";
import { CommandError } from "./commandError.js";

export interface SummaryOptions {
  today: Day;
}

export interface SummaryResult {
  sheet: string;
  summarySheet: string;
  year: number;
  asOf: Day;
  tasks: number;
  lateRate: number | null;
  settingsProblems: string[];
  syncs: number;
}

const STATUS_ORDER: TaskStatus[] = ["doneEarly", "doneOnTime", "doneLate", "pending", "overdue", "noDueDate"];

export async function annualSummary(context: Excel.RequestContext, options: SummaryOptions): Promise<SummaryResult> {
  let syncs = 0;
  const q = queueBookRead(context, true);
  await context.sync();
  syncs++;
  const book = bookRead(q);
  if (book.values.length === 0) {
    throw new CommandError(`Trang "${book.active.name}" đang trống. Hãy mở trang có bảng phụ lục (có cột Ngày hoàn thành) rồi bấm Tổng hợp năm.`);
  }
  const settingsRange = queueSettingsRead(context, book);
  if (settingsRange) {
    await context.sync();
    syncs++;
  }
  const { settings, problems } = settingsRead(settingsRange);
  const asOf = settings.asOf ?? options.today;
  const year = settings.planYear ?? yearOf(asOf);
  const summary = summarise(book.values, {
    planYear: year,
    asOf,
    calendar: calendarOf(settings),
    firstRow: book.firstRow,
    firstColumn: book.firstColumn,
  });
  if (summary.error) throw new CommandError(`Trang "${book.active.name}": ${summary.error}`);

  context.application.suspendApiCalculationUntilNextSync();
  const name = uniqueSheetName(`Tổng hợp ${year}`, book.sheets.map((s) => s.name));
  const sheet = context.workbook.worksheets.add(name);
  const { layout, chart } = summaryLayout(summary, book.active.name);
  syncs += await writeLayout(context, sheet, layout);
  if (chart) {
    const source = sheet.getRange(chart.source);
    const c = sheet.charts.add("BarStacked" as Excel.ChartType, source, "Columns" as Excel.ChartSeriesBy);
    c.title.text = `Tình trạng nhiệm vụ theo lĩnh vực (đến ${toVN(asOf)})`;
    c.legend.position = "Bottom" as Excel.ChartLegendPosition;
    c.setPosition(chart.anchor);
    c.height = Math.max(260, 40 + chart.categories * 26);
    c.width = 620;
  }
  sheet.activate();
  await context.sync();
  syncs++;
  return {
    sheet: book.active.name,
    summarySheet: name,
    year,
    asOf,
    tasks: summary.totals.tasks,
    lateRate: summary.lateRate,
    settingsProblems: problems,
    syncs,
  };
}

function statusCells(t: StatusTotals): number[] {
  return [...STATUS_ORDER.map((s) => t[s]), t.tasks];
}

/** Status columns first (the chart's series, contiguous with the titles), the total last. */
const STATUS_HEADERS = [...STATUS_ORDER.map((s) => STATUS_LABELS[s]), "Tổng số"];

export interface SummaryChart {
  /** Address (on the summary sheet) of the section table: titles + the six status columns (no total). */
  source: string;
  /** Top-left cell of the chart. */
  anchor: string;
  categories: number;
}

/** The summary sheet's content, from core's summary (rendering only, no rule). */
export function summaryLayout(s: AnnualSummary, sourceSheet: string): { layout: SheetLayout; chart: SummaryChart | null } {
  const blocks: LayoutBlock[] = [];
  const links: LayoutLink[] = [];
  const asOf = parseDateText(s.asOf);
  const asOfVN = asOf.ok ? toVN(asOf.day) : s.asOf;
  blocks.push({ row: 0, col: 0, values: [[`Tổng hợp thực hiện kế hoạch CCHC năm ${s.year}`]], title: true });
  blocks.push({
    row: 1,
    col: 0,
    values: [[`Ngày báo cáo: ${asOfVN} · Nguồn: trang "${sourceSheet}" · ${s.totals.tasks} nhiệm vụ`]],
  });
  let row = 3;

  // Totals by status
  blocks.push({ row, col: 0, values: [["1. Tổng hợp theo tình trạng"]], boldRows: [0] });
  row++;
  blocks.push({
    row,
    col: 0,
    values: [
      ["Tình trạng", "Số nhiệm vụ"],
      ...STATUS_ORDER.map((st) => [STATUS_LABELS[st], s.totals[st]]),
      ["Tổng số", s.totals.tasks],
    ],
    headerRows: [0],
    boldRows: [STATUS_ORDER.length + 1],
    columnFormats: [null, FORMATS.integer],
  });
  row += STATUS_ORDER.length + 2;
  blocks.push({
    row,
    col: 0,
    values: [["Tỷ lệ trễ hạn (trễ hạn + quá hạn) ÷ (nhiệm vụ có hạn)", s.lateRate === null ? "Không có nhiệm vụ có hạn" : s.lateRate]],
    columnFormats: [null, FORMATS.percent],
    boldRows: [0],
  });
  row += 2;

  // By section (chart source)
  blocks.push({ row, col: 0, values: [["2. Theo lĩnh vực (mục La Mã)"]], boldRows: [0] });
  row++;
  const sectionRows = s.bySection.map((sec) => [sec.stt ? `${sec.stt}. ${sec.title}` : sec.title, ...statusCells(sec.totals)]);
  blocks.push({
    row,
    col: 0,
    values: [["Lĩnh vực", ...STATUS_HEADERS], ...sectionRows],
    headerRows: [0],
    wrap: true,
    columnFormats: [null, ...STATUS_HEADERS.map(() => FORMATS.integer)],
  });
  // chart: titles (column A) and the six status columns (B…G), header row included; the total (H) is left out
  const chart: SummaryChart | null =
    sectionRows.length > 0
      ? { source: rangeAddress(row, 0, sectionRows.length + 1, 1 + STATUS_ORDER.length), anchor: "J4", categories: sectionRows.length }
      : null;
  row += sectionRows.length + 2;

  // By unit
  blocks.push({ row, col: 0, values: [["3. Theo đơn vị chủ trì"]], boldRows: [0] });
  row++;
  blocks.push({
    row,
    col: 0,
    values: [["Đơn vị chủ trì", ...STATUS_HEADERS], ...s.byUnit.map((u) => [u.unit, ...statusCells(u.totals)])],
    headerRows: [0],
    wrap: true,
    columnFormats: [null, ...STATUS_HEADERS.map(() => FORMATS.integer)],
  });
  row += s.byUnit.length + 2;

  // Task lists
  const list = (title: string, tasks: AnnualSummary["overdueTasks"], empty: string) => {
    blocks.push({ row, col: 0, values: [[title]], boldRows: [0] });
    row++;
    const values: (string | number)[][] = [["Nhiệm vụ", "STT", "Hạn", "Hàng"]];
    tasks.forEach((t, i) => {
      const due = parseDateText(t.due);
      values.push([t.task, t.stt, due.ok ? due.day + 25569 : t.due, t.row]);
      links.push({ row: row + 1 + i, col: 3, documentReference: `${quoteSheetName(sourceSheet)}!A${t.row}`, text: String(t.row) });
    });
    if (tasks.length === 0) values.push([empty, "", "", ""]);
    blocks.push({ row, col: 0, values, headerRows: [0], wrap: true, columnFormats: [null, "@", FORMATS.date, "0"] });
    row += values.length + 1;
  };
  list(`4. Nhiệm vụ quá hạn (${s.overdueTasks.length})`, s.overdueTasks, "Không có nhiệm vụ quá hạn.");
  list(`5. Nhiệm vụ đến hạn trong 10 ngày làm việc tới (${s.upcoming.length})`, s.upcoming, "Không có nhiệm vụ sắp đến hạn.");

  return {
    layout: { blocks, widths: [48, 12, 12, 12, 14, 10, 16, 9], freezeRows: 0, links, landscape: true },
    chart,
  };
}
