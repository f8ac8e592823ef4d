import { toISO, workingDaysBetween } from "@cchc/core";
import type { Command } from "../command.js";
import { CliError } from "../cliError.js";
import { json, readDate, readFormat } from "../options.js";
import { CALENDAR_FLAGS, CALENDAR_OPTIONS_USAGE, readCalendarOptions } from "./calendarOptions.js";

export const workdays: Command = {
  name: "workdays",
  flags: { ...CALENDAR_FLAGS },
  usage: `cchc workdays <từ ngày> <đến ngày> ${CALENDAR_OPTIONS_USAGE} [--format json]`,
  summary: "Số ngày làm việc giữa hai ngày, tính cả hai đầu (như NETWORKDAYS).",
  async run(args, io) {
    const format = readFormat(args);
    const [fromText, toText, extra] = args.positionals;
    if (extra !== undefined) throw new CliError(`Thừa tham số "${extra}". Cách dùng: ${workdays.usage}`);
    const from = readDate(fromText, "từ ngày");
    const to = readDate(toText, "đến ngày");
    const n = workingDaysBetween(from, to, readCalendarOptions(args));
    if (n === null) throw new CliError("Khoảng ngày nằm ngoài 1900–2100 mà lịch hỗ trợ.");
    io.out(format === "json" ? json({ from: toISO(from), to: toISO(to), workingDays: n }) : String(n));
    return 0;
  },
};
