import { APPENDIX_COLUMN_LABELS, type ColumnKey, type Finding, toVN, type ValidationReport, validateAppendix } from "@cchc/core";
import type { Command } from "../command.js";
import { CliError } from "../cliError.js";
import { loadPlanSheet, noTableMessage, type PlanSheet } from "../files/inputs/loadPlanSheet.js";
import { json, readDate, readFormat, readOptionalYear } from "../options.js";
import { settingsNotices, workbookSettings } from "../settings/workbookSettings.js";

/** Infos listed in the text report; the rest are counted (all are in --format json). */
const MAX_INFOS_SHOWN = 30;

/** The JSON of the issue's contract, keys in its order (the report's extra fields left out). */
export function validationJson(r: ValidationReport): Record<string, unknown> {
  return {
    valid: r.valid,
    stats: r.stats,
    columns: r.columns,
    errors: r.errors,
    warnings: r.warnings,
    infos: r.infos,
    tasks: r.tasks,
    ...(r.planPeriod ? { planPeriod: r.planPeriod } : {}),
  };
}

function where(f: Finding): string {
  return f.column ? `${f.column}${f.row}` : `dòng ${f.row}`;
}

function findingLines(title: string, findings: Finding[], max = Number.POSITIVE_INFINITY): string[] {
  if (findings.length === 0) return [];
  const width = Math.max(...findings.map((f) => where(f).length));
  const lines = ["", `${title} (${findings.length})`];
  for (const f of findings.slice(0, max)) lines.push(`  ${where(f).padEnd(width)}  ${f.message} [${f.code}]`);
  if (findings.length > max) lines.push(`  … và ${findings.length - max} mục khác (xem đầy đủ với --format json).`);
  return lines;
}

/** The text report: what was read, the verdict, a stats line, findings grouped by severity. */
export function validationText(r: ValidationReport, plan: PlanSheet, planYear?: number, asOf?: number): string {
  const lines: string[] = [];
  lines.push(`Kiểm tra phụ lục: ${plan.file}${plan.format === "xlsx" ? `, trang tính "${plan.sheetName}"` : ""}`);
  const context: string[] = [];
  if (planYear !== undefined) context.push(`năm kế hoạch ${planYear}`);
  if (asOf !== undefined) context.push(`ngày báo cáo ${toVN(asOf)}`);
  if (planYear === undefined && r.planPeriod) context.push(`kỳ kế hoạch ${r.planPeriod.label} (không có --year)`);
  if (context.length) lines.push(`Theo ${context.join(", ")}.`);
  const labels = APPENDIX_COLUMN_LABELS as Record<string, string>;
  const cols = Object.entries(r.columns)
    .filter(([k, letter]) => !(k === "lead" && letter === r.columns.responsibility)) // one column for both
    .map(([k, letter]) => `${letter} = ${labels[k as ColumnKey] ?? k}`);
  if (cols.length) lines.push(`Cột nhận ra: ${cols.join("; ")}.`);
  lines.push(
    r.valid
      ? "Kết quả: KHÔNG CÓ LỖI."
      : `Kết quả: CÓ ${r.stats.errors} LỖI cần sửa trước khi theo dõi, tổng hợp.`,
  );
  lines.push(
    `Thống kê: ${r.stats.rows} dòng dữ liệu, ${r.stats.tasks} nhiệm vụ, ${r.stats.sections} mục/tiêu đề; ` +
      `${r.stats.errors} lỗi, ${r.stats.warnings} cảnh báo, ${r.infos.length} thông tin.`,
  );
  if (r.stats.tasks === 0) {
    lines.push("Lưu ý: bảng chưa có nhiệm vụ nào (chỉ có dòng tiêu đề và các mục). Hãy nhập các nhiệm vụ dưới từng mục.");
  }
  lines.push(...findingLines("LỖI — cần sửa", r.errors));
  lines.push(...findingLines("CẢNH BÁO — nên xem lại", r.warnings));
  lines.push(...findingLines("THÔNG TIN", r.infos, MAX_INFOS_SHOWN));
  return lines.join("\n");
}

export const validate: Command = {
  name: "validate",
  flags: { sheet: "value", year: "value", "as-of": "value" },
  usage: "cchc validate <tệp .xlsx|.csv> [--sheet TÊN] [--year YYYY] [--as-of YYYY-MM-DD] [--format text|json]",
  summary: "Kiểm tra bảng phụ lục kế hoạch CCHC: cột, STT, đơn vị chủ trì, tiến độ, ngày theo dõi. Mã thoát 0: không lỗi, 1: có lỗi, 2: không dùng được tệp.",
  async run(args, io) {
    const format = readFormat(args);
    const yearOption = readOptionalYear(args);
    const asOfOption = args.options["as-of"] === undefined ? undefined : readDate(args.options["as-of"], "ngày báo cáo (--as-of)");
    const sheet = args.options.sheet;
    if (sheet === true) throw new CliError('Thiếu tên trang tính sau --sheet, ví dụ --sheet "Phụ lục".');
    const [file, ...extra] = args.positionals;
    if (file === undefined) throw new CliError(`Thiếu tệp cần kiểm tra. Cách dùng: ${validate.usage}`);
    if (extra.length > 0) throw new CliError(`Chỉ kiểm tra một tệp mỗi lần (thừa: ${extra.join(" ")}). Cách dùng: ${validate.usage}`);

    const plan = await loadPlanSheet(file, sheet);
    for (const n of plan.notices) io.err(n);
    // the workbook's "CCHC – Cài đặt" fills what the options leave out
    const saved = workbookSettings(plan.settingsCells);
    const planYear = yearOption ?? saved?.settings.planYear ?? undefined;
    const asOf = asOfOption ?? saved?.settings.asOf ?? undefined;
    for (const n of settingsNotices(saved, { planYear: yearOption === undefined, asOf: asOfOption === undefined, calendar: false })) io.err(n);
    const report = validateAppendix(plan.cells, { planYear, asOf, merges: plan.merges });
    if (report.error !== undefined) throw new CliError(noTableMessage(plan, report.error));
    if (report.stats.tasks === 0 && format === "json") io.err("Lưu ý: bảng chưa có nhiệm vụ nào (chỉ có dòng tiêu đề và các mục).");

    io.out(format === "json" ? json(validationJson(report)) : validationText(report, plan, planYear, asOf));
    return report.valid ? 0 : 1;
  },
};
