import { type Day } from "../dates/day.js";
import { parseDateCell, parseDateText } from "../dates/parseDate.js";
import { type DateTimeValue, parseDateTimeCell } from "../dates/parseDateTime.js";
import { parseTimeCell } from "../dates/timeOfDay.js";
import { cellText } from "../text/normalize.js";
import { CellError, type CellArg, type CellGrid, type CellScalar, type ParamSpec } from "./types.js";

/** How each kind of argument arrives in an implementation. */
export type ReadValue = Day | number | string | Day[] | CellGrid | { date: Day } | { text: string } | DateTimeValue | null;

export function isGrid(value: CellArg): value is CellGrid {
  return Array.isArray(value);
}

export function isBlank(value: unknown): boolean {
  return value === null || value === undefined || (typeof value === "string" && value.trim() === "");
}

/** Error texts hosts put in cells (#N/A, #VALUE!…) are passed on as errors, never read as values. */
function hostError(value: CellScalar): CellError | null {
  if (typeof value === "string" && /^#[A-Z/0!?]+[!?A]?$/.test(value.trim())) {
    return new CellError("value", `Ô đầu vào có lỗi ${value.trim()}: hãy sửa ô đó trước.`);
  }
  return null;
}

/** Read one cell for one parameter. Blank optional arguments become null. */
export function readScalar(param: ParamSpec, value: CellScalar): ReadValue | CellError {
  if (isBlank(value)) {
    if (param.optional || param.allowBlank) return null;
    return new CellError("value", `Thiếu ${param.name}: ô đang trống.`);
  }
  const err = hostError(value);
  if (err) return err;
  switch (param.kind) {
    case "date": {
      const r = parseDateCell(value);
      return r.ok ? r.day : new CellError("value", `${capitalise(param.name)}: ${r.message}`);
    }
    case "number": {
      if (typeof value === "number") {
        return Number.isFinite(value) ? value : new CellError("num", `${capitalise(param.name)} không phải là số hợp lệ.`);
      }
      if (typeof value === "string") {
        const t = value.trim().replace(",", ".");
        const n = Number(t);
        if (t !== "" && Number.isFinite(n)) return n;
      }
      return new CellError("value", `${capitalise(param.name)} phải là một số (đang là "${cellText(value)}").`);
    }
    case "text":
      return cellText(value);
    case "dateOrText": {
      if (typeof value === "number" || value instanceof Date) {
        const r = parseDateCell(value);
        return r.ok ? { date: r.day } : new CellError("value", `${capitalise(param.name)}: ${r.message}`);
      }
      const text = cellText(value);
      const asDate = parseDateText(text);
      return asDate.ok ? { date: asDate.day } : { text };
    }
    case "dateTime": {
      const r = parseDateTimeCell(value);
      if (!r.ok) return new CellError("value", `${capitalise(param.name)}: ${r.message}`);
      return r.timeProblem === undefined ? { day: r.day, minutes: r.minutes } : { day: r.day, minutes: r.minutes, timeProblem: r.timeProblem };
    }
    case "time": {
      const r = parseTimeCell(value);
      return r.ok ? r.minutes : new CellError("value", `${capitalise(param.name)}: ${r.message}`);
    }
    case "dateList":
    case "grid":
      return new CellError("value", `Tham số ${param.name} cần một vùng ô.`);
  }
}

/** Read a whole-range parameter (dateList: every non-blank cell a date; grid: as is). */
export function readWhole(param: ParamSpec, value: CellArg): ReadValue | CellError {
  if (param.kind === "grid") {
    if (isBlank(value as CellScalar) && !isGrid(value)) return param.optional ? null : new CellError("value", `Thiếu ${param.name}.`);
    return isGrid(value) ? value : [[value]];
  }
  // dateList. An optional one skipped in the middle of a formula (=HANXULY(A2; 5; ; "15:00"))
  // may reach us as a lone 0 from a host; serial 0 is never a day off (1900–2100 only): no days.
  if (param.optional && value === 0) return [];
  const cells: CellScalar[] = isGrid(value) ? value.flat() : [value];
  const days: Day[] = [];
  for (const cell of cells) {
    if (isBlank(cell)) continue;
    const r = parseDateCell(cell);
    if (!r.ok) return new CellError("value", `${capitalise(param.name)}: ${r.message}`);
    days.push(r.day);
  }
  return days;
}

function capitalise(s: string): string {
  return s.charAt(0).toUpperCase() + s.slice(1);
}
