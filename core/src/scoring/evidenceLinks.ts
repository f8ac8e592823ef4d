/**
 * Evidence a criterion can take from our own figures instead of a typed value: the evidence cell
 * says which figure ("Liên kết: tỷ lệ hoàn thành kế hoạch"), and the caller supplies it (CLI:
 * `--plan FILE`, `--dossiers FILE`; in the hosts the user writes a formula in the cell instead).
 */
import { foldKey } from "../text/normalize.js";

export type EvidenceLink = "planCompletion" | "onTimeDossiers" | "onlineDossiers";

export const EVIDENCE_LINK_LABELS: Readonly<Record<EvidenceLink, string>> = {
  planCompletion: "tỷ lệ hoàn thành kế hoạch",
  onTimeDossiers: "tỷ lệ hồ sơ đúng hạn",
  onlineDossiers: "tỷ lệ hồ sơ trực tuyến",
};

const KEYS: ReadonlyMap<string, EvidenceLink> = new Map([
  ["ty le hoan thanh ke hoach", "planCompletion"],
  ["ty le hoan thanh nhiem vu", "planCompletion"],
  ["ty le hoan thanh ke hoach cchc", "planCompletion"],
  ["ty le ho so dung han", "onTimeDossiers"],
  ["ty le giai quyet ho so dung han", "onTimeDossiers"],
  ["ty le ho so giai quyet dung han", "onTimeDossiers"],
  ["ty le ho so truc tuyen", "onlineDossiers"],
  ["ty le truc tuyen", "onlineDossiers"],
  ["ty le ho so nop truc tuyen", "onlineDossiers"],
]);

/** The figure an evidence cell links to ("Liên kết: tỷ lệ hồ sơ đúng hạn", "[tỷ lệ trực tuyến]"), or null. */
export function evidenceLinkOf(value: unknown): EvidenceLink | null {
  if (typeof value !== "string") return null;
  const k = foldKey(value)
    .replace(/^[[(]\s*|\s*[\])]$/g, "")
    .replace(/^(lien ket|lay tu|tu dong)\s*:?\s*/, "")
    .replace(/[.:]+$/, "")
    .trim();
  return KEYS.get(k) ?? null;
}
