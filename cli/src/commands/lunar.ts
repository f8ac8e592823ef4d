import { canChiYear, solarToLunar, toISO } from "@cchc/core";
import type { Command } from "../command.js";
import { CliError } from "../cliError.js";
import { json, readDate, readFormat } from "../options.js";

export const lunar: Command = {
  name: "lunar",
  flags: {},
  usage: "cchc lunar <ngày> [<ngày> …] [--format json]",
  summary: "Ngày âm lịch Việt Nam (UTC+7) của các ngày dương lịch.",
  async run(args, io) {
    const format = readFormat(args);
    if (args.positionals.length === 0) throw new CliError(`Thiếu ngày. Cách dùng: ${lunar.usage}`);
    const results = args.positionals.map((text) => {
      const day = readDate(text, "ngày");
      const l = solarToLunar(day);
      return { solar: toISO(day), lunar: { day: l.day, month: l.month, year: l.year, leap: l.leap } };
    });
    if (format === "json") {
      io.out(json(results.length === 1 ? results[0] : results));
    } else {
      for (const r of results) {
        const l = r.lunar;
        io.out(
          `${r.solar}: ngày ${l.day} tháng ${l.month}${l.leap ? " (nhuận)" : ""} năm ${canChiYear(l.year)} (${l.year}) âm lịch`,
        );
      }
    }
    return 0;
  },
};
