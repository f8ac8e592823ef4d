import { isGrid, readScalar, readWhole, type ReadValue } from "./readArg.js";
import { CellError, type CellArg, type CellOut, type CellResult, type CellScalar, type FunctionSpec } from "./types.js";

/** Largest spilled result, in cells: a whole column of a big sheet, not more. */
export const MAX_SPILL_CELLS = 1_048_576;

/**
 * Evaluate a catalogue function over the arguments as a host passes them.
 *
 * Whole-range parameters (dateList, grid) are read once. Spilling parameters may each be a
 * single value or a range; when any is a range the function runs once per cell of that
 * shape (single values and 1×1 ranges broadcast) and returns a 2-D array. Bad cells give a
 * CellError in their place, never an exception.
 */
export function evaluate(spec: FunctionSpec, args: readonly CellArg[]): CellResult {
  try {
    return evaluateUnsafe(spec, args);
  } catch (e) {
    return new CellError("value", `Lỗi khi tính ${spec.id}: ${e instanceof Error ? e.message : String(e)}`);
  }
}

function evaluateUnsafe(spec: FunctionSpec, args: readonly CellArg[]): CellResult {
  const impl = spec.impl as (...a: ReadValue[]) => CellOut | CellOut[][];
  const fixed: (ReadValue | undefined)[] = [];
  let rows = 1;
  let cols = 1;
  let spills = false;

  for (let i = 0; i < spec.params.length; i++) {
    const p = spec.params[i];
    const a = args[i];
    if (p.kind === "dateList" || p.kind === "grid") {
      if (a === undefined || a === null || (isGrid(a) && a.length === 0)) {
        if (!p.optional) return new CellError("value", `Thiếu ${p.name}.`);
        fixed[i] = p.kind === "dateList" ? [] : null;
        continue;
      }
      const r = readWhole(p, a);
      if (r instanceof CellError) return r;
      fixed[i] = r;
      continue;
    }
    if (isGrid(a)) {
      const h = a.length;
      const w = h > 0 ? a[0].length : 0;
      if (h === 1 && w === 1) continue; // broadcasts like a single value
      if (!p.spill) return new CellError("value", `${p.name}: cần một ô, không phải một vùng nhiều ô.`);
      if (!spills) {
        rows = h;
        cols = w;
        spills = true;
      } else if (h !== rows || w !== cols) {
        return new CellError(
          "value",
          `Các vùng ô phải cùng kích thước: ${p.name} có ${h}×${w} ô, vùng trước có ${rows}×${cols} ô.`,
        );
      }
    }
  }
  if (rows * cols > MAX_SPILL_CELLS) {
    return new CellError("num", `Vùng quá lớn (${rows * cols} ô); tối đa ${MAX_SPILL_CELLS} ô mỗi công thức.`);
  }

  const cellAt = (a: CellArg, r: number, c: number): CellScalar => {
    if (!isGrid(a)) return a;
    if (a.length === 1 && a[0].length === 1) return a[0][0];
    return a[r]?.[c];
  };

  const one = (r: number, c: number): CellOut => {
    const values: ReadValue[] = [];
    for (let i = 0; i < spec.params.length; i++) {
      const p = spec.params[i];
      if (p.kind === "dateList" || p.kind === "grid") {
        values.push(fixed[i] as ReadValue);
        continue;
      }
      const v = readScalar(p, cellAt(args[i] as CellArg, r, c));
      if (v instanceof CellError) return v;
      values.push(v);
    }
    const out = impl(...values);
    if (Array.isArray(out)) return new CellError("value", `${spec.id} trả về một vùng, không dùng được theo từng ô.`);
    return out;
  };

  if (!spills) {
    if (spec.result === "row") {
      const values: ReadValue[] = [];
      for (let i = 0; i < spec.params.length; i++) {
        const p = spec.params[i];
        if (p.kind === "dateList" || p.kind === "grid") {
          values.push(fixed[i] as ReadValue);
          continue;
        }
        const v = readScalar(p, cellAt(args[i] as CellArg, 0, 0));
        if (v instanceof CellError) return v;
        values.push(v);
      }
      return impl(...values);
    }
    return one(0, 0);
  }
  const out: CellOut[][] = new Array(rows);
  for (let r = 0; r < rows; r++) {
    const line: CellOut[] = new Array(cols);
    for (let c = 0; c < cols; c++) line[c] = one(r, c);
    out[r] = line;
  }
  return out;
}
