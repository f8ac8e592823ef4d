/**
 * The "Thống kê hồ sơ" form (Excel task pane, Sheets sidebar): `{ from, to, by }` → the period
 * and the grouping, checked with one zod schema; every bad field gives a Vietnamese message.
 * Dates as typed (dd/mm/yyyy) or ISO from a date input.
 */
import * as z from "zod/mini";
import { type Day, toVN } from "../dates/day.js";
import { parseDateText } from "../dates/parseDate.js";
import type { DossierGroupBy } from "../dossiers/types.js";
import { dayFirst } from "./dayFirst.js";

export interface DossierRunOptions {
  /** The period [from, to], both included. */
  from: Day;
  to: Day;
  by: DossierGroupBy;
}

const dateField = (label: string, example: string) =>
  z.pipe(
    z.unknown(),
    z.transform((v, ctx): Day => {
      const text = typeof v === "string" ? v.trim() : "";
      if (text === "") {
        ctx.issues.push({ code: "custom", input: v, message: `Chưa nhập "${label}": nhập ngày/tháng/năm, ví dụ ${example}.` });
        return z.NEVER;
      }
      const r = parseDateText(dayFirst(text));
      if (r.ok) return r.day;
      ctx.issues.push({ code: "custom", input: v, message: `"${label}": ${r.message}` });
      return z.NEVER;
    }),
  );

const byField = () =>
  z.pipe(
    z.unknown(),
    z.transform((v, ctx): DossierGroupBy => {
      if (v === undefined || v === null || v === "" || v === "unit") return "unit";
      if (v === "staff") return "staff";
      ctx.issues.push({ code: "custom", input: v, message: `Cách thống kê "${String(v)}" không có: chọn "Theo đơn vị" hoặc "Theo cán bộ xử lý".` });
      return z.NEVER;
    }),
  );

let schema: ReturnType<typeof build> | undefined;
const build = () => z.object({ from: dateField("Từ ngày", "01/01/2025"), to: dateField("Đến ngày", "30/06/2025"), by: byField() });

/** The form's schema (built on first use: bundles that read no form leave zod out). */
export function dossierRunFormSchema() {
  return (schema ??= build());
}

/** Check what the form sent; `input` may be anything. Never throws. */
export function dossierRunFromForm(input: unknown): { ok: true; options: DossierRunOptions } | { ok: false; problems: string[]; fields: string[] } {
  const o = (typeof input === "object" && input !== null && !Array.isArray(input) ? input : {}) as Record<string, unknown>;
  // every field present (an absent one is checked as empty, with its own message)
  const r = dossierRunFormSchema().safeParse({ from: o.from, to: o.to, by: o.by });
  if (!r.success) return { ok: false, problems: r.error.issues.map((i) => i.message), fields: r.error.issues.map((i) => String(i.path[0] ?? "")) };
  const { from, to, by } = r.data;
  if (to < from) return { ok: false, problems: [`"Đến ngày" (${toVN(to)}) đang trước "Từ ngày" (${toVN(from)}): hãy sửa kỳ thống kê.`], fields: ["to"] };
  return { ok: true, options: { from, to, by } };
}
