/**
 * The one table of Vietnamese texts for errors that do not come from a rule of core: system
 * errors (errno codes) on the user's files, a damaged zip, and the fallback for a fault of
 * the tool itself. No internal (English) message is ever printed.
 */
import { CliError } from "./cliError.js";

/** What a system error code means, said to a user. */
export const ERRNO_TEXT: Readonly<Record<string, string>> = {
  EACCES: "không có quyền đọc/ghi (hãy kiểm tra quyền truy cập của tệp hoặc thư mục)",
  EPERM: "không có quyền đọc/ghi (hãy kiểm tra quyền truy cập của tệp hoặc thư mục)",
  ENOENT: "không tìm thấy tệp hoặc thư mục",
  ENOTDIR: "một phần của đường dẫn không phải là thư mục",
  EISDIR: "đây là một thư mục, không phải tệp",
  ENAMETOOLONG: "tên tệp quá dài (hãy đặt tên ngắn hơn hoặc chuyển tệp vào thư mục có đường dẫn ngắn hơn)",
  ELOOP: "vòng liên kết: đường dẫn đi qua các liên kết tượng trưng trỏ vòng lại nhau",
  EEXIST: "tệp đã có",
  EBUSY: "tệp đang được chương trình khác mở (ví dụ Excel): hãy đóng tệp rồi chạy lại",
  ENOSPC: "ổ đĩa đã đầy",
  EDQUOT: "đã hết hạn mức dung lượng ổ đĩa",
  EROFS: "ổ đĩa chỉ cho phép đọc",
  EMFILE: "quá nhiều tệp đang mở",
  ENFILE: "quá nhiều tệp đang mở",
  EIO: "lỗi đọc/ghi của ổ đĩa",
  EXDEV: "không chuyển được tệp giữa hai ổ đĩa",
  EINVAL: "tên tệp hoặc đường dẫn không hợp lệ",
  EFBIG: "tệp quá lớn",
  ETXTBSY: "tệp đang được dùng",
};

export const CORRUPT_ZIP_TEXT = "tệp nén hỏng";

/** The Vietnamese reason for a system error, or undefined when `e` is not one. */
export function errnoText(e: unknown): string | undefined {
  const code = (e as NodeJS.ErrnoException | null)?.code;
  if (typeof code !== "string") return undefined;
  return ERRNO_TEXT[code] ?? (code.startsWith("E") ? `lỗi hệ thống ${code}` : undefined);
}

/** A CliError for a system error met while reading ("đọc") or writing ("ghi") `path`. */
export function fileError(e: unknown, path: string, action: "đọc" | "ghi" | "mở" | "tạo"): CliError {
  return new CliError(`Không ${action} được "${shownArg(path)}": ${errnoText(e) ?? "lỗi không xác định của hệ thống"}.`, 2);
}

/** Arguments longer than this are cut when a message repeats them. */
export const SHOWN_ARG_CHARS = 80;

/** An argument as a message shows it: whole when short, else its start and its length. */
export function shownArg(text: string): string {
  if (text.length <= SHOWN_ARG_CHARS) return text;
  return `${text.slice(0, SHOWN_ARG_CHARS)}… (${text.length.toLocaleString("de-DE")} ký tự)`;
}

/** No printed line is longer than this many characters. */
const MAX_LINE = 2000;

/** A message made safe to print: long arguments it repeats are cut, and no line runs on. */
export function shownMessage(message: string, argv: readonly string[]): string {
  let m = message;
  for (const a of argv) if (a.length > SHOWN_ARG_CHARS && m.includes(a)) m = m.split(a).join(shownArg(a));
  return m
    .split("\n")
    .map((line) => (line.length > MAX_LINE ? `${line.slice(0, MAX_LINE)}… (dòng bị cắt)` : line))
    .join("\n");
}

/** What is printed for an error that is not the user's (a fault of the tool): no internal text. */
export function internalErrorText(e: unknown): string {
  const why = errnoText(e);
  if (why !== undefined) return `Không hoàn thành được lệnh: ${why}.`;
  if (e instanceof RangeError || (e as Error | null)?.name === "RangeError") {
    return "Không hoàn thành được lệnh: dữ liệu quá lớn so với bộ nhớ của công cụ. Hãy kiểm tra tệp đầu vào (có thể bị hỏng hoặc chứa một ô, một dòng rất lớn).";
  }
  return "Lỗi trong công cụ cchc (không do dữ liệu của bạn). Hãy báo cho nhóm phát triển kèm lệnh đã chạy; đặt biến môi trường CCHC_DEBUG=1 để xem chi tiết kỹ thuật.";
}
