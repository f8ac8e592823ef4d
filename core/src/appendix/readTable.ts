/**
 * Read an appendix table (phụ lục) from a 2-D array of cell values (DOMAIN.md §1).
 *
 * Row i of `cells` is physical row `firstRow + i`, column j is column `firstColumn + j`
 * (both 1-based, default 1). The header row is searched in the first 30 rows; repeated header
 * rows and blank rows are skipped and reported as info; legacy-encoded (TCVN3, VNI) and NFD
 * text is converted to Unicode NFC before anything is read, with a `legacy-encoding` warning.
 */
import { parseSchedule } from "../schedule/parseSchedule.js";
import type { Schedule } from "../schedule/types.js";
import { errorCellsOf, linesOf, readDateCell, scheduleTextOf, textOf } from "./cells.js";
import { Grid } from "./grid.js";
import { issuedDateOf } from "./issuedText.js";
import { fillMergedDown, type MergedRange } from "./merges.js";
import { cleanText, foldKey } from "../text/normalize.js";
import { matchAppendixColumn, matchAppendixHeaderRow } from "./columns.js";
import { parseLeadAndPartners, parseResponsibility, type Responsibility } from "./responsibility.js";
import { parseStt } from "./stt.js";
import { readStatus, type StatusReading } from "../status/readStatus.js";
import { resolveStatusColumn } from "./statusColumn.js";
import { isContinuationText, joinContinuation, learnedUnitNames, type RawResponsibility } from "./continuation.js";
import { PUBLIC_BODY_NAMES, UnitNames } from "../units/unitNames.js";
import type { AppendixHeading, AppendixTable, AppendixTask, ColumnKey, Finding } from "./types.js";
import { finding } from "./findings.js";

export interface ReadAppendixOptions {
  /** Physical row of cells[0], 1-based (default 1). */
  firstRow?: number;
  /** Physical column of cells[i][0], 1-based (default 1). */
  firstColumn?: number;
  /** Plan year: resolves "Trong năm", "Hằng năm" and flags schedules outside the year. */
  planYear?: number;
  /** Merged ranges of the sheet (physical coordinates): vertical merges are filled down (see merges.ts). */
  merges?: readonly MergedRange[];
}

/** How many rows from the top are searched for the header. */
export const HEADER_SEARCH_ROWS = 30;

/** Columns whose content makes a numbered row a task rather than a heading. */
const CONTENT_KEYS: ColumnKey[] = ["responsibility", "lead", "partners", "deadline", "output", "completed", "due", "status"];

export function noHeaderMessage(rowsSearched: number): string {
  return (
    `Không tìm thấy dòng tiêu đề của bảng phụ lục trong ${rowsSearched} dòng đầu. ` +
    `Đã tìm các cột: "STT" (hoặc "TT", "Số TT"); "Nội dung công việc" (hoặc "Nhiệm vụ", "Nội dung"); ` +
    `"Trách nhiệm thực hiện" (hoặc "Cơ quan chủ trì" và "Cơ quan phối hợp"); ` +
    `"Tiến độ thực hiện" (hoặc "Thời gian", "Thời hạn"); "Kết quả/sản phẩm". ` +
    `Hãy kiểm tra đúng trang tính (sheet) và đặt tên cột như trên, ít nhất có cột nội dung và một cột khác.`
  );
}

function positiveInt(n: unknown, fallback: number): number {
  return typeof n === "number" && Number.isInteger(n) && n >= 1 && n < 1e7 ? n : fallback;
}

function isBlankRow(texts: readonly string[]): boolean {
  for (const t of texts) if (t !== "") return false;
  return true;
}

function isBlankRaw(row: readonly unknown[]): boolean {
  for (const v of row) if (textOf(v) !== "") return false;
  return true;
}

/** "(1) (2) (3) …" or "1 2 3 …": the row of column numbers printed under many headers. */
function isColumnNumberRow(texts: readonly string[]): boolean {
  // "(12)" is the longest such cell: a longer text (a task title) rules the row out at once.
  for (const t of texts) if (t.length > 4) return false;
  const nums: number[] = [];
  for (const t of texts) {
    if (t === "") continue;
    const m = /^\(?(\d{1,2})\)?$/.exec(t);
    if (!m) return false;
    nums.push(Number(m[1]));
  }
  if (nums.length < 3) return false;
  return nums.every((n, k) => n === nums[0] + k);
}

