/**
 * The name of the unit a plan belongs to, read from the title rows above its table ("SỞ TƯ PHÁP",
 * "UBND HUYỆN DIÊN KHÁNH", "BAN QUẢN LÝ KHU KINH TẾ VÂN PHONG"), as Vietnamese administrative
 * documents print it at the top left. The line under a parent body ("UBND TỈNH KHÁNH HÒA" above
 * "SỞ NỘI VỤ") is skipped for the unit itself; a file without a title gives null (the caller then
 * uses the file name).
 */
import { foldKey } from "../text/normalize.js";

/** Words that start the name of an issuing unit (folded: no diacritics, lower case). */
const UNIT_START = /^(so|ubnd|uy ban nhan dan|ban quan ly|ban|van phong|truong|bo|cuc|chi cuc|thanh tra|dai|trung tam|benh vien|hoi dong|dang uy|cong an|bo chi huy|kho bac|cuc thue|bao hiem xa hoi|vien|hoc vien)\b/;
/** Lines that are not the unit: the national motto, document kinds, numbers, dates. */
const NOT_UNIT = /^(cong hoa|doc lap|so:|so \d|phu luc|ke hoach|bao cao|danh muc|kem theo|quyet dinh|\(|ngay|stt\b|tt\b)/;

/** The lines of a text cell, spaces collapsed within each line. */
function cellLines(v: unknown): string[] {
  if (typeof v !== "string") return [];
  return v.split(/\r?\n/).map((l) => l.replace(/\s+/g, " ").trim()).filter(Boolean);
}

/** True for a line written in capitals (titles are), ignoring digits and punctuation. */
function isCapitals(text: string): boolean {
  const letters = text.replace(/[^\p{L}]/gu, "");
  return letters.length >= 3 && letters === letters.toLocaleUpperCase("vi");
}

/**
 * The unit named in the first rows of a sheet (before its table header), in title case as
 * printed (NFC), or null. When a parent body and the unit are both printed, the unit (the
 * lower, more specific line) is returned.
 */
export function unitNameFromTitle(cells: readonly (readonly unknown[])[], maxRows = 12): string | null {
  const found: string[] = [];
  for (let r = 0; r < Math.min(cells.length, maxRows); r++) {
    const row = cells[r] ?? [];
    // title blocks sit in the first cells of the row (left block of the national header)
    for (let c = 0; c < Math.min(row.length, 3); c++) {
      const lines = cellLines(row[c]);
      if (lines.length === 0) continue;
      for (const line of lines) {
        const key = foldKey(line);
        if (NOT_UNIT.test(key)) continue;
        if (UNIT_START.test(key) && isCapitals(line)) found.push(line.normalize("NFC"));
      }
      break;
    }
  }
  if (found.length === 0) return null;
  // "UBND TỈNH KHÁNH HÒA" then "SỞ NỘI VỤ": the unit is the last title line found
  return found[found.length - 1]!;
}

/** A unit name from a file name: "so-tu-phap_2025.xlsx" → "so-tu-phap_2025". */
export function unitNameFromFile(fileName: string): string {
  const base = fileName.replace(/^.*[\\/]/, "").replace(/\.[^.]+$/, "");
  return base.trim() === "" ? fileName : base;
}
