import { settingsCapacityProblem, settingsFromForm, type WorkbookSettings } from "@cchc/core";

/**
 * Check what the sidebar sends (plain JSON from google.script.run; dates as YYYY-MM-DD) with
 * core's one form schema, and give the settings or the Vietnamese problems to show by the form.
 */
export function settingsFromDto(input: unknown): { ok: true; settings: WorkbookSettings } | { ok: false; problems: string[] } {
  const r = settingsFromForm(input);
  if (!r.ok) return r;
  const tooMany = settingsCapacityProblem(r.settings);
  return tooMany ? { ok: false, problems: [tooMany] } : r;
}
