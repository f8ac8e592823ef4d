/**
 * Merged cells. Hosts read a merged range as one value in its top-left cell and empty cells
 * below it; plans often merge the responsibility or schedule cell over several tasks
 * ("Văn phòng" once for tasks 2.1–2.4). A vertical merge (one column, several rows) is filled
 * down so every task gets its unit and schedule. STT and task columns are never filled: a
 * merged task text spans continuation rows, not several tasks. Horizontal merges (a heading
 * across the columns) are left alone.
 */

/** A merged range, in physical 1-based coordinates, inclusive. */
export interface MergedRange {
  top: number;
  left: number;
  bottom: number;
  right: number;
}

/**
 * The grid with vertical merges filled down, below `fromIndex` (grid row index) and outside the
 * `keep` columns (grid column indexes). Returns the same array when nothing changes; rows that
 * change are copied (the caller's grid is never modified).
 */
export function fillMergedDown(
  cells: unknown[][],
  merges: readonly MergedRange[],
  firstRow: number,
  firstColumn: number,
  keep: ReadonlySet<number>,
  fromIndex: number,
): unknown[][] {
  let out = cells;
  const copied = new Set<number>();
  for (const m of merges) {
    if (!m || ![m.top, m.left, m.bottom, m.right].every(Number.isInteger)) continue;
    if (m.left !== m.right || m.bottom <= m.top) continue;
    const j = m.left - firstColumn;
    const top = m.top - firstRow;
    if (j < 0 || keep.has(j) || top < fromIndex || top >= cells.length) continue;
    const master = Array.isArray(cells[top]) ? cells[top][j] : undefined;
    if (master === null || master === undefined || master === "") continue;
    const last = Math.min(m.bottom - firstRow, cells.length - 1, top + 100_000);
    for (let i = top + 1; i <= last; i++) {
      const row = Array.isArray(cells[i]) ? cells[i] : [];
      const v = row[j];
      if (v !== null && v !== undefined && v !== "") continue;
      if (out === cells) out = cells.slice();
      if (!copied.has(i)) {
        out[i] = row.slice();
        copied.add(i);
      }
      out[i][j] = master;
    }
  }
  return out;
}
