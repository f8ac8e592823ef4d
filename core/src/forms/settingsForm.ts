/**
 * The settings form of the Excel task pane and of the Google Sheets sidebar → WorkbookSettings,
 * checked with one zod schema: every bad field gives a Vietnamese message saying which field,
 * what is wrong and how to fix it; nothing is guessed.
 *
 * What a form sends (plain JSON; google.script.run carries no Date): planYear as text or number,
 * asOf as text (dd/mm/yyyy or YYYY-MM-DD from a date input), ngayVanHoa as a boolean, and each
 * list either as entries {date, reason} or as the text of a box, one day per line with an
 * optional reason after it ("05/09/2025 Nghỉ lễ của ngành").
 */
import * as z from "zod/mini";
import { MAX_YEAR, MIN_YEAR, toVN } from "../dates/day.js";
import { parseDateText } from "../dates/parseDate.js";
import { type DatedEntry, normaliseEntries, type WorkbookSettings } from "../settings/settingsModel.js";
import { SETTINGS_LABELS } from "../settings/settingsLayout.js";
import { dayFirst } from "./dayFirst.js";

const yearField = () => z.pipe(
  z.union([z.null(), z.undefined(), z.string(), z.number()], { error: `${SETTINGS_LABELS.year} phải là một năm, ví dụ 2025.` }),
  z.transform((v, ctx): number | null => {
    if (v === null || v === undefined || (typeof v === "string" && v.trim() === "")) return null;
    const n = typeof v === "number" ? v : Number(v.trim());
    if (Number.isInteger(n) && n >= MIN_YEAR && n <= MAX_YEAR) return n;
    ctx.issues.push({ code: "custom", input: v, message: `${SETTINGS_LABELS.year} "${String(v)}" không hợp lệ: nhập một năm từ ${MIN_YEAR} đến ${MAX_YEAR}, ví dụ 2025.` });
    return z.NEVER;
  }),
);

const dateField = () => z.pipe(
  z.union([z.null(), z.undefined(), z.string()], { error: `${SETTINGS_LABELS.asOf} phải là một ngày dạng ngày/tháng/năm.` }),
  z.transform((v, ctx): number | null => {
    if (v === null || v === undefined || v.trim() === "") return null;
    const r = parseDateText(dayFirst(v));
    if (r.ok) return r.day;
    ctx.issues.push({ code: "custom", input: v, message: `${SETTINGS_LABELS.asOf}: ${r.message}` });
    return z.NEVER;
  }),
);

const entry = () => z.object({
  date: z.optional(z.union([z.string(), z.null()])),
  reason: z.optional(z.union([z.string(), z.null()])),
});

const listField = (what: string) =>
  z.pipe(
    z.union([z.null(), z.undefined(), z.string(), z.array(entry())], { error: `${what}: phải là danh sách ngày, mỗi dòng một ngày.` }),
    z.transform((v, ctx): DatedEntry[] => {
      const items: { date: string; reason: string; line: number }[] =
        v === null || v === undefined
          ? []
          : typeof v === "string"
            ? dayLines(v)
            : v.map((e, i) => ({ date: (e.date ?? "").trim(), reason: (e.reason ?? "").trim(), line: i + 1 }));
      const out: DatedEntry[] = [];
      for (const it of items) {
        if (it.date === "") continue;
        const r = parseDateText(dayFirst(it.date));
        if (r.ok) out.push({ day: r.day, reason: it.reason.normalize("NFC") });
        else ctx.issues.push({ code: "custom", input: it.date, message: `${what}, dòng ${it.line}: ${r.message}` });
      }
      return normaliseEntries(out);
    }),
  );

/** The form as both hosts send it (built on first use, so bundles that never read a form leave zod out). */
export function settingsFormSchema() {
  return (formSchema ??= buildFormSchema());
}
let formSchema: ReturnType<typeof buildFormSchema> | undefined;

const buildFormSchema = () => z.object({
  planYear: z.optional(yearField()),
  asOf: z.optional(dateField()),
  ngayVanHoa: z.optional(z.boolean({ error: "Nghỉ ngày 24/11: chọn Có hoặc Không." })),
  extraDaysOff: z.optional(listField(SETTINGS_LABELS.daysOff)),
  extraWorkingDays: z.optional(listField("Ngày làm việc thêm")),
});

/** A box of days, one per line, each optionally followed by a reason: "05/09/2025 Nghỉ lễ của ngành" or "05/09/2025 — …". */
export function dayLines(text: string): { date: string; reason: string; line: number }[] {
  return text
    .split(/\r?\n/)
    .map((l, i) => ({ l: l.trim(), line: i + 1 }))
    .filter((x) => x.l !== "")
    .map(({ l, line }) => {
      const m = /^(\S+)\s*(?:[-–—:;,]\s*)?(.*)$/.exec(l)!;
      // a line that does not start with a date-like token is quoted whole in the message
      if (!/\d/.test(m[1])) return { date: l, reason: "", line };
      return { date: m[1].replace(/[;,]$/, ""), reason: m[2].trim(), line };
    });
}

/** The text of a days box from entries: "05/09/2025 Nghỉ lễ của ngành", one per line. */
export function dayLinesText(entries: readonly DatedEntry[]): string {
  return entries.map((e) => (e.reason ? `${toVN(e.day)} ${e.reason}` : toVN(e.day))).join("\n");
}

/** `fields`: the form field of each problem (planYear, asOf, extraDaysOff…), for marking it. */
export type SettingsFormResult = { ok: true; settings: WorkbookSettings } | { ok: false; problems: string[]; fields: string[] };

/** Check what a form sent; `input` may be anything (null, junk): never throws. */
export function settingsFromForm(input: unknown): SettingsFormResult {
  const o = typeof input === "object" && input !== null && !Array.isArray(input) ? input : {};
  const r = settingsFormSchema().safeParse(o);
  if (!r.success) return { ok: false, problems: r.error.issues.map((i) => i.message), fields: r.error.issues.map((i) => String(i.path[0] ?? "")) };
  const d = r.data;
  return {
    ok: true,
    settings: {
      planYear: d.planYear ?? null,
      asOf: d.asOf ?? null,
      ngayVanHoa: d.ngayVanHoa ?? false,
      extraDaysOff: d.extraDaysOff ?? [],
      extraWorkingDays: d.extraWorkingDays ?? [],
    },
  };
}
