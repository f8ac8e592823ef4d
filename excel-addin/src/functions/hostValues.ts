/**
 * Conversions between what Excel passes to / expects from a custom function and the
 * host-neutral values of the catalogue. No rule lives here: `evaluate` (core) does the work.
 */
import { CellError, EXCEL_SERIAL_OF_EPOCH, type CellArg, type CellOut, type CellResult, type ResultKind } from "@cchc/core";

/** Excel shows at most this many characters of a custom function's error message. */
export const MAX_ERROR_MESSAGE = 255;

/** Number format of dates returned by the functions (Vietnamese day-first order). */
export const DATE_FORMAT = "dd/mm/yyyy";

/**
 * A number carrying its own format: Excel's DoubleCellValue, which custom functions may return
 * when functions.json has allowCustomDataForDataTypeAny (custom-functions-metadata sets it) on
 * hosts where custom functions take data types: CustomFunctionsRuntime 1.4 (Microsoft 365 from
 * Version 2208, Excel on the web, Mac 16.64). See "Use data types with custom functions in Excel".
 */
export interface DoubleNumber {
  type: "Double";
  basicValue: number;
  numberFormat: string;
}

/** What a function wrapper hands back: a 2-D array of numbers, strings, booleans or errors. */
export type HostCell = number | string | boolean | DoubleNumber | CustomFunctions.Error;

/**
 * Whether dates may come back as formatted numbers (dd/mm/yyyy) instead of bare serials: only
 * where custom functions return data types, i.e. CustomFunctionsRuntime 1.4. Not ExcelApi 1.16:
 * Office 2024 perpetual has ExcelApi 1.16 but not CustomFunctionsRuntime 1.4 (Microsoft's
 * requirement-set tables), and would get objects it may refuse. Elsewhere, plain serial numbers.
 */
export const DATE_FORMAT_REQUIREMENT = { set: "CustomFunctionsRuntime", version: "1.4" } as const;

export function hostFormatsDates(): boolean {
  try {
    const office = (globalThis as { Office?: typeof Office }).Office;
    return Boolean(office?.context?.requirements?.isSetSupported?.(DATE_FORMAT_REQUIREMENT.set, DATE_FORMAT_REQUIREMENT.version));
  } catch {
    return false;
  }
}

/** Excel passes ranges as any[][] and omitted optional arguments as null/undefined. */
export function fromHost(value: unknown): CellArg {
  if (Array.isArray(value)) return value as CellArg;
  if (value === undefined || value === null) return null;
  if (typeof value === "number" || typeof value === "string" || typeof value === "boolean") return value;
  return String(value);
}

const ERROR_CODES = {
  value: "#VALUE!",
  num: "#NUM!",
  na: "#N/A",
} as const;

/** A CellError as an Excel error value with its Vietnamese message (trimmed to Excel's limit). */
export function toHostError(error: CellError): CustomFunctions.Error {
  const code =
    error.kind === "num"
      ? CustomFunctions.ErrorCode.invalidNumber
      : error.kind === "na"
        ? CustomFunctions.ErrorCode.notAvailable
        : CustomFunctions.ErrorCode.invalidValue;
  const message =
    error.message.length > MAX_ERROR_MESSAGE ? `${error.message.slice(0, MAX_ERROR_MESSAGE - 1)}…` : error.message;
  return new CustomFunctions.Error(code, message);
}

/** The error code text Excel shows for a CellError kind (used by tests and the docs). */
export function errorCodeText(kind: CellError["kind"]): string {
  return ERROR_CODES[kind];
}

/** One catalogue value as an Excel value: dates (Day) become serial numbers. */
export function toHostCell(value: CellOut, result: ResultKind, formatDates = false): HostCell {
  if (value instanceof CellError) return toHostError(value);
  if (result === "date" && typeof value === "number") {
    const serial = value + EXCEL_SERIAL_OF_EPOCH;
    return formatDates ? { type: "Double", basicValue: serial, numberFormat: DATE_FORMAT } : serial;
  }
  return value;
}

/** A whole result as the 2-D array every generated function returns (a single value is 1×1). */
export function toHostResult(result: CellResult, kind: ResultKind, formatDates = false): HostCell[][] {
  if (!Array.isArray(result)) return [[toHostCell(result, kind, formatDates)]];
  if (result.length === 0) return [[""]];
  return result.map((row) => (row.length === 0 ? [""] : row.map((v) => toHostCell(v, kind, formatDates))));
}
