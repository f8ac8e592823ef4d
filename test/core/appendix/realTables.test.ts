// Real task tables from outside the seeds (issue 10, "What must be shown"): the tool is pinned to
// the hand counts of test/fixtures/real/expected.json, written before the tool was run on them.
// An expectation whose fix lives on another branch says so in its title ("[needs status]",
// "[needs units]"); "[open gap]" marks one that no branch of this sprint fixes (see the README).
import { readFileSync } from "node:fs";
import { dirname, resolve } from "node:path";
import { fileURLToPath } from "node:url";
import { describe, expect, it } from "vitest";
import { readAppendix } from "../../../core/src/appendix/readTable.js";
import type { AppendixTable, AppendixTask } from "../../../core/src/appendix/types.js";
import { validateTable } from "../../../core/src/appendix/validate.js";
import { dayFromYMD } from "../../../core/src/dates/day.js";
import { annualSummary } from "../../../core/src/summary/annualSummary.js";
import { foldKey } from "../../../core/src/text/normalize.js";
import { parseCsv } from "../helpers/csv.js";

const DIR = resolve(dirname(fileURLToPath(import.meta.url)), "../../fixtures/real");

interface ExpectedSummary {
  year: number;
  asOf: string;
  totals?: Record<string, number>;
  overdueRows?: number[];
  rows?: Record<string, number[]>;
  lateRate?: number | null;
  doneAny?: number;
  needs?: string;
}

interface ExpectedTable {
  file: string;
  kind: "tracking" | "plan";
  headerRow: number;
  tasks: number;
  headings: number;
  headingRows?: number[];
  taskRows?: number[];
  columns: Record<string, string>;
  columnsNeeds?: string;
  trackingColumns?: boolean;
  /** Either the exact number of stt-sequence warnings, or the rows a reader must look at (duplicate-stt or stt-sequence). */
  stt: { sttSequenceFindings?: number; irregularRows?: number[]; needs?: string };
  /** Leads by STT as written; `leadsByRow` by physical row when STTs repeat. */
  leads: Record<string, string[]>;
  leadsByRow?: Record<string, number[]>;
  leadsNeeds?: string;
  multipleLeads?: Record<string, string[]>;
  multipleLeadsRows: number[];
  multipleLeadsNeeds?: string;
  missingDeadlineRows?: number[];
  schedules: Record<string, number>;
  scheduleRows?: Record<string, number[]>;
  scheduleNeeds?: string;
  completed?: Record<string, string>;
  completedNeeds?: string;
  planPeriod?: { deadlineOutsideYearFindingsWithoutYear: number; needs?: string };
  summaries: ExpectedSummary[];
  needs?: string;
}

const expected: { tables: ExpectedTable[] } = JSON.parse(readFileSync(resolve(DIR, "expected.json"), "utf8"));

/** The CSV as a host gives it: strings, empty cells null. */
function grid(file: string): (string | null)[][] {
  return parseCsv(readFileSync(resolve(DIR, file), "utf8")).map((r) => r.map((v) => (v === "" ? null : v)));
}

/** Physical row of each STT as written in column A of the CSV (independent of the tool). */
function rowsBySttAsWritten(cells: (string | null)[][]): Map<string, number> {
  const m = new Map<string, number>();
  cells.forEach((r, i) => {
    const stt = (r[0] ?? "").trim();
    if (stt !== "" && !m.has(stt)) m.set(stt, i + 1);
  });
  return m;
}

/** Title suffix naming what an expectation waits for: the table's own "needs" and the expectation's. */
function tag(...needs: (string | undefined)[]): string {
  const names = [...new Set(needs.filter((n): n is string => n !== undefined && n !== ""))];
  return names.map((n) => (n === "gap" ? " [open gap]" : ` [needs ${n}]`)).join("");
}

function day(iso: string): number {
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(iso);
  if (m === null) throw new Error(`bad date in expected.json: ${iso}`);
  return dayFromYMD(Number(m[1]), Number(m[2]), Number(m[3]));
}

/** Kind of a task's schedule for the counts: "none" when the schedule cell is empty. */
function scheduleKind(t: AppendixTask): string {
  return t.deadlineText.trim() === "" ? "none" : t.schedule.kind;
}

