import { type CellArg, type CellResult, type FunctionSpec, isBlank, isGrid } from "@cchc/core";

/**
 * Sheets convention for formulas over open-ended ranges (=CCHC_HANXULY(C2:C; 15)): where every
 * range argument is blank in a cell's position, the result cell is blank too — not a
 * "missing value" error on each empty row below the table. Single values (the 15) and whole-
 * range parameters (extra days off) do not count; a partly filled row is computed as usual.
 */
export function blankWhereInputsBlank(spec: FunctionSpec, args: readonly CellArg[], result: CellResult): CellResult {
  if (!Array.isArray(result)) return result;
  const grids: CellArg[][][] = [];
  spec.params.forEach((p, i) => {
    const a = args[i];
    if (p.spill && a !== undefined && isGrid(a) && !(a.length === 1 && a[0].length === 1)) grids.push(a as CellArg[][]);
  });
  if (grids.length === 0) return result;
  return result.map((row, r) => row.map((cell, c) => (grids.every((g) => isBlank(g[r]?.[c])) ? "" : cell)));
}
