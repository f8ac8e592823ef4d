/**
 * The one argument reader of every command: positionals plus --name value / --name=value
 * options, checked against the command's list of flags. An unknown flag is refused (exit 2)
 * with the nearest known one; nothing is silently ignored or swallowed.
 */
import { CliError } from "./cliError.js";
import { shownArg } from "./messages.js";

export interface ParsedArgs {
  positionals: string[];
  options: Record<string, string | true>;
}

/** "value": takes the next word (or "=…"); "switch": takes none. */
export type FlagKind = "value" | "switch";
/** The flags a command accepts, by name without "--". */
export type FlagSpec = Readonly<Record<string, FlagKind>>;

/** Flags every command accepts. */
export const COMMON_FLAGS: FlagSpec = { help: "switch", format: "value" };

/**
 * Reads `argv` against `flags` (COMMON_FLAGS added). Without `flags` (tests that call a command
 * directly) any --name is accepted and takes the next word unless it starts with "--".
 */
export function parseArgs(argv: string[], flags?: FlagSpec, command?: string): ParsedArgs {
  const known: FlagSpec | undefined = flags && { ...COMMON_FLAGS, ...flags };
  const positionals: string[] = [];
  const options: Record<string, string | true> = {};
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i];
    if (a === "--") {
      positionals.push(...argv.slice(i + 1));
      break;
    }
    if (a === "-h") {
      options.help = true;
      continue;
    }
    if (!(a.startsWith("--") && a.length > 2)) {
      positionals.push(a);
      continue;
    }
    const eq = a.indexOf("=");
    const name = eq > 0 ? a.slice(2, eq) : a.slice(2);
    const kind = known ? (Object.hasOwn(known, name) ? known[name] : undefined) : name === "help" || name === "version" ? "switch" : "value";
    if (kind === undefined) throw unknownFlag(name, known!, command);
    if (eq > 0) {
      options[name] = a.slice(eq + 1);
    } else if (kind === "value") {
      const next = argv[i + 1];
      if (next !== undefined && !next.startsWith("--")) {
        options[name] = next;
        i++;
      } else options[name] = true;
    } else options[name] = true;
  }
  return { positionals, options };
}

function unknownFlag(name: string, known: FlagSpec, command: string | undefined): CliError {
  const names = Object.keys(known);
  const nearest = nearestName(name, names);
  return new CliError(
    `${command === undefined ? "Không có" : `Lệnh ${command} không có`} tùy chọn "--${shownArg(name)}".` +
      (nearest === undefined ? "" : ` Có phải ý bạn là "--${nearest}"?`) +
      ` Các tùy chọn của lệnh: ${names.map((n) => `--${n}`).join(", ")}. Xem: cchc ${command === undefined ? "" : `${command} `}--help`,
    2,
  );
}

/** The known name closest to `name` (edit distance, letter case ignored); undefined when none is close. */
export function nearestName(name: string, names: readonly string[]): string | undefined {
  const a = name.toLowerCase().slice(0, 64);
  let best: string | undefined;
  let bestD = Number.POSITIVE_INFINITY;
  for (const n of names) {
    const d = editDistance(a, n);
    if (d < bestD) {
      bestD = d;
      best = n;
    }
  }
  return best !== undefined && bestD <= Math.max(2, Math.floor(best.length / 3)) ? best : undefined;
}

function editDistance(a: string, b: string): number {
  let prev = Array.from({ length: b.length + 1 }, (_, j) => j);
  for (let i = 1; i <= a.length; i++) {
    const cur = [i];
    for (let j = 1; j <= b.length; j++) {
      cur[j] = Math.min(prev[j] + 1, cur[j - 1] + 1, prev[j - 1] + (a[i - 1] === b[j - 1] ? 0 : 1));
    }
    prev = cur;
  }
  return prev[b.length];
}
