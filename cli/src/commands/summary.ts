import {
  type AnnualSummary,
  annualSummary,
  NOT_TRACKING_MESSAGE,
  calendarOfSettings,
  formatPercentVN,
  parseDateText,
  type StatusTotals,
  STATUS_LABELS,
  summarySheetSpec,
  taskLateRate,
  toVN,
  validateAppendix,
} from "@cchc/core";
import { basename } from "node:path";
import type { Command } from "../command.js";
import { CliError } from "../cliError.js";
import { takeForceFlag } from "../files/outputs/forceFlag.js";
import { loadPlanSheet, noTableMessage } from "../files/inputs/loadPlanSheet.js";
import { checkOutPath, writeNewFile } from "../files/outputs/writeNewFile.js";
import { specsToXlsx } from "../render/specToXlsx.js";
import { json, readDate, readFormat, readYear } from "../options.js";
import { settingsNotices, workbookSettings } from "../settings/workbookSettings.js";

/** The JSON of the issue's contract, keys in its order (a section's part added when it has one). */
export function summaryJson(s: AnnualSummary): Record<string, unknown> {
  return {
    year: s.year,
    asOf: s.asOf,
    totals: s.totals,
    lateRate: s.lateRate,
    bySection: s.bySection.map((x) => ({ stt: x.stt, title: x.title, ...(x.part ? { part: x.part } : {}), totals: x.totals })),
    byUnit: s.byUnit.map((x) => ({ unit: x.unit, totals: x.totals })),
    overdueTasks: s.overdueTasks.map((t) => ({ row: t.row, stt: t.stt, task: t.task, due: t.due })),
    upcoming: s.upcoming.map((t) => ({ row: t.row, stt: t.stt, task: t.task, due: t.due })),
    // Added by issue 10 (existing keys above keep their meaning).
    tracking: s.tracking,
    lateRateParts: s.lateRateParts,
    ...(s.statusColumn ? { statusColumn: s.statusColumn } : {}),
    ...(s.completedColumn ? { completedColumn: s.completedColumn } : {}),
    ...(s.dueDates ? { dueDates: s.dueDates } : {}),
  };
}

/** 0.0704 → "7,04%"; null → "—" (core's one Vietnamese formatter). */
export function percentVN(rate: number | null): string {
  return formatPercentVN(rate);
}

const isoToVN = (iso: string) => {
  const d = parseDateText(iso);
  return d.ok ? toVN(d.day) : iso;
};

function clip(text: string, max: number): string {
  return text.length <= max ? text : `${text.slice(0, max - 1)}…`;
}

/** Rows of cells → aligned text lines (numbers right-aligned). */
function table(header: string[], rows: (string | number)[][], numeric: boolean[]): string[] {
  const widths = header.map((h, j) => Math.max(h.length, ...rows.map((r) => String(r[j]).length)));
  const line = (cells: (string | number)[]) =>
    "  " + cells.map((c, j) => (numeric[j] ? String(c).padStart(widths[j]) : String(c).padEnd(widths[j]))).join("  ").trimEnd();
  return [line(header), ...rows.map(line)];
}

type CountColumn = { header: string; value: (t: StatusTotals) => string | number };
const COUNT_COLUMNS: CountColumn[] = [
  { header: "Tổng", value: (t) => t.tasks },
  { header: "Trước hạn", value: (t) => t.doneEarly },
  { header: "Đúng hạn", value: (t) => t.doneOnTime },
  { header: "Trễ hạn", value: (t) => t.doneLate },
  { header: "Chưa rõ ngày", value: (t) => t.doneUndated },
  { header: "Trong hạn", value: (t) => t.pending },
  { header: "Quá hạn", value: (t) => t.overdue },
  { header: "Không hạn", value: (t) => t.noDueDate },
  { header: "Không TH", value: (t) => t.dropped },
  { header: "Tỷ lệ trễ", value: (t) => percentVN(taskLateRate(t)) },
];
/** Without tracking columns: tasks by due date only. */
const DUE_COLUMNS: CountColumn[] = [
  { header: "Tổng", value: (t) => t.tasks },
  { header: "Có hạn", value: (t) => t.notTracked },
  { header: "Không hạn", value: (t) => t.noDueDate },
];

/** The count columns of a summary: "Chưa rõ ngày" and "Không TH" only when some task is in them. */
function countColumns(s: AnnualSummary): CountColumn[] {
  if (!s.tracking) return DUE_COLUMNS;
  return COUNT_COLUMNS.filter(
    (c) => (c.header !== "Chưa rõ ngày" || s.totals.doneUndated > 0) && (c.header !== "Không TH" || s.totals.dropped > 0),
  );
}

