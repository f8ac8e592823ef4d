import { basename } from "node:path";
import {
  formatPercentVN,
  isOwnReportWorkbook,
  dayFromYMD,
  type RollupExport,
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
import { dossierStatsOfFile } from "../files/inputs/dossierStatsOfFile.js";
import { findInputFiles } from "../files/inputs/findInputFiles.js";
import { takeForceFlag } from "../files/outputs/forceFlag.js";
import { loadPlanSheet } from "../files/inputs/loadPlanSheet.js";
import { writeNewFile } from "../files/outputs/writeNewFile.js";
import { specsToXlsx } from "../render/specToXlsx.js";
import { json, readDate, readFormat, readYear } from "../options.js";

const USAGE = "cchc rollup <thư mục|tệp…> --year YYYY --as-of YYYY-MM-DD [--from … --to … (kỳ của tệp hồ sơ)] [--out TỆP.xlsx [--force]] [--format json]";

/** The JSON of the issue's contract. */
export function rollupJson(r: RollupResult) {
  return {
    year: r.year,
    asOf: r.asOf,
    units: r.units.map((u) => ({ unit: u.unit, file: u.file, totals: u.totals, lateRate: u.lateRate, errors: u.errors, warnings: u.warnings, rank: u.rank })),
    skipped: r.skipped,
    totals: r.totals,
    lateRate: r.lateRate,
    dossiers: r.exports.map((x) => ({
      file: x.file,
      from: toISO(x.stats.from),
      to: toISO(x.stats.to),
      received: x.stats.received,
      resolved: x.stats.resolved,
      pending: x.stats.pending,
      lateRate: x.stats.lateRate,
      units: x.stats.groups.map((g) => ({ unit: g.key, lateRate: g.lateRate, kl91NotEligible: g.kl91.notEligible })),
      invalidRows: x.stats.invalidRows.length,
    })),
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
  for (const x of r.exports) {
    const notOk = x.stats.groups.filter((g) => g.kl91.notEligible).map((g) => g.key);
    lines.push(
      "",
      `Hồ sơ TTHC — ${x.file} (${toVN(x.stats.from)} – ${toVN(x.stats.to)}): tỷ lệ trễ hạn ${rateText(x.stats.lateRate)}, ${x.stats.groups.length} đơn vị` +
        (notOk.length > 0 ? `; không đủ điều kiện xếp loại Tốt (Kết luận 91): ${notOk.join(", ")}` : ""),
    );
  }
  if (r.skipped.length > 0) {
    lines.push("", `Tệp không dùng được (${r.skipped.length}):`, ...r.skipped.map((s) => `  ${s.file}: ${s.reason}`));
  }
  return lines.join("\n");
}

export const rollup: Command = {
  name: "rollup",
  flags: { year: "value", "as-of": "value", from: "value", to: "value", out: "value", force: "switch" },
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
    // the period of the one-stop exports: 01/01 of the plan year to the reporting date, unless given
    const from = args.options.from === undefined ? dayFromYMD(planYear, 1, 1) : readDate(args.options.from, "ngày đầu kỳ hồ sơ (--from)");
    const to = args.options.to === undefined ? asOf : readDate(args.options.to, "ngày cuối kỳ hồ sơ (--to)");
    if (from > to) throw new CliError(`Kỳ thống kê hồ sơ không hợp lệ: từ ${toVN(from)} sau đến ${toVN(to)}.`);

    const files = await findInputFiles(args.positionals, typeof out === "string" ? [out] : []);
    if (files.length === 0) throw new CliError(`Không có tệp .xlsx hay .csv nào trong ${args.positionals.map((p) => `"${p}"`).join(", ")}.`);
    const units: RollupUnitInput[] = [];
    const skipped: RollupSkipped[] = [];
    const exports: RollupExport[] = [];
    /** A file that is not a plan may be a one-stop export: counted as `cchc dossiers` does, else skipped with both reasons. */
    const tryExport = async (file: string, planReason: string): Promise<void> => {
      try {
        exports.push({ file, stats: await dossierStatsOfFile(file, { from, to, by: "unit" }) });
      } catch (e) {
        if (!(e instanceof CliError)) throw e;
        skipped.push({ file, reason: planReason });
      }
    };
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
        if ("skip" in r) await tryExport(file, r.skip);
        else units.push(r.unit);
      } catch (e) {
        if (!(e instanceof CliError)) throw e;
        await tryExport(file, shortReason(e.message));
      }
    }
    if (units.length === 0 && exports.length === 0) {
      throw new CliError(`Không tệp nào có bảng phụ lục hay danh sách hồ sơ dùng được (${files.length} tệp đã xem):\n${skipped.map((s) => `  ${s.file}: ${s.reason}`).join("\n")}`);
    }
    const result = rollupUnits(units, { year: planYear, asOf: toISO(asOf), skipped, exports });
    if (typeof out === "string") {
      const bytes = await specsToXlsx(rollupSheetSpecs(result));
      await writeNewFile(out, bytes, { force, extension: ".xlsx", inputs: files });
    }
    if (format === "json") io.out(json(rollupJson(result)));
    else io.out(rollupText(result) + (typeof out === "string" ? `\n\nĐã ghi bảng tổng hợp vào "${out}".` : ""));
    return units.some((u) => u.errors > 0) ? 1 : 0;
  },
};