interface HeaderChoice {
  index: number;
  columns: Partial<Record<ColumnKey, number>>;
  /** Rows taken by the header (2 when a second header row names "Chủ trì" / "Phối hợp"). */
  height: number;
}

function findHeader(grid: Grid): HeaderChoice | null {
  const limit = Math.min(grid.length, HEADER_SEARCH_ROWS);
  let best: HeaderChoice | null = null;
  let bestScore = 0;
  for (let i = 0; i < limit; i++) {
    const m = matchAppendixHeaderRow(grid.row(i));
    if (m.columns.task === undefined || m.score < 2) continue;
    if (m.score > bestScore) {
      best = { index: i, columns: m.columns, height: 1 };
      bestScore = m.score;
    }
    if (m.score >= 3) break;
  }
  if (best === null) return null;
  // A second header row ("Cơ quan thực hiện" above "Chủ trì" | "Phối hợp").
  if (best.index + 1 < grid.length) {
    const next = matchAppendixHeaderRow(grid.row(best.index + 1));
    const used = new Set(Object.values(best.columns));
    const added = (Object.keys(next.columns) as ColumnKey[]).filter(
      (k) => best!.columns[k] === undefined || best!.columns[k] === next.columns[k],
    );
    const fresh = added.filter((k) => best!.columns[k] === undefined);
    const sttCell = textOf(grid.row(best.index + 1)[best.columns.stt ?? -1]);
    if (fresh.length > 0 && (sttCell === "" || next.columns.stt !== undefined)) {
      const columns = { ...best.columns };
      for (const k of fresh) {
        const j = next.columns[k]!;
        if (used.has(j) && k !== "lead" && k !== "partners") continue;
        columns[k] = j;
      }
      if (columns.lead !== undefined && columns.responsibility !== undefined && columns.responsibility === columns.lead) {
        delete columns.responsibility;
      }
      best = { index: best.index, columns, height: 2 };
    } else if (isSubHeaderRow(grid.texts(best.index + 1), best.columns)) {
      best = { index: best.index, columns: best.columns, height: 2 };
    }
  }
  return best;
}

/**
 * Sub-titles of a merged header cell on the row under the header ("Hình thức xử lý" over "Thay
 * thế | Bãi bỏ | Ban hành mới"): two or more words, only under columns the header did not
 * recognise, and nothing under the recognised ones (STT, task, lead, schedule…).
 */
function isSubHeaderRow(texts: readonly string[], columns: Partial<Record<ColumnKey, number>>): boolean {
  const mapped = new Set(Object.values(columns));
  let titles = 0;
  for (let j = 0; j < texts.length; j++) {
    const t = texts[j];
    if (t === "") continue;
    if (mapped.has(j) || !/\p{L}/u.test(t) || /^\d/.test(t)) return false;
    titles++;
  }
  return titles >= 2;
}

function sameHeader(texts: readonly string[], header: Partial<Record<ColumnKey, number>>, headerTask: string): boolean {
  // Cheap test first: the task cell must repeat the header's task title (any case or accents).
  const t = header.task === undefined ? "" : texts[header.task] ?? "";
  if (t === "" || Math.abs(t.length - headerTask.length) > 3) return false;
  if (t !== headerTask && foldKey(t) !== foldKey(headerTask) && matchAppendixColumn(t) !== "task") return false;
  const m = matchAppendixHeaderRow(texts);
  if (m.score < 2 || m.columns.task === undefined) return false;
  return m.columns.task === header.task;
}

/** The responsibility cells of a row as text (line breaks kept: "Sở Nội vụ⏎Sở Tư pháp" are two units). */
function rawResponsibilityOf(row: readonly unknown[], texts: readonly string[], columns: Partial<Record<ColumnKey, number>>): RawResponsibility {
  return { lead: cellLines(row, texts, columns.lead), partners: cellLines(row, texts, columns.partners), responsibility: cellLines(row, texts, columns.responsibility) };
}

