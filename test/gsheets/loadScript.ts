/** Load the BUILT gsheets/dist/Code.js into a fresh Node vm context with the fake services. */
import { execFileSync } from "node:child_process";
import { existsSync, readFileSync } from "node:fs";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";
import vm from "node:vm";
import { fakeServices, type FakeServices } from "./fakeSpreadsheetApp.js";

export const DIST = join(dirname(fileURLToPath(import.meta.url)), "../../gsheets/dist");

let cached: { code: string; script: vm.Script } | null = null;

export function builtScript(): { code: string; script: vm.Script } {
  if (!cached) {
    if (!existsSync(join(DIST, "Code.js"))) execFileSync(process.execPath, [join(DIST, "../build.mjs")], { stdio: "ignore" });
    const code = readFileSync(join(DIST, "Code.js"), "utf8");
    cached = { code, script: new vm.Script(code, { filename: "Code.js" }) };
  }
  return cached;
}

export type ScriptGlobal = Record<string, (...args: unknown[]) => unknown>;

export interface Loaded extends FakeServices {
  g: ScriptGlobal;
}

export function loadScript(options: { timeZone?: string } = {}): Loaded {
  const services = fakeServices({ htmlDir: DIST, timeZone: options.timeZone });
  const context = vm.createContext({ ...services.globals });
  builtScript().script.runInContext(context);
  return { ...services, g: context as unknown as ScriptGlobal };
}
