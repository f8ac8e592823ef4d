import { type Day, parseDateText, toISO } from "@cchc/core";
import type { ParsedArgs } from "./args.js";
import { CliError } from "./cliError.js";

export type OutputFormat = "text" | "json";

export function readFormat(args: ParsedArgs): OutputFormat {
  const f = args.options.format;
  if (f === undefined) return "text";
  if (f === "json" || f === "text") return f;
  throw new CliError(`Định dạng "${f === true ? "" : f}" không hỗ trợ. Dùng --format text hoặc --format json.`);
}

/** A date argument: YYYY-MM-DD or dd/mm/yyyy. `what` names it in messages ("ngày nhận"). */
export function readDate(value: string | true | undefined, what: string): Day {
  if (value === undefined || value === true) throw new CliError(`Thiếu ${what} (dạng YYYY-MM-DD hoặc dd/mm/yyyy).`);
  const r = parseDateText(value);
  if (!r.ok) throw new CliError(`${capitalise(what)} không hợp lệ: ${r.message}`);
  return r.day;
}

export function readYear(value: string | true | undefined, what = "năm"): number {
  if (value === undefined || value === true) throw new CliError(`Thiếu ${what} (ví dụ 2025).`);
  if (!/^\d{4}$/.test(value.trim())) throw new CliError(`${capitalise(what)} "${value}" không hợp lệ: cần 4 chữ số, ví dụ 2025.`);
  const y = Number(value);
  if (y < 1900 || y > 2100) throw new CliError(`${capitalise(what)} ${y} nằm ngoài khoảng hỗ trợ 1900–2100.`);
  return y;
}

export function readOptionalYear(args: ParsedArgs, name = "year"): number | undefined {
  const v = args.options[name];
  return v === undefined ? undefined : readYear(v, "năm kế hoạch");
}

/** A comma-separated list of dates (--extra-days-off 2025-03-03,2025-03-04). */
export function readDateList(value: string | true | undefined, what: string): Day[] {
  if (value === undefined) return [];
  if (value === true) throw new CliError(`Thiếu danh sách ${what} (các ngày cách nhau bởi dấu phẩy).`);
  return value
    .split(",")
    .map((s) => s.trim())
    .filter((s) => s !== "")
    .map((s) => readDate(s, what));
}

export function iso(d: Day | null): string | null {
  return d === null ? null : toISO(d);
}

export function json(value: unknown): string {
  return JSON.stringify(value, null, 2);
}

function capitalise(s: string): string {
  return s.charAt(0).toUpperCase() + s.slice(1);
}
