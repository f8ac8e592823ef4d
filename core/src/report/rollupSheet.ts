/**
 * The province roll-up as SheetSpecs: "Tổng hợp các đơn vị" (one row per unit: tasks, the status
 * buckets, late rate, validation errors, rank; the province's totals; a stacked bar chart by
 * unit), and "Nhiệm vụ quá hạn" (every unit's overdue tasks in one list), plus the files skipped;
 * with one-stop exports among the files, each one's II.06a by unit and Kết luận 91 flags.
 */
import { toVN } from "../dates/day.js";
import { parseDateText } from "../dates/parseDate.js";
import type { RollupResult } from "../rollup/rollup.js";
import { statusColumnsOfTotals, statusCountCells, statusCountColumns } from "./summarySheet.js";
import { formII06aSheetSpec } from "../dossiers/formII06aSheet.js";
import { sheetName, type SheetSpec, type TableBlock } from "./sheetSpec.js";

const vnDate = (iso: string): string => {
  const d = parseDateText(iso);
  return d.ok ? toVN(d.day) : iso;
};

export function rollupSheetSpecs(r: RollupResult): SheetSpec[] {
  const asOf = vnDate(r.asOf);
  const cols = statusColumnsOfTotals(r.totals);
  const units: TableBlock = {
    title: "1. Kết quả thực hiện kế hoạch CCHC theo đơn vị",
    columns: [
      { header: "Xếp thứ", kind: "integer", width: 7 },
      { header: "Đơn vị", kind: "text", width: 36 },
      ...statusCountColumns(cols),
      { header: "Lỗi trong bảng", kind: "integer", width: 8 },
      { header: "Tệp", kind: "text", width: 28 },
    ],
    rows: r.units.map((u) => [u.rank, u.unit, ...statusCountCells(u.totals, cols), u.errors, u.file]),
    totalRow: [null, `Toàn tỉnh (${r.units.length} đơn vị)`, ...statusCountCells(r.totals, cols), r.units.reduce((n, u) => n + u.errors, 0), ""],
  };
  const blocks: TableBlock[] = [units];
  if (r.skipped.length > 0) {
    blocks.push({
      title: "2. Tệp không dùng được",
      columns: [
        { header: "Tệp", kind: "text", width: 40 },
        { header: "Lý do", kind: "text", width: 90 },
      ],
      rows: r.skipped.map((s) => [s.file, s.reason]),
    });
  }
  const main: SheetSpec = {
    name: `Tổng hợp các đơn vị ${r.year}`.slice(0, 31),
    title: `TỔNG HỢP KẾT QUẢ THỰC HIỆN KẾ HOẠCH CẢI CÁCH HÀNH CHÍNH NĂM ${r.year} CỦA CÁC ĐƠN VỊ`,
    subtitle: `Tính đến ngày ${asOf}: ${r.units.length} đơn vị, ${r.totals.tasks} nhiệm vụ`,
    blocks,
    chart: {
      title: `Tình trạng nhiệm vụ theo đơn vị (đến ${asOf})`,
      type: "stackedBar",
      categoriesFrom: { block: 0, column: 1 },
      series: cols.map((c, k) => ({ name: c.header, block: 0, column: 3 + k, color: c.color })),
    },
    notes: [
      "Số liệu của mỗi đơn vị là số liệu tổng hợp năm của chính bảng phụ lục đơn vị đó (như lệnh cchc summary); số liệu toàn tỉnh là tổng các đơn vị.",
      "Tỷ lệ trễ hạn = (hoàn thành trễ hạn + quá hạn chưa hoàn thành) ÷ số nhiệm vụ có hạn cụ thể. Xếp thứ theo tỷ lệ trễ hạn, thấp nhất xếp thứ 1; đơn vị bằng tỷ lệ cùng thứ; đơn vị chưa có nhiệm vụ nào có hạn không xếp thứ.",
    ],
  };
  const overdue: SheetSpec = {
    name: "Nhiệm vụ quá hạn",
    title: `NHIỆM VỤ QUÁ HẠN CHƯA HOÀN THÀNH CỦA CÁC ĐƠN VỊ (ĐẾN NGÀY ${asOf})`,
    blocks: [
      {
        title: `Tổng số: ${r.units.reduce((n, u) => n + u.overdueTasks.length, 0)} nhiệm vụ`,
        columns: [
          { header: "Đơn vị", kind: "text", width: 30 },
          { header: "Dòng", kind: "integer", width: 7 },
          { header: "STT", kind: "text", width: 7 },
          { header: "Nhiệm vụ", kind: "text", width: 70 },
          { header: "Hạn", kind: "date", width: 12 },
        ],
        rows: r.units.flatMap((u) => u.overdueTasks.map((t) => [u.unit, t.row, t.stt, t.task, t.due])),
      },
    ],
  };
  // one-stop exports among the files: each one's II.06a by unit and Kết luận 91 flags, as `cchc dossiers` gives them
  const exportSheets = r.exports.map((x, i) => {
    const spec = formII06aSheetSpec(x.stats, { source: x.file });
    return { ...spec, name: sheetName(`II.06a ${i + 1} – ${x.file.replace(/^.*[\\/]/, "").replace(/\.[^.]+$/, "")}`) };
  });
  return [main, overdue, ...exportSheets];
}
