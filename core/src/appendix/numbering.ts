/**
 * Numbering rules of the STT column (DOMAIN.md §1): numbering restarts inside each parent and
 * runs 1, 2, 3 (I, II, III; A, B; a, b, c) without gaps or repeats; "2.1" sits under "2".
 * A repeat is an error (duplicate-stt), a gap, a wrong order or a wrong parent a warning
 * (stt-sequence). Headings without a title are missing-task errors.
 *
 * Two conventions for the task numbers under Roman sections are normal (issue 10 §3): they
 * restart at 1 in each section, or they run on across sections (1 … 140 straight through
 * sections I–VII, within a part). A trailing dot ("14.") is ignored either way. Numbers may also
 * run on across the parts A, B ("1" under A, "2 … 19" under B: Đắk Lắk's PL III). The table is
 * checked under each convention and the one it follows best is used, so only real gaps, repeats
 * and reversals are reported; a tie keeps the restart convention, then running within a part.
 */
import { parseStt, toRoman, type SttInfo } from "./stt.js";
import type { AppendixTable, Finding } from "./types.js";
import { finding } from "./findings.js";

interface Item {
  row: number;
  stt: string;
  heading: boolean;
  title: string;
}

interface Counter {
  last: number;
  seen: number[]; // value → row (an array: values are small whole numbers, mostly in order)
}

function label(info: SttInfo, n: number): string {
  if (info.kind === "roman") return toRoman(n);
  if (info.kind === "part") return String.fromCharCode(64 + n);
  if (info.kind === "letter") return "abcdđeghiklmnopqrstuvxy".charAt(n - 1) || String(n);
  return [...info.path.slice(0, -1), n].join(".");
}

/**
 * How task numbers behave across headings: restart at 1 in each Roman section (and part), run on
 * through the Roman sections of a part, or run on through the whole table, parts included.
 */
export type NumberingConvention = "restart" | "running" | "runningAcrossParts";

/** The convention the table follows best (fewest numbering findings; restart on a tie, then running). */
export function numberingConvention(table: AppendixTable): NumberingConvention {
  return pickConvention(table).convention;
}

function pickConvention(table: AppendixTable): { convention: NumberingConvention; findings: Finding[] } {
  const restart = checkWith(table, "restart", false).findings;
  const count = (fs: Finding[]): number => fs.filter((f) => f.code === "stt-sequence" || f.code === "duplicate-stt").length;
  let best: { convention: NumberingConvention; bad: number } = { convention: "restart", bad: count(restart) };
  // A table without numbering findings follows the restart convention.
  if (best.bad === 0) return { convention: "restart", findings: restart };
  // Count the other conventions' findings first (no messages built), and build them only when one wins.
  const sections = table.headings.some((h) => h.level === "section");
  const parts = table.headings.filter((h) => h.level === "part").length >= 2;
  const others: NumberingConvention[] = [...(sections ? ["running" as const] : []), ...(parts ? ["runningAcrossParts" as const] : [])];
  for (const convention of others) {
    const bad = checkWith(table, convention, true).bad;
    if (bad < best.bad) best = { convention, bad };
  }
  if (best.convention === "restart") return { convention: "restart", findings: restart };
  return { convention: best.convention, findings: checkWith(table, best.convention, false).findings };
}

/**
 * The convention chosen and how firmly: how many more numbering findings the closest other
 * convention that applies has (Infinity when none other applies; 0 on a tie). An edit that moves the
 * counts by more than this may change the choice, and with it numbering findings anywhere.
 */
export function numberingChoice(table: AppendixTable): { convention: NumberingConvention; margin: number } {
  const convention = pickConvention(table).convention;
  const sections = table.headings.some((h) => h.level === "section");
  const parts = table.headings.filter((h) => h.level === "part").length >= 2;
  const applicable: NumberingConvention[] = ["restart", ...(sections ? ["running" as const] : []), ...(parts ? ["runningAcrossParts" as const] : [])];
  const bad = new Map(applicable.map((c) => [c, checkWith(table, c, true).bad]));
  const chosen = bad.get(convention) ?? 0;
  let margin = Infinity;
  for (const [c, b] of bad) if (c !== convention) margin = Math.min(margin, b - chosen);
  return { convention, margin };
}

