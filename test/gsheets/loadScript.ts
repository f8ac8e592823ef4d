/** Load the BUILT gsheets/dist/Code.js into a fresh Node vm context with the fake services. */
import { execFileSync } from "node:child_process";
import { existsSync, readFileSync } from "node:fs";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";
import vm from "node:vm";
import { fakeServices, type FakeServices } from "./fakeSpreadsheetApp.js";

export const DIST = join(dirname(fileURLToPath(import.meta.url)), "../../gsheets/dist");

let cached: { dist: string; code: string; script: vm.Script } | null = null;

/** The built script (built first when gsheets/dist/Code.js is missing). `dist` defaults to gsheets/dist. */
export function builtScript(dist = DIST): { code: string; script: vm.Script } {
  if (!cached || cached.dist !== dist) {
    if (!existsSync(join(dist, "Code.js"))) execFileSync(process.execPath, [join(dist, "../build.mjs")], { stdio: "ignore" });
    const code = readFileSync(join(dist, "Code.js"), "utf8");
    cached = { dist, code, script: new vm.Script(code, { filename: "Code.js" }) };
  }
  return cached;
}

export type ScriptGlobal = Record<string, (...args: unknown[]) => unknown>;

export interface Loaded extends FakeServices {
  g: ScriptGlobal;
}

export function loadScript(options: { timeZone?: string; dist?: string } = {}): Loaded {
  const dist = options.dist ?? DIST;
  const services = fakeServices({ htmlDir: dist, timeZone: options.timeZone });
  const context = vm.createContext({ ...services.globals });
  builtScript(dist).script.runInContext(context);
  return { ...services, g: context as unknown as ScriptGlobal };
}
