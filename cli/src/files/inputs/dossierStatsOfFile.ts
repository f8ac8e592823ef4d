/**
 * A one-stop export read as it streams (any size) and counted by core: the header found in the
 * first rows, every row classified, rows the reader could not split listed as invalid rows.
 * What `cchc dossiers` and `cchc rollup` read an export with.
 */
import {
  createDossierAccumulator,
  type DossierAccumulator,
  type DossierGroupBy,
  DossierHeaderError,
  type DossierStatsResult,
  isDossierHeader,
  type LateRateDenominator,
  type ReturnedTreatment,
  type CalendarOptions,
  type Day,
} from "@cchc/core";
import { CliError } from "../../cliError.js";
import { streamDossierRows } from "./dossierStream.js";

/** How many rows are searched for the header (a title block may sit above it). */
export const HEADER_SCAN_ROWS = 30;

export interface DossierFileOptions {
  from: Day;
  to: Day;
  by?: DossierGroupBy;
  denominator?: LateRateDenominator;
  returned?: ReturnedTreatment;
  calendar?: CalendarOptions;
  sheet?: string;
  /** false: every row read as cells by the general reader (the equivalence tests compare both). */
  fast?: boolean;
  /** Filled with how the file was read (tests). */
  info?: { preReadRows: number; workers?: number; workerRows?: number; linesReadBack?: number };
}

/** Throws CliError (Vietnamese) when the file holds no dossier list. */
export async function dossierStatsOfFile(file: string, o: DossierFileOptions): Promise<DossierStatsResult> {
  const options = { from: o.from, to: o.to, by: o.by, denominator: o.denominator, returned: o.returned, calendar: o.calendar };
  const sheet = o.sheet;
  let acc: DossierAccumulator | null = null;
  const before: { row: unknown[]; n: number }[] = [];
  const info = await streamDossierRows(
    file,
    (row, physicalRow) => {
      if (acc) return acc.add(row, physicalRow);
      if (before.length >= HEADER_SCAN_ROWS) return;
      if (isDossierHeader(row)) {
        try {
          acc = createDossierAccumulator(row, options);
        } catch (e) {
          if (e instanceof DossierHeaderError) throw new CliError(`${e.message} (dòng tiêu đề: dòng ${physicalRow} của tệp "${file}")`);
          throw e;
        }
      } else before.push({ row, n: physicalRow });
    },
    {
      sheet,
      // The byte reader of UTF-8 CSV files: rows as values, counted by core exactly as cells would be.
      preRead:
        o.fast === false
          ? undefined
          : {
              columns: () => (acc === null ? null : (acc as DossierAccumulator).preReadColumns()),
              add: (r, physicalRow) => (acc as DossierAccumulator).addPreRead(r, physicalRow),
              text: (slot, text) => (acc as DossierAccumulator).preReadText(slot, text),
            },
      // A row the reader could not split (unbalanced quote, over-long cell): an invalid row, never a silent swallow.
      onBad: (physicalRow, message) => {
        if (acc) acc.addInvalid(physicalRow, message);
        else before.push({ row: [], n: physicalRow });
      },
    },
  );
  if (o.info) {
    o.info.preReadRows = info.preReadRows ?? 0;
    o.info.workers = info.workers ?? 0;
    o.info.workerRows = info.workerRows ?? 0;
    o.info.linesReadBack = info.linesReadBack ?? 0;
  }
  if (acc === null) {
    const first = before.find((b) => b.row.some((c) => c !== null && c !== ""));
    throw new CliError(
      `Không tìm thấy dòng tiêu đề của danh sách hồ sơ trong ${HEADER_SCAN_ROWS} dòng đầu của tệp "${file}": cần ít nhất các cột ` +
        `"Ngày tiếp nhận" và "Ngày hẹn trả"${first ? ` (dòng ${first.n}: ${first.row.filter((c) => c !== null && c !== "").slice(0, 6).join(" | ")})` : ""}.` +
        (info.encoding === "windows-1252"
          ? " Tệp không phải văn bản UTF-8 (có thể là bảng mã cũ TCVN3/VNI hoặc Windows-1258): hãy mở bằng Excel và lưu lại dạng \"CSV UTF-8\" rồi chạy lại."
          : ""),
    );
  }
  return (acc as DossierAccumulator).result();
}
