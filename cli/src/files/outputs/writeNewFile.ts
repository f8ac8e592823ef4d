/**
 * Write a generated file without ever destroying user data. The bytes go to a temporary file
 * beside the target; then, without --force, the temporary file is hard-linked to the target
 * name — one atomic step that fails when the name exists, whatever else runs at the same time
 * (two runs to one new name: exactly one succeeds). With --force it is renamed over the target
 * (atomic replace). Where links are not supported the target is created exclusively ("wx").
 * Temporary files are removed on SIGINT/SIGTERM; an output that is one of the command's input
 * files is refused even with --force.
 */
import { rmSync } from "node:fs";
import { link, mkdir, open, rename, rm, stat } from "node:fs/promises";
import { basename, dirname, extname, join } from "node:path";
import { CliError } from "../../cliError.js";
import { fileError, shownArg } from "../../messages.js";

export interface WriteOptions {
  force?: boolean;
  /** Required extension, e.g. ".xlsx". */
  extension?: string;
  /** The command's input files: the output may not be one of them, even with --force. */
  inputs?: readonly string[];
}

const exists = (path: string) =>
  `Tệp "${shownArg(path)}" đã có. Để không làm mất dữ liệu, công cụ không ghi đè: hãy chọn tên tệp khác, ` +
  `hoặc thêm --force nếu chắc chắn muốn thay tệp cũ.`;

/**
 * The checks that can be made before any work: extension, not a folder, not an input, not an
 * existing file without --force. writeNewFile makes them again and the final one atomically.
 */
export async function checkOutPath(path: string, options: WriteOptions = {}): Promise<void> {
  if (options.extension && extname(path).toLowerCase() !== options.extension) {
    throw new CliError(`Tệp kết quả "${shownArg(path)}" phải có đuôi ${options.extension} (ví dụ: ket-qua${options.extension}).`);
  }
  const existing = await stat(path).catch((e: NodeJS.ErrnoException) => {
    if (e.code === "ENOENT" || e.code === "ENOTDIR") return null;
    throw fileError(e, path, "ghi");
  });
  if (existing === null) return;
  if (existing.isDirectory()) {
    throw new CliError(`"${shownArg(path)}" là một thư mục. Hãy ghi rõ tên tệp kết quả, ví dụ "${join(shownArg(path), `ket-qua${options.extension ?? ""}`)}".`);
  }
  for (const input of options.inputs ?? []) {
    const s = await stat(input).catch(() => null);
    if (s !== null && s.dev === existing.dev && s.ino === existing.ino) {
      throw new CliError(
        `Tệp kết quả --out "${shownArg(path)}" chính là tệp đầu vào "${shownArg(input)}": công cụ không ghi đè dữ liệu gốc, kể cả với --force. Hãy chọn một tên tệp khác.`,
      );
    }
  }
  if (!options.force) throw new CliError(exists(path));
}

/** Files this process is writing: removed if it is interrupted. */
const pending = new Set<string>();
let handlersInstalled = false;

function removePending(): void {
  for (const p of pending) rmSync(p, { force: true });
  pending.clear();
}

function installSignalHandlers(): void {
  if (handlersInstalled) return;
  handlersInstalled = true;
  for (const [signal, code] of [["SIGINT", 130], ["SIGTERM", 143]] as const) {
    process.once(signal, () => {
      removePending();
      process.stderr.write("\nĐã dừng theo yêu cầu; không ghi tệp kết quả nào.\n");
      process.exit(code);
    });
  }
}

export async function writeNewFile(path: string, bytes: Uint8Array, options: WriteOptions = {}): Promise<void> {
  await checkOutPath(path, options);
  const dir = dirname(path);
  try {
    await mkdir(dir, { recursive: true });
  } catch (e) {
    throw fileError(e, dir, "tạo");
  }
  installSignalHandlers();
  const temp = join(dir, `.${basename(path)}.${process.pid}.${Math.random().toString(36).slice(2, 8)}.tmp`);
  pending.add(temp);
  try {
    await writeExclusive(temp, bytes, path);
    if (options.force) {
      await rename(temp, path).catch((e) => Promise.reject(fileError(e, path, "ghi")));
      return;
    }
    try {
      await link(temp, path);
    } catch (e) {
      const code = (e as NodeJS.ErrnoException).code;
      if (code === "EEXIST") throw new CliError(exists(path));
      if (code !== "EPERM" && code !== "ENOTSUP" && code !== "EOPNOTSUPP" && code !== "ENOSYS" && code !== "EMLINK") throw fileError(e, path, "ghi");
      // No hard links on this disk (FAT, some network shares): create the target exclusively.
      pending.add(path);
      await writeExclusive(path, bytes, path);
      pending.delete(path);
    }
  } finally {
    pending.delete(temp);
    await rm(temp, { force: true }).catch(() => undefined);
  }
}

/** Creates `file` (failing if it exists) and writes `bytes`; a failure names `shown`. */
async function writeExclusive(file: string, bytes: Uint8Array, shown: string): Promise<void> {
  let fh: Awaited<ReturnType<typeof open>>;
  try {
    fh = await open(file, "wx");
  } catch (e) {
    if ((e as NodeJS.ErrnoException).code === "EEXIST" && file === shown) throw new CliError(exists(shown));
    throw fileError(e, shown, "ghi");
  }
  try {
    await fh.writeFile(bytes);
  } catch (e) {
    await fh.close().catch(() => undefined);
    await rm(file, { force: true }).catch(() => undefined);
    throw fileError(e, shown, "ghi");
  }
  await fh.close();
}
