// node bench/ratios.mjs — the speed goals of issue 16, as ratios measured in one run:
//   cchc due                     ≤ 2 × a bare `node -e 0`
//   cchc dossiers (615,045 rows) ≤ 2.5 × reading the CSV once and counting its lines
//   cchc validate (100,000-row .xlsx) ≤ 1 s
// (the dossiers ratio also on one core, through taskset: no scan worker),
// and, as a peer, DuckDB (npm package @duckdb/node-api, installed with `npm --prefix bench/peer
// install`) computing the same late rate from the same CSV, plus csv-parse only parsing it.
// Each figure is the median of several runs of a child process (start-up included).
import { spawnSync } from "node:child_process";
import { existsSync, mkdirSync, statSync, writeFileSync } from "node:fs";
import { createRequire } from "node:module";
import { tmpdir } from "node:os";
import { dirname, join, resolve } from "node:path";
import { fileURLToPath, pathToFileURL } from "node:url";
import { build } from "esbuild";

const here = dirname(fileURLToPath(import.meta.url));
const repo = resolve(here, "..");
const work = join(tmpdir(), "cchc-bench-ratios");
mkdirSync(work, { recursive: true });
const RUNS = Number(process.env.RUNS ?? 5);

// The CLI as shipped: built by its own build script, run through its bin; else bundled here.
let cli = join(repo, "cli/bin/cchc.cjs");
let cliNote = "cli/bin/cchc.cjs after node cli/build.mjs";
const built = spawnSync(process.execPath, [join(repo, "cli/build.mjs")], { cwd: join(repo, "cli"), encoding: "utf8" });
if (built.status !== 0 || !existsSync(cli)) {
  const outfile = join(work, "cchc.cjs");
  await build({ entryPoints: [join(repo, "cli/src/main.ts")], bundle: true, platform: "node", target: "node20", format: "cjs", outfile, external: ["exceljs"], logLevel: "error" });
  cli = join(work, "run.cjs");
  writeFileSync(cli, `require(${JSON.stringify(outfile)}).main(process.argv.slice(2)).then((c) => { process.exitCode = c; });`);
  cliNote = "esbuild bundle of cli/src/main.ts (cli/dist not built)";
}
const env = { ...process.env, NODE_PATH: join(repo, "node_modules") };

// Inputs, generated once and kept in the temp folder.
const csv = join(work, "ho-so-2022.csv");
if (!existsSync(csv)) {
  const gen = join(work, "gen.mjs");
  await build({ entryPoints: [join(here, "generateDossiers.ts")], bundle: true, platform: "node", format: "esm", outfile: gen, logLevel: "error" });
  await (await import(pathToFileURL(gen).href)).writeProvince2022Csv(csv);
}
const plan = join(work, "ke-hoach-100000.xlsx");
if (!existsSync(plan)) await writePlan(plan, 100_000);

const count = join(work, "count-lines.mjs");
writeFileSync(
  count,
  `import { createReadStream } from "node:fs";
let n = 0;
for await (const c of createReadStream(process.argv[2], { highWaterMark: 1 << 20 })) for (let i = c.indexOf(10); i >= 0; i = c.indexOf(10, i + 1)) n++;
console.log(n);
`,
);

