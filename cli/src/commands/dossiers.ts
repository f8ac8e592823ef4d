import { basename } from "node:path";
import {
  type DossierFigures,
  type DossierGroupBy,
  type DossierStatsResult,
  type LateRateDenominator,
  returnedNote,
  type ReturnedTreatment,
  toISO,
  toVN,
  formatPercentVN,
} from "@cchc/core";
import type { Command } from "../command.js";
import { CliError } from "../cliError.js";
import { dossierWorkbook } from "../files/outputs/dossierWorkbook.js";
import { takeForceFlag } from "../files/outputs/forceFlag.js";
import { checkOutPath, writeNewFile } from "../files/outputs/writeNewFile.js";
import { dossierStatsOfFile } from "../files/inputs/dossierStatsOfFile.js";
import { json, readDate, readFormat } from "../options.js";
import { CALENDAR_FLAGS, CALENDAR_OPTIONS_USAGE, readCalendarOptions } from "./calendarOptions.js";


const USAGE =
  "cchc dossiers <tệp.csv|tệp.xlsx> --from YYYY-MM-DD --to YYYY-MM-DD [--by unit|staff] " +
  "[--denominator resolvedAndPending|resolvedOnly] [--returned on-time|late|excluded] [--sheet TÊN] [--out TỆP.xlsx [--force]] " +
  `${CALENDAR_OPTIONS_USAGE} [--format json]`;

/** The figures as the CLI contract prints them (rates as fractions, null when undefined). */
function figuresJson(f: DossierFigures) {
  return {
    received: f.received,
    carriedOver: f.carriedOver,
    resolved: f.resolved,
    pending: f.pending,
    lateRate: f.lateRate,
    onTimeRate: f.onTimeRate,
    online: f.online,
    onlinePayment: f.onlinePayment,
    lateRateParts: f.lateRateParts,
  };
}

export function dossiersJson(r: DossierStatsResult) {
  return {
    from: toISO(r.from),
    to: toISO(r.to),
    ...figuresJson(r),
    by: r.by,
    denominator: r.denominator,
    returnedAs: r.returnedAs,
    groups: r.groups.map((g) => ({ key: g.key, unit: g.unit, ...figuresJson(g), kl91: g.kl91 })),
    invalidRows: r.invalidRows,
    rowsRead: r.rowsRead,
    outsidePeriod: r.outsidePeriod,
    returnedExcluded: r.returnedExcluded,
    notReceived: r.notReceived,
    cancelled: r.cancelled,
    groupRows: r.groupRows,
    warnings: r.warnings,
  };
}

const n = (x: number): string => x.toLocaleString("de-DE"); // 615.045
const pct = (x: number | null): string => (x === null ? "—" : formatPercentVN(x));

function textReport(r: DossierStatsResult, file: string): string {
  const lines = [
    `Hồ sơ TTHC trong tệp "${basename(file)}", kỳ từ ${toVN(r.from)} đến ${toVN(r.to)}`,
    `  Tiếp nhận trong kỳ: ${n(r.received)} (trực tuyến ${n(r.online.received)}, tỷ lệ ${pct(r.online.rate)}); từ kỳ trước: ${n(r.carriedOver)}`,
    `  Đã giải quyết: ${n(r.resolved.total)} (trước hạn ${n(r.resolved.early)}, đúng hạn ${n(r.resolved.onTime)}, quá hạn ${n(r.resolved.late)}; trong đó trả lại/xin rút/dừng xử lý ${n(r.resolved.returned)})`,
    `  Đang giải quyết đến ${toVN(r.to)}: ${n(r.pending.total)} (trong hạn ${n(r.pending.withinDeadline)}, trong đó chờ bổ sung ${n(r.pending.waitingSupplement)}; quá hạn ${n(r.pending.overdue)})`,
    // The rate and its parts come from core together (lateRateParts): printed, never recomputed.
    `  Tỷ lệ trễ hạn: ${pct(r.lateRateParts.rate)} = ${n(r.lateRateParts.numerator)} ÷ ${n(r.lateRateParts.denominator)}${
      r.lateRateParts.basis === "resolvedOnly" ? " (chỉ tính hồ sơ đã giải quyết)" : ""
    }; đúng hạn: ${pct(r.onTimeRate)}`,
    `  ${returnedNote(r.returnedAs, r.returnedExcluded)}`,
  ];
  if (r.notReceived + r.cancelled > 0) lines.push(`  Không tính: ${n(r.notReceived)} hồ sơ không được tiếp nhận, ${n(r.cancelled)} hồ sơ đã hủy (theo cột trạng thái)`);
  if (r.onlinePayment.recorded > 0) lines.push(`  Thanh toán trực tuyến: ${n(r.onlinePayment.paid)}/${n(r.onlinePayment.recorded)} (${pct(r.onlinePayment.rate)})`);
  const flagged = r.groups.filter((g) => g.kl91.notEligible);
  lines.push("", `Theo ${r.by === "unit" ? "đơn vị" : "cán bộ xử lý"} (${r.groups.length}); không đạt Kết luận 91-KL/TU: ${flagged.length}`);
  const who = (g: (typeof r.groups)[number]): string => (r.by === "staff" ? `${g.key} (${g.unit})` : g.key);
  for (const g of r.groups) {
    lines.push(
      `  ${g.kl91.notEligible ? "✗" : "·"} ${who(g)}: trễ hạn ${n(g.lateRateParts.numerator)} ÷ ${n(g.lateRateParts.denominator)} hồ sơ (${pct(g.lateRateParts.rate)})`,
    );
  }
  for (const g of flagged) lines.push(`    ${who(g)}: ${g.kl91.reason}`);
  if (r.invalidRows.length > 0) {
    lines.push("", `Dòng lỗi (không được tính): ${n(r.invalidRows.length)}`);
    for (const e of r.invalidRows.slice(0, 20)) lines.push(`  Dòng ${e.row}: ${e.message}`);
    if (r.invalidRows.length > 20) lines.push(`  … và ${n(r.invalidRows.length - 20)} dòng khác (xem --format json hoặc --out).`);
  }
  for (const w of r.warnings) lines.push(`Lưu ý: ${w}`);
  return lines.join("\n");
}

