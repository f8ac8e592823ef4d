/**
 * The signature block of an official report (core's SignatureSpec) under a printed table: the
 * date line and the head of the unit on the right, the person who drew up the table on the left,
 * room to sign, kept together on one page.
 */
import type { SignatureSpec } from "@cchc/core";
import type ExcelJS from "exceljs";

const FONT = "Times New Roman";
/** Rows the block takes (date line, titles, notes, room to sign). */
export const SIGNATURE_ROWS = 7;

/**
 * Writes the block from `row` (1-based) across columns 1…span: left half for the left signer,
 * right half for the right one. Returns the next free row.
 */
export function writeSignature(ws: ExcelJS.Worksheet, row: number, span: number, s: SignatureSpec): number {
  const half = Math.max(1, Math.floor(span / 2));
  const leftTo = span > 1 ? half : 1;
  const rightFrom = span > 1 ? half + 1 : 1;
  const put = (r: number, from: number, to: number, text: string, font: Partial<ExcelJS.Font>) => {
    if (to > from) ws.mergeCells(r, from, r, to);
    const cell = ws.getCell(r, from);
    cell.value = text;
    cell.font = { name: FONT, size: 12, ...font };
    cell.alignment = { horizontal: "center", vertical: "middle" };
  };
  const r0 = row + 1; // one blank row above the block
  put(r0, rightFrom, span, s.dateLine, { italic: true });
  put(r0 + 1, 1, leftTo, s.left.title, { bold: true });
  put(r0 + 1, rightFrom, span, s.right.title, { bold: true });
  put(r0 + 2, 1, leftTo, s.left.note, { italic: true, size: 11 });
  put(r0 + 2, rightFrom, span, s.right.note, { italic: true, size: 11 });
  // rows r0+3 … r0+5 stay empty: room for the signatures
  for (let r = r0 + 3; r <= r0 + 5; r++) ws.getRow(r).height = 18;
  return r0 + 6;
}
