/**
 * Links from a report back to the sheet it was made from, decided once for every host: a column
 * marked `linksToSource` names a place on the source sheet in each of its cells, and each host only
 * turns the address into its own kind of link (Excel: a hyperlink's documentReference; Google
 * Sheets: a HYPERLINK to "#gid=…&range=…"). The CLI's reports live in another file and carry none.
 */
import type { BlockPlacement } from "./layoutSheetSpec.js";
import type { CellSpec, SheetSpec } from "./sheetSpec.js";

/** A link on the laid-out sheet (0-based row and column) to `address` (A1) on the source sheet. */
export interface SourceLink {
  row: number;
  col: number;
  address: string;
  /** The cell's text, shown by the link. */
  text: string;
}

const CELL = /^[A-Z]{1,3}[1-9]\d*$/;
const ROW_LINE = /^Dòng ([1-9]\d*)$/;

/**
 * The source cell a report cell names: a row number (1-based) → column A of that row; an A1
 * address ("C10") → that cell; "Dòng 14" → A14; anything else → null (no link).
 */
export function sourceLinkAddress(cell: CellSpec | undefined): string | null {
  if (typeof cell === "number") return Number.isInteger(cell) && cell > 0 ? `A${cell}` : null;
  if (typeof cell !== "string") return null;
  if (CELL.test(cell)) return cell;
  const line = ROW_LINE.exec(cell);
  return line ? `A${line[1]}` : null;
}

/** The links of a spec's `linksToSource` columns, placed as layoutSheetSpec placed its blocks. */
export function sourceLinks(spec: SheetSpec, placed: readonly BlockPlacement[]): SourceLink[] {
  const links: SourceLink[] = [];
  spec.blocks.forEach((block, bi) => {
    block.columns.forEach((column, ci) => {
      if (!column.linksToSource) return;
      block.rows.forEach((row, ri) => {
        const address = sourceLinkAddress(row[ci]);
        if (address) links.push({ row: placed[bi].firstRow + ri, col: ci, address, text: String(row[ci]) });
      });
    });
  });
  return links;
}
