import { basename } from "node:path";
import {
  formatPercentVN,
  isOwnReportWorkbook,
  rollup as rollupUnits,
  type RollupResult,
  type RollupSkipped,
  type RollupUnitInput,
  rollupSheetSpecs,
  toISO,
  shortReason,
  summariseUnit,
  toVN,
  unitNameFromFile,
} from "@cchc/core";
import type { Command } from "../command.js";
import { CliError } from "../cliError.js";
import { findInputFiles } from "../files/inputs/findInputFiles.js";
import { takeForceFlag } from "../files/outputs/forceFlag.js";
import { loadPlanSheet } from "../files/inputs/loadPlanSheet.js";
import { writeNewFile } from "../files/outputs/writeNewFile.js";
import { sheetSpecsToXlsx } from "../files/outputs/writeWorkbook.js";
import { json, readDate, readFormat, readYear } from "../options.js";

const USAGE = "cchc rollup <thư mục|tệp…> --year YYYY --as-of YYYY-MM-DD [--out TỆP.xlsx [--force]] [--format json]";

/** The JSON of the issue's contract. */
export function rollupJson(r: RollupResult) {
  return {
    year: r.year,
    asOf: r.asOf,
    units: r.units.map((u) => ({ unit: u.unit, file: u.file, totals: u.totals, lateRate: u.lateRate, errors: u.errors, warnings: u.warnings, rank: u.rank })),
    skipped: r.skipped,
    totals: r.totals,
    lateRate: r.lateRate,
  };
}

const rateText = (rate: number | null): string => (rate === null ? "—" : formatPercentVN(rate));

function rollupText(r: RollupResult): string {
  const pad = (s: string, n: number) => (s.length >= n ? s.slice(0, n) : s + " ".repeat(n - s.length));
  const lines = [
    `TỔNG HỢP KẾ HOẠCH CCHC NĂM ${r.year} CỦA ${r.units.length} ĐƠN VỊ — tính đến ngày ${toVN(readDate(r.asOf, "ngày báo cáo"))}`,
    "",
    `  ${pad("Thứ", 4)} ${pad("Đơn vị", 40)} ${"Nhiệm vụ".padStart(8)} ${"Trễ hạn".padStart(8)} ${"Quá hạn".padStart(8)} ${"Tỷ lệ trễ".padStart(10)} ${"Lỗi".padStart(5)}`,
    ...r.units.map(
      (u) =>
        `  ${pad(u.rank === null ? "—" : String(u.rank), 4)} ${pad(u.unit, 40)} ${String(u.totals.tasks).padStart(8)} ${String(u.totals.doneLate).padStart(8)} ${String(u.totals.overdue).padStart(8)} ${rateText(u.lateRate).padStart(10)} ${String(u.errors).padStart(5)}`,
    ),
    `  ${pad("", 4)} ${pad("Toàn tỉnh", 40)} ${String(r.totals.tasks).padStart(8)} ${String(r.totals.doneLate).padStart(8)} ${String(r.totals.overdue).padStart(8)} ${rateText(r.lateRate).padStart(10)}`,
  ];
  if (r.skipped.length > 0) {
    lines.push("", `Tệp không dùng được (${r.skipped.length}):`, ...r.skipped.map((s) => `  ${s.file}: ${s.reason}`));
  }
  return lines.join("\n");
}

export const rollup: Command = {
  name: "rollup",
  flags: { year: "value", "as-of": "value", out: "value", force: "switch" },
  usage: USAGE,
  summary:
    "Tổng hợp kế hoạch CCHC của nhiều đơn vị (mọi tệp .xlsx/.csv trong thư mục): số liệu từng đơn vị như cchc summary, tổng toàn tỉnh, xếp thứ theo tỷ lệ trễ hạn, danh sách quá hạn; --out ghi bảng tổng hợp .xlsx.",
  async run(args, io) {
    const format = readFormat(args);
    const force = takeForceFlag(args);
    if (args.positionals.length === 0) throw new CliError(`Thiếu thư mục hoặc tệp cần tổng hợp. Cách dùng: ${USAGE}`);
    if (args.options.year === undefined) throw new CliError("Thiếu năm kế hoạch: thêm --year, ví dụ --year 2025.");
    if (args.options["as-of"] === undefined) throw new CliError("Thiếu ngày báo cáo: thêm --as-of, ví dụ --as-of 2025-12-31.");
    const planYear = readYear(args.options.year, "năm kế hoạch (--year)");
    const asOf = readDate(args.options["as-of"], "ngày báo cáo (--as-of)");
    const out = args.options.out;
    if (out === true) throw new CliError("Thiếu tên tệp sau --out, ví dụ --out tong-hop-cac-don-vi.xlsx.");

    const files = await findInputFiles(args.positionals, typeof out === "string" ? [out] : []);
    if (files.length === 0) throw new CliError(`Không có tệp .xlsx hay .csv nào trong ${args.positionals.map((p) => `"${p}"`).join(", ")}.`);
    const units: RollupUnitInput[] = [];
    const skipped: RollupSkipped[] = [];
    const progress = format !== "json" && files.length >= 20;
    for (const [k, file] of files.entries()) {
      if (progress && (k % 25 === 0 || k === files.length - 1)) io.err(`Đang đọc tệp ${k + 1}/${files.length}…`);
      try {
        const plan = await loadPlanSheet(file);
        if (plan.format === "xlsx" && isOwnReportWorkbook(plan.sheetNames)) {
          skipped.push({ file, reason: `Là bảng kết quả do cchc tạo ra (trang "${plan.sheetNames[0]}"), không phải phụ lục của một đơn vị.` });
          continue;
        }
        const r = summariseUnit({ source: file, fallbackName: unitNameFromFile(basename(file)), cells: plan.cells, merges: plan.merges }, { planYear, asOf });
        if ("skip" in r) skipped.push({ file, reason: r.skip });
        else units.push(r.unit);
      } catch (e) {
        if (!(e instanceof CliError)) throw e;
        skipped.push({ file, reason: shortReason(e.message) });
      }
    }
    if (units.length === 0) {
      throw new CliError(`Không tệp nào có bảng phụ lục dùng được (${files.length} tệp đã xem):\n${skipped.map((s) => `  ${s.file}: ${s.reason}`).join("\n")}`);
    }
    const result = rollupUnits(units, { year: planYear, asOf: toISO(asOf), skipped });
    if (typeof out === "string") {
      const bytes = await sheetSpecsToXlsx(rollupSheetSpecs(result));
      await writeNewFile(out, bytes, { force, extension: ".xlsx", inputs: files });
    }
    if (format === "json") io.out(json(rollupJson(result)));
    else io.out(rollupText(result) + (typeof out === "string" ? `\n\nĐã ghi bảng tổng hợp vào "${out}".` : ""));
    return units.some((u) => u.errors > 0) ? 1 : 0;
  },
};
