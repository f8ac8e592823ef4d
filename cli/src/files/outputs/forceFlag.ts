import type { ParsedArgs } from "../../args.js";

/**
 * `--force` takes no value, but the generic argument reader gives the next word to any option
 * ("--force ke-hoach.xlsx"): take it back as a positional. Returns whether --force was given.
 */
export function takeForceFlag(args: ParsedArgs): boolean {
  const v = args.options.force;
  if (v === undefined) return false;
  if (typeof v === "string" && !/^(true|1|yes|có)$/i.test(v)) {
    if (/^(false|0|no|không)$/i.test(v)) return false;
    args.positionals.push(v);
  }
  return true;
}
