/**
 * The finding codes and their severities — the ONE list (FindingCode is its keys) — and the
 * factory every check uses to make a finding, so no check writes a severity by hand.
 * A new code: add a line here (and its Vietnamese message where the check finds it); the
 * compiler then asks for nothing else.
 */
import type { Severity } from "./types.js";

/** Severity of each code, as issue 3 fixes it. */
export const FINDING_SEVERITY = {
  "missing-column": "error",
  "duplicate-stt": "error",
  "missing-task": "error",
  "missing-lead": "error",
  "missing-deadline": "error",
  "invalid-date": "error",
  "completion-in-future": "error",
  "stt-sequence": "warning",
  "multiple-leads": "warning",
  "unparsed-deadline": "warning",
  "deadline-outside-year": "warning",
  "missing-output": "warning",
  "legacy-encoding": "warning",
  "unnumbered-row": "warning",
  "external-deadline": "info",
  "blank-row": "info",
  "repeated-header": "info",
  // real tables (issue 10)
  "status-conflict": "warning",
  "unparsed-status": "warning",
  "continuation-row": "info",
  // self-assessment scoring (issue 14, core/src/scoring/selfAssessment.ts)
  "score-above-max": "error",
  "max-sum-mismatch": "error",
  "score-unreadable": "error",
  "missing-max": "error",
  "score-above-rule": "warning",
  "missing-evidence": "warning",
  "rule-unparsed": "warning",
  "evidence-unreadable": "warning",
  "self-sum-mismatch": "warning",
  "settings-unreadable": "warning",
  "kl91-cap": "info",
  "example-row": "info",
} as const satisfies Readonly<Record<string, Severity>>;

export type FindingCode = keyof typeof FINDING_SEVERITY;

/** Every code, in the table's order (for documentation and tests). */
export const FINDING_CODES = Object.keys(FINDING_SEVERITY) as FindingCode[];

/** What a check says; the severity comes from the table. */
export interface FindingInput<C extends FindingCode = FindingCode> {
  code: C;
  row: number;
  column: string | null;
  message: string;
  fix?: string;
}

/** A finding with its severity from FINDING_SEVERITY. */
export function finding<C extends FindingCode>(f: FindingInput<C>): { code: C; severity: (typeof FINDING_SEVERITY)[C]; row: number; column: string | null; message: string; fix?: string } {
  return { code: f.code, severity: FINDING_SEVERITY[f.code], row: f.row, column: f.column, message: f.message, ...(f.fix !== undefined ? { fix: f.fix } : {}) };
}
