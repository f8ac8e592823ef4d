/**
 * Incremental CSV parser for large exports: feed text pieces, get complete records. Linear in
 * the input: only the unfinished record is carried between pieces, and it is bounded (a record
 * may not exceed LIMITS.csvRecordChars), so no growing buffer is ever re-scanned.
 *
 * A bad record never swallows the rest of the file: a quoted field that runs over more than
 * LIMITS.quotedLines line breaks, past LIMITS.cellChars characters or to the end of the file
 * is an unbalanced quote; an unquoted field longer than a cell, a record longer than allowed
 * or with more than LIMITS.columns fields is refused too. Each is reported through `bad` as
 * one record (the one where it began), and reading goes on at the next line.
 */
import { type Delimiter } from "./readCsv.js";
import { LIMITS, LimitError } from "./limits.js";

export type CsvProblem = "unbalancedQuote" | "cellChars" | "csvRecordChars" | "columns";

const NL = 10;
const CR = 13;
const QUOTE = 34;

/** Index of the first CR or LF in `s` at or after `from`, -1 when none. */
function lineBreakAt(s: string, from: number): number {
  const lf = s.indexOf("\n", from);
  const cr = s.indexOf("\r", from);
  return lf < 0 ? cr : cr < 0 ? lf : Math.min(lf, cr);
}

/** Index of `ch` in `s` at or after `from`, or `none` when there is none. */
function indexOr(s: string, ch: string, from: number, none: number): number {
  const i = s.indexOf(ch, from);
  return i < 0 ? none : i;
}

function countLineBreaks(s: string, from: number, to: number, stopAfter: number): number {
  let n = 0;
  for (let i = s.indexOf("\n", from); i >= 0 && i < to; i = s.indexOf("\n", i + 1)) if (++n > stopAfter) break;
  return n;
}

export class CsvRecordParser {
  private carry = "";
  /** After a bad record: text is dropped up to the next line break. */
  private skipping = false;
  private readonly delimiter: number;
  private readonly delimiterChar: string;
  constructor(delimiter: Delimiter) {
    this.delimiter = delimiter.charCodeAt(0);
    this.delimiterChar = delimiter;
  }

