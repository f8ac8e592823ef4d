/**
 * Checking while planners type (issue 17): after an edit or a paste, the findings of the rows
 * that changed and of the rows whose findings depend on them — the other rows of the same
 * section (numbering runs per section), rows carrying the same STT (duplicates), every row when
 * the header changed. The table is validated whole (a few milliseconds for thousands of rows),
 * so the findings are by construction those of "Kiểm tra phụ lục"; hosts only refresh the marks
 * of `rows`.
 */
import type { Finding } from "./types.js";
import { validateAppendix, type ValidateOptions, type ValidationReport } from "./validate.js";
import { numberingChoice } from "./numbering.js";

export interface RecheckResult {
  /** Physical rows (1-based) whose marks must be refreshed, ascending. */
  rows: number[];
  /** Errors and warnings (the marked severities) and infos on those rows, in report order. */
  findings: Finding[];
  /** The whole table's open findings, for a live count on the task pane / sidebar. */
  counts: { errors: number; warnings: number; infos: number };
  /** Set when the sheet holds no table (the header was removed…): every earlier mark should go. */
  error?: string;
  report: ValidationReport;
}

const normStt = (s: string): string => s.trim().replace(/\.+$/, "").toUpperCase();

export function recheckRows(cells: unknown[][], options: ValidateOptions, changedRows: readonly number[]): RecheckResult {
  const report = validateAppendix(cells, options);
  const counts = { errors: report.errors.length, warnings: report.warnings.length, infos: report.infos.length };
  const firstRow = options.firstRow ?? 1;
  const lastRow = firstRow + cells.length - 1;
  const all: number[] = [];
  for (let r = firstRow; r <= lastRow; r++) all.push(r);
  if (report.error !== undefined || !report.table) {
    return { rows: all, findings: [], counts, error: report.error ?? "Không đọc được bảng phụ lục.", report };
  }
  const table = report.table;
  const changed = new Set(changedRows.filter((r) => Number.isInteger(r)));
  const findings = [...report.errors, ...report.warnings, ...report.infos];
  // findings about the table (its header, its columns) can follow any edit: always refreshed
  for (const f of findings) if (f.row <= table.headerRow && f.row < firstRow) all.unshift(f.row);
  const tableLevel = new Set(findings.filter((f) => f.row <= table.headerRow).map((f) => f.row));
  for (let r = firstRow; r <= table.headerRow; r++) tableLevel.add(r);
  // the header (or the title above it) changed: columns may have moved, everything depends on it
  if ([...changed].some((r) => r <= table.headerRow)) {
    return { rows: [...new Set(all)].sort((a, b) => a - b), findings: findings.sort(byRow), counts, report };
  }
  // a changed row that is not a task now (a heading, a blank or unnumbered row, a continuation):
  // the table's structure may have moved (sections, the row a continuation joins), so every row
  const taskRows = new Set(table.tasks.filter((t) => t.stt !== "").map((t) => t.row));
  if ([...changed].some((r) => r <= lastRow && !taskRows.has(r))) {
    return { rows: [...new Set(all)].sort((a, b) => a - b), findings: findings.sort(byRow), counts, report };
  }
  // headings number on from one another (I, II, III): every heading row travels with any change
  const rows = new Set<number>([...changed, ...tableLevel, ...table.headings.map((h) => h.row)]);
  // the rows that share a changed row's numbering: its section when numbers restart in each
  // section; its part when they run on through the sections (1 … 140 under I, II, III); the whole
  // table when they run on across the parts too (Đắk Lắk's PL III)
  const { convention, margin } = numberingChoice(table);
  // each changed row moves a convention's count of numbering findings by a few (its own number,
  // the next one, a number it shares): when another convention is that close, the edit may have
  // changed which one the table follows, and numbering findings anywhere with it: every row
  if (margin <= 4 * changed.size + 2) {
    return { rows: [...new Set(all)].sort((a, b) => a - b), findings: findings.sort(byRow), counts, report };
  }
  const startLevels = convention === "restart" ? ["section", "part"] : convention === "running" ? ["part"] : [];
  const starts = table.headings.filter((h) => startLevels.includes(h.level)).map((h) => h.row).sort((a, b) => a - b);
  const sectionOf = (row: number): [number, number] => {
    let from = table.headerRow + 1;
    let to = lastRow;
    for (const s of starts) {
      if (s <= row) from = s;
      else {
        to = s - 1;
        break;
      }
    }
    return [from, to];
  };
  const spans = new Set<string>();
  for (const r of changed) {
    const [from, to] = sectionOf(r);
    const key = `${from}:${to}`;
    if (spans.has(key)) continue;
    spans.add(key);
    for (let x = from; x <= to; x++) rows.add(x);
  }
  // duplicates: rows with the STT of a changed row (before or after the edit)
  const changedStt = new Set(table.tasks.filter((t) => changed.has(t.row) && t.stt !== "").map((t) => normStt(t.stt)));
  for (const t of table.tasks) if (t.stt !== "" && changedStt.has(normStt(t.stt))) rows.add(t.row);
  for (const f of findings) if (f.code === "duplicate-stt" && rows.has(f.row)) rows.add(f.row);
  // findings about the whole table (row 0 / the header row) always travel with any change
  const sorted = [...rows].filter((r) => tableLevel.has(r) || (r >= firstRow && r <= lastRow)).sort((a, b) => a - b);
  const keep = new Set(sorted);
  return { rows: sorted, findings: findings.filter((f) => keep.has(f.row)).sort(byRow), counts, report };
}

const byRow = (a: Finding, b: Finding): number => a.row - b.row;
