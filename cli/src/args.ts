/** A small, strict argument reader: positionals plus --name value / --name=value options. */
export interface ParsedArgs {
  positionals: string[];
  options: Record<string, string | true>;
}

/** Options that take no value. */
const FLAGS = new Set(["help", "h", "version", "ngay-van-hoa"]);

export function parseArgs(argv: string[]): ParsedArgs {
  const positionals: string[] = [];
  const options: Record<string, string | true> = {};
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i];
    if (a === "--") {
      positionals.push(...argv.slice(i + 1));
      break;
    }
    if (a.startsWith("--") && a.length > 2) {
      const eq = a.indexOf("=");
      if (eq > 0) {
        options[a.slice(2, eq)] = a.slice(eq + 1);
      } else {
        const name = a.slice(2);
        const next = argv[i + 1];
        if (!FLAGS.has(name) && next !== undefined && !next.startsWith("--")) {
          options[name] = next;
          i++;
        } else {
          options[name] = true;
        }
      }
    } else if (a === "-h") {
      options.help = true;
    } else {
      positionals.push(a);
    }
  }
  return { positionals, options };
}
