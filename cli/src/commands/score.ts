import {
  checkRankBands,
  CRITERIA_COLUMN_LABELS,
  type CriteriaColumnKey,
  type Finding,
  pointsText,
  rateOf,
  type RankBands,
  type ScoreReport,
  scoreHeadline,
  scoreSelfAssessment,
  scoringSheetSpec,
  yearOf,
} from "@cchc/core";
import type { Command } from "../command.js";
import { CliError } from "../cliError.js";
import { takeForceFlag } from "../files/outputs/forceFlag.js";
import { loadCriteriaSheet } from "../files/inputs/loadCriteriaSheet.js";
import { noTableMessage } from "../files/inputs/loadPlanSheet.js";
import { writeNewFile } from "../files/outputs/writeNewFile.js";
import { sheetSpecsToXlsx } from "../files/outputs/writeWorkbook.js";
import { json, readDate, readFormat, readYear } from "../options.js";
import { dossierFigures, type LinkedFigures, planFigures, yearRange } from "./scoreLinks.js";

const USAGE =
  "cchc score <tệp .xlsx|.csv> [--sheet TÊN] [--bands 90,80,70] [--late-rate 0.06] [--plan TỆP --year YYYY [--as-of …]] " +
  "[--dossiers TỆP --year YYYY | --from … --to …] [--out TỆP.xlsx [--force]] [--format json]";

/** The JSON of issue 14, keys in its order, then the added fields. */
export function scoreJson(r: ScoreReport): Record<string, unknown> {
  return {
    maxTotal: r.maxTotal,
    selfTotal: r.selfTotal,
    suggestedTotal: r.suggestedTotal,
    percent: r.percent,
    selfPercent: r.selfPercent,
    band: r.band,
    criteria: r.criteria.map((c) => ({
      row: c.row,
      id: c.id,
      title: c.title,
      max: c.max,
      self: c.self,
      suggested: c.suggested,
      evidence: c.evidence,
      rule: c.rule,
      parent: c.parent,
      leaf: c.leaf,
      detail: c.detail,
    })),
    errors: r.errors,
    warnings: r.warnings,
    infos: r.infos,
    bandBeforeCap: r.bandBeforeCap,
    bands: r.bands,
    lateRate: r.lateRate,
    areas: r.areas,
    unscored: r.unscored,
  };
}

/** "90,80,70" (or "90;80;70", decimals with a point: "87.5,80,70"). */
export function readBands(value: string | true): RankBands {
  if (value === true) throw new CliError("Thiếu ngưỡng xếp hạng sau --bands, ví dụ --bands 90,80,70 (Tốt, Khá, Trung bình).");
  const parts = value.split(/[,;]/).map((s) => s.trim());
  const nums = parts.map(Number);
  if (parts.length !== 3 || nums.some((n, i) => parts[i] === "" || !Number.isFinite(n))) {
    throw new CliError(`--bands "${value}" không hợp lệ: cần 3 số cách nhau bởi dấu phẩy (Tốt, Khá, Trung bình), ví dụ --bands 90,80,70.`);
  }
  const b = checkRankBands(nums[0], nums[1], nums[2]);
  if (!b.ok) throw new CliError(`--bands: ${b.message}`);
  return b.bands;
}

function readLateRate(value: string | true): number {
  if (value === true) throw new CliError("Thiếu tỷ lệ sau --late-rate, ví dụ --late-rate 0.06 hoặc --late-rate 6%.");
  const r = rateOf(value);
  if (!r.ok) throw new CliError(`--late-rate: ${r.message}. Ví dụ --late-rate 0.06 hoặc --late-rate 6%.`);
  return r.rate;
}

const where = (f: Finding) => (f.column ? `${f.column}${f.row}` : `dòng ${f.row}`);

function findingLines(title: string, list: Finding[]): string[] {
  if (list.length === 0) return [];
  const w = Math.max(...list.map((f) => where(f).length));
  return ["", `${title} (${list.length})`, ...list.map((f) => `  ${where(f).padEnd(w)}  ${f.message} [${f.code}]`)];
}

const P = (n: number | null) => (n === null ? "—" : pointsText(n));
const clip = (t: string, n: number) => (t.length <= n ? t : `${t.slice(0, n - 1)}…`);

export function scoreText(r: ScoreReport, source: string, linked: string[]): string {
  const labels = CRITERIA_COLUMN_LABELS as Record<string, string>;
  const lines = [`Chấm điểm tự đánh giá CCHC: ${source}`];
  const cols = Object.entries(r.columns).map(([k, l]) => `${l} = ${labels[k as CriteriaColumnKey] ?? k}`);
  lines.push(`Cột nhận ra: ${cols.join("; ")} (dòng tiêu đề ${r.headerRow}).`);
  lines.push(...linked);
  lines.push(scoreHeadline(r));
  lines.push(r.bandsText ? `Ngưỡng xếp hạng: ${r.bandsText}.` : "Chưa xếp hạng: thêm --bands 90,80,70 (theo quy định của tỉnh) hoặc dòng \"Ngưỡng xếp hạng: 90; 80; 70\" phía trên bảng.");
  lines.push(`Kết quả: ${r.errors.length === 0 ? "KHÔNG CÓ LỖI" : `CÓ ${r.errors.length} LỖI cần sửa`}; ${r.warnings.length} cảnh báo, ${r.infos.length} thông tin.`);
  lines.push("", "Theo lĩnh vực (tối đa / tự chấm / đề xuất):");
  for (const a of r.areas) lines.push(`  ${a.id.padEnd(4)} ${clip(a.title, 50).padEnd(50)} ${P(a.max).padStart(6)} ${P(a.self).padStart(6)} ${P(a.suggested).padStart(6)}`);
  lines.push(`  ${"".padEnd(4)} ${"Tổng cộng".padEnd(50)} ${P(r.maxTotal).padStart(6)} ${P(r.selfTotal).padStart(6)} ${P(r.suggestedTotal).padStart(6)}`);
  lines.push("", "Từng tiêu chí (tối đa / tự chấm / đề xuất — giải thích):");
  for (const c of r.criteria.filter((x) => x.leaf)) {
    lines.push(`  ${c.id.padEnd(7)} ${P(c.max).padStart(5)} ${P(c.self).padStart(5)} ${P(c.suggested).padStart(5)}  ${clip(c.title, 40)} — ${c.detail}`);
  }
  lines.push(...findingLines("LỖI — cần sửa", r.errors), ...findingLines("CẢNH BÁO — nên xem lại", r.warnings), ...findingLines("THÔNG TIN", r.infos));
  return lines.join("\n");
}

