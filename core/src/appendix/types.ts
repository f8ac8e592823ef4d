import type { Day } from "../dates/day.js";
import type { Schedule } from "../schedule/types.js";
import type { StatusReading } from "../status/readStatus.js";

/** Logical columns of an appendix table (DOMAIN.md §1). */
export type ColumnKey =
  | "stt"
  | "task"
  | "responsibility" // one "Trách nhiệm thực hiện" column
  | "lead" // "Cơ quan chủ trì"
  | "partners" // "Cơ quan phối hợp"
  | "deadline" // "Tiến độ thực hiện" / "Thời gian"
  | "output" // "Kết quả/sản phẩm"
  | "completed" // "Ngày hoàn thành"
  | "due" // "Hạn" / "Ngày hết hạn"
  | "status" // "Tình trạng" / "Kết quả thực hiện"
  | "notes"; // "Ghi chú"

export type Severity = "error" | "warning" | "info";

/** The finding codes: the keys of FINDING_SEVERITY (findings.ts), the one list. */
export type { FindingCode } from "./findings.js";
import type { FindingCode } from "./findings.js";

/** One finding of the validation report (frictionless-shaped). */
export interface Finding {
  code: FindingCode;
  severity: Severity;
  /** Physical spreadsheet row, 1-based. */
  row: number;
  /** Column letter ("A"), or null when the finding is about the whole row/table. */
  column: string | null;
  /** Vietnamese: what is wrong, where, how to fix it. */
  message: string;
  /** Suggested replacement (e.g. the Unicode form of TCVN3 text). */
  fix?: string;
}

export interface AppendixHeading {
  row: number;
  stt: string;
  title: string;
  level: "part" | "section" | "group";
}

export interface AppendixTask {
  /** Physical spreadsheet row, 1-based. */
  row: number;
  /** As written ("2.1"), "" for an unnumbered task row. */
  stt: string;
  /** The Roman section the task sits in (e.g. { stt: "IV", title: "Cải cách thủ tục hành chính (TTHC)" }). */
  section: { stt: string; title: string; part?: string } | null;
  task: string;
  /** Full responsibility text (single column, or lead + partners joined). */
  responsibility: string;
  /** The one unit that leads, or null when none can be named. */
  lead: string | null;
  partners: string[];
  /** "Tất cả các phòng, đơn vị trực thuộc thực hiện": a legal blanket assignment. */
  blanket: boolean;
  deadlineText: string;
  schedule: Schedule;
  output: string;
  /** Completion date from the tracking column, when present and readable. */
  completed: Day | null;
  /** Explicit due date from a "Hạn" column, when present and readable. */
  explicitDue: Day | null;
  statusText: string;
  /** The status cell read (issue 10 §1), when the table has a status column. */
  statusReading?: StatusReading;
  notes: string;
  /** When several units are named and none is marked "chủ trì": the units that could lead. */
  leadCandidates?: string[];
  /** The completion-date cell when it holds something that is not a date. */
  completedInvalid?: { text: string; message: string };
  /** The due-date cell when it holds something that is not a date. */
  dueInvalid?: { text: string; message: string };
  /** Cells holding a spreadsheet error value ("#N/A", "#REF!"…), by column: read as empty, named in messages. */
  errorCells?: Partial<Record<ColumnKey, string>>;
}

export interface AppendixTable {
  /** Physical row of the header, 1-based. */
  headerRow: number;
  /** 0-based column index of each recognised column. */
  columns: Partial<Record<ColumnKey, number>>;
  /** Column letters of each recognised column (same keys as `columns`). */
  columnLetters: Partial<Record<ColumnKey, string>>;
  /** Titles of columns that were not recognised, kept with their letters. */
  otherColumns: { letter: string; title: string }[];
  headings: AppendixHeading[];
  tasks: AppendixTask[];
  /** Findings made while reading (blank rows, repeated headers, legacy encoding…). */
  findings: Finding[];
  /** Non-blank rows read below the header (tasks, headings, continuation rows), repeated headers excluded. */
  dataRows?: number;
  /** Physical row and column of the grid's first cell (1-based), as passed in. */
  firstRow?: number;
  firstColumn?: number;
}
