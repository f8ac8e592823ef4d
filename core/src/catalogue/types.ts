/**
 * The shape of the function catalogue: each spreadsheet function described once, from which
 * both hosts' custom functions (Excel `CCHC.X`, Sheets `CCHC_X`) are generated.
 */
import type { Day } from "../dates/day.js";
import type { DateTimeValue } from "../dates/parseDateTime.js";

/** One cell as hosts pass it: Excel gives numbers/strings/booleans, Sheets also Date objects. */
export type CellScalar = number | string | boolean | Date | null | undefined;
/** A range, row by row. */
export type CellGrid = CellScalar[][];
export type CellArg = CellScalar | CellGrid;

/** An error value for a cell, with a Vietnamese message (hosts map `kind` to #VALUE!, #NUM!, #N/A). */
export class CellError {
  readonly kind: "value" | "num" | "na";
  readonly message: string;
  constructor(kind: "value" | "num" | "na", message: string) {
    this.kind = kind;
    this.message = message;
  }
}

export type CellOut = number | string | boolean | CellError;
export type CellResult = CellOut | CellOut[][];

/**
 * How an argument is read:
 * - date: one date (serial, Date, or dd/mm/yyyy text); may be a range when `spill` is set
 * - number, text: one value; may be a range when `spill` is set
 * - dateOrText: a date, or a schedule text such as "Quý I/2025" (TRANGTHAI's first argument)
 * - dateList: a range (or one value) of dates, blanks ignored (e.g. extra days off)
 * - grid: a whole range passed as is (e.g. a column of appointment dates)
 * - dateTime: a date with an optional time of day, read as { day, minutes | null } (the moment a
 *   dossier was received: serial with a fraction, Date, "24/01/2025 16:30"); may spill like date
 * - time: a time of day in minutes after midnight ("15:00", "15h", 0.625, a time cell)
 */
export type ParamKind = "date" | "number" | "text" | "dateOrText" | "dateList" | "grid" | "dateTime" | "time";

export interface ParamSpec {
  /** ASCII identifier for generated code, e.g. "ngay_nhan". */
  id: string;
  /** Vietnamese name shown to users, e.g. "ngày nhận". */
  name: string;
  /** Vietnamese help for the argument. */
  description: string;
  kind: ParamKind;
  optional?: boolean;
  /** A required argument whose cells may be blank (blank → null), e.g. "ngày hoàn thành" of an unfinished task. */
  allowBlank?: boolean;
  /** When true a range may be passed here and the function is evaluated cell by cell, spilling. */
  spill?: boolean;
}

/** What the result is, so hosts can format it (dates → dd/mm/yyyy, percent → 0.00%). */
export type ResultKind = "date" | "number" | "integer" | "percent" | "text" | "boolean" | "row";

export interface FunctionSpec {
  /** Name typed by users, ASCII capitals: "HANXULY". Excel: =CCHC.HANXULY(…), Sheets: =CCHC_HANXULY(…). */
  id: string;
  /** Vietnamese one-line description. */
  description: string;
  /** A Vietnamese example formula with its result, for help texts. */
  example: string;
  params: ParamSpec[];
  result: ResultKind;
  /**
   * Google Sheets note (e.g. that TODAY() is not allowed and the reporting date comes from a cell).
   * Shown in Sheets help only.
   */
  sheetsNote?: string;
  /**
   * The implementation over plain values. Arguments arrive already read according to their
   * kind (see `readArg.ts`), one call per cell for spilling arguments. Dates come in and go
   * out as `Day` numbers; hosts convert results of kind "date" (Excel: serial = Day + 25569).
   */
  impl: (...args: never[]) => CellOut | CellOut[][];
}

/** What each parameter kind arrives as in `impl` (see readArg.ts). */
export interface ParamValues {
  date: Day;
  number: number;
  text: string;
  dateOrText: { date: Day } | { text: string };
  dateList: Day[];
  grid: CellGrid;
  dateTime: DateTimeValue;
  time: number;
}

/** An optional or blank-allowed argument may be null (an optional date list arrives as []). */
type NullOf<P extends ParamSpec> = P extends { kind: "dateList" } ? never : P extends { optional: true } ? null : P extends { allowBlank: true } ? null : never;

/** The value `impl` receives for a parameter. */
export type ParamValue<P extends ParamSpec> = ParamValues[P["kind"]] | NullOf<P>;

/** The arguments `impl` receives for a parameter list, in order. */
export type ParamValuesOf<P extends readonly ParamSpec[]> = { -readonly [K in keyof P]: P[K] extends ParamSpec ? ParamValue<P[K]> : never };

/**
 * Describe a function with its implementation typed against its parameter kinds: the compiler
 * checks that `impl` takes what each parameter is read as (a date → Day, an optional number →
 * number | null, a date list → Day[] …). The catalogue then stores it as a FunctionSpec (the
 * one place where the argument types are forgotten, since the list holds every shape).
 */
export function defineFunction<const P extends readonly ParamSpec[]>(
  spec: Omit<FunctionSpec, "params" | "impl"> & { params: P; impl: (...args: ParamValuesOf<P>) => CellOut | CellOut[][] },
): FunctionSpec {
  return spec as unknown as FunctionSpec;
}
