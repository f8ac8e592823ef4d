import { formatTimeOfDay, MAX_WORKING_DAYS, parseDateTimeText, parseTimeText, receiptDue, toISO } from "@cchc/core";
import type { Command } from "../command.js";
import { CliError } from "../cliError.js";
import { shownArg } from "../messages.js";
import { json, readFormat } from "../options.js";
import { CALENDAR_FLAGS, CALENDAR_OPTIONS_USAGE, readCalendarOptions } from "./calendarOptions.js";

/** A time written after the date as its own argument: `cchc due 24/01/2025 16:30 5`. */
const LOOKS_LIKE_TIME = /^\d{1,2}\s*(?::|h|g|giờ|gio)/i;

export const due: Command = {
  name: "due",
  flags: { cutoff: "value", ...CALENDAR_FLAGS },
  usage: `cchc due <ngày nhận [giờ nhận]> <số ngày làm việc> [--cutoff HH:mm] ${CALENDAR_OPTIONS_USAGE} [--format json]`,
  summary:
    "Hạn xử lý: ngày làm việc thứ N sau ngày nhận (trừ lễ, Tết, tính ngày làm bù). Với --cutoff 15:00, hồ sơ nhận sau 15 giờ được tính từ ngày làm việc tiếp theo (ví dụ: cchc due \"24/01/2025 16:30\" 5 --cutoff 15:00).",
  async run(args, io) {
    const format = readFormat(args);
    let positionals = args.positionals;
    // "cchc due 24/01/2025 16:30 5": the time typed without quotes belongs to the date
    if (positionals.length === 3 && LOOKS_LIKE_TIME.test(positionals[1])) {
      positionals = [`${positionals[0]} ${positionals[1]}`, positionals[2]];
    }
    const [startText, nText, extra] = positionals;
    if (extra !== undefined) throw new CliError(`Thừa tham số "${extra}". Cách dùng: ${due.usage}`);
    if (startText === undefined) throw new CliError("Thiếu ngày nhận (dạng YYYY-MM-DD hoặc dd/mm/yyyy, có thể kèm giờ: \"24/01/2025 16:30\").");
    const start = parseDateTimeText(startText);
    if (!start.ok) throw new CliError(`Ngày nhận không hợp lệ: ${start.message}`);
    if (nText === undefined) throw new CliError(`Thiếu số ngày làm việc. Cách dùng: ${due.usage}`);
    if (!/^[+-]?\d+$/.test(nText.trim())) {
      throw new CliError(`Số ngày làm việc "${nText}" không hợp lệ: cần một số nguyên, ví dụ 5.`);
    }
    const n = Number(nText);
    if (!Number.isSafeInteger(n) || Math.abs(n) > MAX_WORKING_DAYS) {
      // The number as typed (cut when huge), never "Infinity" or an exponent.
      throw new CliError(`Số ngày làm việc "${shownArg(nText.trim())}" quá lớn: tối đa ±${MAX_WORKING_DAYS}.`);
    }
    const cutoff = readCutoff(args.options.cutoff);
    if (cutoff !== null && start.timeProblem !== undefined) throw new CliError(`Giờ nhận: ${lowerFirst(start.timeProblem)}`);
    const result = receiptDue(start.day, start.minutes, n, cutoff, readCalendarOptions(args));
    if (result === null) throw new CliError("Hạn xử lý nằm ngoài khoảng 1900–2100 mà lịch hỗ trợ.");
    if (format !== "json") {
      io.out(toISO(result.due));
      return 0;
    }
    const out: Record<string, unknown> = { start: toISO(start.day), workingDays: n, due: toISO(result.due) };
    if (cutoff !== null) {
      out.cutoff = formatTimeOfDay(cutoff);
      out.receivedTime = start.minutes === null ? null : formatTimeOfDay(start.minutes);
      out.countedFrom = toISO(result.countedFrom);
      if (result.receivedOnDayOff) out.receivedOnDayOff = true;
    }
    io.out(json(out));
    return 0;
  },
};

/** --cutoff 15:00 (also 15h, 15h30, "15 giờ"); absent → null (no cut-off). */
function readCutoff(value: string | true | undefined): number | null {
  if (value === undefined) return null;
  if (value === true) throw new CliError("Thiếu giờ chốt sau --cutoff, ví dụ --cutoff 15:00.");
  const r = parseTimeText(value);
  if (!r.ok) throw new CliError(`Giờ chốt --cutoff: ${lowerFirst(r.message)}`);
  return r.minutes;
}

function lowerFirst(s: string): string {
  return s.charAt(0).toLowerCase() + s.slice(1);
}