  /**
   * Parse `text` (appended to what was left); `final` flushes the last record. Without `bad`,
   * a bad record throws LimitError.
   */
  feed(text: string, final: boolean, emit: (fields: string[]) => void, bad?: (problem: CsvProblem) => void): void {
    const report =
      bad ??
      ((p: CsvProblem) => {
        throw new LimitError(p === "unbalancedQuote" ? "quotedLines" : p, `bản ghi CSV không hợp lệ (${p})`);
      });
    let s = this.carry + text;
    this.carry = "";
    if (this.skipping) {
      const nl = lineBreakAt(s, 0);
      if (nl < 0) {
        if (final) this.skipping = false;
        return;
      }
      this.skipping = false;
      s = s.slice(s.charCodeAt(nl) === CR && s.charCodeAt(nl + 1) === NL ? nl + 2 : nl + 1);
    }
    const n = s.length;
    const D = this.delimiter;
    const delimiterChar = this.delimiterChar;
    let start = 0; // start of the current record
    let pos = 0;
    let fields: string[] = [];
    let nextQuote = -1; // index of the next '"' at or after pos (n when none), -1: not searched yet
    let nextCR = -1; // same for a carriage return that does not end a CRLF line
    /** Drop the current record up to the first line break at or after `from`; false when none arrived yet. */
    const skipRecord = (problem: CsvProblem, from: number): boolean => {
      report(problem);
      fields = [];
      const nl = lineBreakAt(s, from);
      if (nl < 0) {
        this.skipping = !final;
        start = pos = n;
        return false;
      }
      pos = s.charCodeAt(nl) === CR && s.charCodeAt(nl + 1) === NL ? nl + 2 : nl + 1;
      start = pos;
      return true;
    };
    outer: while (pos < n || (final && start < n)) {
      // Fast path: a whole line without quotes or stray CR, at the start of a record. The next
      // quote and CR are found once and reused line after line (not searched for in each line).
      if (fields.length === 0) {
        const nl = s.indexOf("\n", pos);
        if (nl >= 0) {
          if (nextQuote < pos) nextQuote = indexOr(s, '"', pos, n);
          if (nextCR < pos) nextCR = indexOr(s, "\r", pos, n);
          const end = nl > pos && s.charCodeAt(nl - 1) === CR ? nl - 1 : nl;
          if (nextQuote > nl && nextCR >= end && end - pos <= LIMITS.cellChars) {
            emit(s.slice(pos, end).split(delimiterChar));
            pos = nl + 1;
            start = pos;
            continue;
          }
        }
      }
      // parse one field at pos
      let value: string;
      if (s.charCodeAt(pos) === QUOTE) {
        let j = pos + 1;
        let hasEscapes = false;
        for (;;) {
          j = s.indexOf('"', j);
          if (j < 0) {
            // No closing quote yet: an unbalanced quote once it runs too far or to the end.
            if (final || n - pos > LIMITS.cellChars || countLineBreaks(s, pos, n, LIMITS.quotedLines) > LIMITS.quotedLines) {
              if (!skipRecord("unbalancedQuote", pos)) break outer;
              continue outer;
            }
            break outer; // wait for more text
          }
          if (s.charCodeAt(j + 1) === QUOTE) {
            hasEscapes = true;
            j += 2;
            continue;
          }
          if (j + 1 >= n && !final) break outer; // a quote at the end: cannot tell yet whether it is doubled
          break;
        }
        if (j - pos > LIMITS.cellChars || countLineBreaks(s, pos, j, LIMITS.quotedLines) > LIMITS.quotedLines) {
          if (!skipRecord("unbalancedQuote", pos)) break outer;
          continue outer;
        }
        // Closed before text, after running over a line break: the quote opened here was never
        // closed and this quote opens a field of a later row (the rows in between would be swallowed).
        const after = j + 1 < n ? s.charCodeAt(j + 1) : -1;
        if (after !== -1 && after !== D && after !== NL && after !== CR && lineBreakAt(s, pos) < j && lineBreakAt(s, pos) >= 0) {
          if (!skipRecord("unbalancedQuote", pos)) break outer;
          continue outer;
        }
        value = s.slice(pos + 1, j);
        if (hasEscapes) value = value.replace(/""/g, '"');
        pos = j + 1;
        // anything between the closing quote and the separator is kept (lenient)
        let k = pos;
        while (k < n) {
          const c = s.charCodeAt(k);
          if (c === D || c === NL || c === CR) break;
          k++;
        }
        if (k > pos) value += s.slice(pos, k);
        pos = k;
      } else {
        let k = pos;
        while (k < n) {
          const c = s.charCodeAt(k);
          if (c === D || c === NL || c === CR) break;
          k++;
        }
        value = s.slice(pos, k);
        pos = k;
      }
      if (value.length > LIMITS.cellChars) {
        if (!skipRecord("cellChars", pos)) break outer;
        continue;
      }
      if (pos >= n && !final) break; // the field may continue in the next piece
      fields.push(value);
      if (fields.length > LIMITS.columns) {
        if (!skipRecord("columns", pos)) break outer;
        continue;
      }
      if (pos - start > LIMITS.csvRecordChars) {
        if (!skipRecord("csvRecordChars", pos)) break outer;
        continue;
      }
      const c = pos < n ? s.charCodeAt(pos) : -1;
      if (c === D) {
        pos++;
        if (pos >= n && final) {
          fields.push("");
          emit(fields);
          fields = [];
          start = pos;
        }
        continue;
      }
      // end of record: \r\n, \n, \r or end of text
      if (c === CR) {
        if (pos + 1 >= n && !final) break; // cannot tell yet whether \n follows
        pos += s.charCodeAt(pos + 1) === NL ? 2 : 1;
      } else if (c === NL) pos++;
      emit(fields);
      fields = [];
      start = pos;
    }
    if (final || this.skipping) return;
    this.carry = s.slice(start);
    if (this.carry.length > LIMITS.csvRecordChars + LIMITS.cellChars) {
      // An unfinished record without a quoted field this long: refused, reading goes on at the next line.
      this.carry = "";
      report("csvRecordChars");
      this.skipping = true;
    }
  }
}