/** A responsibility cell's text, its line breaks kept ("" for no column). */
function cellLines(row: readonly unknown[], texts: readonly string[], j: number | undefined): string {
  if (j === undefined) return "";
  const v = row[j];
  return typeof v === "string" && (v.indexOf("\n") >= 0 || v.indexOf("\r") >= 0) ? linesOf(v) : texts[j] ?? "";
}

/** The lines of the cell that names the lead (the "Cơ quan chủ trì" cell, else the responsibility cell). */
function leadLines(raw: RawResponsibility): string[] {
  const cell = raw.lead !== "" ? raw.lead : raw.responsibility;
  return cell.split("\n").map(cleanText).filter((t) => t !== "");
}

function responsibilityOf(
  raw: RawResponsibility,
  columns: Partial<Record<ColumnKey, number>>,
  cache: Map<string, Responsibility>,
  names: UnitNames,
): { text: string; r: Responsibility } {
  const { lead: leadText, partners: partnersText, responsibility: respText } = raw;
  if (columns.lead !== undefined && (leadText !== "" || respText === "")) {
    const key = `L\u0000${leadText}\u0000${partnersText}`;
    let r = cache.get(key);
    if (r === undefined) {
      r = parseLeadAndPartners(leadText, partnersText, names);
      cache.set(key, r);
    }
    const text = leadText === "" ? partnersText : partnersText === "" ? leadText : `${leadText} chủ trì, phối hợp ${partnersText}`;
    return { text: text.includes("\n") ? cleanText(text) : text, r };
  }
  const key = partnersText === "" ? respText : `${respText}\u0000${partnersText}`;
  let r = cache.get(key);
  if (r === undefined) {
    r = parseResponsibility(respText, names);
    if (partnersText !== "") r = { ...r, partners: [...r.partners, ...parseLeadAndPartners("", partnersText, names).partners] };
    cache.set(key, r);
  }
  const text = partnersText === "" ? respText : `${respText}; phối hợp: ${partnersText}`;
  return { text: text.includes("\n") ? cleanText(text) : text, r };
}

/**
 * Read an appendix table. Never throws: returns `{ error }` (Vietnamese) when no header row
 * is found in the first 30 rows.
 */
