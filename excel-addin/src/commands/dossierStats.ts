/**
 * Thống kê hồ sơ: a dossier list exported from the one-stop software, pasted into the active
 * sheet, becomes form II.06a by unit plus the Kết luận 91 flags on a new sheet
 * "Thống kê hồ sơ". Three batches: read → settings → write.
 */
import { dossierStats as computeStats, formII06aGrid, formII06aTable, toVN, type Day, type DossierStatsResult } from "@cchc/core";
import { quoteSheetName } from "../excel/addresses.js";
import { bookRead, queueBookRead, queueSettingsRead, settingsRead } from "../excel/readBook.js";
import { calendarOf } from "../excel/settingsSheet.js";
import { uniqueSheetName } from "../excel/sheetNames.js";
import { FORMATS, type LayoutBlock, type LayoutLink, type SheetLayout } from "../excel/sheetLayout.js";
import { writeLayout } from "../excel/writeLayout.js";
import { CommandError } from "./commandError.js";

export interface DossierOptions {
  from: Day;
  to: Day;
}

export interface DossierResult {
  sheet: string;
  statsSheet: string;
  rowsRead: number;
  invalidRows: number;
  lateRate: number | null;
  notEligible: number;
  syncs: number;
}

export async function dossierStats(context: Excel.RequestContext, options: DossierOptions): Promise<DossierResult> {
  if (options.to < options.from) throw new CommandError(`"Đến ngày" (${toVN(options.to)}) đang trước "Từ ngày" (${toVN(options.from)}). Hãy sửa kỳ báo cáo.`);
  let syncs = 0;
  const q = queueBookRead(context, true);
  await context.sync();
  syncs++;
  const book = bookRead(q);
  if (book.values.length === 0) {
    throw new CommandError(`Trang "${book.active.name}" đang trống. Hãy dán danh sách hồ sơ xuất từ phần mềm một cửa vào một trang rồi bấm Thống kê hồ sơ.`);
  }
  const settingsRange = queueSettingsRead(context, book);
  if (settingsRange) {
    await context.sync();
    syncs++;
  }
  const { settings } = settingsRead(settingsRange);
  const outcome = computeStats(book.values, {
    from: options.from,
    to: options.to,
    by: "unit",
    calendar: calendarOf(settings),
    firstRow: book.firstRow,
  });
  if (!outcome.ok) throw new CommandError(`Trang "${book.active.name}": ${outcome.message}`);
  const r = outcome.result;

  context.application.suspendApiCalculationUntilNextSync();
  const name = uniqueSheetName("Thống kê hồ sơ", book.sheets.map((s) => s.name));
  const sheet = context.workbook.worksheets.add(name);
  syncs += await writeLayout(context, sheet, dossierLayout(r, book.active.name));
  sheet.activate();
  await context.sync();
  syncs++;
  return {
    sheet: book.active.name,
    statsSheet: name,
    rowsRead: r.rowsRead,
    invalidRows: r.invalidRows.length,
    lateRate: r.lateRate,
    notEligible: r.groups.filter((g) => g.kl91.notEligible).length,
    syncs,
  };
}

/** The sheet: II.06a with its two header rows, then the KL 91 flags, notes and invalid rows. */
export function dossierLayout(r: DossierStatsResult, sourceSheet: string): SheetLayout {
  const table = formII06aTable(r);
  const grid = formII06aGrid(table);
  const blocks: LayoutBlock[] = [];
  const links: LayoutLink[] = [];
  blocks.push({ row: 0, col: 0, values: [[table.title]], title: true });
  blocks.push({ row: 1, col: 0, values: [[`${table.period} · Nguồn: trang "${sourceSheet}" · ${r.rowsRead} hồ sơ đã đọc`]] });
  const top = 3;
  const values = grid.values.map((row) => row.map((v) => (v === null ? "" : v)));
  blocks.push({
    row: top,
    col: 0,
    values,
    headerRows: [0, 1],
    boldRows: [grid.totalRow],
    wrap: true,
    columnFormats: table.columns.map((c) => (c.kind === "integer" ? FORMATS.integer : null)),
  });
  const merges = grid.merges.map((m) => ({ row: top + m.row, col: m.col, rows: m.rowSpan, cols: m.colSpan }));
  let row = top + values.length + 1;

  blocks.push({ row, col: 1, values: [["Tỷ lệ trễ hạn và Kết luận 91-KL/TU"]], boldRows: [0] });
  row++;
  const flags: (string | number)[][] = [["Đơn vị", "Tỷ lệ trễ hạn", "Không được xếp loại Tốt?", "Lý do"]];
  for (const g of r.groups) flags.push([g.key, g.lateRate ?? "", g.kl91.notEligible ? "Có" : "Không", g.kl91.reason]);
  flags.push(["Tổng cộng", r.lateRate ?? "", "", ""]);
  blocks.push({
    row,
    col: 1,
    values: flags,
    headerRows: [0],
    boldRows: [flags.length - 1],
    wrap: true,
    columnFormats: [null, FORMATS.percent, null, null],
  });
  row += flags.length + 1;

  const notes = [...table.notes, ...r.warnings];
  if (notes.length > 0) {
    blocks.push({ row, col: 0, values: [["Ghi chú"], ...notes.map((n) => [n])], boldRows: [0] });
    row += notes.length + 2;
  }
  if (r.invalidRows.length > 0) {
    blocks.push({ row, col: 0, values: [[`Dòng không tính được (${r.invalidRows.length})`]], boldRows: [0] });
    row++;
    const bad: (string | number)[][] = [["Hàng", "Lý do"], ...r.invalidRows.map((x) => [x.row, x.message])];
    r.invalidRows.forEach((x, i) =>
      links.push({ row: row + 1 + i, col: 0, documentReference: `${quoteSheetName(sourceSheet)}!A${x.row}`, text: String(x.row) }),
    );
    blocks.push({ row, col: 0, values: bad, headerRows: [0], wrap: true });
    row += bad.length + 1;
  }
  return { blocks, merges, widths: table.columns.map((c) => c.width), links, freezeRows: 0, landscape: true };
}