const peer = join(here, "peer/node_modules");
const duck = join(work, "duckdb-late-rate.mjs");
writeFileSync(
  duck,
  `import { DuckDBInstance } from ${JSON.stringify(pathToFileURL(join(peer, "@duckdb/node-api/lib/index.js")).href)};
const db = await DuckDBInstance.create(":memory:", { threads: "2" });
const c = await db.connect();
// The late rate of the period by cchc's rule (core/src/dossiers/classifyDossier.ts) without the
// supplement pause (which needs the working-day calendar): resolved late (ended after the due
// date, or more than one supplement request) + pending overdue, over resolved + pending.
const r = await c.run(\`
  WITH d AS (
    SELECT strptime(left("Ngày tiếp nhận", 10), '%d/%m/%Y')::DATE AS received,
           strptime(left("Ngày hẹn trả", 10), '%d/%m/%Y')::DATE AS due,
           least(try_strptime(left("Ngày kết thúc xử lý", 10), '%d/%m/%Y'), try_strptime(left("Ngày trả kết quả", 10), '%d/%m/%Y'))::DATE AS ended,
           coalesce(try_cast("Số lần yêu cầu bổ sung" AS INTEGER), 0) AS supplements
    FROM read_csv(\${JSON.stringify(process.argv[2])}, header = true, all_varchar = true))
  SELECT count(*) FILTER (WHERE (ended <= DATE '2022-12-31' AND (supplements > 1 OR ended > due))
                             OR ((ended IS NULL OR ended > DATE '2022-12-31') AND due < DATE '2022-12-31')) AS late,
         count(*) AS total
  FROM d WHERE received <= DATE '2022-12-31' AND (ended IS NULL OR ended >= DATE '2022-01-01')\`);
const [late, total] = (await r.getRows())[0].map(Number);
console.log(JSON.stringify({ late, total, rate: late / total }));
`,
);
const csvParse = join(work, "csv-parse-count.mjs");
writeFileSync(
  csvParse,
  `import { createReadStream } from "node:fs";
import { parse } from ${JSON.stringify(pathToFileURL(join(peer, "csv-parse/lib/index.js")).href)};
let n = 0;
const p = createReadStream(process.argv[2]).pipe(parse({ bom: true, relax_column_count: true, max_record_size: 1 << 20 }));
for await (const rec of p) n += rec.length > 0 ? 1 : 0;
console.log(n);
`,
);

// CPU time (user + system) of each child as well, through GNU time when present: on a machine
// shared with other work, wall-clock time measures the neighbours as much as the program.
const gnuTime = existsSync("/usr/bin/time") ? "/usr/bin/time" : null;

// One core (taskset, when present): the dossier command without its scan worker, as on a machine
// whose other cores are busy (the CLI then starts no worker), beside the read on that core.
const taskset = ["/usr/bin/taskset", "/bin/taskset"].find((p) => existsSync(p)) ?? null;

function time(args, check) {
  const ms = [];
  const cpu = [];
  let out = "";
  for (let i = 0; i < RUNS; i++) {
    const t = performance.now();
    const r = check?.oneCore
      ? spawnSync(taskset, ["-c", "0", process.execPath, ...args], { encoding: "utf8", env, maxBuffer: 256 << 20 })
      : gnuTime
      ? spawnSync(gnuTime, ["-f", "CPU_S %U %S", process.execPath, ...args], { encoding: "utf8", env, maxBuffer: 256 << 20 })
      : spawnSync(process.execPath, args, { encoding: "utf8", env, maxBuffer: 256 << 20 });
    ms.push(performance.now() - t);
    if (r.status !== 0 && !(check?.okCodes ?? []).includes(r.status)) throw new Error(`${args.slice(0, 3).join(" ")} exited ${r.status}: ${r.stderr.slice(0, 400)}`);
    const c = /CPU_S ([\d.]+) ([\d.]+)/.exec(r.stderr);
    if (c) cpu.push((Number(c[1]) + Number(c[2])) * 1000);
    out = r.stdout;
  }
  ms.sort((a, b) => a - b);
  cpu.sort((a, b) => a - b);
  return { ms: Math.round(ms[0]), median: Math.round(ms[Math.floor(ms.length / 2)]), cpu: cpu.length ? Math.round(cpu[0]) : null, out };
}

const node = time(["-e", "0"]);
const due = time([cli, "due", "2025-03-02", "5"]);
const lines = time([count, csv]);
const dossiers = time([cli, "dossiers", csv, "--from", "2022-01-01", "--to", "2022-12-31", "--format", "json"]);
const validate = time([cli, "validate", plan, "--year", "2025", "--as-of", "2025-09-30"], { okCodes: [1] });
const oneCore =
  taskset === null
    ? null
    : {
        lines: time([count, csv], { oneCore: true }),
        dossiers: time([cli, "dossiers", csv, "--from", "2022-01-01", "--to", "2022-12-31", "--format", "json"], { oneCore: true }),
      };