export function checkNumbering(table: AppendixTable): Finding[] {
  return pickConvention(table).findings;
}

/** Findings under one convention; with `countOnly`, just the number of stt-sequence/duplicate-stt findings. */
function checkWith(table: AppendixTable, convention: NumberingConvention, countOnly: boolean): { findings: Finding[]; bad: number } {
  const out: Finding[] = [];
  let bad = 0;
  const letter = table.columnLetters.stt ?? null;
  const taskLetter = table.columnLetters.task ?? null;
  // Headings and numbered tasks in row order (both lists are already sorted by row: merged as
  // they are walked, one reused item, no list of 100,000 of them).
  const hs = table.headings;
  const ts = table.tasks;
  let hi = 0;
  let ti = 0;
  const it: Item = { row: 0, stt: "", heading: false, title: "" };
  /** The next heading or numbered task into `it`; false at the end. */
  const next = (): boolean => {
    while (hi < hs.length || ti < ts.length) {
      if (ti >= ts.length || (hi < hs.length && hs[hi].row < ts[ti].row)) {
        const h = hs[hi++];
        it.row = h.row;
        it.stt = h.stt;
        it.heading = true;
        it.title = h.title;
        return true;
      }
      const t = ts[ti++];
      if (t.stt !== "") {
        it.row = t.row;
        it.stt = t.stt;
        it.heading = false;
        it.title = t.task;
        return true;
      }
    }
    return false;
  };

  const counters = new Map<string, Counter>();
  let part = "";
  let section = "";
  let path: readonly number[] = [];
  // Counter key of top-level numbers in the current part/section, rebuilt only when they change.
  let topKey = "N|||";
  let topScope = "";
  const cell = (row: number): string => (letter ? `${letter}${row}` : `dòng ${row}`);
  const parentName = (scope: string): string =>
    scope.startsWith("\u0000") ? scope.slice(1) : scope === "" ? "đầu bảng" : `mục ${scope}`;
  const runningScope = (): string =>
    convention === "runningAcrossParts"
      ? "\u0000bảng (số thứ tự chạy liên tục qua các phần)"
      : `\u0000${part === "" ? "bảng" : `phần ${part}`} (số thứ tự chạy liên tục qua các mục La Mã)`;
  const running = convention !== "restart";

  const sequence = (key: string, scope: string, info: SttInfo, row: number): void => {
    const n = info.path[info.path.length - 1];
    let c = counters.get(key);
    if (c === undefined) {
      c = { last: 0, seen: [] };
      counters.set(key, c);
    }
    const firstRow = c.seen[n];
    if (firstRow !== undefined && countOnly) {
      bad++;
      return;
    }
    if (firstRow !== undefined) {
      out.push(finding({
        code: "duplicate-stt",
        row,
        column: letter,
        message: `Số thứ tự "${info.text}" ở ô ${cell(row)} trùng với dòng ${firstRow} trong ${parentName(scope)}. Hãy đánh lại số thứ tự (số tiếp theo phải là "${label(info, c.last + 1)}").`,
      }));
      return;
    }
    if (n !== c.last + 1 && countOnly) bad++;
    else if (n !== c.last + 1) {
      const expected = label(info, c.last + 1);
      const message =
        c.last === 0
          ? `Số thứ tự "${info.text}" ở ô ${cell(row)} là mục đầu tiên trong ${parentName(scope)} nhưng không bắt đầu từ "${expected}". Số thứ tự bắt đầu lại từ 1 (I, A, a) trong mỗi mục; hãy sửa thành "${expected}".`
          : n < c.last
            ? `Số thứ tự "${info.text}" ở ô ${cell(row)} đứng sau "${label(info, c.last)}" trong ${parentName(scope)} (sai thứ tự). Hãy sửa thành "${expected}" hoặc sắp xếp lại các dòng.`
            : `Số thứ tự "${info.text}" ở ô ${cell(row)} không liền sau "${label(info, c.last)}" trong ${parentName(scope)} (thiếu "${expected}"). Hãy đánh số liên tục 1, 2, 3…`;
      out.push(finding({ code: "stt-sequence", row, column: letter, message }));
    }
    c.seen[n] = row;
    c.last = Math.max(c.last, n);
  };

  while (next()) {
    const info = parseStt(it.stt);
    if (it.heading && it.title === "") {
      out.push(finding({
        code: "missing-task",
        row: it.row,
        column: taskLetter,
        message: `Dòng ${it.row} có số thứ tự "${it.stt}" nhưng không có nội dung: ô ${taskLetter ? `${taskLetter}${it.row}` : "nội dung"} trống. Hãy ghi tên mục/nhiệm vụ, hoặc xóa dòng nếu thừa.`,
      }));
    }
    if (info.kind === "part") {
      sequence("P", "", info, it.row);
      part = info.text;
      section = "";
      path = [];
      if (convention !== "runningAcrossParts") topKey = `N|${part}||`;
      topScope = part;
    } else if (info.kind === "roman") {
      sequence(`R|${part}`, part, info, it.row);
      section = info.text;
      path = [];
      if (convention === "restart") {
        topKey = `N|${part}|${section}|`;
        topScope = part === "" ? section : `${part}.${section}`;
      }
    } else if (info.kind === "number" && info.path.length === 1) {
      sequence(topKey, running ? runningScope() : topScope, info, it.row);
      path = info.path;
    } else if (info.kind === "number") {
      const parent = info.path.slice(0, -1);
      const scopeBase = [part, section].filter((s) => s !== "").join(".");
      const prefixOk = parent.length <= path.length && parent.every((v, k) => v === path[k]);
      if (!prefixOk) {
        const expectedParent = path.slice(0, parent.length).join(".") || "(chưa có)";
        out.push(finding({
          code: "stt-sequence",
          row: it.row,
          column: letter,
          message:
            parent.length > path.length
              ? `Số thứ tự "${info.text}" ở ô ${cell(it.row)} là mục con của "${parent.join(".")}" nhưng phía trên chưa có mục "${parent.join(".")}". Hãy kiểm tra lại số thứ tự.`
              : `Số thứ tự "${info.text}" ở ô ${cell(it.row)} nằm dưới mục "${expectedParent}", không phải "${parent.join(".")}". Hãy sửa thành "${[...path.slice(0, parent.length), 1].join(".")}" hoặc số tiếp theo trong mục "${expectedParent}".`,
        }));
      }
      const scope = [scopeBase, parent.join(".")].filter((s) => s !== "").join(" › ");
      sequence(`N|${part}|${section}|${parent.join(".")}`, scope, info, it.row);
      path = info.path;
    } else if (info.kind === "letter") {
      const scope = [part, section, path.join(".")].filter((s) => s !== "").join(" › ");
      sequence(`L|${part}|${section}|${path.join(".")}`, scope, info, it.row);
    } else if (info.kind === "other" || info.kind === "bullet") {
      out.push(finding({
        code: "stt-sequence",
        row: it.row,
        column: letter,
        message: `Số thứ tự "${it.stt}" ở ô ${cell(it.row)} không đúng dạng (cần A, B…; I, II…; 1, 2…; 1.1, 1.2…; hoặc a, b…). Hãy sửa lại số thứ tự.`,
      }));
    }
  }
  // (The other findings — wrong parent, wrong form — are the same under both conventions and built in both modes.)
  return { findings: out, bad: bad + out.filter((f) => f.code === "stt-sequence" || f.code === "duplicate-stt").length };
}
