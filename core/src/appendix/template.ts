/**
 * A blank appendix (phụ lục) for a plan year, host-neutral: title rows, the standard columns
 * plus tracking columns, the PAR INDEX sections (QĐ 876/QĐ-BNV) and "Công tác tuyên truyền"
 * as Roman headings with one sample task each, the allowed status values (data validation),
 * date columns, widths, frozen header and print setup. The CLI writes it with exceljs, the
 * add-ins write it into a new sheet; `templateGrid` gives the same cells as a 2-D array.
 * A template read back with readAppendix validates without errors.
 */
import { HEADER_FILL, SECTION_FILL, TEMPLATE_FILLS } from "../report/fills.js";
import { toRoman } from "./stt.js";
import type { ColumnKey } from "./types.js";

export interface TemplateColumn {
  key: ColumnKey;
  header: string;
  /** Width in characters. */
  width: number;
  kind: "text" | "date";
  /** Tracking columns (filled during the year) vs plan columns. */
  tracking: boolean;
}

export type TemplateRowKind = "title" | "subtitle" | "blank" | "header" | "section" | "task";

export interface TemplateRow {
  kind: TemplateRowKind;
  /** One value per template column (title rows: the text in the first cell, to be merged across). */
  cells: (string | null)[];
}

export interface TemplateSpec {
  year: number;
  sheetName: string;
  columns: TemplateColumn[];
  /** Every row of the sheet from row 1: titles, blank, header, sections and sample tasks. */
  rows: TemplateRow[];
  /** Physical (1-based) row of the header. */
  headerRow: number;
  /** Allowed values of the "Tình trạng" column (list data validation). */
  statusValues: string[];
  /** Keys of the columns holding dates (format dd/mm/yyyy, date data validation). */
  dateColumns: ColumnKey[];
  dateFormat: "dd/mm/yyyy";
  /** Freeze panes below the header and right of these columns. */
  freeze: { rows: number; columns: number };
  /** Rows to leave for typing below the samples, with the same formats and validation. */
  blankTaskRows: number;
  print: {
    paperSize: "A4";
    orientation: "landscape";
    fitToWidth: 1;
    fitToHeight: 0;
    /** The header row repeated on every printed page. */
    repeatRows: { from: number; to: number };
    marginsInches: { left: number; right: number; top: number; bottom: number };
  };
  /** Notes to show under the table or in a help box. */
  notes: string[];
}

/** Allowed values of the status column ("Tình trạng"). */
export const STATUS_VALUES: readonly string[] = [
  "Chưa thực hiện",
  "Đang thực hiện",
  "Đã hoàn thành",
  "Tạm dừng",
  "Không thực hiện (nêu lý do)",
];

export const TEMPLATE_COLUMNS: readonly TemplateColumn[] = [
  { key: "stt", header: "STT", width: 6, kind: "text", tracking: false },
  { key: "task", header: "Nội dung công việc", width: 48, kind: "text", tracking: false },
  { key: "lead", header: "Cơ quan chủ trì", width: 20, kind: "text", tracking: false },
  { key: "partners", header: "Cơ quan phối hợp", width: 22, kind: "text", tracking: false },
  { key: "deadline", header: "Tiến độ thực hiện", width: 18, kind: "text", tracking: false },
  { key: "output", header: "Kết quả/sản phẩm", width: 28, kind: "text", tracking: false },
  { key: "due", header: "Hạn", width: 12, kind: "date", tracking: true },
  { key: "completed", header: "Ngày hoàn thành", width: 12, kind: "date", tracking: true },
  { key: "status", header: "Tình trạng", width: 16, kind: "text", tracking: true },
  { key: "notes", header: "Ghi chú", width: 20, kind: "text", tracking: true },
];

interface SectionSample {
  title: string;
  task: string;
  lead: string;
  partners: string;
  deadline: (y: number) => string;
  output: string;
}

