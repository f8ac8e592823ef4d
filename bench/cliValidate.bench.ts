// `cchc validate` end to end on a 20,000-task .xlsx: the built CLI spawned as a user runs it
// (node start, streamed .xlsx read, core validation, JSON printed). Target: under 10 s.
import { execFileSync, spawnSync } from "node:child_process";
import { existsSync, mkdtempSync, rmSync, statSync } from "node:fs";
import { tmpdir } from "node:os";
import { createRequire } from "node:module";
import { join, resolve } from "node:path";
import type ExcelJSType from "exceljs";

// bench/run.mjs bundles this file into a temporary folder with exceljs left external:
// load exceljs from the repository's node_modules.
const ExcelJS = createRequire(resolve(process.cwd(), "package.json"))("exceljs") as typeof ExcelJSType;

const TASKS = 20_000;
const SECTIONS = ["I", "II", "III", "IV", "V", "VI", "VII", "VIII", "IX", "X"];
const SCHEDULES = ["Trong năm 2025", "Quý I năm 2025", "Quý III/2025", "Tháng 6/2025", "Trước ngày 05/12/2025", "Thường xuyên", "Theo kế hoạch của Bộ Nội vụ", "6 tháng đầu năm 2025"];
const UNITS = ["Văn phòng chủ trì, phối hợp các phòng, đơn vị trực thuộc", "Phòng Quản lý doanh nghiệp thực hiện", "Thanh tra chủ trì, phối hợp Văn phòng", "Tất cả các phòng, đơn vị trực thuộc thực hiện"];

/** A plan appendix: title rows, header, 10 Roman sections of 2,000 numbered tasks, tracking columns. */
async function writePlan(file: string): Promise<void> {
  const wb = new ExcelJS.stream.xlsx.WorkbookWriter({ filename: file, useStyles: true, useSharedStrings: true });
  const ws = wb.addWorksheet("Phụ lục");
  ws.addRow(["PHỤ LỤC NHIỆM VỤ CẢI CÁCH HÀNH CHÍNH NĂM 2025"]).commit();
  ws.addRow(["(Kèm theo Kế hoạch số 607/KH-KKTKCN)"]).commit();
  ws.addRow(["STT", "Nội dung công việc", "Trách nhiệm thực hiện", "Tiến độ thực hiện", "Kết quả/sản phẩm", "Ngày hoàn thành", "Ghi chú"]).commit();
  const perSection = TASKS / SECTIONS.length;
  let n = 0;
  for (const s of SECTIONS) {
    ws.addRow([s, `Lĩnh vực ${s} của Chỉ số cải cách hành chính`]).commit();
    for (let i = 1; i <= perSection; i++, n++) {
      const done = n % 3 !== 0 ? new Date(Date.UTC(2025, n % 9, 1 + (n % 28))) : null;
      const row = ws.addRow([
        i,
        `Nhiệm vụ ${n + 1}: rà soát, đơn giản hóa thủ tục hành chính và công khai kết quả giải quyết`,
        UNITS[n % UNITS.length],
        SCHEDULES[n % SCHEDULES.length],
        "Báo cáo kết quả thực hiện",
        done,
        n % 50 === 0 ? "Đã báo cáo Sở Nội vụ" : null,
      ]);
      if (done) row.getCell(6).numFmt = "dd/mm/yyyy";
      row.commit();
    }
  }
  await ws.commit();
  await wb.commit();
}

export async function run(): Promise<Record<string, number | string>> {
  const repo = process.cwd();
  const bin = resolve(repo, "cli/bin/cchc.cjs");
  if (!existsSync(bin)) throw new Error("run from the repository root (npm run bench)");
  execFileSync(process.execPath, [resolve(repo, "cli/build.mjs")], { cwd: repo, stdio: "pipe" });
  const dir = mkdtempSync(join(tmpdir(), "cchc-bench-cli-"));
  try {
    const file = join(dir, "ke-hoach-20000.xlsx");
    const g0 = performance.now();
    await writePlan(file);
    const generateMs = performance.now() - g0;
    const times: number[] = [];
    let tasks = 0;
    let code = -1;
    for (let i = 0; i < 3; i++) {
      const t0 = performance.now();
      const r = spawnSync(process.execPath, [bin, "validate", file, "--year", "2025", "--as-of", "2025-09-30", "--format", "json"], {
        encoding: "utf8",
        maxBuffer: 512 * 1024 * 1024,
      });
      times.push(performance.now() - t0);
      code = r.status ?? -1;
      if (code !== 0 && code !== 1) throw new Error(`cchc validate exited ${code}: ${r.stderr}`);
      tasks = JSON.parse(r.stdout).stats.tasks;
    }
    times.sort((a, b) => a - b);
    if (tasks !== TASKS) throw new Error(`expected ${TASKS} tasks, the CLI read ${tasks}`);

    // The same file through `cchc summary --out` (statuses, totals, lists, the workbook with its chart).
    const out = join(dir, "tong-hop.xlsx");
    const s0 = performance.now();
    const s = spawnSync(process.execPath, [bin, "summary", file, "--year", "2025", "--as-of", "2025-09-30", "--out", out, "--format", "json"], {
      encoding: "utf8",
      maxBuffer: 512 * 1024 * 1024,
    });
    const summaryMs = performance.now() - s0;
    if (s.status !== 0 && s.status !== 1) throw new Error(`cchc summary exited ${s.status}: ${s.stderr}`);
    const summaryTasks = JSON.parse(s.stdout).totals.tasks;
    return {
      cliValidate20kXlsxMs: Math.round(times[1]),
      cliValidate20kXlsxMinMs: Math.round(times[0]),
      tasks,
      exitCode: code,
      cliSummary20kXlsxOutMs: Math.round(summaryMs),
      summaryTasks,
      summaryOutBytes: statSync(out).size,
      xlsxBytes: statSync(file).size,
      generateXlsxMs: Math.round(generateMs),
      targetMs: 10_000,
    };
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}
