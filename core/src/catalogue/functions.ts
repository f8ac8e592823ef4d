import { dossierFunctions } from "./dossierFunctions.js";
import { NGUOIDUNGDAU, XEPHANG } from "./rankFunctions.js";
import { DIEMTIEUCHI } from "./scoringFunctions.js";
import { THOIHAN, TRANGTHAI } from "./taskFunctions.js";
import { AMLICH, HANXULY, LANGAYLAMVIEC, NGAYLAMVIEC } from "./timeFunctions.js";
import type { FunctionSpec } from "./types.js";

/**
 * The catalogue: every spreadsheet function, described once. Excel's functions.json and
 * `CustomFunctions.associate` calls, and the Apps Script `CCHC_<ID>` stubs, are generated from it.
 */
// Built by a call marked pure: a bundle that never reads the catalogue (the Excel task pane) drops it
// (the spread of dossierFunctions would otherwise count as a side effect and keep every function).
export const catalogue: readonly FunctionSpec[] = /* @__PURE__ */ (() => [
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
])();

export function findFunction(id: string): FunctionSpec | undefined {
  const key = id.toUpperCase();
  return catalogue.find((f) => f.id === key);
}