function readBy(v: string | true | undefined): DossierGroupBy | undefined {
  if (v === undefined) return undefined;
  if (v === "unit" || v === "staff") return v;
  throw new CliError(`--by "${v === true ? "" : v}" không hợp lệ: dùng --by unit (theo đơn vị) hoặc --by staff (theo cán bộ xử lý).`);
}

function readReturned(v: string | true | undefined): ReturnedTreatment | undefined {
  if (v === undefined) return undefined;
  if (v === "on-time" || v === "onTime") return "onTime";
  if (v === "late" || v === "excluded") return v;
  throw new CliError(
    `--returned "${v === true ? "" : v}" không hợp lệ: dùng on-time (tính hồ sơ trả lại/xin rút là đúng hạn, mặc định như biểu II.06a của phần mềm một cửa), late (tính là quá hạn) hoặc excluded (không tính).`,
  );
}

function readDenominator(v: string | true | undefined): LateRateDenominator | undefined {
  if (v === undefined) return undefined;
  if (v === "resolvedAndPending" || v === "resolvedOnly") return v;
  throw new CliError(
    `--denominator "${v === true ? "" : v}" không hợp lệ: dùng resolvedAndPending (đã + đang giải quyết, mặc định) hoặc resolvedOnly (chỉ hồ sơ đã giải quyết).`,
  );
}

export const dossiers: Command = {
  name: "dossiers",
  flags: { from: "value", to: "value", by: "value", denominator: "value", returned: "value", sheet: "value", out: "value", force: "switch", ...CALENDAR_FLAGS },
  usage: USAGE,
  summary:
    "Thống kê hồ sơ TTHC từ tệp xuất của phần mềm một cửa: biểu II.06a, tỷ lệ trễ hạn, đối chiếu Kết luận 91 theo đơn vị/cán bộ.",
  async run(args, io) {
    const format = readFormat(args);
    const force = takeForceFlag(args);
    const [file, extra] = args.positionals;
    if (file === undefined) throw new CliError(`Thiếu tệp danh sách hồ sơ (.csv hoặc .xlsx). Cách dùng: ${USAGE}`);
    if (extra !== undefined) throw new CliError(`Thừa tham số "${extra}". Cách dùng: ${USAGE}`);
    const from = readDate(args.options.from, "ngày đầu kỳ (--from)");
    const to = readDate(args.options.to, "ngày cuối kỳ (--to)");
    if (from > to) throw new CliError(`Kỳ báo cáo không hợp lệ: --from ${toVN(from)} sau --to ${toVN(to)}.`);
    const by = readBy(args.options.by);
    const denominator = readDenominator(args.options.denominator);
    const returned = readReturned(args.options.returned);
    const calendar = readCalendarOptions(args);
    const out = args.options.out;
    if (out === true) throw new CliError("Thiếu tên tệp sau --out (ví dụ --out bieu-II06a.xlsx).");
    if (out !== undefined) await checkOutPath(out, { force, extension: ".xlsx", inputs: [file] });
    const sheet = typeof args.options.sheet === "string" ? args.options.sheet : undefined;

    const result = await dossierStatsOfFile(file, { from, to, by, denominator, returned, calendar, sheet });
    if (out !== undefined) {
      const wb = await dossierWorkbook(result);
      await writeNewFile(out, new Uint8Array(await wb.xlsx.writeBuffer()), { force, extension: ".xlsx", inputs: [file] });
    }
    io.out(format === "json" ? json(dossiersJson(result)) : textReport(result, file));
    if (out !== undefined && format !== "json") io.err(`Đã ghi biểu II.06a vào "${out}".`);
    return 0;
  },
};
