import { type Day, toVN, yearOf } from "../dates/day.js";
import { cellText, foldKey } from "../text/normalize.js";
import { compareVi } from "../text/compareVi.js";
import { classifyDossier } from "./classifyDossier.js";
import { COLUMN_SAMPLE_ROWS, chooseByContent } from "./columnChoice.js";
import { findDossierHeaderRow, headerKey, mapDossierHeader, type DossierColumnMap } from "./columns.js";
import { statusOutcomeCached } from "./statusTable.js";
import { kl91StaffVerdict, kl91UnitVerdict } from "./kl91.js";
import { type DossierCounters, emptyCounters, figuresOf } from "./lateRate.js";
import {
  type PreReadColumns,
  type PreReadDossierRow,
  type PreReadText,
  PRE_READ_DATE_COLUMNS,
  PRE_READ_TEXT_COLUMNS,
} from "./preReadRow.js";
import {
  channelReader,
  dateProblems,
  isBlankRow,
  isInvalidDossierRow,
  isSkippedDossierRow,
  missingDossierColumns,
  nameText,
  readDossierRow,
  yesNo,
} from "./readDossier.js";
import type {
  Dossier,
  DossierGroup,
  DossierGroupBy,
  DossierStatsOptions,
  DossierStatsResult,
  InvalidDossierRow,
  ReturnedTreatment,
} from "./types.js";

/** A header that cannot be used for the statistics (Vietnamese message). */
export class DossierHeaderError extends Error {}

/** Feeds rows one at a time (streaming: nothing but counters and invalid-row messages is kept). */
export interface DossierAccumulator {
  /** `physicalRow` is the 1-based row in the file or sheet, used in messages. */
  add(row: readonly unknown[], physicalRow: number): void;
  /** Add an already read dossier (hosts that read rows themselves). */
  addDossier(d: Dossier): void;
  /** A row the host could not split into cells (e.g. an unbalanced quote in a CSV): counted as read, listed as invalid. */
  addInvalid(physicalRow: number, message: string): void;
  /**
   * For a host's byte reader (preReadRow.ts): where the values of a pre-read row are; null while
   * the first rows are held back to choose between columns (rows are passed as cells until then).
   */
  preReadColumns(): PreReadColumns | null;
  /**
   * Count a pre-read row exactly as add() would count its cells. false: nothing was counted and
   * the host must pass the row as cells to add() (an invalid row, whose message names the
   * dossier's code, a classification error, or rows still held back).
   */
  addPreRead(r: PreReadDossierRow, physicalRow: number): boolean;
  /** What core makes of a text of pre-read column `slot` (PRE_READ_TEXT_COLUMNS order): asked once per distinct text. */
  preReadText(slot: number, text: string): PreReadText;
  result(): DossierStatsResult;
}

const NO_UNIT = "(Không ghi đơn vị)";
const NO_STAFF = "(Không ghi cán bộ xử lý)";

interface GroupState {
  key: string;
  unit: string;
  counters: DossierCounters;
}

/** A "Tổng cộng: 12 hồ sơ" line between or under the dossiers: skipped, not a dossier. */
const TOTAL_ROW = "\u0000total";

/**
 * A group row of a 766 list: one text cell (a unit's name, possibly numbered "I." / "1.") over
 * the dossiers of that unit, no date in the receipt column. Returns the unit name, or null.
 */
function groupRowUnit(row: readonly unknown[], receivedCol: number): string | null {
  let text: string | null = null;
  for (let i = 0; i < row.length; i++) {
    const v = row[i];
    if (v === null || v === undefined || (typeof v === "string" && v.trim() === "")) continue;
    if (text !== null || typeof v !== "string" || i === receivedCol) return null;
    text = v;
  }
  if (text === null) return null;
  const name = cellText(text).replace(/^(?:[IVXLC]+|\d+|[a-zđ])[.)]\s+/i, "").trim();
  if (name === "" || /^\d+$/.test(name)) return null;
  if (/^(tổng|cộng)/i.test(name)) return TOTAL_ROW;
  return name;
}

/**
 * Start the statistics of a period from a header row. Throws DossierHeaderError (Vietnamese)
 * when the header lacks ngày tiếp nhận, ngày hẹn trả or every end-date column, or lacks the
 * column of an explicitly requested grouping. Without `by`, groups are units; an export
 * without a unit column (and no group rows) then gives one group "(Không ghi đơn vị)" and a
 * warning. When the header has two columns of one kind, the first rows (up to
 * COLUMN_SAMPLE_ROWS) are held back and the column whose values fit is chosen (columnChoice.ts).
 */
