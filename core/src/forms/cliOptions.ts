/**
 * The values of the `cchc` command line's options, each checked by one zod schema with its
 * Vietnamese message (a date, a year, a list of dates, the output format). The CLI's argument
 * parser decides which flags a command takes; these schemas decide whether a value is good.
 * Schemas are built on first use, so bundles that read no option leave zod out.
 */
import * as z from "zod/mini";
import type { Day } from "../dates/day.js";
import { parseDateText } from "../dates/parseDate.js";

const capitalise = (s: string): string => s.charAt(0).toUpperCase() + s.slice(1);

/** A flag's raw value: the word after it, `true` for a flag given without one, undefined when absent. */
export type OptionValue = string | true | undefined;

/** YYYY-MM-DD or dd/mm/yyyy (always day first); `what` names the option in messages ("ngày báo cáo (--as-of)"). */
export const dateOptionSchema = (what: string) =>
  z.pipe(
    z.unknown(),
    z.transform((v, ctx): Day => {
      if (typeof v !== "string") {
        ctx.issues.push({ code: "custom", input: v, message: `Thiếu ${what} (dạng YYYY-MM-DD hoặc dd/mm/yyyy).` });
        return z.NEVER;
      }
      const r = parseDateText(v);
      if (r.ok) return r.day;
      ctx.issues.push({ code: "custom", input: v, message: `${capitalise(what)} không hợp lệ: ${r.message}` });
      return z.NEVER;
    }),
  );

/** A year of four digits within 1900–2100. */
export const yearOptionSchema = (what: string) =>
  z.pipe(
    z.unknown(),
    z.transform((v, ctx): number => {
      if (typeof v !== "string") {
        ctx.issues.push({ code: "custom", input: v, message: `Thiếu ${what} (ví dụ 2025).` });
        return z.NEVER;
      }
      if (!/^\d{4}$/.test(v.trim())) {
        ctx.issues.push({ code: "custom", input: v, message: `${capitalise(what)} "${v}" không hợp lệ: cần 4 chữ số, ví dụ 2025.` });
        return z.NEVER;
      }
      const y = Number(v);
      if (y < 1900 || y > 2100) {
        ctx.issues.push({ code: "custom", input: v, message: `${capitalise(what)} ${y} nằm ngoài khoảng hỗ trợ 1900–2100.` });
        return z.NEVER;
      }
      return y;
    }),
  );

/** Dates separated by commas (--extra-days-off 2025-03-03,2025-03-04); absent: none. */
export const dateListOptionSchema = (what: string) =>
  z.pipe(
    z.unknown(),
    z.transform((v, ctx): Day[] => {
      if (v === undefined) return [];
      if (typeof v !== "string") {
        ctx.issues.push({ code: "custom", input: v, message: `Thiếu danh sách ${what} (các ngày cách nhau bởi dấu phẩy).` });
        return z.NEVER;
      }
      const days: Day[] = [];
      for (const part of v.split(",").map((s) => s.trim()).filter((s) => s !== "")) {
        const r = parseDateText(part);
        if (!r.ok) {
          ctx.issues.push({ code: "custom", input: part, message: `${capitalise(what)} không hợp lệ: ${r.message}` });
          return z.NEVER;
        }
        days.push(r.day);
      }
      return days;
    }),
  );

/** --format: text (default) or json. */
export const formatOptionSchema = () =>
  z.pipe(
    z.unknown(),
    z.transform((v, ctx): "text" | "json" => {
      if (v === undefined) return "text";
      if (v === "json" || v === "text") return v;
      ctx.issues.push({ code: "custom", input: v, message: `Định dạng "${v === true ? "" : String(v)}" không hỗ trợ. Dùng --format text hoặc --format json.` });
      return z.NEVER;
    }),
  );

/** Check one option's value: its value, or the Vietnamese message of what is wrong. */
export function checkOption<T>(schema: z.ZodMiniType<T>, value: OptionValue): { ok: true; value: T } | { ok: false; message: string } {
  const r = z.safeParse(schema, value);
  return r.success ? { ok: true, value: r.data } : { ok: false, message: r.error.issues[0]?.message ?? "Giá trị không hợp lệ." };
}
