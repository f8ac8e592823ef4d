import { appendixTemplate } from "@cchc/core";
import type { Command } from "../command.js";
import { CliError } from "../cliError.js";
import { takeForceFlag } from "../files/outputs/forceFlag.js";
import { writeNewFile } from "../files/outputs/writeNewFile.js";
import { templateToWorkbook } from "../files/outputs/writeTemplate.js";
import { readYear } from "../options.js";

export const template: Command = {
  name: "template",
  flags: { year: "value", out: "value", force: "switch" },
  usage: "cchc template --year YYYY --out TỆP.xlsx [--force]",
  summary: "Tạo phụ lục kế hoạch CCHC trống (.xlsx): cột chuẩn và cột theo dõi, các mục PAR INDEX, danh sách tình trạng, định dạng ngày, sẵn để in A4 ngang.",
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
    const bytes = new Uint8Array(await templateToWorkbook(spec).xlsx.writeBuffer());
    await writeNewFile(out, bytes, { force, extension: ".xlsx" });
    io.out(
      `Đã tạo phụ lục trống năm ${year}: "${out}" (trang tính "${spec.sheetName}", ${spec.columns.length} cột, ` +
        `dòng tiêu đề ở dòng ${spec.headerRow}). Các dòng "(Ví dụ)" là mẫu: sửa hoặc xóa trước khi dùng.`,
    );
    return 0;
  },
};
