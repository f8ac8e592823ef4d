/**
 * The values of options, each checked by its zod schema in core (core/src/forms/cliOptions.ts),
 * which gives the Vietnamese message of a bad value; a bad value is a CliError (exit 2).
 */
import { checkOption, dateListOptionSchema, dateOptionSchema, type Day, formatOptionSchema, toISO, yearOptionSchema } from "@cchc/core";
import type { ParsedArgs } from "./args.js";
import { CliError } from "./cliError.js";

function check<T>(r: { ok: true; value: T } | { ok: false; message: string }): T {
  if (!r.ok) throw new CliError(r.message);
  return r.value;
}

export type OutputFormat = "text" | "json";

export function readFormat(args: ParsedArgs): OutputFormat {
  return check(checkOption(formatOptionSchema(), args.options.format));
}

/** A date argument: YYYY-MM-DD or dd/mm/yyyy. `what` names it in messages ("ngày nhận"). */
export function readDate(value: string | true | undefined, what: string): Day {
  return check(checkOption(dateOptionSchema(what), value));
}

export function readYear(value: string | true | undefined, what = "năm"): number {
  return check(checkOption(yearOptionSchema(what), value));
}

export function readOptionalYear(args: ParsedArgs, name = "year"): number | undefined {
  const v = args.options[name];
  return v === undefined ? undefined : readYear(v, "năm kế hoạch");
}

/** A comma-separated list of dates (--extra-days-off 2025-03-03,2025-03-04). */
export function readDateList(value: string | true | undefined, what: string): Day[] {
  return check(checkOption(dateListOptionSchema(what), value));
}

export function iso(d: Day | null): string | null {
  return d === null ? null : toISO(d);
}

export function json(value: unknown): string {
  return JSON.stringify(value, null, 2);
}
