// The last step of a generator run by `npm run generate`: write `text` to `file` when it differs,
// or with `--check` on the command line write nothing and exit 1 (saying `why`) when it differs.
import { readFileSync, writeFileSync } from "node:fs";

export function writeGenerated(file, text, why) {
  let current = "";
  try {
    current = readFileSync(file, "utf8");
  } catch {}
  if (current === text) return;
  if (process.argv.includes("--check")) {
    console.error(`${why}: run npm run generate`);
    process.exit(1);
  }
  writeFileSync(file, text);
}
