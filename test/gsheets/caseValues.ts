/** Turn host-neutral case arguments into what core and Sheets pass, and Sheets results back. */
import { CellError, type CellArg, type CellResult, type CellScalar, dayFromYMD, type FunctionSpec, toISO } from "@cchc/core";
import type { CaseArg, CaseScalar } from "./functionCases.js";

const MS_PER_DAY = 86_400_000;

function isDateCase(v: CaseScalar): v is { date: string } {
  return typeof v === "object" && v !== null && "date" in v;
}

function dayOfIso(iso: string): number {
  const [y, m, d] = iso.split("-").map(Number);
  return dayFromYMD(y, m, d);
}

/** "YYYY-MM-DD" or a date-time cell "YYYY-MM-DDTHH:mm": milliseconds of that wall clock read as UTC. */
function wallClockMs(iso: string): number {
  const [date, time = "00:00"] = iso.split("T");
  const [h, mi] = time.split(":").map(Number);
  return dayOfIso(date) * MS_PER_DAY + (h * 60 + mi) * 60_000;
}

/** core: a date cell is the UTC-midnight Date of its calendar day (a date-time cell: its wall clock in UTC fields). */
export function toCore(arg: CaseArg): CellArg {
  const one = (v: CaseScalar): CellScalar => (isDateCase(v) ? new Date(wallClockMs(v.date)) : v);
  return Array.isArray(arg) ? arg.map((r) => r.map(one)) : one(arg);
}

/** Sheets: a date cell is a Date at midnight of its calendar day in the spreadsheet's zone (offset in hours). */
export function toSheets(arg: CaseArg, offsetHours = 7): unknown {
  const one = (v: CaseScalar): unknown => (isDateCase(v) ? new Date(wallClockMs(v.date) - offsetHours * 3_600_000) : v === null ? "" : v);
  return Array.isArray(arg) ? arg.map((r) => r.map(one)) : one(arg);
}

export type Normal = string | number | boolean | { error: string } | Normal[][];

/** core's result as comparable data: Day results of date functions as ISO text, errors by message. */
export function normalCore(result: CellResult, isDate: boolean): Normal {
  const one = (v: unknown): Normal => {
    if (v instanceof CellError) return { error: v.message };
    if (isDate && typeof v === "number") return toISO(v);
    return v as Normal;
  };
  return Array.isArray(result) ? result.map((r) => r.map(one)) : one(result);
}

function isDate(v: unknown): v is Date {
  return Object.prototype.toString.call(v) === "[object Date]";
}

/** A Sheets result as comparable data: Dates read in the spreadsheet's zone, "#LỖI: …" as errors. */
export function normalSheets(result: unknown, offsetHours = 7): Normal {
  const one = (v: unknown): Normal => {
    if (isDate(v)) {
      const local = new Date(v.getTime() + offsetHours * 3_600_000);
      return local.toISOString().slice(0, 10);
    }
    if (typeof v === "string" && v.startsWith("#LỖI: ")) return { error: v.slice("#LỖI: ".length) };
    return v as Normal;
  };
  return Array.isArray(result) ? result.map((r: unknown[]) => r.map(one)) : one(result);
}

/** Call an Apps Script function; a thrown Error becomes {error: message} (Sheets shows #ERROR! with it). */
export function callSheets(fn: (...a: unknown[]) => unknown, args: unknown[], offsetHours = 7): Normal {
  try {
    return normalSheets(fn(...args), offsetHours);
  } catch (e) {
    return { error: e instanceof Error || (typeof e === "object" && e && "message" in e) ? String((e as Error).message) : String(e) };
  }
}

/**
 * Sheets convention (gsheets/src/functions/blankRows.ts): in a spilled result, a position where
 * every range argument is blank gives "" instead of core's "missing value" error.
 */
export function expectedInSheets(spec: FunctionSpec, args: readonly CaseArg[], core: Normal): Normal {
  if (!Array.isArray(core)) return core;
  const ranges = spec.params
    .map((p, i) => (p.spill && Array.isArray(args[i]) && !((args[i] as CaseScalar[][]).length === 1 && (args[i] as CaseScalar[][])[0].length === 1) ? (args[i] as CaseScalar[][]) : null))
    .filter((g): g is CaseScalar[][] => g !== null);
  if (ranges.length === 0) return core;
  const blank = (v: CaseScalar | undefined) => v === null || v === undefined || (typeof v === "string" && v.trim() === "");
  return core.map((row, r) => (row as Normal[]).map((cell, c) => (ranges.every((g) => blank(g[r]?.[c])) ? "" : cell)));
}
