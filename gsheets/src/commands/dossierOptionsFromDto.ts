import { dossierRunFromForm, type DossierRunOptions } from "@cchc/core";

/**
 * Check what the sidebar's "Thống kê hồ sơ" section sends (plain JSON from google.script.run:
 * `{ from: "YYYY-MM-DD", to: "YYYY-MM-DD", by: "unit" | "staff" }`) with core's form schema
 * (the same as the Excel task pane's), giving the options or the Vietnamese problems.
 */
export function dossierOptionsFromDto(input: unknown): { ok: true; options: DossierRunOptions } | { ok: false; problems: string[] } {
  return dossierRunFromForm(input);
}