function overallLines(s: AnnualSummary): string[] {
  const t = s.totals;
  if (!s.tracking) {
    const d = s.dueDates ?? { beforeAsOf: 0, fromAsOf: 0, noDueDate: t.noDueDate };
    return [
      NOT_TRACKING_MESSAGE,
      "",
      `Tổng số nhiệm vụ: ${t.tasks}`,
      `  Có hạn trước ngày báo cáo: ${d.beforeAsOf}`,
      `  Có hạn từ ngày báo cáo trở đi: ${d.fromAsOf}`,
      `  ${STATUS_LABELS.noDueDate}: ${d.noDueDate}`,
      "Tỷ lệ trễ hạn: — (chưa tính: bảng chưa có cột theo dõi kết quả)",
    ];
  }
  const p = s.lateRateParts;
  const lines = [
    `Tổng số nhiệm vụ: ${t.tasks}`,
    `  ${STATUS_LABELS.doneEarly}: ${t.doneEarly}`,
    `  ${STATUS_LABELS.doneOnTime}: ${t.doneOnTime}`,
    `  ${STATUS_LABELS.doneLate}: ${t.doneLate}`,
    `  ${STATUS_LABELS.doneUndated}: ${t.doneUndated}`,
    `  ${STATUS_LABELS.pending}: ${t.pending}`,
    `  ${STATUS_LABELS.overdue}: ${t.overdue}`,
    `  ${STATUS_LABELS.noDueDate}: ${t.noDueDate}`,
  ];
  if (t.dropped > 0) lines.push(`  ${STATUS_LABELS.dropped}: ${t.dropped} (không tính vào tỷ lệ trễ hạn)`);
  lines.push(
    `Tỷ lệ trễ hạn: ${percentVN(s.lateRate)}` +
      (s.lateRate === null || p === null
        ? " (không nhiệm vụ nào có hạn cụ thể)"
        : ` = (${t.doneLate} trễ hạn + ${t.overdue} quá hạn) ÷ ${p.denominator} nhiệm vụ có hạn` +
          (t.doneUndated > 0 ? ` (kể cả ${t.doneUndated} hoàn thành chưa rõ ngày)` : "")),
  );
  const cols: string[] = [];
  if (s.completedColumn) cols.push(`ngày hoàn thành ở cột ${s.completedColumn}`);
  if (s.statusColumn) cols.push(`tình trạng ở cột ${s.statusColumn}`);
  if (cols.length) lines.push(`Theo dõi kết quả: ${cols.join(", ")}.`);
  return lines;
}

/** The summary as readable text: overall figures, by section, by unit, overdue and upcoming lists. */
export function summaryText(s: AnnualSummary, source: string): string {
  const cols = countColumns(s);
  const headers = cols.map((c) => c.header);
  const counts = (t: StatusTotals) => cols.map((c) => c.value(t));
  const lines = [
    `TỔNG HỢP KẾT QUẢ THỰC HIỆN KẾ HOẠCH CCHC NĂM ${s.year} — tính đến ngày ${isoToVN(s.asOf)}`,
    `Nguồn: ${source}`,
    "",
    ...overallLines(s),
    "",
    "Theo lĩnh vực (mục của kế hoạch):",
    ...table(
      ["Phần", "Mục", "Lĩnh vực", ...headers],
      s.bySection.map((x) => [x.part ?? "", x.stt, clip(x.title, 44), ...counts(x.totals)]),
      [false, false, false, ...headers.map(() => true)],
    ),
    "",
    "Theo đơn vị chủ trì:",
    ...table(
      ["Đơn vị chủ trì", ...headers],
      s.byUnit.map((x) => [clip(x.unit, 44), ...counts(x.totals)]),
      [false, ...headers.map(() => true)],
    ),
  ];
  const list = (title: string, refs: AnnualSummary["overdueTasks"]) => {
    lines.push("", `${title} (${refs.length}):`);
    if (refs.length === 0) lines.push("  (không có)");
    else lines.push(...table(["Dòng", "STT", "Hạn", "Nhiệm vụ"], refs.map((r) => [r.row, r.stt || "—", isoToVN(r.due), clip(r.task, 90)]), [true, false, false, false]));
  };
  if (s.tracking) list("Nhiệm vụ quá hạn chưa hoàn thành", s.overdueTasks);
  list("Nhiệm vụ đến hạn trong 10 ngày làm việc tới", s.upcoming);
  return lines.join("\n");
}

