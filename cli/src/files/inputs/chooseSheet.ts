/**
 * Which sheet holds the plan? The one named with --sheet (matched exactly, else ignoring case
 * and diacritics), otherwise the first visible sheet in which `hasTable` recognises a header,
 * otherwise the first sheet with data (core then explains why it is not a plan).
 */
import { foldKey } from "@cchc/core";
import { CliError } from "../../cliError.js";
import type { LoadedFile, SheetCells } from "./readCells.js";

export interface ChosenSheet {
  sheet: SheetCells;
  /** True when the sheet was picked automatically among several. */
  guessed: boolean;
}

const isEmpty = (s: SheetCells) => !s.cells.some((row) => row.some((v) => v !== null && v !== undefined && v !== ""));
const quoteNames = (sheets: SheetCells[]) => sheets.map((s) => `"${s.name}"`).join(", ");

export function chooseSheet(loaded: LoadedFile, requested: string | undefined, hasTable: (cells: unknown[][]) => boolean): ChosenSheet {
  const { sheets, file } = loaded;
  if (requested !== undefined && loaded.format === "xlsx") {
    const sheet = sheets.find((s) => s.name === requested) ?? sheets.find((s) => foldKey(s.name) === foldKey(requested));
    if (!sheet) {
      throw new CliError(
        `Không có trang tính "${requested}" trong tệp "${file}". Các trang tính có trong tệp: ${quoteNames(sheets)}. ` +
          `Hãy chọn lại bằng --sheet "TÊN TRANG".`,
      );
    }
    if (isEmpty(sheet)) throw new CliError(`Trang tính "${sheet.name}" của tệp "${file}" trống: không có ô nào có dữ liệu.`);
    return { sheet, guessed: false };
  }
  const withData = sheets.filter((s) => !isEmpty(s));
  if (withData.length === 0) {
    throw new CliError(
      sheets.length > 1
        ? `Tệp "${file}" không có dữ liệu: cả ${sheets.length} trang tính (${quoteNames(sheets)}) đều trống.`
        : `Tệp "${file}" không có dữ liệu: trang tính${loaded.format === "xlsx" ? ` "${sheets[0]?.name}"` : ""} trống.`,
    );
  }
  const ordered = [...withData.filter((s) => !s.hidden), ...withData.filter((s) => s.hidden)];
  const found = ordered.find((s) => hasTable(s.cells));
  return { sheet: found ?? ordered[0], guessed: sheets.length > 1 };
}
