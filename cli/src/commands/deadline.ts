import { parseSchedule, SCHEDULE_KIND_LABELS, toISO, toVN } from "@cchc/core";
import type { Command } from "../command.js";
import { CliError } from "../cliError.js";
import { json, readFormat, readOptionalYear } from "../options.js";

export const deadline: Command = {
  name: "deadline",
  flags: { year: "value" },
  usage: 'cchc deadline "<tiến độ>" [--year YYYY] [--format json]',
  summary: 'Đọc một tiến độ ("Quý I/2023", "Trước ngày 05/12/2025", "Thường xuyên"…): loại và hạn.',
  async run(args, io) {
    const format = readFormat(args);
    const planYear = readOptionalYear(args);
    if (args.positionals.length === 0) throw new CliError(`Thiếu văn bản tiến độ. Cách dùng: ${deadline.usage}`);
    const text = args.positionals.join(" ");
    const s = parseSchedule(text, planYear);
    const out: Record<string, unknown> = {
      text: s.text,
      kind: s.kind,
      due: s.due === null ? null : toISO(s.due),
      outsidePlanYear: s.outsidePlanYear,
    };
    if (s.authority !== undefined) out.authority = s.authority;
    if (s.note !== undefined) out.note = s.note;
    if (s.milestones !== undefined) out.milestones = s.milestones.map((m) => ({ due: toISO(m.due), label: m.label }));
    if (s.period !== undefined) out.period = { start: toISO(s.period.start), end: toISO(s.period.end) };
    if (s.recurrence !== undefined) out.recurrence = s.recurrence;
    if (format === "json") {
      io.out(json(out));
      return 0;
    }
    const lines = [`Tiến độ: ${s.text}`, `Loại: ${SCHEDULE_KIND_LABELS[s.kind]} (${s.kind})`, `Hạn: ${s.due === null ? "không có hạn cụ thể" : toVN(s.due)}`];
    if (s.authority) lines.push(`Cơ quan quyết định tiến độ: ${s.authority}`);
    if (s.note) lines.push(`Ghi chú: ${s.note}`);
    for (const m of s.milestones ?? []) lines.push(`  Mốc ${toVN(m.due)}: ${m.label}`);
    if (s.outsidePlanYear) lines.push(`Cảnh báo: hạn nằm ngoài năm kế hoạch ${planYear}.`);
    io.out(lines.join("\n"));
    return 0;
  },
};
