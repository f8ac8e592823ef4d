/**
 * The .xlsx and .csv files named on the command line, folders searched recursively: what a
 * roll-up reads. Hidden files, Excel's lock files ("~$…") and the output file are left out;
 * the list is sorted so every run reads the units in the same order.
 */
import { readdir, stat } from "node:fs/promises";
import { extname, join, resolve } from "node:path";
import { CliError } from "../../cliError.js";

const INPUT_EXTENSIONS = new Set([".xlsx", ".csv"]);

export async function findInputFiles(paths: readonly string[], exclude: readonly string[] = []): Promise<string[]> {
  const skip = new Set(exclude.map((p) => resolve(p)));
  const out: string[] = [];
  const seen = new Set<string>();
  const visit = async (path: string, depth: number): Promise<void> => {
    const real = resolve(path);
    if (seen.has(real) || depth > 32) return;
    seen.add(real);
    const info = await stat(path).catch(() => null);
    if (info === null) throw new CliError(`Không tìm thấy "${path}": hãy kiểm tra lại tên tệp hoặc thư mục.`);
    if (info.isDirectory()) {
      const entries = await readdir(path).catch(() => {
        throw new CliError(`Không đọc được thư mục "${path}" (không có quyền đọc?).`);
      });
      for (const name of entries.sort()) {
        if (name.startsWith(".") || name.startsWith("~$")) continue;
        const child = join(path, name);
        const s = await stat(child).catch(() => null);
        if (s?.isDirectory()) await visit(child, depth + 1);
        else if (s?.isFile() && INPUT_EXTENSIONS.has(extname(name).toLowerCase()) && !skip.has(resolve(child))) await visit(child, depth + 1);
      }
      return;
    }
    if (!skip.has(real)) out.push(path);
  };
  for (const p of paths) await visit(p, 0);
  return out;
}