// The CSV reader of cchc alone (decode + parse, no statistics), beside csv-parse alone.
const readerOnly = join(work, "cchc-csv-reader.mjs");
await build({
  stdin: {
    contents: `import { createReadStream } from "node:fs";
import { CsvRecordParser } from ${JSON.stringify(join(repo, "cli/src/files/inputs/csvRecords.ts"))};
const p = new CsvRecordParser(",");
const dec = new TextDecoder();
let n = 0;
const emit = () => n++;
for await (const c of createReadStream(process.argv[2], { highWaterMark: 1 << 20 })) p.feed(dec.decode(c, { stream: true }), false, emit);
p.feed(dec.decode(), true, emit);
console.log(n);`,
    resolveDir: here,
    loader: "ts",
  },
  bundle: true,
  platform: "node",
  format: "esm",
  outfile: readerOnly,
  logLevel: "error",
});
const reader = time([readerOnly, csv]);
// The statistics of cchc dossiers without the CLI around them, through each reader: the byte
// reader (fastDossierCsv.ts, what the command uses, here on one thread: no scan worker is built
// beside this bundle) and the general reader (every row decoded and cut into cells, what it used
// before) — the before/after of the fast path in one run.
const statsScript = join(work, "cchc-dossier-stats.mjs");
await build({
  stdin: {
    contents: `import { dossierStatsOfFile } from ${JSON.stringify(join(repo, "cli/src/files/inputs/dossierStatsOfFile.ts"))};
import { dayFromYMD } from ${JSON.stringify(join(repo, "core/src/dates/day.ts"))};
const r = await dossierStatsOfFile(process.argv[2], { from: dayFromYMD(2022, 1, 1), to: dayFromYMD(2022, 12, 31), fast: process.argv[3] !== "general" });
console.log(r.resolved.late + r.pending.overdue, r.resolved.total + r.pending.total);`,
    resolveDir: here,
    loader: "ts",
  },
  bundle: true,
  platform: "node",
  format: "esm",
  outfile: statsScript,
  logLevel: "error",
});
const statsFast = time([statsScript, csv, "fast"]);
const statsGeneral = time([statsScript, csv, "general"]);
const d = JSON.parse(dossiers.out);
const result = {
  node: process.version,
  cpus: (await import("node:os")).cpus().length,
  cli: cliNote,
  runs: RUNS,
  csvMB: Math.round(statSync(csv).size / 1048576),
  note: "best of the runs (least disturbed by other processes); medians in *MedianMs",
  bareNodeMs: node.ms,
  bareNodeMedianMs: node.median,
  dueMs: due.ms,
  dueMedianMs: due.median,
  dueRatio: +(due.ms / node.ms).toFixed(2),
  countLinesMs: lines.ms,
  countLinesMedianMs: lines.median,
  dossiersMs: dossiers.ms,
  dossiersMedianMs: dossiers.median,
  dossiersRatio: +(dossiers.ms / lines.ms).toFixed(2),
  dossiersLateRate: `${d.resolved.late + d.pending.overdue} / ${d.resolved.total + d.pending.total}`,
  dossierStatsByteReaderMs: statsFast.ms,
  dossierStatsGeneralReaderMs: statsGeneral.ms,
  dossierStatsSameFigures: statsFast.out === statsGeneral.out,
  cchcCsvReaderOnlyMs: reader.ms,
  cchcCsvReaderOnlyRatio: +(reader.ms / lines.ms).toFixed(2),
  validate100kXlsxMs: validate.ms,
  validate100kXlsxMedianMs: validate.median,
};
if (oneCore !== null) {
  Object.assign(result, {
    oneCoreCountLinesMs: oneCore.lines.ms,
    oneCoreDossiersMs: oneCore.dossiers.ms,
    oneCoreDossiersMedianMs: oneCore.dossiers.median,
    oneCoreDossiersRatio: +(oneCore.dossiers.ms / oneCore.lines.ms).toFixed(2),
  });
} else result.oneCore = "taskset not found: not measured";
if (existsSync(join(peer, "@duckdb/node-api"))) {
  try {
    const q = time([duck, csv]);
    Object.assign(result, { duckdbMs: q.ms, duckdbRatio: +(q.ms / lines.ms).toFixed(2), duckdbLateRate: ((r) => `${r.late} / ${r.total}`)(JSON.parse(q.out)) });
  } catch (e) {
    result.duckdb = `failed: ${String(e.message).slice(0, 200)}`;
  }
} else result.duckdb = "not installed (npm --prefix bench/peer install)";
if (existsSync(join(peer, "csv-parse"))) {
  const p = time([csvParse, csv]);
  Object.assign(result, { csvParseOnlyMs: p.ms, csvParseOnlyRatio: +(p.ms / lines.ms).toFixed(2) });
}
if (node.cpu !== null) {
  result.cpuMs = {
    bareNode: node.cpu,
    due: due.cpu,
    countLines: lines.cpu,
    dossiers: dossiers.cpu,
    dossierStatsByteReader: statsFast.cpu,
    dossierStatsGeneralReader: statsGeneral.cpu,
    validate100kXlsx: validate.cpu,
  };
  result.cpuRatios = { due: +(due.cpu / node.cpu).toFixed(2), dossiers: +(dossiers.cpu / lines.cpu).toFixed(2) };
}
result.goals = {
  "due ≤ 2× node": result.dueRatio <= 2,
  "dossiers ≤ 2.5× read": result.dossiersRatio <= 2.5,
  "validate 100k .xlsx ≤ 1 s": result.validate100kXlsxMs <= 1000,
};
console.log(JSON.stringify(result, null, 2));

