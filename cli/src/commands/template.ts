import { appendixTemplate, emptySettings, SETTINGS_NAMES, SETTINGS_SHEET, settingsSheetGrid } from "@cchc/core";
import type { Command } from "../command.js";
import { CliError } from "../cliError.js";
import { takeForceFlag } from "../files/forceFlag.js";
import { writeNewFile } from "../files/writeNewFile.js";
import { templateToWorkbook } from "../files/writeTemplate.js";
import { readYear } from "../options.js";
import { addGridSheet } from "../render/gridToExcelJs.js";

export const template: Command = {
  name: "template",
  usage: "cchc template --year YYYY --out TỆP.xlsx [--force]",
  summary: "Tạo phụ lục kế hoạch CCHC trống (.xlsx): cột chuẩn và cột theo dõi, các mục PAR INDEX, danh sách tình trạng, định dạng ngày, trang \"CCHC – Cài đặt\" dùng chung với hai phần bổ trợ, sẵn để in A4 ngang.",
  async run(args, io) {
    const force = takeForceFlag(args);
    if (args.positionals.length > 0) {
      throw new CliError(`Lệnh template không nhận tệp đầu vào (thừa: ${args.positionals.join(" ")}). Cách dùng: ${template.usage}`);
    }
    if (args.options.year === undefined) throw new CliError("Thiếu năm kế hoạch: thêm --year, ví dụ --year 2026.");
    const year = readYear(args.options.year, "năm kế hoạch (--year)");
    const out = args.options.out;
    if (out === undefined || out === true) {
      throw new CliError(`Thiếu tệp kết quả: thêm --out, ví dụ --out phu-luc-${year}.xlsx.`);
    }
    const spec = appendixTemplate(year);
    const wb = templateToWorkbook(spec);
    // the settings sheet both add-ins read and write, with its names, the plan year filled in
    addGridSheet(wb, settingsSheetGrid({ ...emptySettings(), planYear: year }));
    const bytes = new Uint8Array(await wb.xlsx.writeBuffer());
    await writeNewFile(out, bytes, { force, extension: ".xlsx" });
    io.out(
      `Đã tạo phụ lục trống năm ${year}: "${out}" (trang tính "${spec.sheetName}", ${spec.columns.length} cột, ` +
        `dòng tiêu đề ở dòng ${spec.headerRow}), kèm trang "${SETTINGS_SHEET}" (năm kế hoạch ${year}; ` +
        `tên ${Object.values(SETTINGS_NAMES).join(", ")} dùng được trong công thức). Các dòng "(Ví dụ)" là mẫu: sửa hoặc xóa trước khi dùng.`,
    );
    return 0;
  },
};