export const score: Command = {
  name: "score",
  flags: {
    sheet: "value",
    bands: "value",
    "late-rate": "value",
    plan: "value",
    dossiers: "value",
    year: "value",
    "as-of": "value",
    from: "value",
    to: "value",
    out: "value",
    force: "switch",
  },
  usage: USAGE,
  summary:
    "Chấm điểm tự đánh giá CCHC trên bảng tiêu chí của tỉnh: đọc cách tính điểm, đề xuất điểm từ kết quả thực hiện, cộng điểm, chỉ số %, xếp hạng (Kết luận 91). Mã thoát 0: không lỗi, 1: có lỗi, 2: không dùng được tệp.",
  async run(args, io) {
    const format = readFormat(args);
    const force = takeForceFlag(args);
    const [file, ...extra] = args.positionals;
    if (file === undefined) throw new CliError(`Thiếu tệp bảng tự chấm điểm. Cách dùng: ${USAGE}`);
    if (extra.length > 0) throw new CliError(`Chỉ chấm một tệp mỗi lần (thừa: ${extra.join(" ")}). Cách dùng: ${USAGE}`);
    const o = args.options;
    if (o.sheet === true) throw new CliError('Thiếu tên trang tính sau --sheet, ví dụ --sheet "Tự chấm điểm".');
    const bands = o.bands === undefined ? undefined : readBands(o.bands);
    let lateRate = o["late-rate"] === undefined ? undefined : readLateRate(o["late-rate"]);
    const out = o.out;
    if (out === true) throw new CliError("Thiếu tên tệp sau --out, ví dụ --out ket-qua-cham-diem.xlsx.");
    for (const k of ["plan", "dossiers"] as const) if (o[k] === true) throw new CliError(`Thiếu tên tệp sau --${k}.`);
    const year = o.year === undefined ? undefined : readYear(o.year, "năm đánh giá (--year)");

    const linked: LinkedFigures = { links: {}, lateRate: null, lines: [] };
    if (typeof o.plan === "string") {
      const asOf = o["as-of"] === undefined ? undefined : readDate(o["as-of"], "ngày báo cáo (--as-of)");
      const y = year ?? (asOf !== undefined ? yearOf(asOf) : undefined);
      if (y === undefined) throw new CliError("Với --plan cần năm kế hoạch: thêm --year, ví dụ --year 2025.");
      await planFigures(o.plan, y, asOf ?? yearRange(y).to, linked);
    }
    if (typeof o.dossiers === "string") {
      let range: { from: number; to: number };
      if (o.from !== undefined || o.to !== undefined) range = { from: readDate(o.from, "ngày đầu kỳ (--from)"), to: readDate(o.to, "ngày cuối kỳ (--to)") };
      else if (year !== undefined) range = yearRange(year);
      else throw new CliError("Với --dossiers cần kỳ thống kê: thêm --year YYYY (cả năm) hoặc --from … --to ….");
      if (range.from > range.to) throw new CliError("Kỳ thống kê không hợp lệ: --from sau --to.");
      await dossierFigures(o.dossiers, range.from, range.to, linked);
      if (lateRate === undefined && linked.lateRate !== null) lateRate = linked.lateRate;
    }

    const sheet = await loadCriteriaSheet(file, typeof o.sheet === "string" ? o.sheet : undefined);
    for (const n of sheet.notices) io.err(n);
    const report = scoreSelfAssessment(sheet.cells, { bands, lateRate, links: linked.links });
    if (report.error !== undefined) throw new CliError(noTableMessage(sheet, report.error));
    const source = `${sheet.file}${sheet.format === "xlsx" ? `, trang tính "${sheet.sheetName}"` : ""}`;
    if (typeof out === "string") {
      const bytes = await sheetSpecsToXlsx([scoringSheetSpec(report, source)]);
      await writeNewFile(out, bytes, { force, extension: ".xlsx" });
    }
    if (format === "json") {
      io.out(json(scoreJson(report)));
      for (const l of linked.lines) io.err(l);
      if (typeof out === "string") io.err(`Đã ghi kết quả chấm điểm vào "${out}".`);
    } else {
      io.out(scoreText(report, source, linked.lines) + (typeof out === "string" ? `\n\nĐã ghi kết quả chấm điểm vào "${out}".` : ""));
    }
    return report.errors.length > 0 ? 1 : 0;
  },
};