/** A 100,000-row plan appendix (.xlsx): title, header, 10 sections, tasks with tracking columns. */
async function writePlan(file, rows) {
  const ExcelJS = createRequire(join(repo, "package.json"))("exceljs");
  const wb = new ExcelJS.stream.xlsx.WorkbookWriter({ filename: file, useStyles: true, useSharedStrings: true });
  const ws = wb.addWorksheet("Phụ lục");
  ws.addRow(["PHỤ LỤC NHIỆM VỤ CẢI CÁCH HÀNH CHÍNH NĂM 2025"]).commit();
  ws.addRow(["STT", "Nội dung công việc", "Trách nhiệm thực hiện", "Tiến độ thực hiện", "Kết quả/sản phẩm", "Ngày hoàn thành", "Ghi chú"]).commit();
  const SECTIONS = ["I", "II", "III", "IV", "V", "VI", "VII", "VIII", "IX", "X"];
  const SCHEDULES = ["Trong năm 2025", "Quý I năm 2025", "Quý III/2025", "Tháng 6/2025", "Trước ngày 05/12/2025", "Thường xuyên", "6 tháng đầu năm 2025"];
  const UNITS = ["Văn phòng chủ trì, phối hợp các phòng, đơn vị trực thuộc", "Phòng Quản lý doanh nghiệp thực hiện", "Thanh tra chủ trì, phối hợp Văn phòng"];
  const perSection = Math.floor((rows - 2) / SECTIONS.length) - 1;
  let n = 0;
  for (const s of SECTIONS) {
    ws.addRow([s, `Lĩnh vực ${s} của Chỉ số cải cách hành chính`]).commit();
    for (let i = 1; i <= perSection; i++, n++) {
      const done = n % 3 !== 0 ? new Date(Date.UTC(2025, n % 9, 1 + (n % 28))) : null;
      const row = ws.addRow([i, `Nhiệm vụ ${n + 1}: rà soát, đơn giản hóa thủ tục hành chính`, UNITS[n % UNITS.length], SCHEDULES[n % SCHEDULES.length], "Báo cáo", done, null]);
      if (done) row.getCell(6).numFmt = "dd/mm/yyyy";
      row.commit();
    }
  }
  await ws.commit();
  await wb.commit();
}
