/**
 * End to end: the province's 2022 list (615,045 generated rows, ~96 MB CSV in a temp dir) through
 * the CLI as built and shipped (cli/bin/cchc.cjs over dist/, whose scan worker reads part of the
 * file on a second core) in a child process, under 10 s and 1 GB. The same figures are checked on core
 * directly, faster, in test/core/dossiers/province2022.test.ts; bench/dossiers.bench.ts reports
 * the numbers.
 */
import { spawnSync } from "node:child_process";
import { existsSync, mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join, resolve } from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { writeProvince2022Csv } from "../../bench/generateDossiers.js";

const root = resolve(__dirname, "../..");
const dir = mkdtempSync(join(tmpdir(), "cchc-615k-"));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe("cchc dossiers on the 615,045-row 2022 list", () => {
  it("reproduces 1.59 % late (9,761 ÷ 615,045) in under 10 s and 1 GB", async () => {
    const bin = join(root, "cli/bin/cchc.cjs");
    // npm ci builds it (prepare); else: npm run build.
    expect(existsSync(join(root, "cli/dist/cchc.mjs")), "cli/dist is not built: npm run build").toBe(true);
    expect(existsSync(join(root, "cli/dist/dossier-scan-worker.cjs"))).toBe(true);
    const csv = join(dir, "ho-so-2022.csv");
    expect((await writeProvince2022Csv(csv)).rows).toBe(615_045);

    const script = `process.on("exit", () => process.stderr.write("\\nRSS_KB " + process.resourceUsage().maxRSS)); process.argv.splice(1, 0, ${JSON.stringify(bin)}); require(${JSON.stringify(bin)});`;
    const args = ["dossiers", csv, "--from", "2022-01-01", "--to", "2022-12-31", "--format", "json"];
    const t = performance.now();
    const r = spawnSync(process.execPath, ["-e", script, ...args], { encoding: "utf8", maxBuffer: 64 << 20 });
    const ms = performance.now() - t;
    expect(r.status, r.stderr).toBe(0);
    const rssMB = Number(/RSS_KB (\d+)/.exec(r.stderr)?.[1]) / 1024;
    const j = JSON.parse(r.stdout);
    expect(j.resolved).toMatchObject({ total: 596_533, late: 9_009 });
    expect(j.resolved.early + j.resolved.onTime).toBe(587_524);
    // every 5th of the 17,260 open dossiers within the deadline says "Chờ bổ sung": 3,452
    expect(j.pending).toEqual({ total: 18_512, withinDeadline: 17_760, overdue: 752, waitingSupplement: 3_452 });
    expect(j.received + j.carriedOver).toBe(615_045);
    expect(j.lateRate).toBeCloseTo(9_761 / 615_045, 12);
    expect((j.lateRate * 100).toFixed(2)).toBe("1.59");
    expect(j.invalidRows).toEqual([]);
    expect(ms).toBeLessThan(10_000);
    expect(rssMB).toBeLessThan(1024);
    expect(existsSync(csv)).toBe(true);
    console.log(`cchc dossiers 615,045 rows: ${Math.round(ms)} ms, peak RSS ${Math.round(rssMB)} MB`);
  });
});
