/**
 * What a reader's failure becomes for the user: a CliError naming the file and what to do.
 * Limits, damaged zips and system errors are said in Vietnamese; anything else is a fault of
 * the tool and is passed on (main prints a generic Vietnamese message, never the internal one).
 */
import { CliError } from "../../cliError.js";
import { errnoText, fileError, shownArg } from "../../messages.js";
import { BinaryWorkbookError } from "../xlsx/xlsxParts.js";
import { ZipFormatError } from "../xlsx/zipArchive.js";
import { LimitError } from "./limits.js";

export function readerError(e: unknown, file: string, kind: "xlsx" | "csv"): unknown {
  if (e instanceof CliError) return e;
  const name = shownArg(file);
  if (e instanceof LimitError) {
    return new CliError(
      `Không đọc được tệp "${name}": ${e.message}. Tệp có thể bị hỏng, bị làm giả, hoặc không phải bảng dữ liệu; ` +
        (kind === "xlsx" ? "hãy mở bằng Excel, kiểm tra và lưu lại dưới dạng .xlsx rồi chạy lại." : "hãy mở bằng Excel, kiểm tra và lưu lại rồi chạy lại."),
    );
  }
  if (e instanceof ZipFormatError || e instanceof BinaryWorkbookError) {
    return new CliError(
      `Không đọc được tệp Excel "${name}" (${e.message}): tệp có thể bị hỏng hoặc chưa được lưu trọn vẹn. Hãy mở bằng Excel, lưu lại dưới dạng .xlsx rồi chạy lại.`,
    );
  }
  if (errnoText(e) !== undefined) return fileError(e, file, "đọc");
  return e;
}
