/**
 * Write a generated file without ever destroying user data: refuse to replace an existing
 * file unless `force`, create the folder, write to a temporary name beside it and rename
 * (an interrupted run never leaves half a workbook under the user's name).
 */
import { mkdir, rename, rm, stat, writeFile } from "node:fs/promises";
import { basename, dirname, extname, join } from "node:path";
import { CliError } from "../../cliError.js";

export interface WriteOptions {
  force?: boolean;
  /** Required extension, e.g. ".xlsx". */
  extension?: string;
}

export async function writeNewFile(path: string, bytes: Uint8Array, options: WriteOptions = {}): Promise<void> {
  if (options.extension && extname(path).toLowerCase() !== options.extension) {
    throw new CliError(`Tệp kết quả "${path}" phải có đuôi ${options.extension} (ví dụ: tong-hop-2025${options.extension}).`);
  }
  const existing = await stat(path).catch(() => null);
  if (existing?.isDirectory()) {
    throw new CliError(`"${path}" là một thư mục. Hãy ghi rõ tên tệp kết quả, ví dụ "${join(path, `ket-qua${options.extension ?? ""}`)}".`);
  }
  if (existing && !options.force) {
    throw new CliError(
      `Tệp "${path}" đã có. Để không làm mất dữ liệu, công cụ không ghi đè: hãy chọn tên tệp khác, ` +
        `hoặc thêm --force nếu chắc chắn muốn thay tệp cũ.`,
    );
  }
  const dir = dirname(path);
  try {
    await mkdir(dir, { recursive: true });
  } catch (e) {
    throw new CliError(`Không tạo được thư mục "${dir}" để ghi kết quả: ${(e as Error).message}`);
  }
  const temp = join(dir, `.${basename(path)}.${process.pid}.tmp`);
  try {
    await writeFile(temp, bytes);
    await rename(temp, path);
  } catch (e) {
    await rm(temp, { force: true }).catch(() => undefined);
    const code = (e as NodeJS.ErrnoException).code;
    const why =
      code === "EACCES" || code === "EPERM" || code === "EBUSY"
        ? "không có quyền ghi, hoặc tệp đang được mở trong Excel — hãy đóng tệp rồi chạy lại"
        : (e as Error).message;
    throw new CliError(`Không ghi được tệp "${path}": ${why}.`);
  }
}
