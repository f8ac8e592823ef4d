import { daysOffOfYear, toISO, toVN, weekday } from "@cchc/core";
import type { Command } from "../command.js";
import { CliError } from "../cliError.js";
import { json, readFormat, readYear } from "../options.js";
import { CALENDAR_FLAGS, CALENDAR_OPTIONS_USAGE, readCalendarOptions } from "./calendarOptions.js";

const WEEKDAYS = ["Chủ nhật", "Thứ Hai", "Thứ Ba", "Thứ Tư", "Thứ Năm", "Thứ Sáu", "Thứ Bảy"];

export const holidays: Command = {
  name: "holidays",
  flags: { ...CALENDAR_FLAGS },
  usage: `cchc holidays <năm> ${CALENDAR_OPTIONS_USAGE} [--format json]`,
  summary: "Các ngày nghỉ (thứ Hai–thứ Sáu) và ngày làm bù cuối tuần của một năm, kèm văn bản quy định.",
  async run(args, io) {
    const format = readFormat(args);
    const [yearText, extra] = args.positionals;
    if (extra !== undefined) throw new CliError(`Thừa tham số "${extra}". Cách dùng: ${holidays.usage}`);
    const year = readYear(yearText);
    const r = daysOffOfYear(year, readCalendarOptions(args));
    if (r === null) throw new CliError(`Không có lịch cho năm ${year}.`);
    if (format === "json") {
      io.out(
        json({
          year,
          daysOff: r.daysOff.map((e) => toISO(e.day)),
          workingWeekends: r.workingWeekends.map((e) => toISO(e.day)),
          official: r.official,
          sources: r.sources,
          names: Object.fromEntries([...r.daysOff, ...r.workingWeekends].map((e) => [toISO(e.day), e.name])),
        }),
      );
      return 0;
    }
    const line = (e: { day: number; name: string }) => `  ${WEEKDAYS[weekday(e.day)]}, ${toVN(e.day)}  ${e.name}`;
    io.out(
      [
        `Năm ${year}: ${r.daysOff.length} ngày nghỉ từ thứ Hai đến thứ Sáu${r.official ? " (lịch chính thức)" : " (theo Bộ luật Lao động, chưa có lịch chính thức)"}`,
        ...r.daysOff.map(line),
        r.workingWeekends.length > 0 ? "Ngày cuối tuần đi làm (làm bù):" : "Không có ngày làm bù cuối tuần.",
        ...r.workingWeekends.map(line),
        "Căn cứ:",
        ...r.sources.map((s) => `  - ${s}`),
      ].join("\n"),
    );
    return 0;
  },
};
