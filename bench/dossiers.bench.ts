/**
 * The province's 2022 dossier figures through the real CLI: generate the 615,045-row CSV in a
 * temp dir (never committed), build the CLI, run `cchc dossiers … --format json` as a child
 * process, measure wall time and peak memory (/usr/bin/time when present, else the child's own
 * process.resourceUsage()), and check the figures.
 */
import { execFileSync, spawnSync } from "node:child_process";
import { existsSync, mkdtempSync, rmSync, statSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { pathToFileURL } from "node:url";
import { PROVINCE_2022, writeProvince2022Csv } from "./generateDossiers.js";

function repoRoot(): string {
  let dir = process.cwd();
  for (let i = 0; i < 5; i++) {
    if (existsSync(join(dir, "cli", "build.mjs"))) return dir;
    dir = join(dir, "..");
  }
  throw new Error("run the bench from the repository (npm run bench)");
}

export async function run(): Promise<Record<string, number | string>> {
  const root = repoRoot();
  execFileSync(process.execPath, [join(root, "cli", "build.mjs")], { stdio: "ignore" });
  const dir = mkdtempSync(join(tmpdir(), "cchc-dossiers-bench-"));
  try {
    const csv = join(dir, "ho-so-2022.csv");
    const t0 = performance.now();
    const gen = await writeProvince2022Csv(csv);
    const generateMs = performance.now() - t0;

    const cli = join(root, "cli", "bin", "cchc.cjs");
    const args = ["dossiers", csv, "--from", "2022-01-01", "--to", "2022-12-31", "--format", "json"];
    const haveTime = existsSync("/usr/bin/time");
    let ms: number;
    let rssKB: number;
    let stdout: string;
    if (haveTime) {
      const t = performance.now();
      const r = spawnSync("/usr/bin/time", ["-f", "%M", process.execPath, cli, ...args], { encoding: "utf8", maxBuffer: 64 << 20 });
      ms = performance.now() - t;
      if (r.status !== 0) throw new Error(`cchc dossiers failed: ${r.stderr}`);
      stdout = r.stdout;
      rssKB = Number(r.stderr.trim().split(/\s+/).pop());
    } else {
      const script = `import(${JSON.stringify(pathToFileURL(join(root, "cli", "dist", "cchc.mjs")).href)}).then(m=>m.main(${JSON.stringify(args)})).then(c=>{process.stderr.write("RSS "+process.resourceUsage().maxRSS);process.exitCode=c})`;
      const t = performance.now();
      const r = spawnSync(process.execPath, ["-e", script], { encoding: "utf8", maxBuffer: 64 << 20, cwd: root });
      ms = performance.now() - t;
      if (r.status !== 0) throw new Error(`cchc dossiers failed: ${r.stderr}`);
      stdout = r.stdout;
      rssKB = Number(/RSS (\d+)/.exec(r.stderr)?.[1]);
    }
    const j = JSON.parse(stdout);
    const ok =
      j.resolved.total === PROVINCE_2022.resolved &&
      j.resolved.late === PROVINCE_2022.resolvedLate &&
      j.resolved.early + j.resolved.onTime === PROVINCE_2022.resolvedOnTimeOrEarly &&
      j.pending.total === PROVINCE_2022.pending &&
      j.pending.withinDeadline === PROVINCE_2022.pendingWithin &&
      j.pending.overdue === PROVINCE_2022.pendingOverdue &&
      j.invalidRows.length === 0;
    if (!ok) throw new Error(`wrong figures: ${JSON.stringify({ resolved: j.resolved, pending: j.pending })}`);
    return {
      dossiers615kMs: Math.round(ms),
      dossiers615kPeakRssMB: Math.round(rssKB / 1024),
      dossiersCsvMB: Math.round(statSync(csv).size / 1048576),
      dossiersRows: gen.rows,
      dossiersGenerateMs: Math.round(generateMs),
      dossiersLateRate: j.lateRate,
      dossiersLateRatePercent: (j.lateRate * 100).toFixed(2),
      dossiersLate: j.resolved.late + j.pending.overdue,
      dossiersMeasuredWith: haveTime ? "/usr/bin/time -f %M (max RSS of the CLI process)" : "process.resourceUsage().maxRSS",
    };
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}
