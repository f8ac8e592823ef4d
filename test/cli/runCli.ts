import { main } from "../../cli/src/main.js";

/** Runs the CLI in-process with captured output. */
export async function runCli(...argv: string[]): Promise<{ code: number; out: string; err: string }> {
  let out = "";
  let err = "";
  const code = await main(argv, {
    out: (t) => {
      out += t.endsWith("\n") ? t : `${t}\n`;
    },
    err: (t) => {
      err += t.endsWith("\n") ? t : `${t}\n`;
    },
  });
  return { code, out, err };
}

export async function runJson(...argv: string[]): Promise<unknown> {
  const r = await runCli(...argv, "--format", "json");
  if (r.code !== 0) throw new Error(`exit ${r.code}: ${r.err}`);
  return JSON.parse(r.out);
}