export const summary: Command = {
  name: "summary",
  flags: { year: "value", "as-of": "value", sheet: "value", out: "value", force: "switch" },
  usage: "cchc summary <tệp .xlsx|.csv> --year YYYY --as-of YYYY-MM-DD [--sheet TÊN] [--out TỆP.xlsx [--force]] [--format json]",
  summary: "Tổng hợp tình hình thực hiện kế hoạch tới ngày báo cáo: theo trạng thái, lĩnh vực, đơn vị; nhiệm vụ quá hạn, sắp đến hạn; --out ghi bảng tổng hợp .xlsx để in. Mã thoát 1 nếu bảng còn lỗi (số liệu có thể chưa đúng).",
  async run(args, io) {
    const format = readFormat(args);
    const force = takeForceFlag(args);
    const [file, ...extra] = args.positionals;
    if (file === undefined) throw new CliError(`Thiếu tệp phụ lục cần tổng hợp. Cách dùng: ${summary.usage}`);
    if (extra.length > 0) throw new CliError(`Chỉ tổng hợp một tệp mỗi lần (thừa: ${extra.join(" ")}). Cách dùng: ${summary.usage}`);
    const yearOption = args.options.year === undefined ? undefined : readYear(args.options.year, "năm kế hoạch (--year)");
    const asOfOption = args.options["as-of"] === undefined ? undefined : readDate(args.options["as-of"], "ngày báo cáo (--as-of)");
    const out = args.options.out;
    if (out === true) throw new CliError("Thiếu tên tệp sau --out, ví dụ --out tong-hop-2025.xlsx.");
    const sheet = args.options.sheet;
    if (sheet === true) throw new CliError('Thiếu tên trang tính sau --sheet, ví dụ --sheet "Phụ lục".');

    if (typeof out === "string") await checkOutPath(out, { force, extension: ".xlsx", inputs: [file] });

    const plan = await loadPlanSheet(file, sheet);
    for (const n of plan.notices) io.err(n);
    // the workbook's "CCHC – Cài đặt" fills what the options leave out (and gives the unit's days off)
    const saved = workbookSettings(plan.settingsCells);
    const planYear = yearOption ?? saved?.settings.planYear ?? undefined;
    const asOf = asOfOption ?? saved?.settings.asOf ?? undefined;
    if (planYear === undefined) throw new CliError("Thiếu năm kế hoạch: thêm --year, ví dụ --year 2025 (hoặc điền ô B3 trang \"CCHC – Cài đặt\" của tệp).");
    if (asOf === undefined) {
      throw new CliError("Thiếu ngày báo cáo: thêm --as-of, ví dụ --as-of 2025-09-30 hoặc --as-of 30/09/2025 (hoặc điền ô B4 trang \"CCHC – Cài đặt\" của tệp).");
    }
    const calendar = saved ? calendarOfSettings(saved.settings) : undefined;
    for (const n of settingsNotices(saved, { planYear: yearOption === undefined, asOf: asOfOption === undefined, calendar: true })) io.err(n);
    const report = validateAppendix(plan.cells, { planYear, asOf, merges: plan.merges });
    if (report.error !== undefined || !report.table) throw new CliError(noTableMessage(plan, report.error ?? "Không đọc được bảng phụ lục."));
    if (report.stats.tasks === 0) {
      throw new CliError(`Bảng phụ lục trong "${file}" chưa có nhiệm vụ nào (chỉ có dòng tiêu đề và các mục), nên chưa có gì để tổng hợp.`);
    }
    const result = annualSummary(report.table, { planYear, asOf, calendar });
    if (result.error !== undefined) throw new CliError(noTableMessage(plan, result.error));

    // Errors in the table (unreadable dates, completion dates in the future…) can make figures wrong: say so.
    const caution =
      report.stats.errors > 0
        ? `Lưu ý: bảng phụ lục còn ${report.stats.errors} lỗi (xem: cchc validate "${file}" --year ${planYear} --as-of ${toVN(asOf)}); ` +
          "số liệu tổng hợp có thể chưa đúng cho đến khi sửa các lỗi đó."
        : undefined;
    if (caution) io.err(caution);

    if (typeof out === "string") {
      const spec = summarySheetSpec(result, { sheet: plan.format === "xlsx" ? plan.sheetName : "", file: basename(plan.file) });
      // The printed notes name the file, not where it sits on this computer.
      if (caution) spec.notes = [caution.replace(`"${file}"`, `"${basename(plan.file)}"`), ...(spec.notes ?? [])];
      const bytes = await specsToXlsx([spec]);
      await writeNewFile(out, bytes, { force, extension: ".xlsx", inputs: [file] });
    }
    const source = `${plan.file}${plan.format === "xlsx" ? `, trang tính "${plan.sheetName}"` : ""}`;
    if (format === "json") {
      io.out(json(summaryJson(result)));
      if (typeof out === "string") io.err(`Đã ghi bảng tổng hợp vào "${out}".`);
    } else {
      io.out(summaryText(result, source) + (typeof out === "string" ? `\n\nĐã ghi bảng tổng hợp vào "${out}".` : ""));
    }
    return report.stats.errors > 0 ? 1 : 0;
  },
};
