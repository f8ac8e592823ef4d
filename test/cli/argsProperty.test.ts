/** Property tests of the one argument parser: an unknown flag always exits 2, naming it; known flags are never refused. */
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { COMMON_FLAGS, nearestName, parseArgs } from "../../cli/src/args.js";
import { commandNames, loadCommand } from "../../cli/src/commands/registry.js";
import { runCli } from "./runCli.js";

/** Valid positionals of each command, so that only the flag can be wrong. */
const POSITIONALS: Record<string, string[]> = {
  due: ["2025-03-02", "5"],
  workdays: ["2025-03-01", "2025-03-31"],
  holidays: ["2025"],
  lunar: ["2025-01-29"],
  deadline: ["Quý II/2025"],
  dossiers: ["ho-so.csv"],
  validate: ["ke-hoach.csv"],
  summary: ["ke-hoach.csv"],
  rollup: ["thu-muc"],
  score: ["tu-cham.csv"],
  template: [],
  workbook: ["ke-hoach.csv"],
};

const flagName = fc.stringMatching(/^[a-zA-Z][a-zA-Z0-9_-]{0,24}$/);

describe("cchc argument parser", () => {
  it("covers every command", () => {
    expect(Object.keys(POSITIONALS).sort()).toEqual([...commandNames].sort());
  });

  it("an unknown flag, anywhere, with or without a value, always exits 2 naming it", async () => {
    const known = new Map<string, Set<string>>();
    for (const c of commandNames) known.set(c, new Set([...Object.keys(COMMON_FLAGS), ...Object.keys((await loadCommand(c)).flags)]));
    await fc.assert(
      fc.asyncProperty(
        fc.constantFrom(...commandNames),
        flagName,
        fc.nat(3),
        fc.constantFrom("none", "next", "equals"),
        async (command, name, at, valueForm) => {
          fc.pre(!known.get(command)!.has(name));
          const flag = valueForm === "equals" ? [`--${name}=x`] : valueForm === "next" ? [`--${name}`, "x"] : [`--${name}`];
          const args = [...POSITIONALS[command]];
          args.splice(Math.min(at, args.length), 0, ...flag);
          const r = await runCli(command, ...args);
          expect(r.code).toBe(2);
          expect(r.out).toBe("");
          expect(r.err).toContain(`Lệnh ${command} không có tùy chọn "--${name}"`);
        },
      ),
      { numRuns: 300 },
    );
  });

  it("known flags are accepted wherever they stand and keep their values", async () => {
    for (const c of commandNames) {
      const flags = { ...COMMON_FLAGS, ...(await loadCommand(c)).flags };
      fc.assert(
        fc.property(fc.shuffledSubarray(Object.keys(flags)), fc.array(fc.stringMatching(/^[a-z0-9/:.]{1,10}$/), { maxLength: 3 }), (names, positionals) => {
          const argv = [...positionals];
          for (const n of names) argv.push(...(flags[n] === "value" ? [`--${n}`, "v1"] : [`--${n}`]));
          const p = parseArgs(argv, flags, c);
          expect(p.positionals).toEqual(positionals);
          for (const n of names) expect(p.options[n]).toBe(flags[n] === "value" ? "v1" : true);
        }),
        { numRuns: 50 },
      );
    }
  });

  it("suggests the nearest known flag for a typo", () => {
    expect(nearestName("extra-day-off", ["cutoff", "extra-days-off", "extra-working-days"])).toBe("extra-days-off");
    expect(nearestName("fromm", ["from", "to", "by"])).toBe("from");
    expect(nearestName("qwertyuiop", ["from", "to", "by"])).toBeUndefined();
  });
});

describe("cchc command names", () => {
  it("an unknown command exits 2 with the nearest command", async () => {
    const r = await runCli("dossier", "x.csv");
    expect(r.code).toBe(2);
    expect(r.err).toMatch(/Không có lệnh "dossier"\. Có phải ý bạn là "cchc dossiers"\?/);
  });
});
