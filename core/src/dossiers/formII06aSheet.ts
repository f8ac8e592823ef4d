/**
 * Form II.06a and the Kết luận 91 flags as a SheetSpec (core/src/report/sheetSpec.ts): the one
 * layout the Excel add-in and Google Sheets render (the CLI prints the same table as the
 * systems' printout, formII06aPrint.ts). A SheetSpec has one header row per block, so the two
 * header levels of the form are written "Tiếp nhận – Tổng số", "Đã giải quyết – Quá hạn"…
 * By staff, the name column is "Cán bộ" with the staff member's "Đơn vị" beside it. Our own
 * columns (late rate, returned dossiers) come after the 13 columns of the form.
 */
import { a4Landscape, OFFICIAL_SIGNATURE } from "../report/printSpec.js";
import { type CellSpec, type ColumnSpec, sheetName, type SheetSpec, type TableBlock } from "../report/sheetSpec.js";
import { formII06aTable, type FormII06aRow } from "./formII06a.js";
import type { DossierStatsResult } from "./types.js";

export interface FormII06aSheetOptions {
  /** The sheet the dossiers were read from, named under the title. */
  source?: string;
}

export function formII06aSheetSpec(r: DossierStatsResult, options: FormII06aSheetOptions = {}): SheetSpec {
  const t = formII06aTable(r);
  const staff = r.by === "staff";
  const columns: ColumnSpec[] = [];
  t.columns.forEach((c) => {
    if (c.key === "name") {
      columns.push({ header: t.nameHeader, kind: "text", width: c.width });
      if (staff) columns.push({ header: "Đơn vị", kind: "text", width: 28 });
    } else columns.push({ header: c.group === "" ? c.header : `${c.group} – ${c.header}`, kind: c.kind === "integer" ? "integer" : "text", width: c.width });
  });
  columns.push({ header: "Tỷ lệ trễ hạn", kind: "percent", width: 10 });
  columns.push({ header: "Trong đó trả lại, xin rút, dừng xử lý", kind: "integer", width: 12 });
  const line = (row: FormII06aRow): CellSpec[] => [row.stt, row.name, ...(staff ? [row.unit] : []), ...row.figures, row.lateRate, row.returned];
  const f0 = staff ? 3 : 2;
  const table: TableBlock = {
    title: `1. Biểu II.06a/VPCP/KSTT theo ${staff ? "cán bộ xử lý" : "đơn vị"}`,
    columns,
    rows: t.rows.map(line),
    totalRow: line(t.total),
  };
  const flags: TableBlock = {
    title: "2. Đối chiếu Kết luận 91-KL/TU",
    columns: [
      { header: "STT", kind: "text", width: 5 },
      { header: t.nameHeader, kind: "text", width: 36 },
      ...(staff ? [{ header: "Đơn vị", kind: "text", width: 28 } as ColumnSpec] : []),
      { header: "Tổng số hồ sơ", kind: "integer", width: 11 },
      { header: "Trễ hạn", kind: "integer", width: 10 },
      { header: "Tỷ lệ trễ hạn", kind: "percent", width: 10 },
      { header: "Không đạt", kind: "text", width: 9 },
      { header: "Kết luận", kind: "text", width: 70 },
    ],
    // The late rate's own parts: numerator and denominator of the chosen denominator.
    rows: r.groups.map((g, i): CellSpec[] => [
      String(i + 1),
      g.key,
      ...(staff ? [g.unit] : []),
      g.lateRateParts.denominator,
      g.lateRateParts.numerator,
      g.lateRate,
      g.kl91.notEligible ? "x" : "",
      g.kl91.reason,
    ]),
  };
  const invalid: TableBlock = {
    title: "3. Dòng không đọc được (không được tính)",
    columns: [
      { header: "Dòng", kind: "integer", width: 8, linksToSource: true },
      { header: "Lỗi", kind: "text", width: 100 },
    ],
    rows: r.invalidRows.map((e): CellSpec[] => [e.row, e.message]),
  };
  return {
    name: sheetName("Thống kê hồ sơ"),
    title: t.title.toUpperCase(),
    subtitle: options.source === undefined ? t.period : `${t.period} · Nguồn: trang "${options.source}", ${r.rowsRead} hồ sơ đã đọc`,
    blocks: [table, flags, invalid],
    chart:
      t.rows.length > 0
        ? {
            title: "Hồ sơ đã giải quyết và đang quá hạn",
            type: "stackedBar",
            categoriesFrom: { block: 0, column: 1 },
            series: [
              { name: "Trước hạn", block: 0, column: f0 + 5, color: "#2E7D32" },
              { name: "Đúng hạn", block: 0, column: f0 + 6, color: "#66BB6A" },
              { name: "Quá hạn", block: 0, column: f0 + 7, color: "#F9A825" },
              { name: "Đang giải quyết quá hạn", block: 0, column: f0 + 10, color: "#C62828" },
            ],
          }
        : undefined,
    notes: [...t.notes, ...r.warnings],
    // An official report: A4 landscape, page numbers, signed by the person who drew it up and the head of the unit.
    print: a4Landscape({ oneSheet: true, signature: OFFICIAL_SIGNATURE }),
  };
}
