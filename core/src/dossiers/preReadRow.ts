/**
 * A dossier row already cut into values by a host's own byte reader (the CLI's fast CSV path):
 * the texts of the cells the statistics need, and the days of the date cells. The host turns
 * bytes into numbers and strings only; every rule (what a status means, which checks make a
 * row invalid, the classification) stays in core: DossierAccumulator.addPreRead.
 */
import type { Day } from "../dates/day.js";
import type { DossierColumn } from "./columns.js";
import { readExportDate } from "./exportDate.js";
import type { StatusOutcome } from "./systems.js";

/** The date columns of an export (column choice reads them as dates), in the order of PreReadDossierRow.days. */
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
 * What core makes of one distinct text of a pre-read column, made once per value
 * (DossierAccumulator.preReadText) and handed back with every row that holds it: the text, and
 * for its column the status outcome, the channel, the payment answer or the name.
 */
export interface PreReadText {
  readonly text: string;
  readonly status: StatusOutcome | null;
  readonly online: boolean | null | "unknown";
  readonly paid: boolean | null | "unknown";
  readonly name: string;
  /** For a unit or staff name, the key its group is found by (foldKey of the name; "" when blank). */
  readonly groupKey: string;
}

/**
 * One row. Contract with the host: the received cell is not blank and starts with a digit
 * (any other row is passed as cells, DossierAccumulator.add); a cell the host cannot turn into
 * these values makes it pass the row as cells too.
 */
export interface PreReadDossierRow {
  /** Days, in PRE_READ_DATE_COLUMNS order; null when the cell is blank or absent. */
  days: (Day | null)[];
  /**
   * In PRE_READ_TEXT_COLUMNS order, what preReadText made of each cell's text exactly as
   * written ("" when blank or absent); null for a column core did not ask for.
   */
  texts: (PreReadText | null)[];
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
