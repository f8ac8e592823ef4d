/**
 * A dossier row already cut into values by a host's own byte reader (the CLI's fast CSV path):
 * the texts of the cells the statistics need, and the days of the date cells. The host turns
 * bytes into numbers and strings only; every rule (what a status means, which checks make a
 * row invalid, the classification) stays in core: DossierAccumulator.addPreRead.
 */
import type { Day } from "../dates/day.js";
import type { DossierColumn } from "./columns.js";
import { readExportDate } from "./exportDate.js";

/** The date columns of a pre-read row, in the order of PreReadDossierRow.days. */
export const PRE_READ_DATE_COLUMNS = [
  "received",
  "appointment",
  "processed",
  "returned",
  "completed",
  "supplementRequested",
  "supplementCompleted",
] as const satisfies readonly DossierColumn[];

/** The text columns of a pre-read row, in the order of PreReadDossierRow.texts. */
export const PRE_READ_TEXT_COLUMNS = ["status", "unit", "staff", "channel", "onlinePayment"] as const satisfies readonly DossierColumn[];

/**
 * Where the host finds each value: the column index (0-based) of each date, each text and the
 * supplement count, −1 when the value is not read (absent column, or not needed).
 */
export interface PreReadColumns {
  dates: number[];
  texts: number[];
  supplementCount: number;
}

/**
 * One row. Contract with the host: the received cell is not blank and starts with a digit
 * (any other row is passed as cells, DossierAccumulator.add); a cell the host cannot turn into
 * these values makes it pass the row as cells too.
 */
export interface PreReadDossierRow {
  /** Days, in PRE_READ_DATE_COLUMNS order; null when the cell is blank or absent. */
  days: (Day | null)[];
  /** Cell texts exactly as written, in PRE_READ_TEXT_COLUMNS order; "" when blank or absent. */
  texts: string[];
  /** Số lần yêu cầu bổ sung written as digits; null when blank or absent. */
  supplementCount: number | null;
}

/**
 * A date cell's text in a shape other than dd/mm/yyyy[ HH:mm[:ss]] (yyyyMMddHHmmss, ISO…):
 * its day by readExportDate, null when blank, NaN when unreadable (the host then passes the
 * row as cells, so the message is readDossierRow's).
 */
export function preReadDay(text: string): Day | null {
  if (text.trim() === "") return null;
  const r = readExportDate(text);
  return r.ok ? r.day : Number.NaN;
}
