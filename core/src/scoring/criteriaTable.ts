/**
 * Read a criteria table ("Tự chấm điểm"): the header row by column aliases, the criteria tree
 * from the numbering (1 → 1.1 → 1.1.1; Roman areas I, II with 1, 1.1 under them), a total row
 * ("Tổng cộng", "Tổng điểm"), and settings lines written above the header ("Ngưỡng xếp hạng:
 * 90; 80; 70", "Tỷ lệ hồ sơ trễ hạn: 6%"). Cells are read as hosts give them (numbers, text
 * with a decimal comma or point, Date objects, error strings); legacy-encoded text is converted
 * (Grid) and reported.
 */
import { isErrorValue } from "../appendix/cells.js";
import { Grid } from "../appendix/grid.js";
import { parseStt } from "../appendix/stt.js";
import type { Finding } from "../appendix/types.js";
import { FINDING_SEVERITY } from "../appendix/validate.js";
import { foldKey } from "../text/normalize.js";
import { type CriteriaColumnKey, CRITERIA_COLUMN_LABELS, matchCriteriaHeaderRow } from "./criteriaColumns.js";
import { checkRankBands } from "./rankBands.js";
import { pointsOf, rateOf } from "./scoringValues.js";

export interface CriterionRow {
  /** Physical row, 1-based. */
  row: number;
  /** STT as written, cleaned ("1.1"). */
  id: string;
  /** Numbering path: "II" then "1.2" → ["II", "1", "2"]. */
  path: string[];
  title: string;
  /** Points, or null when blank; `maxText` keeps an unreadable value. */
  max: number | null;
  maxText: string;
  rule: string;
  /** The evidence as the cell holds it (number, NFC text, boolean), null when blank. */
  evidence: string | number | boolean | null;
  self: number | null;
  selfText: string;
  documents: string;
  /** Index of the parent criterion in `criteria`, or null for an area. */
  parent: number | null;
  children: number[];
}

export interface CriteriaTable {
  headerRow: number;
  columns: Partial<Record<CriteriaColumnKey, number>>;
  columnLetters: Partial<Record<CriteriaColumnKey, string>>;
  criteria: CriterionRow[];
  /** "Tổng cộng" row: its row and the maximum and self-score written there. */
  total: { row: number; max: number | null; self: number | null } | null;
  /** Settings written above the header (null when absent). */
  settings: { bands: [number, number, number] | null; bandsRow: number | null; lateRate: number | null; lateRateRow: number | null };
  /** Title of the result sheet the commands write: never read as a criteria table. */
  findings: Finding[];
}

export type CriteriaRead = CriteriaTable | { error: string };

/** First cell of the result sheet ("Kết quả chấm điểm"), which has a criteria-like header of its own. */
export const SCORING_RESULT_TITLE = "KẾT QUẢ TỰ CHẤM ĐIỂM CẢI CÁCH HÀNH CHÍNH";

const HEADER_SCAN_ROWS = 30;

function finding(code: Finding["code"], row: number, column: string | null, message: string): Finding {
  return { code, severity: FINDING_SEVERITY[code], row, column, message };
}

function cellValue(v: unknown): string | number | boolean | null {
  if (v === null || v === undefined) return null;
  if (typeof v === "number") return Number.isFinite(v) ? v : null;
  if (typeof v === "boolean") return v;
  if (v instanceof Date) return Number.isNaN(v.getTime()) ? null : v.toISOString().slice(0, 10);
  const s = String(v).normalize("NFC").replace(/[\s\u00a0]+/g, " ").trim();
  if (s === "" || isErrorValue(s)) return null;
  return s;
}

/**
 * Settings lines above the header: a label cell, then the value after a colon in the same cell
 * ("Ngưỡng xếp hạng: 90; 80; 70") or in the next cell (a label ending with ":" and the value
 * beside it). Only that value is read, so a hint further right is never taken for a value.
 */