for (const exp of expected.tables) {
  describe(`${exp.file} (real table, hand counts in expected.json)`, () => {
    const cells = grid(exp.file);
    const read = readAppendix(cells);
    const table = ("error" in read ? null : read) as AppendixTable | null;
    const byRow = new Map<number, AppendixTask>((table?.tasks ?? []).map((t) => [t.row, t]));
    const sttRow = rowsBySttAsWritten(cells);
    const report = table === null ? null : validateTable(table);
    const headerTag = tag(exp.needs);

    it(`is read as a table with its header on row ${exp.headerRow}${headerTag}`, () => {
      expect("error" in read ? read.error : null).toBeNull();
      expect(table!.headerRow).toBe(exp.headerRow);
    });

    it(`has ${exp.tasks} tasks and ${exp.headings} headings${headerTag}`, () => {
      expect(table, "table read").not.toBeNull();
      expect(table?.tasks.length).toBe(exp.tasks);
      expect(table?.headings.length).toBe(exp.headings);
      if (exp.headingRows) expect(table?.headings.map((h) => h.row)).toEqual(exp.headingRows);
      if (exp.taskRows) expect(table?.tasks.map((t) => t.row)).toEqual(exp.taskRows);
    });

    it(`finds the columns ${JSON.stringify(exp.columns)}${tag(exp.needs, exp.columnsNeeds)}`, () => {
      expect(table, "table read").not.toBeNull();
      // A hand count's "lead" is the column the leads are read from: with a single "Cơ quan thực
      // hiện" column the tool calls it the responsibility column (lead + partners in one cell).
      const letters: Record<string, string | undefined> = { ...table?.columnLetters };
      if (letters.lead === undefined && letters.responsibility !== undefined && exp.columns.responsibility === undefined) {
        letters.lead = letters.responsibility;
      }
      expect(letters).toMatchObject(exp.columns);
    });

    it(`names the lead of every task as counted by hand${tag(exp.needs, exp.leadsNeeds)}`, () => {
      expect(table, "table read").not.toBeNull();
      const got: [number, string | null][] = [];
      const want: [number, string | null][] = [];
      const leadRows: [string, number][] = [];
      for (const [lead, stts] of Object.entries(exp.leads)) for (const stt of stts) leadRows.push([lead, sttRow.get(stt)!]);
      for (const [lead, rows] of Object.entries(exp.leadsByRow ?? {})) for (const row of rows) leadRows.push([lead, row]);
      for (const [lead, row] of leadRows) {
        want.push([row, foldKey(lead)]);
        const t = byRow.get(row);
        got.push([row, t?.lead ? foldKey(t.lead.replace(/[\s.;,]+$/, "")) : null]);
      }
      for (const stt of Object.keys(exp.multipleLeads ?? {})) {
        const row = sttRow.get(stt)!;
        want.push([row, null]);
        got.push([row, byRow.get(row)?.lead ?? null]);
      }
      const order = (a: [number, string | null], b: [number, string | null]) => a[0] - b[0];
      expect(got.sort(order)).toEqual(want.sort(order));
    });

    it(`warns multiple-leads on rows ${JSON.stringify(exp.multipleLeadsRows)} only${tag(exp.needs, exp.multipleLeadsNeeds)}`, () => {
      expect(table, "table read").not.toBeNull();
      const rows = (report?.warnings ?? []).filter((w) => w.code === "multiple-leads").map((w) => w.row);
      expect(rows).toEqual(exp.multipleLeadsRows);
      for (const [stt, units] of Object.entries(exp.multipleLeads ?? {})) {
        const t = byRow.get(sttRow.get(stt)!);
        expect(t?.leadCandidates?.length, `task ${stt}`).toBe(units.length);
      }
    });

    if (exp.stt.sttSequenceFindings !== undefined) {
      it(`raises ${exp.stt.sttSequenceFindings} stt-sequence warnings${tag(exp.needs, exp.stt.needs)}`, () => {
        expect(table, "table read").not.toBeNull();
        const seq = (report?.warnings ?? []).filter((w) => w.code === "stt-sequence");
        expect(seq.map((w) => w.row)).toHaveLength(exp.stt.sttSequenceFindings!);
      });
    }

    if (exp.stt.irregularRows) {
      it(`flags the numbering on rows ${JSON.stringify(exp.stt.irregularRows)} only (duplicate-stt or stt-sequence)${tag(exp.needs, exp.stt.needs)}`, () => {
        expect(table, "table read").not.toBeNull();
        const all = [...(report?.errors ?? []), ...(report?.warnings ?? [])];
        const rows = new Set(all.filter((f) => f.code === "duplicate-stt" || f.code === "stt-sequence").map((f) => f.row));
        expect([...rows].sort((a, b) => a - b)).toEqual(exp.stt.irregularRows);
      });
    }

    if (exp.missingDeadlineRows) {
      it(`reports a missing deadline on rows ${JSON.stringify(exp.missingDeadlineRows)}${headerTag}`, () => {
        expect(table, "table read").not.toBeNull();
        const all = [...(report?.errors ?? []), ...(report?.warnings ?? [])];
        expect(all.filter((f) => f.code === "missing-deadline").map((f) => f.row)).toEqual(exp.missingDeadlineRows);
      });
    }

    it(`reads the schedules as ${JSON.stringify(exp.schedules)}${tag(exp.needs, exp.scheduleNeeds)}`, () => {
      expect(table, "table read").not.toBeNull();
      const counts: Record<string, number> = {};
      for (const t of table?.tasks ?? []) counts[scheduleKind(t)] = (counts[scheduleKind(t)] ?? 0) + 1;
      expect(counts).toEqual(exp.schedules);
      for (const [kind, rows] of Object.entries(exp.scheduleRows ?? {})) {
        expect(
          rows.map((r) => [r, byRow.get(r) ? scheduleKind(byRow.get(r)!) : "no task"]),
          kind,
        ).toEqual(rows.map((r) => [r, kind]));
      }
    });

    if (exp.completed) {
      it(`reads the completion dates ${JSON.stringify(exp.completed)}${tag(exp.needs, exp.completedNeeds)}`, () => {
        expect(table, "table read").not.toBeNull();
        for (const [row, iso] of Object.entries(exp.completed!)) {
          expect(byRow.get(Number(row))?.completed, `row ${row}`).toBe(day(iso));
        }
      });
    }

    if (exp.planPeriod) {
      it(`raises no deadline-outside-year inside the plan period without --year${tag(exp.needs, exp.planPeriod.needs)}`, () => {
        expect(table, "table read").not.toBeNull();
        const out = (report?.warnings ?? []).filter((w) => w.code === "deadline-outside-year");
        expect(out).toHaveLength(exp.planPeriod!.deadlineOutsideYearFindingsWithoutYear);
      });
    }

    for (const s of exp.summaries) {
      it(`summary --year ${s.year} --as-of ${s.asOf} gives the hand-counted buckets${tag(exp.needs, s.needs)}`, () => {
        expect(table, "table read").not.toBeNull();
        const sum = annualSummary(table!, { planYear: s.year, asOf: day(s.asOf) });
        expect(sum.error).toBeUndefined();
        const totals = sum.totals as unknown as Record<string, number | undefined>;
        if (s.totals) {
          const got: Record<string, number> = {};
          for (const k of Object.keys(s.totals)) got[k] = totals[k] ?? 0;
          expect(got).toEqual(s.totals);
        }
        if (s.overdueRows) expect(sum.overdueTasks.map((t) => t.row).sort((a, b) => a - b)).toEqual(s.overdueRows);
        if (s.doneAny !== undefined) {
          const done = (totals.doneEarly ?? 0) + (totals.doneOnTime ?? 0) + (totals.doneLate ?? 0) + (totals.doneUndated ?? 0);
          expect(done).toBe(s.doneAny);
        }
        if (s.lateRate === null) expect(sum.lateRate).toBeNull();
        else if (s.lateRate !== undefined) expect(sum.lateRate).toBeCloseTo(s.lateRate, 10);
      });
    }
  });
}
