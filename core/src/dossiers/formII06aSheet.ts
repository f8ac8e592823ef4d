/**
 * Form II.06a and the Kết luận 91 flags as a SheetSpec (core/src/report/sheetSpec.ts), the
 * shape every host renders. A SheetSpec has one header row per block, so the two header
 * levels of the form are written "Tiếp nhận – Tổng số", "Đã giải quyết – Quá hạn"…; hosts that
 * can merge cells may use formII06aGrid (formII06a.ts) for the real two-level header instead.
 */
import { a4Landscape, OFFICIAL_SIGNATURE } from "../report/printSpec.js";
import { type CellSpec, type ColumnSpec, sheetName, type SheetSpec, type TableBlock } from "../report/sheetSpec.js";
import { formII06aTable } from "./formII06a.js";
import type { DossierStatsResult } from "./types.js";

export function formII06aSheetSpec(r: DossierStatsResult): SheetSpec {
  const t = formII06aTable(r);
  const columns: ColumnSpec[] = [
    ...t.columns.map((c): ColumnSpec => ({
      header: c.group === "" ? c.header : `${c.group} – ${c.header}`,
      kind: c.kind === "integer" ? "integer" : "text",
      width: c.width,
    })),
    { header: "Tỷ lệ trễ hạn", kind: "percent", width: 10 },
  ];
  const line = (row: (typeof t.rows)[number]): CellSpec[] => [row.stt, row.name, ...row.figures, row.lateRate];
  const table: TableBlock = {
    title: `1. Biểu II.06a/VPCP/KSTT theo ${r.by === "unit" ? "đơn vị" : "cán bộ xử lý"}`,
    columns,
    rows: t.rows.map(line),
    totalRow: line(t.total),
  };
  const flags: TableBlock = {
    title: "2. Đối chiếu Kết luận 91-KL/TU",
    columns: [
      { header: "STT", kind: "text", width: 5 },
      { header: r.by === "unit" ? "Đơn vị" : "Cán bộ xử lý", kind: "text", width: 36 },
      { header: "Tổng số hồ sơ", kind: "integer", width: 11 },
      { header: "Trễ hạn", kind: "integer", width: 10 },
      { header: "Tỷ lệ trễ hạn", kind: "percent", width: 10 },
      { header: "Không đạt", kind: "text", width: 9 },
      { header: "Kết luận", kind: "text", width: 70 },
    ],
    rows: r.groups.map((g, i): CellSpec[] => [
      String(i + 1),
      g.key,
      g.resolved.total + g.pending.total,
      g.resolved.late + g.pending.overdue,
      g.lateRate,
      g.kl91.notEligible ? "x" : "",
      g.kl91.reason,
    ]),
  };
  const blocks: TableBlock[] = [table, flags];
  if (r.invalidRows.length > 0) {
    blocks.push({
      title: "3. Dòng không đọc được (không được tính)",
      columns: [
        { header: "Dòng", kind: "integer", width: 8 },
        { header: "Lỗi", kind: "text", width: 100 },
      ],
      rows: r.invalidRows.map((e): CellSpec[] => [e.row, e.message]),
    });
  }
  return {
    name: sheetName("Thống kê hồ sơ"),
    title: t.title,
    subtitle: t.period,
    blocks,
    chart:
      t.rows.length > 0
        ? {
            title: "Hồ sơ đã giải quyết và đang quá hạn",
            type: "stackedBar",
            categoriesFrom: { block: 0, column: 1 },
            series: [
              { name: "Trước hạn", block: 0, column: 7, color: "#2E7D32" },
              { name: "Đúng hạn", block: 0, column: 8, color: "#66BB6A" },
              { name: "Quá hạn", block: 0, column: 9, color: "#F9A825" },
              { name: "Đang giải quyết quá hạn", block: 0, column: 12, color: "#C62828" },
            ],
          }
        : undefined,
    notes: [...t.notes, ...r.warnings],
    // An official report: A4 landscape, page numbers, signed by the person who drew it up and the head of the unit.
    print: a4Landscape({ oneSheet: true, signature: OFFICIAL_SIGNATURE }),
  };
}
