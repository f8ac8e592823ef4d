/**
 * Page-break continuation rows and names learned from the table (issue 10 §2, §4).
 *
 * A table copied from a PDF or a Word file breaks a task over two rows at a page end: the second
 * row has an empty STT and cells that only continue the row above — text starting mid-sentence,
 * in lower case ("nghiệp và phát triển nông thôn, Bộ Khoa học và Công nghệ"). Such a row is
 * joined to the task above (info `continuation-row`), is not a task, and gets no missing-lead or
 * missing-deadline finding. A row with an empty STT whose text starts a sentence (capital letter,
 * bullet, number) is not a continuation: it stays an `unnumbered-row`.
 */
import { cleanText, foldKey } from "../text/normalize.js";
import { splitUnits } from "../units/splitUnits.js";
import { isKnownUnit } from "../units/unitKey.js";
import type { AppendixTask } from "./types.js";

/** The responsibility cells of a task row, as read (line breaks kept). */
export interface RawResponsibility {
  lead: string;
  partners: string;
  responsibility: string;
}

/**
 * True when a cell's text can only continue the text above: it starts with a lower-case letter,
 * or with punctuation that cannot open a sentence ("," ";" ")" "…").
 */
export function isContinuationText(text: string): boolean {
  const t = cleanText(text);
  if (t === "") return false;
  const first = t.charAt(0);
  if (/[,;:)\]…]/.test(first)) return true;
  if (!/\p{L}/u.test(first)) return false;
  return first === first.toLowerCase() && first !== first.toUpperCase();
}

/** Join two pieces of a cell broken at a page end, with one space (or none when either is empty). */
function joinText(above: string, below: string): string {
  if (below === "") return above;
  if (above === "") return below;
  return /^[,;:.)\]…]/.test(below) ? `${above}${below}` : `${above} ${below}`;
}

/** Append a continuation row's cells to the task above (and to its raw responsibility cells). */
export function joinContinuation(
  task: AppendixTask,
  raw: RawResponsibility,
  more: RawResponsibility,
  cells: { task: string; deadline: string; output: string; status: string; notes: string },
): void {
  task.task = joinText(task.task, cells.task);
  task.deadlineText = joinText(task.deadlineText, cells.deadline);
  task.output = joinText(task.output, cells.output);
  task.statusText = joinText(task.statusText, cells.status);
  task.notes = joinText(task.notes, cells.notes);
  raw.lead = joinText(raw.lead, more.lead);
  raw.partners = joinText(raw.partners, more.partners);
  raw.responsibility = joinText(raw.responsibility, more.responsibility);
}

/** Verbs of a responsibility sentence: a cell holding one is not a bare name. */
const VERB = /\b(chu tri|phoi hop|thuc hien|tham muu|chiu trach nhiem|trien khai|xay dung|bao cao)\b/;

/**
 * Names learned from the table: a lead cell (or a line of it) that holds one bare name, which the
 * public-body list alone would cut into several pieces of which at least one is not a known body
 * or a collective ("Văn phòng Đoàn ĐBQH, HĐND và UBND tỉnh"). A cell listing known bodies only
 * ("Sở Tư pháp, Sở Nội vụ") teaches nothing. The caller applies a learned name to the cells of
 * other rows that hold it with more text; the cell it stands alone in is read as before (a lead
 * cell naming two units there still gets its multiple-leads warning).
 */
export function learnedUnitNames(standalone: Iterable<string>): string[] {
  const out: string[] = [];
  for (const text of standalone) {
    const k = foldKey(text);
    if (text.length > 120 || VERB.test(k) || /[;:]|^[-–•+]/.test(text)) continue;
    const parts = splitUnits(text);
    if (parts.length < 2) continue;
    if (parts.every((p) => isKnownUnit(p) || /^(cac|tat ca|toan the|moi|nhung)\b/.test(foldKey(p)))) continue;
    out.push(text);
  }
  return out;
}
