/**
 * What "Kiểm tra khi nhập" keeps between edits, in the document's properties (PropertiesService
 * works in the onEdit simple trigger, which runs in AuthMode.LIMITED with the add-on's
 * `spreadsheets.currentonly` scope): the sheets switched on, and for each the reporting date,
 * plan year and merged areas read when it was switched on — so that an edit costs one read of
 * the sheet's values and one of the notes of the rows concerned — and the last open-finding count.
 */
import type { MergedRange } from "@cchc/core";

export const LIVE_PROPERTY = "cchc.kiemTraKhiNhap";

export interface LiveSheet {
  planYear: number | null;
  /** Reporting date as a Day, or null. */
  asOf: number | null;
  merges: MergedRange[];
  counts?: { errors: number; warnings: number; infos: number };
}

export type LiveState = Record<string, LiveSheet>;

export function readLiveState(): LiveState {
  const raw = PropertiesService.getDocumentProperties().getProperty(LIVE_PROPERTY);
  if (!raw) return {};
  try {
    const v = JSON.parse(raw) as unknown;
    return v && typeof v === "object" ? (v as LiveState) : {};
  } catch {
    return {};
  }
}

export function writeLiveState(state: LiveState): void {
  const props = PropertiesService.getDocumentProperties();
  if (Object.keys(state).length === 0) props.deleteProperty(LIVE_PROPERTY);
  else props.setProperty(LIVE_PROPERTY, JSON.stringify(state));
}
