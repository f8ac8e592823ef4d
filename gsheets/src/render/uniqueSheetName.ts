/** Sheet names are at most 100 characters in Sheets. */
const MAX_NAME = 100;

/**
 * A sheet name not used yet: the wanted name, else "name (2)", "name (3)"… (compared without
 * case, as Sheets does). Never renames or replaces an existing sheet.
 */
export function uniqueSheetName(existing: readonly string[], wanted: string): string {
  const taken = new Set(existing.map((n) => n.toLocaleLowerCase("vi")));
  const base = wanted.slice(0, MAX_NAME - 6).trim() || "CCHC";
  if (!taken.has(base.toLocaleLowerCase("vi"))) return base;
  for (let i = 2; ; i++) {
    const name = `${base} (${i})`;
    if (!taken.has(name.toLocaleLowerCase("vi"))) return name;
  }
}

export function sheetNames(ss: GoogleAppsScript.Spreadsheet.Spreadsheet): string[] {
  return ss.getSheets().map((s) => s.getName());
}
