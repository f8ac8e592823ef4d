import { open, stat } from "node:fs/promises";
import { CliError } from "../../cliError.js";
import { fileError, shownArg } from "../../messages.js";

/**
 * The size of a file the user named, in bytes. Missing files, folders, unreadable and empty
 * files are refused with a Vietnamese message saying what to check.
 */
export async function checkInputFile(file: string): Promise<number> {
  let size: number;
  try {
    const s = await stat(file);
    if (s.isDirectory()) throw new CliError(`"${file}" là một thư mục, không phải tệp. Hãy chỉ ra tệp .xlsx hoặc .csv.`);
    size = s.size;
  } catch (e) {
    if (e instanceof CliError) throw e;
    const code = (e as NodeJS.ErrnoException).code;
    if (code === "ENOENT" || code === "ENOTDIR") {
      throw new CliError(
        `Không tìm thấy tệp "${shownArg(file)}". Hãy kiểm tra đường dẫn và tên tệp (kể cả phần đuôi .xlsx hoặc .csv).`,
      );
    }
    throw fileError(e, file, "đọc");
  }
  if (size === 0) {
    throw new CliError(`Tệp "${file}" rỗng (0 byte): không có dữ liệu. Hãy kiểm tra tệp đã được lưu đúng chưa.`);
  }
  return size;
}

/** The first `bytes` bytes of a file (fewer when the file is shorter). */
export async function readHead(file: string, bytes: number): Promise<Uint8Array> {
  const fh = await open(file, "r").catch((e) => Promise.reject(fileError(e, file, "đọc")));
  try {
    const buf = Buffer.alloc(bytes);
    const { bytesRead } = await fh.read(buf, 0, bytes, 0);
    return buf.subarray(0, bytesRead);
  } finally {
    await fh.close();
  }
}
