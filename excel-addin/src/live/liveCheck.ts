/**
 * "Kiểm tra khi nhập": which sheets are checked live (kept in the document's add-in settings, so
 * the choice travels with the workbook), the worksheet onChanged handlers of the shared runtime,
 * and a debounce that gathers the rows of a burst of edits or a paste into one re-check.
 */
export const LIVE_KEY = "cchc.liveSheets";
/** A burst of edits (typing, a paste in several events) is checked once, this long after the last. */
export const LIVE_DELAY_MS = 400;

interface SettingsLike {
  get(name: string): unknown;
  set(name: string, value: unknown): void;
  saveAsync(callback?: (result: unknown) => void): void;
}

function documentSettings(): SettingsLike | null {
  const office = (globalThis as { Office?: { context?: { document?: { settings?: SettingsLike } } } }).Office;
  return office?.context?.document?.settings ?? null;
}

/** Ids of the sheets checked while typing. */
export function liveSheets(): string[] {
  const raw = documentSettings()?.get(LIVE_KEY);
  if (typeof raw !== "string") return [];
  try {
    const list = JSON.parse(raw) as unknown;
    return Array.isArray(list) ? list.filter((x): x is string => typeof x === "string") : [];
  } catch {
    return [];
  }
}

export async function setLiveSheet(sheetId: string, on: boolean): Promise<string[]> {
  const settings = documentSettings();
  const now = new Set(liveSheets());
  if (on) now.add(sheetId);
  else now.delete(sheetId);
  const list = [...now];
  if (settings) {
    settings.set(LIVE_KEY, JSON.stringify(list));
    await new Promise<void>((resolve) => settings.saveAsync(() => resolve()));
  }
  return list;
}

/**
 * Rows (1-based) of an A1 address of a change: "C5" → [5], "A10:E12" → [10, 11, 12];
 * whole columns ("C:C") or an unreadable address → [1] (a change above any table header, which
 * makes core re-check every row).
 */
export function rowsOfAddress(address: string): number[] {
  const ref = address.slice(address.lastIndexOf("!") + 1).replace(/\$/g, "");
  const m = /^[A-Z]*(\d+)(?::[A-Z]*(\d+))?$/i.exec(ref);
  if (!m) return [1];
  const a = Number(m[1]);
  const b = m[2] ? Number(m[2]) : a;
  const out: number[] = [];
  for (let r = Math.min(a, b); r <= Math.max(a, b) && out.length <= 1_048_576; r++) out.push(r);
  return out;
}

/** Gathers changed rows per sheet and runs one check per sheet after a quiet moment. */
export class LiveDebounce {
  private pending = new Map<string, Set<number>>();
  private timer: ReturnType<typeof setTimeout> | null = null;
  constructor(
    private readonly run: (sheetId: string, rows: number[]) => Promise<void>,
    private readonly delayMs = LIVE_DELAY_MS,
  ) {}
  add(sheetId: string, address: string): void {
    const set = this.pending.get(sheetId) ?? new Set<number>();
    for (const r of rowsOfAddress(address)) set.add(r);
    this.pending.set(sheetId, set);
    if (this.timer !== null) clearTimeout(this.timer);
    this.timer = setTimeout(() => void this.flush(), this.delayMs);
  }
  async flush(): Promise<void> {
    this.timer = null;
    const batch = [...this.pending.entries()];
    this.pending.clear();
    for (const [sheetId, rows] of batch) await this.run(sheetId, [...rows].sort((a, b) => a - b));
  }
}

/** Register the onChanged handler on each live sheet (values typed or pasted by the user only). */
export async function registerLiveHandlers(context: Excel.RequestContext, sheetIds: readonly string[], debounce: LiveDebounce): Promise<number> {
  for (const id of sheetIds) {
    const sheet = context.workbook.worksheets.getItemOrNullObject(id);
    sheet.onChanged.add(async (e: Excel.WorksheetChangedEventArgs) => {
      if (e.source === "Remote") return; // a co-author's edit is checked on their side
      if (!liveSheets().includes(e.worksheetId)) return; // switched off since
      debounce.add(e.worksheetId, e.address);
    });
  }
  await context.sync();
  return 1;
}
