/**
 * The folded form of a schedule text that the parser's patterns read: foldKey (NFC → lower
 * case, no diacritics, đ→d, one space) plus repairs of typing habits and OCR damage:
 * spaces around "/" and between "2021 - 2030" removed, dashes unified, "ngày 05 tháng 12 năm
 * 2025" → "05/12/2025", letters read in place of digits in number tokens ("3l/12/2O25",
 * "Quý l/2023" → "1/2023"), "nim"/"narn"/"ndm" → "nam", "trone" → "trong", "quí" → "quy",
 * "Pén 31/12" (Đ read as P) → "den 31/12", "Trud ngay 05/12" → "truoc ngay 05/12", "Theotiến" → "theo tien".
 */
import { quickFold } from "./quickText.js";

const DASHES = /[‐‑‒–—−]/g;
const SLASH_SPACES = /\s*\/\s*/g;
const DIGIT_DASH = /(\d)\s*-\s*(?=\d)/g;
const WRITTEN_DATE = /(?<![\d/])(\d{1,2}) thang (\d{1,2}),? nam (\d{4})(?!\d)/g;
/** A token made of digits and look-alike letters (o→0; l, i, | → 1) with at least one digit. */
const NUMBER_TOKEN = /(?<![a-z0-9])[0-9oil|][0-9oil|/.-]*(?![a-z0-9])/g;
const OCR_YEAR_WORD = /\bn(?:a|i|d|e|o|u)?(?:m|rn)(?=(?: ?\d{4}\b)|$)/g;
const OCR_TRONG = /\btr[o0c][nm][ge]\b/g;
const OCR_QUI = /\bqui\b/g;
const OCR_DEN = /\b[pb]en(?= (?:ngay )?\d)/g;
const OCR_TRUOC = /\btru[a-z]{0,3}(?= ngay \d| \d{1,2}\/)/g;
/** "Theo" is a whole syllable: letters glued to it come from a lost space ("Theotiến độ"). */
const OCR_THEO = /\btheo(?=[a-z0-9])/g;
const EDGES = /^[\s\-+•*.,;:]+|[\s.,;]+$/g;

function fixNumberToken(tok: string): string {
  if (!/\d/.test(tok)) return tok;
  return tok.replace(/o/g, "0").replace(/[il|]/g, "1");
}

/** Cheap tests that say whether a group of repairs can change anything (most texts need none). */
const NEEDS_SPACING = /[‐‑‒–—−]|\s[/-]|[/-]\s/;
const NEEDS_NUMBER_FIX = /[0-9][oil|]|[oil|][0-9/.-]/;
/** The correct words ("trong", "truoc ngay 05/12") are left out: only damaged forms need repairs. */
const NEEDS_OCR = /\bn(?:[ideou]m|[aideou]?rn|m)\b|\btr(?!ong\b)[o0c][nm][ge]\b|\bqui\b|\b[pb]en |\btru(?!oc )[a-z]{0,3} (?:ngay )?\d|\btheo[a-z0-9]/;
const NEEDS_EDGES = /^[\s\-+•*.,;:]|[\s.,;]$/;

export function scheduleKey(text: string): string {
  let k = quickFold(text);
  if (k === "") return k;
  if (NEEDS_SPACING.test(k)) k = k.replace(DASHES, "-").replace(SLASH_SPACES, "/").replace(DIGIT_DASH, "$1-");
  if (NEEDS_NUMBER_FIX.test(k)) k = k.replace(NUMBER_TOKEN, fixNumberToken);
  if (k.includes(" thang ")) k = k.replace(WRITTEN_DATE, "$1/$2/$3");
  if (NEEDS_OCR.test(k)) {
    k = k
      .replace(OCR_YEAR_WORD, "nam")
      .replace(OCR_TRONG, "trong")
      .replace(OCR_QUI, "quy")
      .replace(OCR_DEN, "den")
      .replace(OCR_TRUOC, "truoc")
      .replace(OCR_THEO, "theo ");
  }
  return NEEDS_EDGES.test(k) ? k.replace(EDGES, "") : k;
}
