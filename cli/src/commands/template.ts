import { appendixTemplate, criteriaTemplate, SETTINGS_LABELS, SETTINGS_NAMES, SETTINGS_SHEET, templateLeadList } from "@cchc/core";
import type { Command } from "../command.js";
import { CliError } from "../cliError.js";
import { takeForceFlag } from "../files/outputs/forceFlag.js";
import { writeNewFile } from "../files/outputs/writeNewFile.js";
import { templateToWorkbook } from "../files/outputs/writeTemplate.js";
import { criteriaTemplateWorkbook } from "../files/outputs/writeCriteriaTemplate.js";
import { readYear } from "../options.js";

export const template: Command = {
  name: "template",
  flags: { year: "value", out: "value", force: "switch", scoring: "switch" },
  usage: "cchc template --year YYYY --out TỆP.xlsx [--force] | cchc template --scoring --out TỆP.xlsx [--force]",
  summary:
    "Tạo phụ lục kế hoạch CCHC trống (.xlsx): cột chuẩn và cột theo dõi, các mục PAR INDEX, danh sách tình trạng, định dạng ngày, trang \"CCHC – Cài đặt\" dùng chung với hai phần bổ trợ, sẵn để in A4 ngang; với --scoring: bảng tự chấm điểm trống có vùng ví dụ.",
  async run(args, io) {
    const force = takeForceFlag(args);
    const scoring = args.options.scoring;
    if (typeof scoring === "string") args.positionals.push(scoring);
    if (args.positionals.length > 0) {
      throw new CliError(`Lệnh template không nhận tệp đầu vào (thừa: ${args.positionals.join(" ")}). Cách dùng: ${template.usage}`);
    }
    if (scoring !== undefined) return writeScoringTemplate(args.options.out, force, io);
    if (args.options.year === undefined) throw new CliError("Thiếu năm kế hoạch: thêm --year, ví dụ --year 2026.");
    const year = readYear(args.options.year, "năm kế hoạch (--year)");
    const out = args.options.out;
    if (out === undefined || out === true) {
      throw new CliError(`Thiếu tệp kết quả: thêm --out, ví dụ --out phu-luc-${year}.xlsx.`);
    }
    const spec = appendixTemplate(year);
    // with the settings sheet both add-ins read and write: names, plan year, the unit list
    const wb = templateToWorkbook(spec);
    const units = templateLeadList(spec).units;
    const bytes = new Uint8Array(await wb.xlsx.writeBuffer());
    await writeNewFile(out, bytes, { force, extension: ".xlsx" });
    io.out(
      `Đã tạo phụ lục trống năm ${year}: "${out}" (trang tính "${spec.sheetName}", ${spec.columns.length} cột, ` +
        `dòng tiêu đề ở dòng ${spec.headerRow}), kèm trang "${SETTINGS_SHEET}" (năm kế hoạch ${year}; ` +
        `tên ${Object.values(SETTINGS_NAMES).join(", ")} dùng được trong công thức). Các dòng "(Ví dụ)" là mẫu: sửa hoặc xóa trước khi dùng. ` +
        `Cột "Cơ quan chủ trì" chọn từ danh sách "${SETTINGS_LABELS.units}" (cột E trang "${SETTINGS_SHEET}", đang có ${units.length} đơn vị của các dòng ví dụ): ` +
        `ghi đơn vị của cơ quan vào đó một lần; tên khác vẫn gõ được (có cảnh báo).`,
    );
    return 0;
  },
};

/** `cchc template --scoring`: a blank criteria sheet with its example area marked. */
async function writeScoringTemplate(out: string | true | undefined, force: boolean, io: Parameters<Command["run"]>[1]): Promise<number> {
  if (out === undefined || out === true) throw new CliError("Thiếu tệp kết quả: thêm --out, ví dụ --out tu-cham-diem.xlsx.");
  const t = criteriaTemplate();
  const bytes = new Uint8Array(await criteriaTemplateWorkbook(t).xlsx.writeBuffer());
  await writeNewFile(out, bytes, { force, extension: ".xlsx" });
  io.out(
    `Đã tạo bảng tự chấm điểm trống: "${out}" (trang tính "${t.sheetName}", dòng tiêu đề ở dòng ${t.headerRow}). ` +
      `Các dòng ${t.exampleRows.from}–${t.exampleRows.to} tô vàng, ghi "(Ví dụ)", chỉ để minh họa: sửa hoặc xóa trước khi chấm. ` +
      `Ghi ngưỡng xếp hạng của tỉnh vào ô B2, rồi chạy: cchc score "${out}".`,
  );
  return 0;
}
