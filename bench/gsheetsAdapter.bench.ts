// The Sheets add-on's built script (gsheets/dist/Code.js) in a Node vm with the fake services:
// menu commands on a 10,000-row appendix and one custom-function call over a 10,000-cell column.
// Run from the repository root after `npm run gsheets:build`.
import { join } from "node:path";
import { timeLargeSheet } from "../test/gsheets/largeSheet.js";

export async function run(): Promise<Record<string, number | string>> {
  const t = timeLargeSheet(10_000, join(process.cwd(), "gsheets/dist"));
  const { validateAlert: _alert, ...figures } = t;
  return { ...figures, note: "ms in Node's vm; Apps Script's V8 is slower (budget 6 min per command, 30 s per custom function)" };
}
