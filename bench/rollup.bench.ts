// `cchc rollup` over 300 units' files of 100 tasks each (half .xlsx with a title block, half
// .csv), the built CLI spawned as an IT officer runs it. Target (issue 15): under 10 s.
import { spawnSync } from "node:child_process";
import { existsSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { createRequire } from "node:module";
import { join, resolve } from "node:path";
import type ExcelJSType from "exceljs";

const ExcelJS = createRequire(resolve(process.cwd(), "package.json"))("exceljs") as typeof ExcelJSType;

const UNITS = 300;
const TASKS = 100;
const SCHEDULES = ["Trong năm 2025", "Quý I năm 2025", "Quý III/2025", "Tháng 6/2025", "Trước ngày 05/12/2025", "Thường xuyên"];

function rows(u: number): unknown[][] {
  const out: unknown[][] = [["STT", "Nội dung công việc", "Trách nhiệm thực hiện", "Tiến độ thực hiện", "Kết quả/sản phẩm", "Ngày hoàn thành"]];
  for (let s = 0; s < 5; s++) {
    out.push([["I", "II", "III", "IV", "V"][s], `Lĩnh vực ${s + 1}`]);
    for (let i = 1; i <= TASKS / 5; i++) {
      const n = s * 20 + i + u;
      out.push([i, `Nhiệm vụ ${n}: rà soát thủ tục hành chính`, n % 3 ? "Văn phòng chủ trì, phối hợp các phòng" : "Phòng Nội vụ thực hiện", SCHEDULES[n % SCHEDULES.length], "Báo cáo", n % 4 ? `${1 + (n % 28)}/${1 + (n % 12)}/2025` : ""]);
    }
  }
  return out;
}

export async function run(): Promise<Record<string, number | string>> {
  const cli = resolve(process.cwd(), "cli/bin/cchc.cjs");
  if (!existsSync(resolve(process.cwd(), "cli/dist"))) return { skipped: "cli not built (npm run build)" };
  const dir = mkdtempSync(join(tmpdir(), "cchc-rollup-bench-"));
  try {
    mkdirSync(join(dir, "don-vi"));
    for (let u = 0; u < UNITS; u++) {
      const r = rows(u);
      if (u % 2 === 0) {
        const csv = r.map((line) => line.map((v) => (v === undefined ? "" : `"${String(v).replace(/"/g, '""')}"`)).join(",")).join("\n");
        writeFileSync(join(dir, "don-vi", `don-vi-${u}.csv`), csv);
      } else {
        const wb = new ExcelJS.Workbook();
        const ws = wb.addWorksheet("Phụ lục");
        ws.addRow(["UBND TỈNH KHÁNH HÒA"]);
        ws.addRow([`SỞ SỐ ${u}`]);
        for (const line of r) ws.addRow(line);
        await wb.xlsx.writeFile(join(dir, "don-vi", `don-vi-${u}.xlsx`));
      }
    }
    const t0 = performance.now();
    const p = spawnSync(process.execPath, [cli, "rollup", join(dir, "don-vi"), "--year", "2025", "--as-of", "2025-12-31", "--format", "json"], {
      encoding: "utf8",
      maxBuffer: 64 * 1024 * 1024,
    });
    const seconds = (performance.now() - t0) / 1000;
    if (p.status !== 0 && p.status !== 1) throw new Error(`cchc rollup exited ${p.status}: ${p.stderr}`);
    const j = JSON.parse(p.stdout) as { units: unknown[]; totals: { tasks: number } };
    return { units: j.units.length, tasks: j.totals.tasks, seconds: Number(seconds.toFixed(2)), targetSeconds: 10 };
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}
