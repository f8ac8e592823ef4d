// Excel adapter on the in-memory Office.js stand-in: time and requests (context.sync calls) of
// the task pane commands on generated appendices of 10,000 and 20,000 tasks. The stand-in costs
// nothing like a real Excel round trip; the figures that carry over are the request counts and
// the adapter + core time.
import "../test/excel-addin/excelStandIn.js";
import { annualSummary } from "../excel-addin/src/commands/annualSummary.js";
import { clearMarks } from "../excel-addin/src/commands/clearMarks.js";
import { validateSheet } from "../excel-addin/src/commands/validateSheet.js";
import { annualSummary as coreSummary, dayFromYMD, validateAppendix } from "../core/src/index.js";

interface StandIn {
  createWorkbook(sheets: Record<string, unknown[][]>): {
    settings: Map<string, unknown>;
    requirements: Record<string, string>;
    sheets: { id: string }[];
    activeId: string;
  };
  createContext(model: unknown): Excel.RequestContext & { syncCount: number };
}
const standIn = (globalThis as unknown as { CCHCStandIn: StandIn }).CCHCStandIn;

function appendix(tasks: number): unknown[][] {
  const rows: unknown[][] = [["STT", "Nội dung công việc", "Cơ quan chủ trì", "Cơ quan phối hợp", "Tiến độ thực hiện", "Kết quả/sản phẩm", "Hạn", "Ngày hoàn thành"]];
  const romans = ["I", "II", "III", "IV", "V", "VI", "VII", "VIII"];
  const per = Math.ceil(tasks / romans.length);
  let n = 0;
  for (const r of romans) {
    rows.push([r, `Lĩnh vực ${r}`, "", "", "", "", "", ""]);
    for (let i = 1; i <= per && n < tasks; i++, n++) {
      const month = (n % 12) + 1;
      rows.push([String(i), `Nhiệm vụ ${n + 1}`, n % 50 === 49 ? "" : `Phòng ${n % 5}`, "Văn phòng", `Tháng ${month}/2025`, "Báo cáo", "", n % 3 === 0 ? dayFromYMD(2025, month, 10) + 25569 : ""]);
    }
  }
  return rows;
}

function install(model: { settings: Map<string, unknown> }) {
  (globalThis as unknown as { Office: unknown }).Office = {
    context: {
      document: {
        settings: {
          get: (k: string) => model.settings.get(k) ?? null,
          set: (k: string, v: unknown) => model.settings.set(k, v),
          remove: (k: string) => model.settings.delete(k),
          saveAsync: (cb?: () => void) => cb?.(),
        },
      },
      requirements: { isSetSupported: () => true },
    },
  };
}

async function timed<T extends { syncs?: number }>(f: (ctx: Excel.RequestContext & { syncCount: number }) => Promise<T>, model: unknown) {
  const ctx = standIn.createContext(model);
  const t = performance.now();
  await f(ctx);
  return { ms: Math.round(performance.now() - t), syncs: ctx.syncCount };
}

export async function run(): Promise<Record<string, number | string>> {
  const out: Record<string, number | string> = {};
  const today = dayFromYMD(2025, 9, 30);
  for (const n of [10_000, 20_000]) {
    const cells = appendix(n);
    let t = performance.now();
    validateAppendix(cells, { planYear: 2025, asOf: today });
    out[`core_validate_${n}_ms`] = Math.round(performance.now() - t);
    t = performance.now();
    coreSummary(cells, { planYear: 2025, asOf: today });
    out[`core_summary_${n}_ms`] = Math.round(performance.now() - t);
    const model = standIn.createWorkbook({ "Kế hoạch": cells });
    install(model);
    const v = await timed((c) => validateSheet(c, { today }), model);
    out[`validate_${n}_ms`] = v.ms;
    out[`validate_${n}_syncs`] = v.syncs;
    model.activeId = model.sheets[0].id; // back to the plan (validation shows its report sheet)
    const s = await timed((c) => annualSummary(c, { today }), model);
    out[`summary_${n}_ms`] = s.ms;
    out[`summary_${n}_syncs`] = s.syncs;
    const c = await timed((ctx) => clearMarks(ctx), model);
    out[`clearMarks_${n}_ms`] = c.ms;
    out[`clearMarks_${n}_syncs`] = c.syncs;
  }
  out.note = "in-memory stand-in; syncs = Excel requests per command";
  return out;
}