/** The 8 PAR INDEX fields (QĐ 876/QĐ-BNV) with "Công tác tuyên truyền" second, as plans order them. */
const SECTIONS: readonly SectionSample[] = [
  {
    title: "Công tác chỉ đạo, điều hành cải cách hành chính",
    task: "Xây dựng, ban hành Kế hoạch cải cách hành chính năm {y}",
    lead: "Văn phòng",
    partners: "Các phòng, đơn vị trực thuộc",
    deadline: (y) => `Trước ngày 31/01/${y}`,
    output: "Kế hoạch được ban hành",
  },
  {
    title: "Công tác tuyên truyền cải cách hành chính",
    task: "Đăng tải tin, bài về cải cách hành chính trên Trang thông tin điện tử của cơ quan",
    lead: "Văn phòng",
    partners: "Các phòng, đơn vị trực thuộc",
    deadline: () => "Thường xuyên",
    output: "Tin, bài được đăng tải",
  },
  {
    title: "Cải cách thể chế",
    task: "Rà soát, hệ thống hóa văn bản quy phạm pháp luật thuộc lĩnh vực quản lý",
    lead: "Văn phòng",
    partners: "Các phòng chuyên môn",
    deadline: (y) => `Trước ngày 05/12/${y}`,
    output: "Báo cáo kết quả rà soát",
  },
  {
    title: "Cải cách thủ tục hành chính",
    task: "Công bố, công khai thủ tục hành chính và kết quả giải quyết hồ sơ",
    lead: "Các phòng chuyên môn giải quyết TTHC",
    partners: "Văn phòng",
    deadline: (y) => `Trong năm ${y}`,
    output: "100% TTHC được công khai đúng quy định",
  },
  {
    title: "Cải cách tổ chức bộ máy hành chính",
    task: "Rà soát chức năng, nhiệm vụ, cơ cấu tổ chức của các phòng, đơn vị",
    lead: "Văn phòng",
    partners: "Các phòng, đơn vị trực thuộc",
    deadline: (y) => `Quý II/${y}`,
    output: "Báo cáo rà soát, đề xuất kiện toàn",
  },
  {
    title: "Cải cách chế độ công vụ",
    task: "Đánh giá, phân loại công chức, viên chức gắn với vị trí việc làm",
    lead: "Văn phòng",
    partners: "Các phòng, đơn vị trực thuộc",
    deadline: (y) => `Tháng 12/${y}`,
    output: "Kết quả đánh giá, phân loại",
  },
  {
    title: "Cải cách tài chính công",
    task: "Giải ngân kế hoạch đầu tư công được giao",
    lead: "Văn phòng (Bộ phận Kế toán)",
    partners: "Các phòng liên quan",
    deadline: (y) => `Trước ngày 31/12/${y}`,
    output: "Tỷ lệ giải ngân đạt chỉ tiêu giao",
  },
  {
    title: "Xây dựng, phát triển Chính quyền điện tử, Chính quyền số",
    task: "Nâng tỷ lệ hồ sơ trực tuyến toàn trình và thanh toán trực tuyến",
    lead: "Văn phòng",
    partners: "Các phòng chuyên môn giải quyết TTHC",
    deadline: (y) => `Trong năm ${y}`,
    output: "Tỷ lệ hồ sơ trực tuyến toàn trình đạt chỉ tiêu",
  },
  {
    title: "Tác động của cải cách hành chính đến phát triển kinh tế - xã hội",
    task: "Tổ chức đối thoại với người dân, doanh nghiệp về thủ tục hành chính",
    lead: "Văn phòng",
    partners: "Các phòng, đơn vị trực thuộc",
    deadline: (y) => `6 tháng cuối năm ${y}`,
    output: "Hội nghị đối thoại được tổ chức",
  },
];

const SAMPLE_MARK = "(Ví dụ) ";

/** The blank appendix of a plan year (1900–2100; other values are clamped into that range). */
/**
 * The fill of a template cell, the same in every host: the header is blue over the plan's columns
 * and yellow over the tracking columns; section rows are light blue; other rows have none.
 */
export function templateCellFill(kind: TemplateRowKind, column: Pick<TemplateColumn, "tracking">): string | null {
  if (kind === "header") return column.tracking ? TEMPLATE_FILLS.tracking : HEADER_FILL;
  return kind === "section" ? SECTION_FILL : null;
}

export function appendixTemplate(year: number): TemplateSpec {
  const y = Number.isInteger(year) ? Math.min(2100, Math.max(1900, year)) : 2025;
  const n = TEMPLATE_COLUMNS.length;
  const line = (kind: TemplateRowKind, text: string | null): TemplateRow => ({
    kind,
    cells: [text, ...new Array<string | null>(n - 1).fill(null)],
  });
  const rows: TemplateRow[] = [
    line("title", "PHỤ LỤC"),
    line("title", `NHIỆM VỤ CẢI CÁCH HÀNH CHÍNH NĂM ${y}`),
    line("subtitle", `(Kèm theo Kế hoạch số      /KH-      ngày      /      /${y} của …)`),
    line("blank", null),
    { kind: "header", cells: TEMPLATE_COLUMNS.map((c) => c.header) },
  ];
  const headerRow = rows.length;
  SECTIONS.forEach((s, k) => {
    rows.push({ kind: "section", cells: [toRoman(k + 1), s.title, ...new Array<string | null>(n - 2).fill(null)] });
    const byKey: Partial<Record<ColumnKey, string>> = {
      stt: "1",
      task: SAMPLE_MARK + s.task.replace("{y}", String(y)),
      lead: s.lead,
      partners: s.partners,
      deadline: s.deadline(y),
      output: s.output,
    };
    rows.push({ kind: "task", cells: TEMPLATE_COLUMNS.map((c) => byKey[c.key] ?? null) });
  });
  return {
    year: y,
    sheetName: `Phụ lục ${y}`,
    columns: TEMPLATE_COLUMNS.map((c) => ({ ...c })),
    rows,
    headerRow,
    statusValues: [...STATUS_VALUES],
    dateColumns: TEMPLATE_COLUMNS.filter((c) => c.kind === "date").map((c) => c.key),
    dateFormat: "dd/mm/yyyy",
    freeze: { rows: headerRow, columns: 2 },
    blankTaskRows: 50,
    print: {
      paperSize: "A4",
      orientation: "landscape",
      fitToWidth: 1,
      fitToHeight: 0,
      repeatRows: { from: headerRow, to: headerRow },
      marginsInches: { left: 0.5, right: 0.5, top: 0.6, bottom: 0.6 },
    },
    notes: [
      "Mỗi nhiệm vụ chỉ giao một cơ quan chủ trì; các đơn vị khác ghi ở cột phối hợp.",
      "Cột \"Tiến độ thực hiện\" ghi như văn bản (ví dụ \"Quý II/" + y + "\", \"Trước ngày 30/6/" + y + "\", \"Thường xuyên\"); cột \"Hạn\" chỉ ghi ngày khi cần ấn định hạn cụ thể.",
      "Cột \"Ngày hoàn thành\" ghi ngày/tháng/năm khi nhiệm vụ xong; để trống nếu chưa xong.",
      "Các dòng có chữ \"(Ví dụ)\" là mẫu: sửa hoặc xóa trước khi dùng.",
    ],
  };
}

/** The template as a 2-D array of cell values (row 1 first), as a host would write it. */
export function templateGrid(spec: TemplateSpec): (string | null)[][] {
  return spec.rows.map((r) => [...r.cells]);
}
