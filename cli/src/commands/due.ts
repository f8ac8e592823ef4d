import { addWorkingDays, MAX_WORKING_DAYS, toISO } from "@cchc/core";
import type { Command } from "../command.js";
import { CliError } from "../cliError.js";
import { json, readDate, readFormat } from "../options.js";
import { CALENDAR_OPTIONS_USAGE, readCalendarOptions } from "./calendarOptions.js";

export const due: Command = {
  name: "due",
  usage: `cchc due <ngày nhận> <số ngày làm việc> ${CALENDAR_OPTIONS_USAGE} [--format json]`,
  summary: "Hạn xử lý: ngày làm việc thứ N sau ngày nhận (trừ lễ, Tết, tính ngày làm bù).",
  async run(args, io) {
    const format = readFormat(args);
    const [startText, nText, extra] = args.positionals;
    if (extra !== undefined) throw new CliError(`Thừa tham số "${extra}". Cách dùng: ${due.usage}`);
    const start = readDate(startText, "ngày nhận");
    if (nText === undefined) throw new CliError(`Thiếu số ngày làm việc. Cách dùng: ${due.usage}`);
    if (!/^[+-]?\d+$/.test(nText.trim())) {
      throw new CliError(`Số ngày làm việc "${nText}" không hợp lệ: cần một số nguyên, ví dụ 5.`);
    }
    const n = Number(nText);
    if (Math.abs(n) > MAX_WORKING_DAYS) {
      throw new CliError(`Số ngày làm việc ${n} quá lớn: tối đa ±${MAX_WORKING_DAYS}.`);
    }
    const result = addWorkingDays(start, n, readCalendarOptions(args));
    if (result === null) throw new CliError("Hạn xử lý nằm ngoài khoảng 1900–2100 mà lịch hỗ trợ.");
    io.out(format === "json" ? json({ start: toISO(start), workingDays: n, due: toISO(result) }) : toISO(result));
    return 0;
  },
};