export function createDossierAccumulator(header: readonly unknown[], options: DossierStatsOptions): DossierAccumulator {
  const mapped = mapDossierHeader(header);
  const missing = missingDossierColumns(mapped.columns, options.by);
  if (missing) throw new DossierHeaderError(missing);
  if (!Number.isInteger(options.from) || !Number.isInteger(options.to) || options.from > options.to) {
    throw new DossierHeaderError(
      `Kỳ báo cáo không hợp lệ: "từ ngày" phải trước hoặc bằng "đến ngày"${
        Number.isInteger(options.from) && Number.isInteger(options.to) ? ` (đang là ${toVN(options.from)} – ${toVN(options.to)})` : ""
      }.`,
    );
  }
  const by: DossierGroupBy = options.by ?? "unit";
  const denominator = options.denominator ?? "resolvedAndPending";
  const returnedAs: ReturnedTreatment = options.returned ?? "onTime";
  const classify = { calendar: options.calendar, pauseForSupplement: options.pauseForSupplement };
  const headerKeys = header.map(headerKey).join("\u0001");
  const receivedTitle = headerKey(header[mapped.columns.received as number]);
  let columns: DossierColumnMap = mapped.columns;
  const ambiguous = Object.values(mapped.candidates).some((c) => c !== undefined && c.length > 1);
  let held: { row: readonly unknown[]; n: number }[] | null = ambiguous || mapped.columns.channel !== undefined ? [] : null;
  const choiceNotes: string[] = [];
  const channelTitle = () => (columns.channel === undefined ? "" : header[columns.channel]);
  let readChannel = channelReader(channelTitle());

  /** Pasted or paged exports repeat the header row: such rows are skipped. Cheap test first. */
  const isRepeatedHeader = (row: readonly unknown[]): boolean => {
    const v = row[columns.received as number];
    if (typeof v !== "string" || v === "" || (v.charCodeAt(0) >= 48 && v.charCodeAt(0) <= 57)) return false;
    return headerKey(v) === receivedTitle && row.map(headerKey).join("\u0001") === headerKeys;
  };

  const total = emptyCounters();
  const groups = new Map<string, GroupState>();
  const invalidRows: InvalidDossierRow[] = [];
  let rowsRead = 0;
  let outsidePeriod = 0;
  let returnedExcluded = 0;
  let notReceived = 0;
  let cancelled = 0;
  let groupRows = 0;
  let currentGroupUnit = "";
  let channelUnknown = 0;
  let channelUnknownExample = "";
  let paymentUnknown = 0;
  let paymentUnknownExample = "";

  const groupKeys = new Map<string, string>();
  const groupKeyOf = (name: string): string => {
    let k = groupKeys.get(name);
    if (k === undefined) {
      k = foldKey(name);
      groupKeys.set(name, k);
    }
    return k;
  };

  function addDossier(d: Dossier): void {
    addClassified(d, classifyDossier(d, options.from, options.to, classify));
  }

  /** One counted dossier into the counters of the total or of its group. */
  function count(c: DossierCounters, d: Dossier, outcome: Extract<ReturnType<typeof classifyDossier>, { kind: "counted" }>): void {
    if (outcome.receivedInPeriod) {
      c.received++;
      if (d.online === true) c.online++;
      if (d.onlinePayment !== null) {
        c.paymentRecorded++;
        if (d.onlinePayment) c.paid++;
      }
    } else c.carriedOver++;
    switch (outcome.result) {
      case "returned":
        c.returned++;
        if (returnedAs === "late") c.late++;
        else c.onTime++;
        break;
      case "pendingSupplement":
        c.pendingWithin++;
        c.waitingSupplement++;
        break;
      case "early":
        c.early++;
        break;
      case "onTime":
        c.onTime++;
        break;
      case "late":
        c.late++;
        break;
      case "pendingWithin":
        c.pendingWithin++;
        break;
      case "pendingOverdue":
        c.pendingOverdue++;
        break;
    }
  }

  /** `unitKey` and `staffKey`, when given, are groupKeyOf the dossier's unit and staff (known per distinct text of a pre-read row). */
  function addClassified(d: Dossier, outcome: ReturnType<typeof classifyDossier>, unitKey?: string, staffKey?: string): void {
    if (outcome.kind === "outside") {
      outsidePeriod++;
      return;
    }
    if (outcome.kind === "error") {
      invalidRows.push({ row: d.row, message: d.code ? `Hồ sơ ${d.code}: ${outcome.message}` : outcome.message });
      return;
    }
    if (outcome.result === "returned" && returnedAs === "excluded") {
      returnedExcluded++;
      return;
    }
    // Staff are people of a unit: the same name in two units is two people.
    unitKey ??= d.unit === "" ? "" : groupKeyOf(d.unit);
    const gk = by === "unit" ? unitKey : `${unitKey}\u0001${staffKey ?? (d.staff === "" ? "" : groupKeyOf(d.staff))}`;
    let g = groups.get(gk);
    if (!g) {
      const key = by === "unit" ? d.unit || NO_UNIT : d.staff || NO_STAFF;
      g = { key, unit: d.unit || NO_UNIT, counters: emptyCounters() };
      groups.set(gk, g);
    }
    count(total, d, outcome);
    count(g.counters, d, outcome);
    if (d.channelUnknown !== undefined) {
      if (channelUnknown++ === 0) channelUnknownExample = `"${d.channelUnknown}" (dòng ${d.row})`;
    }
    if (d.paymentUnknown !== undefined) {
      if (paymentUnknown++ === 0) paymentUnknownExample = `"${d.paymentUnknown}" (dòng ${d.row})`;
    }
  }

  function read(row: readonly unknown[], physicalRow: number): void {
    if (isBlankRow(row)) return;
    if (isRepeatedHeader(row)) return;
    const unit = groupRowUnit(row, columns.received as number);
    if (unit === TOTAL_ROW) return;
    if (unit !== null) {
      groupRows++;
      currentGroupUnit = unit;
      return;
    }
    rowsRead++;
    const r = readDossierRow(row, columns, physicalRow, readChannel);
    if (isInvalidDossierRow(r)) invalidRows.push(r);
    else if (isSkippedDossierRow(r)) {
      if (r.skipped === "notReceived") notReceived++;
      else cancelled++;
    } else {
      if (r.unit === "" && currentGroupUnit !== "") r.unit = currentGroupUnit;
      addDossier(r);
    }
  }

  /** Choose the columns with the rows held back, then read them. */
  function release(): void {
    if (held === null) return;
    const rows = held;
    held = null;
    const choice = chooseByContent(header, mapped, rows.map((h) => h.row), (i) => {
      const reader = channelReader(header[i]);
      return (v) => {
        const r = reader(v);
        return r === true || r === false;
      };
    });
    if (choice.notes.length > 0 || choice.columns.channel !== columns.channel) {
      columns = choice.columns;
      choiceNotes.push(...choice.notes);
      readChannel = channelReader(channelTitle());
    }
    for (const h of rows) read(h.row, h.n);
  }

  function add(row: readonly unknown[], physicalRow: number): void {
    if (held !== null) {
      held.push({ row, n: physicalRow });
      if (held.length >= COLUMN_SAMPLE_ROWS) release();
      return;
    }
    read(row, physicalRow);
  }

  function preReadColumns(): PreReadColumns | null {
    if (held !== null) return null;
    const at = (c: (typeof PRE_READ_TEXT_COLUMNS)[number] | (typeof PRE_READ_DATE_COLUMNS)[number]) => columns[c] ?? -1;
    return {
      dates: PRE_READ_DATE_COLUMNS.map(at),
      // The staff names are read only for the groups by staff.
      texts: PRE_READ_TEXT_COLUMNS.map((c) => (c === "staff" && by !== "staff" ? -1 : at(c))),
      supplementCount: columns.supplementCount ?? -1,
    };
  }

  const problems: string[] = [];
  let statusTextOf: PreReadDossierRow | null = null;
  const statusText = () => cellText(statusTextOf?.texts[0]?.text);

  function preReadText(slot: number, text: string): PreReadText {
    const column = PRE_READ_TEXT_COLUMNS[slot];
    const token: { -readonly [K in keyof PreReadText]: PreReadText[K] } = {
      text,
      status: column === "status" ? statusOutcomeCached(text) : null,
      online: column === "channel" ? readChannel(text) : null,
      paid: column === "onlinePayment" ? yesNo(text) : null,
      name: column === "unit" || column === "staff" ? nameText(text) : "",
      groupKey: "",
    };
    if (token.name !== "") token.groupKey = groupKeyOf(token.name);
    return token;
  }

  /** readDossierRow and read() for a row of values; every decision as there (checked by the CLI's equivalence tests). */
  const scratch: Dossier = {
    row: 0,
    code: "",
    unit: "",
    staff: "",
    received: 0,
    appointment: 0,
    end: null,
    online: null,
    supplementCount: 0,
    supplementRequested: null,
    supplementCompleted: null,
    onlinePayment: null,
    channelUnknown: undefined,
    paymentUnknown: undefined,
    status: undefined,
  };

  function addPreRead(p: PreReadDossierRow, physicalRow: number): boolean {
    if (held !== null) return false;
    const days = p.days;
    const received = days[0];
    // A blank receipt may be a group row or a blank row: only add() knows.
    if (received === null) return false;
    const texts = p.texts;
    const statusCell = texts[0];
    const unitCell = texts[1];
    const staffCell = texts[2];
    const channelCell = texts[3];
    const paymentCell = texts[4];
    // A column the header lacks reads as a blank cell.
    const status = statusCell === null ? null : statusCell.status;
    if (status === "notReceived" || status === "cancelled") {
      rowsRead++;
      if (status === "notReceived") notReceived++;
      else cancelled++;
      return true;
    }
    const appointment = days[1];
    if (appointment === null) return false;
    let end: Day | null = null;
    for (let i = 2; i <= 4; i++) {
      const e = days[i];
      if (e !== null && (end === null || e < end)) end = e;
    }
    const supplementRequested = days[5];
    const supplementCompleted = days[6];
    let supplementCount = p.supplementCount ?? 0;
    if (supplementCount === 0 && supplementRequested !== null) supplementCount = 1;
    statusTextOf = p;
    dateProblems(status, received, appointment, end, supplementRequested, supplementCompleted, statusText, problems);
    if (problems.length > 0) {
      problems.length = 0;
      return false;
    }
    const ch = channelCell === null ? null : channelCell.online;
    const pay = paymentCell === null ? null : paymentCell.paid;
    // One object for every pre-read row: nothing keeps it past this call (classifyDossier and
    // addClassified read it), and no object is made per row.
    const d = scratch;
    d.row = physicalRow;
    d.unit = unitCell === null ? "" : unitCell.name;
    d.staff = staffCell === null ? "" : staffCell.name;
    d.received = received;
    d.appointment = appointment;
    d.end = end;
    d.online = ch === "unknown" ? false : ch;
    d.supplementCount = supplementCount;
    d.supplementRequested = supplementRequested;
    d.supplementCompleted = supplementCompleted;
    d.onlinePayment = pay === "unknown" ? null : pay;
    d.status = status === "returned" ? "returned" : status === "supplement" ? "supplement" : undefined;
    d.channelUnknown = ch === "unknown" ? cellText((channelCell as PreReadText).text) : undefined;
    d.paymentUnknown = pay === "unknown" ? cellText((paymentCell as PreReadText).text) : undefined;
    let unitKey = unitCell === null ? "" : unitCell.groupKey;
    if (d.unit === "" && currentGroupUnit !== "") {
      d.unit = currentGroupUnit;
      unitKey = groupKeyOf(currentGroupUnit);
    }
    const outcome = classifyDossier(d, options.from, options.to, classify);
    // Its message names the dossier's code, which only the cells hold.
    if (outcome.kind === "error") return false;
    rowsRead++;
    addClassified(d, outcome, unitKey, staffCell === null ? "" : staffCell.groupKey);
    return true;
  }

  function addInvalid(physicalRow: number, message: string): void {
    rowsRead++;
    invalidRows.push({ row: physicalRow, message });
  }

  function result(): DossierStatsResult {
    release();
    const hasChannel = columns.channel !== undefined;
    const year = yearOf(options.to);
    const satisfaction = new Map(Object.entries(options.satisfaction ?? {}).map(([k, v]) => [foldKey(k), v]));
    const out: DossierGroup[] = [...groups.values()]
      .sort((a, b) => compareVi(a.key, b.key) || compareVi(a.unit, b.unit))
      .map((g) => {
        const f = figuresOf(g.counters, denominator, hasChannel);
        const kl91 =
          by === "unit"
            ? kl91UnitVerdict(f.lateRate, satisfaction.get(foldKey(g.key)) ?? null, options.kl91)
            : kl91StaffVerdict(f.lateRate, year, options.kl91);
        return { key: g.key, unit: g.unit, ...f, kl91 };
      });
    const channelDropped = mapped.columns.channel !== undefined && columns.channel === undefined;
    const warnings = [...choiceNotes, ...headerWarnings(columns, by, mapped.duplicates, groupRows > 0, channelDropped)];
    if (channelUnknown > 0) {
      warnings.push(
        `${channelUnknown} hồ sơ có hình thức nộp không nhận ra, ví dụ ${channelUnknownExample}: đã tính là trực tiếp/bưu chính.`,
      );
    }
    if (paymentUnknown > 0) {
      warnings.push(`${paymentUnknown} hồ sơ có ô thanh toán trực tuyến không nhận ra, ví dụ ${paymentUnknownExample}: không tính vào tỷ lệ thanh toán.`);
    }
    if (notReceived > 0) warnings.push(`${notReceived} hồ sơ có trạng thái không được tiếp nhận / chưa tiếp nhận: không tính.`);
    if (cancelled > 0) warnings.push(`${cancelled} hồ sơ có trạng thái đã hủy: không tính.`);
    if (returnedExcluded > 0) warnings.push(`${returnedExcluded} hồ sơ trả lại/xin rút/dừng xử lý không được tính (--returned excluded).`);
    if (invalidRows.length > 0) {
      warnings.push(`${invalidRows.length} dòng không đọc được và không được tính (xem danh sách dòng lỗi).`);
    }
    return {
      from: options.from,
      to: options.to,
      by,
      denominator,
      ...figuresOf(total, denominator, hasChannel),
      groups: out,
      invalidRows: [...invalidRows].sort((a, b) => a.row - b.row),
      rowsRead,
      outsidePeriod,
      returnedAs,
      returnedExcluded,
      notReceived,
      cancelled,
      groupRows,
      hasChannelColumn: hasChannel,
      warnings,
    };
  }

  return { add, addDossier, addInvalid, result, preReadColumns, addPreRead, preReadText };
}

