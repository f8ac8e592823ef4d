import { dossierFunctions } from "./dossierFunctions.js";
import { NGUOIDUNGDAU, XEPHANG } from "./rankFunctions.js";
import { DIEMTIEUCHI } from "./scoringFunctions.js";
import { AMLICH, HANXULY, LANGAYLAMVIEC, NGAYLAMVIEC, THOIHAN, TRANGTHAI } from "./timeFunctions.js";
import type { FunctionSpec } from "./types.js";

/**
 * The catalogue: every spreadsheet function, described once. Excel's functions.json and
 * `CustomFunctions.associate` calls, and the Apps Script `CCHC_<ID>` stubs, are generated from it.
 */
export const catalogue: readonly FunctionSpec[] = [
  HANXULY,
  NGAYLAMVIEC,
  LANGAYLAMVIEC,
  THOIHAN,
  TRANGTHAI,
  AMLICH,
  ...dossierFunctions,
  XEPHANG,
  NGUOIDUNGDAU,
  DIEMTIEUCHI,
];

export function findFunction(id: string): FunctionSpec | undefined {
  const key = id.toUpperCase();
  return catalogue.find((f) => f.id === key);
}
