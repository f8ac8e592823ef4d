/**
 * A validation report as a SheetSpec: sheet "Kết quả kiểm tra" listing every finding with its
 * severity, code, cell and Vietnamese message, errors first.
 */
import type { Finding, Severity } from "../appendix/types.js";
import type { ValidationReport } from "../appendix/validate.js";
import { type Day, toVN } from "../dates/day.js";
import type { SheetSpec, TableBlock } from "./sheetSpec.js";

const capitalise = (t: string) => t.charAt(0).toUpperCase() + t.slice(1);

export const SEVERITY_LABELS: Readonly<Record<Severity, string>> = {
  error: "Lỗi",
  warning: "Cảnh báo",
  info: "Thông tin",
};

/** "D14" when the finding names a column, else "Dòng 14". */
export function findingCell(f: Finding): string {
  return f.column ? `${f.column}${f.row}` : `Dòng ${f.row}`;
}

/** What was checked, named in the report's subtitle the same way by every host. */
export interface ReportSource {
  /** The sheet read. */
  sheet: string;
  /** The file (CLI), when there is one. */
  file?: string;
  asOf?: Day;
  planYear?: number | null;
}

/** 'trang "Phụ lục"', 'trang "Phụ lục" của tệp "ke-hoach.xlsx"', or for a CSV (sheet "") 'tệp "ke-hoach.csv"'. */
export function sourceText(source: Pick<ReportSource, "sheet" | "file">): string {
  if (source.sheet === "") return `tệp "${source.file ?? ""}"`;
  return source.file ? `trang "${source.sheet}" của tệp "${source.file}"` : `trang "${source.sheet}"`;
}

export function validationSheetSpec(report: ValidationReport, source?: ReportSource): SheetSpec {
  const findings = [...report.errors, ...report.warnings, ...report.infos];
  const block: TableBlock = {
    title: "Danh sách lỗi, cảnh báo và thông tin",
    columns: [
      { header: "Mức độ", kind: "text", width: 11 },
      { header: "Mã", kind: "text", width: 20 },
      { header: "Ô", kind: "text", width: 8, linksToSource: true },
      { header: "Nội dung", kind: "text", width: 90 },
    ],
    rows: report.error
      ? [[SEVERITY_LABELS.error, "no-table", "", report.error]]
      : findings.map((f) => [SEVERITY_LABELS[f.severity], f.code, findingCell(f), f.message]),
  };
  const s = report.stats;
  const checked = report.error
    ? "Không đọc được bảng phụ lục."
    : `${s.tasks} nhiệm vụ, ${s.sections} dòng đề mục; ${s.errors} lỗi, ${s.warnings} cảnh báo, ${report.infos.length} thông tin` +
      (report.valid ? " — bảng hợp lệ." : " — cần sửa các lỗi trước khi tổng hợp.");
  const context = source
    ? `${capitalise(sourceText(source))}${source.asOf !== undefined ? `, ngày báo cáo ${toVN(source.asOf)}` : ""}${source.planYear ? `, năm kế hoạch ${source.planYear}` : report.planPeriod ? `, kỳ kế hoạch ${report.planPeriod.label}` : ""}. `
    : "";
  const subtitle = `${context}${checked}`;
  return {
    name: "Kết quả kiểm tra",
    title: "KẾT QUẢ KIỂM TRA PHỤ LỤC KẾ HOẠCH CẢI CÁCH HÀNH CHÍNH",
    subtitle,
    blocks: [block],
    notes: findings.length === 0 && !report.error ? ["Không có lỗi, cảnh báo hay thông tin nào."] : undefined,
  };
}