function readSettings(grid: Grid, headerIndex: number, findings: Finding[]): CriteriaTable["settings"] {
  const out: CriteriaTable["settings"] = { bands: null, bandsRow: null, lateRate: null, lateRateRow: null };
  const problem = (i: number, j: number, text: string) =>
    findings.push(finding("settings-unreadable", grid.physicalRow(i), grid.letter(j), `Ô ${grid.letter(j)}${grid.physicalRow(i)}: ${text}`));
  for (let i = 0; i < headerIndex; i++) {
    const texts = grid.texts(i);
    const row = grid.row(i);
    const j = texts.findIndex((t) => t !== "");
    if (j < 0) continue;
    const label = foldKey(texts[j]);
    const colon = texts[j].indexOf(":");
    const inline = colon >= 0 ? texts[j].slice(colon + 1).trim() : "";
    const value: unknown = inline !== "" ? inline : row[j + 1];
    const valueText = inline !== "" ? inline : (texts[j + 1] ?? "");
    if (/^(nguong|thang) xep hang/.test(label)) {
      const nums = valueText
        .split(/[;|/]|,\s/)
        .map((x) => pointsOf(x.replace(/^[^\d]*/, "").trim()))
        .filter((x): x is number => x !== null);
      const checked = nums.length === 3 ? checkRankBands(nums[0], nums[1], nums[2]) : null;
      if (checked?.ok) {
        out.bands = [nums[0], nums[1], nums[2]];
        out.bandsRow = grid.physicalRow(i);
      } else if (valueText !== "") {
        problem(i, inline !== "" ? j : j + 1, `ngưỡng xếp hạng "${valueText}" không dùng được (${checked ? checked.message : "cần 3 số: Tốt; Khá; Trung bình, ví dụ 90; 80; 70"}), nên chưa xếp hạng.`);
      }
    } else if (/^ty le (ho so )?tre han/.test(label) && value !== null && value !== undefined && valueText !== "") {
      const r = rateOf(value);
      if (r.ok) {
        out.lateRate = r.rate;
        out.lateRateRow = grid.physicalRow(i);
      } else problem(i, inline !== "" ? j : j + 1, `tỷ lệ hồ sơ trễ hạn ${r.message} (ví dụ 6% hoặc 0,06), nên chưa xét Kết luận 91.`);
    }
  }
  return out;
}

interface Options {
  firstRow?: number;
  firstColumn?: number;
}

