/**
 * Our own figures for linked evidence cells of `cchc score`: the plan completion rate from an
 * appendix (--plan) and the on-time, online and late rates from a one-stop export (--dossiers),
 * each computed by core exactly as `cchc summary` and `cchc dossiers` compute them.
 */
import {
  annualSummary,
  createDossierAccumulator,
  type Day,
  type DossierAccumulator,
  DossierHeaderError,
  dayFromYMD,
  type EvidenceLink,
  isDossierHeader,
  validateAppendix,
} from "@cchc/core";
import { CliError } from "../cliError.js";
import { streamDossierRows } from "../files/inputs/dossierStream.js";
import { loadPlanSheet, noTableMessage } from "../files/inputs/loadPlanSheet.js";

export interface LinkedFigures {
  links: Partial<Record<EvidenceLink, number>>;
  /** Dossier late rate, for the Kết luận 91 cap. */
  lateRate: number | null;
  /** One Vietnamese line per figure, saying where it came from. */
  lines: string[];
}

const pct = (x: number) => `${(x * 100).toFixed(2).replace(".", ",")}%`;

/** Plan completion = tasks done (early, on time or late) ÷ tasks, as of `asOf`. */
export async function planFigures(file: string, year: number, asOf: Day, out: LinkedFigures): Promise<void> {
  const plan = await loadPlanSheet(file);
  const report = validateAppendix(plan.cells, { planYear: year, asOf, merges: plan.merges });
  if (report.error !== undefined || !report.table) throw new CliError(noTableMessage(plan, report.error ?? "Không đọc được bảng phụ lục."));
  const s = annualSummary(report.table, { planYear: year, asOf });
  if (s.error !== undefined) throw new CliError(noTableMessage(plan, s.error));
  const t = s.totals;
  if (t.tasks === 0) throw new CliError(`Phụ lục "${file}" chưa có nhiệm vụ nào nên chưa tính được tỷ lệ hoàn thành kế hoạch.`);
  const done = t.doneEarly + t.doneOnTime + t.doneLate;
  out.links.planCompletion = done / t.tasks;
  out.lines.push(`Tỷ lệ hoàn thành kế hoạch (--plan "${file}"): ${done}/${t.tasks} nhiệm vụ = ${pct(done / t.tasks)}.`);
}

/** On-time, online and late rates of the dossiers received in [from, to]. */
export async function dossierFigures(file: string, from: Day, to: Day, out: LinkedFigures): Promise<void> {
  let acc: DossierAccumulator | null = null;
  let seen = 0;
  await streamDossierRows(file, (row, n) => {
    if (acc) return acc.add(row, n);
    if (seen++ >= 30 || !isDossierHeader(row)) return;
    try {
      acc = createDossierAccumulator(row, { from, to });
    } catch (e) {
      if (e instanceof DossierHeaderError) throw new CliError(`${e.message} (tệp "${file}", dòng ${n})`);
      throw e;
    }
  });
  if (acc === null) throw new CliError(`Không tìm thấy dòng tiêu đề của danh sách hồ sơ trong 30 dòng đầu của tệp "${file}" (cần các cột "Ngày tiếp nhận" và "Ngày hẹn trả").`);
  const r = (acc as DossierAccumulator).result();
  if (r.onTimeRate !== null) out.links.onTimeDossiers = r.onTimeRate;
  if (r.online.rate !== null) out.links.onlineDossiers = r.online.rate;
  out.lateRate = r.lateRate;
  out.lines.push(
    `Hồ sơ (--dossiers "${file}"): tỷ lệ đúng hạn ${r.onTimeRate === null ? "—" : pct(r.onTimeRate)}, trễ hạn ${r.lateRate === null ? "—" : pct(r.lateRate)}, ` +
      `trực tuyến ${r.online.rate === null ? "—" : pct(r.online.rate)}.`,
  );
}

export function yearRange(year: number): { from: Day; to: Day } {
  return { from: dayFromYMD(year, 1, 1), to: dayFromYMD(year, 12, 31) };
}
