/**
 * --out is written in one atomic step: the existence check and the write cannot be separated
 * by another run (exactly one of several runs to one new name succeeds), and an interrupted
 * write leaves no file behind, neither the target nor a hidden temporary file.
 */
import { spawn, spawnSync } from "node:child_process";
import { mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { build } from "esbuild";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { CliError } from "../../../cli/src/cliError.js";
import { writeNewFile } from "../../../cli/src/files/outputs/writeNewFile.js";
import { buildCli, ROOT } from "./hostileFiles.js";

let dir = "";
let bundle = "";
beforeAll(async () => {
  ({ dir, bundle } = await buildCli());
  // The CLI's entry as bin/cchc.cjs runs it: main(argv), exit code set when done.
  writeFileSync(join(dir, "run.cjs"), `require(${JSON.stringify(bundle)}).main(process.argv.slice(2)).then((c) => { process.exitCode = c; });`);
}, 60_000);
afterAll(() => rmSync(dir, { recursive: true, force: true }));

function runAsync(args: string[]): Promise<{ code: number | null; stderr: string }> {
  return new Promise((resolve) => {
    const child = spawn(process.execPath, [join(dir, "run.cjs"), ...args], {
      env: { ...process.env, NODE_PATH: join(ROOT, "node_modules") },
    });
    let stderr = "";
    child.stderr.on("data", (d) => (stderr += d));
    child.on("close", (code) => resolve({ code, stderr }));
  });
}

describe("atomic --out", () => {
  it("two writers to one new name in one process: exactly one succeeds, the other is told the file exists", async () => {
    const d = mkdtempSync(join(tmpdir(), "cchc-race-"));
    const target = join(d, "ket-qua.xlsx");
    // Both pass the early check before either writes: only the atomic link can stop the second.
    const results = await Promise.allSettled([
      writeNewFile(target, Buffer.from("first"), { extension: ".xlsx" }),
      writeNewFile(target, Buffer.from("second"), { extension: ".xlsx" }),
    ]);
    expect(results.filter((r) => r.status === "fulfilled")).toHaveLength(1);
    const failed = results.find((r) => r.status === "rejected") as PromiseRejectedResult;
    expect(failed.reason).toBeInstanceOf(CliError);
    expect((failed.reason as CliError).message).toMatch(/đã có\. Để không làm mất dữ liệu, công cụ không ghi đè/);
    expect(["first", "second"]).toContain(readFileSync(target, "utf8"));
    expect(readdirSync(d)).toEqual(["ket-qua.xlsx"]); // no temporary file left
    rmSync(d, { recursive: true, force: true });
  });

  it("eight cchc runs writing the same new --out at once: exactly one succeeds", async () => {
    const out = join(dir, "dua", "mau-2026.xlsx");
    mkdirSync(join(dir, "dua"));
    const runs = await Promise.all(Array.from({ length: 8 }, () => runAsync(["template", "--year", "2026", "--out", out])));
    const ok = runs.filter((r) => r.code === 0);
    expect(ok, runs.map((r) => r.stderr).join("\n")).toHaveLength(1);
    for (const r of runs.filter((x) => x.code !== 0)) {
      expect(r.code).toBe(2);
      expect(r.stderr).toMatch(/mau-2026\.xlsx" đã có/);
    }
    expect(readFileSync(out).subarray(0, 2).toString()).toBe("PK");
    expect(readdirSync(join(dir, "dua"))).toEqual(["mau-2026.xlsx"]);
  }, 60_000);

  it("SIGINT during a write leaves no file behind (neither the target nor the temporary file)", async () => {
    const script = join(dir, "ghi-cham.mjs");
    const entry = join(dir, "ghi-cham.ts");
    writeFileSync(
      entry,
      `import { watch } from "node:fs";
import { writeNewFile } from ${JSON.stringify(join(ROOT, "cli/src/files/outputs/writeNewFile.ts"))};
const [folder, target] = process.argv.slice(2);
// Interrupt as soon as the temporary file appears, while its 256 MB are being written.
const w = watch(folder, (_e, name) => { if (String(name).endsWith(".tmp")) { w.close(); process.kill(process.pid, "SIGINT"); } });
await writeNewFile(target, Buffer.alloc(256 << 20, 1), { extension: ".xlsx" });
process.stdout.write("written");
`,
    );
    await build({ entryPoints: [entry], bundle: true, platform: "node", format: "esm", outfile: script, logLevel: "error" });
    const folder = join(dir, "ngat");
    mkdirSync(folder);
    const r = spawnSync(process.execPath, [script, folder, join(folder, "ket-qua.xlsx")], { encoding: "utf8", timeout: 30_000 });
    expect(r.stdout).toBe("");
    expect(r.status).toBe(130);
    expect(r.stderr).toMatch(/Đã dừng theo yêu cầu; không ghi tệp kết quả nào/);
    expect(readdirSync(folder)).toEqual([]);
  }, 60_000);

  it("SIGINT while cchc dossiers reads a large export leaves no --out file", async () => {
    const csv = join(dir, "lon.csv");
    const header = "Mã hồ sơ,Đơn vị,Ngày tiếp nhận,Ngày hẹn trả,Ngày kết thúc xử lý\n";
    // 1.9 million rows (under the 2 million of an export). The byte reader reads them in about half
    // a second here, so the signal is not sent at a fixed time: a whole run to the screen is timed
    // first, and the signal goes at a third of that, while the file is being read.
    writeFileSync(csv, header + "HS-1,Văn phòng,03/01/2022,10/01/2022,07/01/2022\n".repeat(1_900_000));
    const t0 = performance.now();
    const whole = await runAsync(["dossiers", csv, "--from", "2022-01-01", "--to", "2022-12-31", "--format", "json"]);
    const wholeMs = performance.now() - t0;
    expect(whole.code).toBe(0);
    const out = join(dir, "ii06a.xlsx");
    const child = spawn(process.execPath, [join(dir, "run.cjs"), "dossiers", csv, "--from", "2022-01-01", "--to", "2022-12-31", "--out", out], {
      env: { ...process.env, NODE_PATH: join(ROOT, "node_modules") },
    });
    const closed = new Promise<{ code: number | null; signal: string | null }>((resolve) =>
      child.on("close", (c, s) => resolve({ code: c, signal: s })),
    );
    await new Promise((r) => setTimeout(r, wholeMs / 3));
    child.kill("SIGINT");
    const { code, signal } = await closed;
    // Stopped while reading (the default SIGINT action, or the handler once a write began): no output file.
    expect(code === 130 || signal === "SIGINT", `exit ${code} ${signal}`).toBe(true);
    expect(readdirSync(dir).filter((f) => f.includes("ii06a"))).toEqual([]);
  }, 60_000);
});