/** Read the criteria table of a grid. Never throws on odd cells; no header → `{ error }` in Vietnamese. */
export function readCriteriaTable(cells: readonly unknown[][], options: Options = {}): CriteriaRead {
  if (String(cells[0]?.[0] ?? "").trim() === SCORING_RESULT_TITLE) {
    return { error: 'Đây là trang kết quả chấm điểm do CCHC tạo ra, không phải bảng tiêu chí. Hãy mở trang tự chấm điểm (bảng có cột "Cách tính điểm") rồi chấm lại.' };
  }
  const grid = new Grid(cells, options.firstRow ?? 1, options.firstColumn ?? 1);
  let headerIndex = -1;
  let columns: Partial<Record<CriteriaColumnKey, number>> = {};
  for (let i = 0; i < Math.min(grid.length, HEADER_SCAN_ROWS); i++) {
    const m = matchCriteriaHeaderRow(grid.row(i));
    if (m.stt !== undefined && m.title !== undefined && m.max !== undefined) {
      headerIndex = i;
      columns = m;
      break;
    }
  }
  if (headerIndex < 0) {
    return {
      error:
        `Không tìm thấy dòng tiêu đề của bảng tự chấm điểm trong ${HEADER_SCAN_ROWS} dòng đầu: cần ít nhất các cột ` +
        `"${CRITERIA_COLUMN_LABELS.stt}", "${CRITERIA_COLUMN_LABELS.title}" (hoặc "Tiêu chí") và "${CRITERIA_COLUMN_LABELS.max}". ` +
        `Nên có thêm "${CRITERIA_COLUMN_LABELS.rule}", "${CRITERIA_COLUMN_LABELS.evidence}", "${CRITERIA_COLUMN_LABELS.self}", "${CRITERIA_COLUMN_LABELS.documents}".`,
    };
  }
  const letters: Partial<Record<CriteriaColumnKey, string>> = {};
  for (const k of Object.keys(columns) as CriteriaColumnKey[]) letters[k] = grid.letter(columns[k]!);
  const findings: Finding[] = [];
  const criteria: CriterionRow[] = [];
  const byPath = new Map<string, number>();
  let roman: string | null = null;
  let total: CriteriaTable["total"] = null;
  const at = (row: readonly unknown[], k: CriteriaColumnKey) => (columns[k] === undefined ? undefined : row[columns[k]!]);
  const textAt = (texts: string[], k: CriteriaColumnKey) => (columns[k] === undefined ? "" : (texts[columns[k]!] ?? ""));

  for (let i = headerIndex + 1; i < grid.length; i++) {
    const row = grid.row(i);
    const texts = grid.texts(i);
    if (texts.every((t) => t === "")) continue;
    const physical = grid.physicalRow(i);
    const sttText = textAt(texts, "stt");
    const title = textAt(texts, "title");
    if (sttText === "") {
      if (/^(tong|cong)( cong| diem| so diem| so)?\b/.test(foldKey(title)) || /^tong/.test(foldKey(texts.find((t) => t !== "") ?? ""))) {
        total = { row: physical, max: pointsOf(at(row, "max")), self: pointsOf(at(row, "self")) };
      }
      continue;
    }
    const stt = parseStt(sttText);
    let path: string[];
    if (stt.kind === "roman") {
      roman = stt.text;
      path = [stt.text];
    } else if (stt.kind === "number") {
      path = [...(roman ? [roman] : []), ...stt.path.map(String)];
    } else if (/^tong/.test(foldKey(sttText))) {
      total = { row: physical, max: pointsOf(at(row, "max")), self: pointsOf(at(row, "self")) };
      continue;
    } else {
      findings.push(
        finding("stt-sequence", physical, letters.stt ?? null, `Ô ${letters.stt}${physical}: số thứ tự "${sttText}" không phải dạng 1, 1.1, 1.1.1 (hoặc I, II cho lĩnh vực) nên dòng này không được chấm. Hãy sửa số thứ tự.`),
      );
      continue;
    }
    const key = path.join("/");
    if (byPath.has(key)) {
      findings.push(
        finding("duplicate-stt", physical, letters.stt ?? null, `Ô ${letters.stt}${physical}: số thứ tự "${stt.text}" trùng với dòng ${criteria[byPath.get(key)!].row}. Hãy đánh lại số thứ tự.`),
      );
      continue;
    }
    // the parent: the nearest numbered ancestor that exists
    let parent: number | null = null;
    for (let n = path.length - 1; n > 0 && parent === null; n--) {
      const p = byPath.get(path.slice(0, n).join("/"));
      if (p !== undefined) parent = p;
      else if (n === path.length - 1) {
        findings.push(
          finding("stt-sequence", physical, letters.stt ?? null, `Ô ${letters.stt}${physical}: tiêu chí "${stt.text}" không có dòng tiêu chí cha "${path.slice(roman && path[0] === roman ? 1 : 0, n).join(".")}" ở phía trên. Hãy thêm dòng đó hoặc sửa số thứ tự.`),
        );
      }
    }
    const maxRaw = at(row, "max");
    const selfRaw = at(row, "self");
    const c: CriterionRow = {
      row: physical,
      id: stt.text,
      path,
      title,
      max: pointsOf(maxRaw),
      maxText: textAt(texts, "max"),
      rule: textAt(texts, "rule"),
      evidence: cellValue(at(row, "evidence")),
      self: pointsOf(selfRaw),
      selfText: textAt(texts, "self"),
      documents: textAt(texts, "documents"),
      parent,
      children: [],
    };
    for (const [k, raw, value] of [["max", maxRaw, c.max], ["self", selfRaw, c.self]] as const) {
      const shown = textAt(texts, k);
      if (value === null && (shown !== "" || isErrorValue(raw))) {
        const cell = `${letters[k]}${physical}`;
        findings.push(
          finding("score-unreadable", physical, letters[k] ?? null, `Ô ${cell} (${CRITERIA_COLUMN_LABELS[k]}) ghi "${shown || String(raw)}", không phải là số điểm. Hãy nhập một số, ví dụ 2 hoặc 0,5.`),
        );
      }
    }
    const index = criteria.length;
    criteria.push(c);
    byPath.set(key, index);
    if (parent !== null) criteria[parent].children.push(index);
  }
  return {
    headerRow: grid.physicalRow(headerIndex),
    columns,
    columnLetters: letters,
    criteria,
    total,
    settings: readSettings(grid, headerIndex, findings),
    findings: [...grid.findings, ...findings],
  };
}
