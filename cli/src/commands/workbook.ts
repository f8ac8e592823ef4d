import { toVN, trackingWorkbook, validateAppendix } from "@cchc/core";
import type { Command } from "../command.js";
import { CliError } from "../cliError.js";
import { takeForceFlag } from "../files/outputs/forceFlag.js";
import { loadPlanSheet, noTableMessage } from "../files/inputs/loadPlanSheet.js";
import { writeNewFile } from "../files/outputs/writeNewFile.js";
import { workbookSpecToXlsx } from "../workbook/writeGridWorkbook.js";
import { readDate, readYear } from "../options.js";
import { CALENDAR_FLAGS, CALENDAR_OPTIONS_USAGE, readCalendarOptions } from "./calendarOptions.js";

export const workbook: Command = {
  name: "workbook",
  flags: { year: "value", "as-of": "value", out: "value", sheet: "value", force: "switch", ...CALENDAR_FLAGS },
  usage: `cchc workbook <tệp phụ lục .xlsx|.csv> --year YYYY --as-of YYYY-MM-DD --out SO-THEO-DOI.xlsx [--sheet TÊN] [--force] ${CALENDAR_OPTIONS_USAGE}`,
  summary:
    "Tạo sổ theo dõi (.xlsx) chạy bằng công thức thường, không cần phần bổ trợ: phụ lục với hạn và trạng thái tự tính, tổng hợp, lịch làm việc 2020–2030, bảng tính hạn.",
  async run(args, io) {
    const force = takeForceFlag(args);
    const [file, ...extra] = args.positionals;
    if (file === undefined) throw new CliError(`Thiếu tệp phụ lục. Cách dùng: ${workbook.usage}`);
    if (extra.length > 0) throw new CliError(`Chỉ nhận một tệp phụ lục mỗi lần (thừa: ${extra.join(" ")}). Cách dùng: ${workbook.usage}`);
    if (args.options.year === undefined) throw new CliError("Thiếu năm kế hoạch: thêm --year, ví dụ --year 2025.");
    if (args.options["as-of"] === undefined) throw new CliError("Thiếu ngày báo cáo: thêm --as-of, ví dụ --as-of 2025-09-30.");
    const planYear = readYear(args.options.year, "năm kế hoạch (--year)");
    const asOf = readDate(args.options["as-of"], "ngày báo cáo (--as-of)");
    const out = args.options.out;
    if (out === undefined || out === true) throw new CliError("Thiếu tệp kết quả: thêm --out, ví dụ --out so-theo-doi-2025.xlsx.");
    const sheet = args.options.sheet;
    if (sheet === true) throw new CliError('Thiếu tên trang tính sau --sheet, ví dụ --sheet "Phụ lục".');
    const calendar = readCalendarOptions(args);

    const plan = await loadPlanSheet(file, sheet);
    for (const n of plan.notices) io.err(n);
    const report = validateAppendix(plan.cells, { planYear, asOf, merges: plan.merges });
    if (report.error !== undefined || !report.table) throw new CliError(noTableMessage(plan, report.error ?? "Không đọc được bảng phụ lục."));
    if (report.stats.tasks === 0) throw new CliError(`Bảng phụ lục trong "${file}" chưa có nhiệm vụ nào, nên chưa tạo được sổ theo dõi.`);
    if (report.stats.errors > 0) {
      io.err(
        `Lưu ý: bảng phụ lục còn ${report.stats.errors} lỗi (xem: cchc validate "${file}" --year ${planYear} --as-of ${toVN(asOf)}); ` +
          "sổ theo dõi vẫn được tạo, hãy sửa các ô đó trong sổ.",
      );
    }
    const spec = trackingWorkbook(report.table, { planYear, asOf, calendar });
    await writeNewFile(out, await workbookSpecToXlsx(spec), { force, extension: ".xlsx", inputs: [file] });
    io.out(
      `Đã tạo sổ theo dõi "${out}": ${report.stats.tasks} nhiệm vụ; các trang ${spec.sheets.map((s) => `"${s.name}"`).join(", ")}. ` +
        `Sửa ngày báo cáo ở trang "CCHC – Cài đặt" (ô B4): trạng thái và tổng hợp tự tính lại.`,
    );
    return report.stats.errors > 0 ? 1 : 0;
  },
};