function headerWarnings(columns: DossierColumnMap, by: DossierGroupBy, duplicates: string[], hasGroupRows: boolean, channelDropped: boolean): string[] {
  const w: string[] = [];
  if (by === "unit" && columns.unit === undefined && !hasGroupRows) w.push(`Không có cột "Đơn vị"/"Cơ quan": mọi hồ sơ được gộp vào "${NO_UNIT}".`);
  if (columns.channel === undefined && !channelDropped) w.push(`Không có cột "Hình thức nộp": không tính được tỷ lệ hồ sơ trực tuyến.`);
  if (duplicates.length > 0) w.push(`Bỏ qua các cột trùng nghĩa với cột đã có: ${duplicates.map((d) => `"${d}"`).join(", ")}.`);
  return w;
}

export type DossierStatsOutcome = { ok: true; result: DossierStatsResult } | { ok: false; message: string };

/**
 * For hosts: the statistics of a pasted export (a sheet's values, row by row). The header row
 * is found among the first 30 rows (a title block above it is skipped); reported row numbers
 * are 1-based positions in `cells` (plus `firstRow − 1` when the range starts lower).
 */
export function dossierStats(
  cells: readonly (readonly unknown[])[],
  options: DossierStatsOptions & { firstRow?: number },
): DossierStatsOutcome {
  const h = findDossierHeaderRow(cells);
  if (h < 0) {
    return {
      ok: false,
      message:
        `Không tìm thấy dòng tiêu đề của danh sách hồ sơ trong 30 dòng đầu: cần các cột "Ngày tiếp nhận" và "Ngày hẹn trả"` +
        (cells.length > 0 ? ` (dòng đầu: ${cells[0].map(cellText).filter(Boolean).slice(0, 6).join(" | ") || "trống"}).` : "."),
    };
  }
  let acc: DossierAccumulator;
  try {
    acc = createDossierAccumulator(cells[h], options);
  } catch (e) {
    if (e instanceof DossierHeaderError) return { ok: false, message: e.message };
    throw e;
  }
  const base = (options.firstRow ?? 1) - 1;
  for (let i = h + 1; i < cells.length; i++) acc.add(cells[i], base + i + 1);
  return { ok: true, result: acc.result() };
}