export function readAppendix(cells: unknown[][], options: ReadAppendixOptions = {}): AppendixTable | { error: string } {
  if (!Array.isArray(cells) || cells.length === 0) {
    return { error: "Trang tính trống: không có dòng nào để đọc. Hãy chọn trang tính chứa bảng phụ lục." };
  }
  const firstRow = positiveInt(options.firstRow, 1);
  const firstColumn = positiveInt(options.firstColumn, 1);
  const planYear = typeof options.planYear === "number" && Number.isInteger(options.planYear) ? options.planYear : undefined;
  let grid = new Grid(cells, firstRow, firstColumn);

  const header = findHeader(grid);
  if (header === null) {
    return { error: noHeaderMessage(Math.min(grid.length, HEADER_SEARCH_ROWS)) };
  }
  // "Tiến độ" holding "Hoàn thành", "Đang thực hiện"…: the status column, decided by its cells.
  header.columns = resolveStatusColumn(cells, header.columns, Array.from({ length: header.height }, (_, h) => header.index + h), header.index + header.height);
  if (Array.isArray(options.merges) && options.merges.length > 0) {
    const keep = new Set([header.columns.stt ?? -1, header.columns.task ?? -1]);
    const filled = fillMergedDown(cells, options.merges, firstRow, firstColumn, keep, header.index + header.height);
    if (filled !== cells) {
      grid = new Grid(filled, firstRow, firstColumn);
      for (let h = 0; h < header.index + header.height; h++) grid.row(h);
    }
  }
  // Findings about rows above the header (titles) are not kept: only the header row's own cells.
  const headerFindings = grid.findings.filter((f) => f.row >= grid.physicalRow(header.index) && f.row < grid.physicalRow(header.index + header.height));
  grid.findings.length = 0;
  grid.findings.push(...headerFindings);

  const columns = header.columns;
  const columnLetters: Partial<Record<ColumnKey, string>> = {};
  for (const k of Object.keys(columns) as ColumnKey[]) columnLetters[k] = grid.letter(columns[k]!);
  const mapped = new Set(Object.values(columns));
  const otherColumns: { letter: string; title: string }[] = [];
  const otherSeen = new Set<number>();
  for (let h = 0; h < header.height; h++) {
    const hr = grid.texts(header.index + h);
    for (let j = 0; j < hr.length; j++) {
      const t = hr[j];
      if (t !== "" && !mapped.has(j) && !otherSeen.has(j)) {
        otherSeen.add(j);
        otherColumns.push({ letter: grid.letter(j), title: t });
      }
    }
  }

  // Last non-blank row: trailing empty rows (common in exported sheets) are not "blank rows".
  let last = grid.length - 1;
  while (last > header.index && isBlankRaw(Array.isArray(cells[last]) ? cells[last] : [])) last--;

  const headings: AppendixHeading[] = [];
  const tasks: AppendixTask[] = [];
  const findings = grid.findings;
  // Parsed responsibilities, one cache per set of known names (the list alone, or with names learned from the table).
  const respCaches = new Map<UnitNames, Map<string, Responsibility>>();
  const scheduleCache = new Map<string, Schedule>();
  const statusCache = new Map<string, StatusReading>();
  const col = (k: ColumnKey): number => columns[k] ?? -1;
  const cSTT = col("stt");
  const cTask = col("task");
  const cDeadline = col("deadline");
  const cOutput = col("output");
  const cCompleted = col("completed");
  const cDue = col("due");
  const cStatus = col("status");
  const cNotes = col("notes");
  const contentCols = CONTENT_KEYS.map(col).filter((j) => j >= 0);

  const headerTask = grid.texts(header.index)[cTask] ?? "";
  let part: { stt: string; title: string } | null = null;
  let section: AppendixTask["section"] = null;
  let blankStart = -1;
  let dataRows = 0;
  let lastTaskRow = -1;
  /** The task the next row may continue (page-break continuation rows); null after a heading or a row not counted. */
  let openTask: AppendixTask | null = null;
  /** Raw responsibility cells of each task (rawResp[k] for tasks[k]), parsed once every row is read (continuations joined, names learned). */
  const rawResp: RawResponsibility[] = [];
  /** Those of openTask. */
  let openRaw: RawResponsibility | null = null;
  /** Lead cells (and lines of them) as written: names learned from the table. */
  const standalone = new Set<string>();

  const flushBlank = (i: number): void => {
    if (blankStart < 0) return;
    const from = grid.physicalRow(blankStart);
    const to = grid.physicalRow(i - 1);
    findings.push(finding({
      code: "blank-row",
      row: from,
      column: null,
      message:
        from === to
          ? `Dòng ${from} trống, đã bỏ qua. Có thể xóa dòng này cho gọn bảng.`
          : `Các dòng ${from}–${to} trống, đã bỏ qua. Có thể xóa các dòng này cho gọn bảng.`,
    }));
    blankStart = -1;
  };

  for (let i = header.index + header.height; i <= last; i++) {
    const row = grid.row(i);
    const texts = grid.texts(i);
    const physical = grid.physicalRow(i);
    if (isBlankRow(texts)) {
      if (blankStart < 0) blankStart = i;
      grid.release(i);
      continue;
    }
    flushBlank(i);
    const numberRow = isColumnNumberRow(texts);
    if (numberRow || sameHeader(texts, columns, headerTask)) {
      findings.push(finding({
        code: "repeated-header",
        row: physical,
        column: null,
        message: numberRow
          ? `Dòng ${physical} là dòng đánh số cột (1), (2), (3)…, không phải nhiệm vụ: đã bỏ qua.`
          : `Dòng ${physical} lặp lại dòng tiêu đề (thường do bảng sang trang hoặc dán nối): đã bỏ qua. Có thể xóa dòng này.`,
      }));
      grid.release(i);
      continue;
    }
    dataRows++;
    const txt = (j: number): string => (j >= 0 ? texts[j] ?? "" : "");
    const sttRaw = txt(cSTT);
    const stt = parseStt(sttRaw);
    const title = txt(cTask);
    const hasContent = contentCols.some((j) => txt(j) !== "");

    if (stt.kind === "empty" && openTask !== null) {
      // A page-break row: empty STT, every cell only continues the row above ("nghiệp và phát triển nông thôn, …").
      const cont = [cTask, ...contentCols, cNotes].filter((j) => j >= 0 && txt(j) !== "");
      if (cont.length > 0 && cont.every((j) => isContinuationText(txt(j)))) {
        joinContinuation(openTask, openRaw!, rawResponsibilityOf(row, texts, columns), {
          task: title,
          deadline: cDeadline < 0 ? "" : typeof row[cDeadline] === "string" ? txt(cDeadline) : scheduleTextOf(row[cDeadline]),
          output: txt(cOutput),
          status: txt(cStatus),
          notes: txt(cNotes),
        });
        if (cDeadline >= 0) openTask.schedule = parseSchedule(openTask.deadlineText, planYear);
        findings.push({
          code: "continuation-row",
          severity: "info",
          row: physical,
          column: grid.letter(cont[0]!),
          message:
            `Dòng ${physical} không có số thứ tự và chỉ viết tiếp nội dung của dòng ${openTask.row} (bảng sang trang hoặc chép từ PDF/Word): ` +
            `đã nối vào nhiệm vụ ở dòng ${openTask.row}, không tính là nhiệm vụ riêng. Có thể gộp nội dung vào dòng ${openTask.row} rồi xóa dòng này.`,
        });
        grid.release(i);
        continue;
      }
    }
    if (stt.kind === "part") {
      part = { stt: stt.text, title };
      section = null;
      headings.push({ row: physical, stt: stt.text, title, level: "part" });
      openTask = null;
      grid.release(i);
      continue;
    }
    if (stt.kind === "roman") {
      section = part ? { stt: stt.text, title, part: part.stt } : { stt: stt.text, title };
      headings.push({ row: physical, stt: stt.text, title, level: "section" });
      openTask = null;
      grid.release(i);
      continue;
    }
    if (!hasContent && (stt.kind === "number" || stt.kind === "letter" || stt.kind === "other")) {
      headings.push({ row: physical, stt: stt.text, title, level: "group" });
      openTask = null;
      grid.release(i);
      continue;
    }
    const numbered = stt.kind === "number" || stt.kind === "letter" || stt.kind === "other";
    if (!numbered && !(title !== "" && hasContent)) {
      // Empty STT and not a full task row: a continuation of the row above, or a stray note.
      const cells = [cTask, ...contentCols].filter((j) => txt(j) !== "");
      const j0 = cells[0] ?? (cSTT >= 0 ? cSTT : 0);
      findings.push(finding({
        code: "unnumbered-row",
        row: physical,
        column: grid.letter(j0),
        message:
          `Dòng ${physical} không có số thứ tự và không đủ nội dung một nhiệm vụ` +
          (lastTaskRow > 0 ? ` (có thể là phần tiếp theo của dòng ${lastTaskRow} do gộp ô hoặc sang trang)` : "") +
          `: chưa được tính. Hãy gộp nội dung vào dòng phía trên, hoặc ghi STT và đủ nội dung, đơn vị, tiến độ.`,
      }));
      openTask = null;
      grid.release(i);
      continue;
    }
    if (!numbered) {
      findings.push(finding({
        code: "unnumbered-row",
        row: physical,
        column: grid.letter(cSTT >= 0 ? cSTT : cTask),
        message:
          `Dòng ${physical} có nội dung nhiệm vụ nhưng ô STT ${grid.letter(cSTT >= 0 ? cSTT : cTask)}${physical} để trống: ` +
          `đã tính là một nhiệm vụ không đánh số. Hãy ghi số thứ tự (ví dụ tiếp theo số của mục phía trên).`,
      }));
    }

    const deadlineText = cDeadline < 0 ? "" : typeof row[cDeadline] === "string" ? txt(cDeadline) : scheduleTextOf(row[cDeadline]);
    let schedule = scheduleCache.get(deadlineText);
    if (schedule === undefined) {
      schedule = parseSchedule(deadlineText, planYear);
      scheduleCache.set(deadlineText, schedule);
    }
    const raw = rawResponsibilityOf(row, texts, columns);
    // Only a cell with a comma or "và"/"cùng" can teach a name (learnedUnitNames).
    const leadCell = raw.lead !== "" ? raw.lead : raw.responsibility;
    if (/,|\s(v[aà]|c[uù]ng)\s/i.test(leadCell) && !/ch[uủ] tr[iì]|ph[oố]i h[oợ]p|th[uự]c hi[eệ]n/i.test(leadCell)) {
      for (const line of leadLines(raw)) standalone.add(line);
    }
    const task: AppendixTask = {
      row: physical,
      stt: numbered ? stt.text : "",
      section,
      task: title,
      responsibility: "",
      lead: null,
      partners: [],
      blanket: false,
      deadlineText,
      schedule,
      output: txt(cOutput),
      completed: null,
      explicitDue: null,
      statusText: txt(cStatus),
      notes: txt(cNotes),
    };
    if (cStatus >= 0) {
      const v = row[cStatus];
      if (typeof v === "string" || v === null || v === undefined) {
        const key = task.statusText;
        let reading = statusCache.get(key);
        if (reading === undefined) {
          reading = readStatus(key);
          statusCache.set(key, reading);
        }
        task.statusReading = reading;
      } else task.statusReading = readStatus(v);
    }
    const errorCells = errorCellsOf(row, columns);
    if (errorCells) task.errorCells = errorCells;
    if (cCompleted >= 0) {
      const d = readDateCell(row[cCompleted]);
      if (d.kind === "day") task.completed = d.day;
      else if (d.kind === "invalid") {
        // "Quyết định số 03/2026/QĐ-UBND ngày 22/01/2026 …": done on the day the text was issued.
        const issued = issuedDateOf(d.text);
        if (issued !== null) task.completed = issued;
        else task.completedInvalid = { text: d.text, message: d.message };
      }
    }
    if (cDue >= 0) {
      const d = readDateCell(row[cDue]);
      if (d.kind === "day") task.explicitDue = d.day;
      else if (d.kind === "invalid") task.dueInvalid = { text: d.text, message: d.message };
    }
    tasks.push(task);
    rawResp.push(raw);
    openTask = task;
    openRaw = raw;
    lastTaskRow = physical;
    grid.release(i);
  }
  flushBlank(last + 1);

  // Responsibilities, once continuation rows are joined: names standing alone in a cell of another
  // row are learned as one unit each (issue 10 §2).
  const learned = learnedUnitNames(standalone);
  const namesCache = new Map<string, UnitNames>();
  for (let k = 0; k < tasks.length; k++) {
    const task = tasks[k];
    const raw = rawResp[k];
    // A learned name applies to the cells of other rows: where it stands alone, the cell is read as before.
    const alone = learned.length === 0 ? [] : leadLines(raw);
    const own = learned.filter((l) => !alone.includes(l));
    const key = own.join("\u0001");
    let names = namesCache.get(key);
    if (names === undefined) {
      names = own.length === 0 ? PUBLIC_BODY_NAMES : new UnitNames(own);
      namesCache.set(key, names);
    }
    let cache = respCaches.get(names);
    if (cache === undefined) respCaches.set(names, (cache = new Map()));
    const { text, r } = responsibilityOf(raw, columns, cache, names);
    task.responsibility = text;
    task.lead = r.lead;
    task.partners = r.partners;
    task.blanket = r.blanket;
    if (r.multipleLeads) task.leadCandidates = r.candidates;
  }

  return {
    headerRow: grid.physicalRow(header.index),
    columns,
    columnLetters,
    otherColumns,
    headings,
    tasks,
    findings: findings.sort((a, b) => a.row - b.row),
    dataRows,
    firstRow,
    firstColumn,
  };
}
