/**
 * Vietnamese text typed in the legacy 8-bit encodings, as it reaches a spreadsheet once the
 * old font is gone (DOMAIN.md §8):
 *
 * - TCVN3 (ABC, fonts ".VnTime", ".VnArial"…): one byte per accented letter, in the Latin-1
 *   range: "Trong n¨m 2025" = "Trong năm 2025", "Qu¶n lý" = "Quản lý". Capitals with tone marks
 *   have no code: they were typed with the capitals-only font ".VnTimeH" using the lower-case
 *   codes, so an all-capitals text is converted to capitals.
 * - VNI Windows (fonts "VNI-Times"…): a base letter followed by mark bytes:
 *   "Trong naêm 2025" = "Trong năm 2025", "Vieät Nam" = "Việt Nam".
 *
 * Code tables: TCVN 5712:1993 VN3 (ABC) and VNI for Windows, as used by the common converters
 * (Unikey, vietnamese-conversion); verified on the real texts of the Kế hoạch 607 appendix.
 */

export type LegacyEncoding = "tcvn3" | "vni";

// ---------------------------------------------------------------- TCVN3 (ABC)

/** Unicode letter → TCVN3 code point (lower case; plus the 7 capitals TCVN3 encodes). */
const TCVN3_PAIRS: readonly [string, string][] = [
  ["à", "µ"], ["á", "¸"], ["ả", "¶"], ["ã", "·"], ["ạ", "¹"],
  ["ă", "¨"], ["ằ", "»"], ["ắ", "¾"], ["ẳ", "¼"], ["ẵ", "½"], ["ặ", "Æ"],
  ["â", "©"], ["ầ", "Ç"], ["ấ", "Ê"], ["ẩ", "È"], ["ẫ", "É"], ["ậ", "Ë"],
  ["đ", "®"],
  ["è", "Ì"], ["é", "Ð"], ["ẻ", "Î"], ["ẽ", "Ï"], ["ẹ", "Ñ"],
  ["ê", "ª"], ["ề", "Ò"], ["ế", "Õ"], ["ể", "Ó"], ["ễ", "Ô"], ["ệ", "Ö"],
  ["ì", "×"], ["í", "Ý"], ["ỉ", "Ø"], ["ĩ", "Ü"], ["ị", "Þ"],
  ["ò", "ß"], ["ó", "ã"], ["ỏ", "á"], ["õ", "â"], ["ọ", "ä"],
  ["ô", "«"], ["ồ", "å"], ["ố", "è"], ["ổ", "æ"], ["ỗ", "ç"], ["ộ", "é"],
  ["ơ", "¬"], ["ờ", "ê"], ["ớ", "í"], ["ở", "ë"], ["ỡ", "ì"], ["ợ", "î"],
  ["ù", "ï"], ["ú", "ó"], ["ủ", "ñ"], ["ũ", "ò"], ["ụ", "ô"],
  ["ư", "\u00ad"], ["ừ", "õ"], ["ứ", "ø"], ["ử", "ö"], ["ữ", "÷"], ["ự", "ù"],
  ["ỳ", "ú"], ["ý", "ý"], ["ỷ", "û"], ["ỹ", "ü"], ["ỵ", "þ"],
  ["Ă", "¡"], ["Â", "¢"], ["Đ", "§"], ["Ê", "£"], ["Ô", "¤"], ["Ơ", "¥"], ["Ư", "¦"],
];

const TCVN3_TO_UNI = new Map<string, string>(TCVN3_PAIRS.map(([u, t]) => [t, u]));
const UNI_TO_TCVN3 = new Map<string, string>(TCVN3_PAIRS.map(([u, t]) => [u, t]));

/**
 * TCVN3 codes that never occur in Vietnamese Unicode text nor in VNI text: one of them next to a
 * letter marks TCVN3.
 */
const TCVN3_ONLY = new Set("µ¸¶·¹¨»¾¼½©Ç®ª×Þßç÷þ«¬\u00ad¡¢§£¤¥¦Ð");

// ---------------------------------------------------------------- VNI Windows

/** Tone marks of VNI, lower case, in the order acute, grave, hook, tilde, dot. */
const VNI_TONES = ["ù", "ø", "û", "õ", "ï"];
const UNI_TONES = ["\u0301", "\u0300", "\u0309", "\u0303", "\u0323"];

/** Vowels with their VNI spelling (lower case), before tone marks. */
const VNI_BASES: readonly [string, string][] = [
  ["a", "a"], ["e", "e"], ["o", "o"], ["u", "u"], ["y", "y"],
  ["ơ", "ô"], ["ư", "ö"],
];

function buildVni(): Map<string, string> {
  const m = new Map<string, string>(); // VNI sequence → Unicode (lower case)
  for (const [uni, vni] of VNI_BASES) {
    if (vni !== uni) m.set(vni, uni);
    VNI_TONES.forEach((t, i) => m.set(vni + t, (uni + UNI_TONES[i]).normalize("NFC")));
  }
  // â and ê: base + "â", tones replace the circumflex byte: á à å ã ä
  const circTones = ["á", "à", "å", "ã", "ä"];
  for (const [uni, base] of [["â", "a"], ["ê", "e"], ["ô", "o"]] as const) {
    m.set(base + "â", uni);
    circTones.forEach((t, i) => m.set(base + t, (uni + UNI_TONES[i]).normalize("NFC")));
  }
  // ă: a + "ê", tones: é è ú ü ë
  m.set("aê", "ă");
  ["é", "è", "ú", "ü", "ë"].forEach((t, i) => m.set("a" + t, ("ă" + UNI_TONES[i]).normalize("NFC")));
  // i: single bytes
  m.set("í", "í");
  m.set("ì", "ì");
  m.set("æ", "ỉ");
  m.set("ó", "ĩ");
  m.set("ò", "ị");
  m.set("î", "ỵ");
  m.set("ñ", "đ");
  return m;
}

const VNI_LOWER = buildVni();
const VNI_TO_UNI = new Map<string, string>();
const UNI_TO_VNI = new Map<string, string>();
for (const [v, u] of VNI_LOWER) {
  const V = v.toUpperCase();
  const U = u.toUpperCase();
  VNI_TO_UNI.set(v, u);
  VNI_TO_UNI.set(V, U);
  // A capital base followed by a lower-case mark, as some converters wrote title case.
  if (v.length === 2) VNI_TO_UNI.set(V.charAt(0) + v.charAt(1), U);
  UNI_TO_VNI.set(u, v);
  UNI_TO_VNI.set(U, V);
}
// One regular expression of all VNI sequences, longest first.
const VNI_RE = new RegExp(
  [...VNI_TO_UNI.keys()]
    .sort((a, b) => b.length - a.length)
    .map((s) => s.replace(/[.*+?^${}()|[\]\\]/g, "\\$&"))
    .join("|"),
  "g",
);

/** VNI marks written after a vowel (tones, and tones on â/ê/ô/ă); never in Vietnamese Unicode. */
const VNI_AFTER_VOWEL = new Set("øûïåäëüØÛÏÅÄËÜ");
/** VNI letters standing alone (ỉ, ỵ, đ, ư); never in Vietnamese Unicode. */
const VNI_STANDALONE = new Set("æîñöÆÎÑÖ");
const VNI_VOWEL = /[aeouyAEOUYôÔöÖ]/;
/** Vowel + mark pairs that Vietnamese Unicode never writes but VNI does ("naêm", "vieät", "thaùng", "doõi"). */
const VNI_PAIR = /[aeoAEO][âÂ]|[aA][êÊéÉèÈúÚ]|[aeiouyAEIOUY][ùÙõÕ]|[ôÔöÖ][ùÙøØõÕ]/g;

// ---------------------------------------------------------------- detection

/** Characters that exist only in Unicode Vietnamese (ă, đ, ơ, ư, ĩ, ũ, ạ…ỹ) or combining marks. */
const UNICODE_VIETNAMESE = /[\u0102\u0103\u0110\u0111\u0128\u0129\u0168\u0169\u01a0\u01a1\u01af\u01b0\u1ea0-\u1ef9\u0300-\u036f]/;
const LATIN1_HIGH = /[\u00a1-\u00ff]/;
function isLetterCode(c: number): boolean {
  return (c >= 65 && c <= 90) || (c >= 97 && c <= 122) || (c >= 0xa1 && c <= 0xff);
}

function adjacentToLetter(text: string, i: number): boolean {
  return (i > 0 && isLetterCode(text.charCodeAt(i - 1))) || (i + 1 < text.length && isLetterCode(text.charCodeAt(i + 1)));
}

/**
 * Which legacy encoding a text is in, or null (plain ASCII, Unicode Vietnamese, anything else).
 * Text that already holds Unicode-only Vietnamese letters is never legacy.
 */
export function detectLegacyEncoding(text: string): LegacyEncoding | null {
  if (typeof text !== "string" || !LATIN1_HIGH.test(text) || UNICODE_VIETNAMESE.test(text)) return null;
  let tcvn = 0;
  let vni = 0;
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i);
    if (code < 0xa1 || code > 0xff) continue; // only Latin-1 letters carry the legacy marks
    if (!adjacentToLetter(text, i)) continue;
    const ch = text.charAt(i);
    const before = i > 0 ? text.charCodeAt(i - 1) : 0;
    if (TCVN3_ONLY.has(ch)) tcvn += 2;
    else if (code >= 0xc0 && code <= 0xde && ((before >= 97 && before <= 122) || (before >= 0xdf && before <= 0xff))) {
      // A capital-looking byte inside a lower-case word: a TCVN3 letter ("KiÓm" = "Kiểm").
      tcvn += 2;
    }
    else if (VNI_AFTER_VOWEL.has(ch)) {
      // In VNI these follow a vowel; in TCVN3 the same bytes are whole vowels, after consonants.
      if (VNI_VOWEL.test(text.charAt(i - 1))) vni += 2;
      else tcvn++;
    } else if (VNI_STANDALONE.has(ch)) {
      vni++;
      tcvn++;
    }
  }
  vni += 2 * (text.match(VNI_PAIR)?.length ?? 0);
  if (tcvn === 0 && vni === 0) return null;
  return tcvn > vni ? "tcvn3" : "vni";
}

/** True when the text is Unicode in decomposed form (NFD), e.g. typed on a Mac or copied from a PDF. */
export function isDecomposed(text: string): boolean {
  return typeof text === "string" && /[\u0300-\u036f]/.test(text) && text !== text.normalize("NFC");
}

/** TCVN3 byte → Unicode code unit (identity outside the table). */
const TCVN3_CODES: Uint16Array = (() => {
  const t = new Uint16Array(256);
  for (let c = 0; c < 256; c++) t[c] = c;
  for (const [u, code] of TCVN3_PAIRS) t[code.charCodeAt(0)] = u.charCodeAt(0);
  return t;
})();

function isWordSeparator(c: number): boolean {
  return (
    c <= 32 || c === 0xa0 || c === 44 || c === 46 || c === 59 || c === 58 || c === 33 || c === 63 || c === 40 || c === 41 ||
    c === 34 || c === 39 || c === 47 || c === 45 || c === 0x2013 || c === 0x201c || c === 0x201d
  );
}

const UPPER = new Map<number, number>();
function upperCode(c: number): number {
  let u = UPPER.get(c);
  if (u === undefined) {
    const s = String.fromCharCode(c).toUpperCase();
    u = s.length === 1 ? s.charCodeAt(0) : c;
    UPPER.set(c, u);
  }
  return u;
}

function fromCodes(codes: Uint16Array): string {
  let out = "";
  for (let i = 0; i < codes.length; i += 8192) {
    // a typed array is array-like enough for apply: no intermediate Array
    out += String.fromCharCode.apply(null, codes.subarray(i, i + 8192) as unknown as number[]);
  }
  return out;
}

/**
 * TCVN3 → Unicode, one code unit for one. Capitals typed with ".VnTimeH" carry lower-case
 * codes: a word whose Latin letters are all capitals (at least two, or one next to such a
 * word) is converted to capitals ("CHØ Sè" → "CHỈ SỐ").
 */
function tcvn3ToUnicode(text: string): string {
  const n = text.length;
  const codes = new Uint16Array(n);
  for (let i = 0; i < n; i++) {
    const c = text.charCodeAt(i);
    codes[i] = c < 256 ? TCVN3_CODES[c] : c;
  }
  // Words: start, end, and capitals (-1 no Latin letter, 0 some lower case, k = k capitals only).
  const starts: number[] = [];
  const ends: number[] = [];
  const caps: number[] = [];
  let i = 0;
  while (i < n) {
    while (i < n && isWordSeparator(text.charCodeAt(i))) i++;
    if (i >= n) break;
    const start = i;
    let upper = 0;
    let lower = 0;
    while (i < n && !isWordSeparator(text.charCodeAt(i))) {
      const c = text.charCodeAt(i);
      if (c >= 65 && c <= 90) upper++;
      else if (c >= 97 && c <= 122) lower++;
      i++;
    }
    starts.push(start);
    ends.push(i);
    caps.push(lower > 0 ? 0 : upper > 0 ? upper : -1);
  }
  for (let k = 0; k < caps.length; k++) {
    const c = caps[k];
    const up = c >= 2 || (c === 1 && ((caps[k - 1] ?? 0) >= 2 || (caps[k + 1] ?? 0) >= 2));
    if (up) for (let j = starts[k]; j < ends[k]; j++) codes[j] = upperCode(codes[j]);
  }
  return fromCodes(codes);
}

/** Convert legacy-encoded text to Unicode NFC. Characters outside the table are kept. */
export function legacyToUnicode(text: string, enc: LegacyEncoding): string {
  if (typeof text !== "string") return "";
  const out = enc === "tcvn3" ? tcvn3ToUnicode(text) : text.replace(VNI_RE, (m) => VNI_TO_UNI.get(m) ?? m);
  return out.normalize("NFC");
}

/** Unicode code unit → TCVN3 byte (0 = not in the table). Capitals fall back to the lower-case code, as .VnTimeH did. */
const UNI_TO_TCVN3_CODE = new Map<number, number>();
for (const [u, t] of TCVN3_PAIRS) UNI_TO_TCVN3_CODE.set(u.charCodeAt(0), t.charCodeAt(0));
for (const [u, t] of TCVN3_PAIRS) {
  const up = u.toUpperCase().charCodeAt(0);
  if (!UNI_TO_TCVN3_CODE.has(up)) UNI_TO_TCVN3_CODE.set(up, t.charCodeAt(0));
}

/** Encode Unicode Vietnamese as TCVN3 (capitals with tone marks fall back to the lower-case code, as .VnTimeH did). */
export function unicodeToTcvn3(text: string): string {
  const nfc = text.normalize("NFC");
  const codes = new Uint16Array(nfc.length);
  for (let i = 0; i < nfc.length; i++) {
    const c = nfc.charCodeAt(i);
    codes[i] = c < 0x80 ? c : UNI_TO_TCVN3_CODE.get(c) ?? c;
  }
  return fromCodes(codes);
}

/** Encode Unicode Vietnamese as VNI Windows. */
export function unicodeToVni(text: string): string {
  let s = "";
  for (const ch of text.normalize("NFC")) s += UNI_TO_VNI.get(ch) ?? ch;
  return s;
}

/** What a text cell needed to become clean Unicode NFC. */
export interface UnicodeFix {
  text: string;
  from: LegacyEncoding | "nfd" | null;
}

/** Characters outside printable ASCII, Latin, Vietnamese precomposed letters and common punctuation. */
const IRREGULAR = /[^ -~\u00a1-\u02ff\u1e00-\u1eff\u2010-\u2027\u2030-\u205e\u20ac]/;
const VIETNAMESE_ONLY = /[\u0102\u0103\u0110\u0111\u0128\u0129\u0168\u0169\u01a0\u01a1\u01af\u01b0\u1ea0-\u1ef9]/;

/**
 * Fast pre-check for big tables: false means the text is certainly clean Unicode NFC (no legacy
 * encoding, nothing to compose); true means call unicodeFixOf. Also true for control characters
 * and unusual spaces, which callers may want to collapse anyway.
 */
export function mayNeedUnicodeFix(text: string): boolean {
  return IRREGULAR.test(text) || (LATIN1_HIGH.test(text) && !VIETNAMESE_ONLY.test(text));
}

/**
 * Any text to Unicode NFC. NFC is only computed when a character outside the ranges it never
 * changes is present (Latin to U+02FF, Vietnamese precomposed letters U+1E00–U+1EFF, general
 * punctuation without the two quads, the euro sign) — the common case costs one pass.
 */
export function toUnicodeText(text: string): UnicodeFix {
  if (typeof text !== "string") return { text: "", from: null };
  return unicodeFixOf(text) ?? { text, from: null };
}

/** Like toUnicodeText, but null when the text is already clean Unicode NFC (no allocation on the common path). */
export function unicodeFixOf(text: string): (UnicodeFix & { from: LegacyEncoding | "nfd" }) | null {
  // One pass over the characters decides which of the slower checks are needed.
  let latin1High = false;
  let vietnameseUnicode = false;
  let maybeUnstable = false;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c < 0xa1) continue;
    if (c <= 0xff) latin1High = true;
    else if (c <= 0x02ff || (c >= 0x1ea0 && c <= 0x1ef9)) {
      if (c === 0x102 || c === 0x103 || c === 0x110 || c === 0x111 || c === 0x128 || c === 0x129 || c === 0x168 || c === 0x169 || c === 0x1a0 || c === 0x1a1 || c === 0x1af || c === 0x1b0 || c >= 0x1ea0) {
        vietnameseUnicode = true;
      }
    } else if (c >= 0x0300 && c <= 0x036f) {
      vietnameseUnicode = true;
      maybeUnstable = true;
    } else if (!((c >= 0x1e00 && c <= 0x1eff) || (c >= 0x2010 && c <= 0x2027) || (c >= 0x2030 && c <= 0x205e) || c === 0x20ac)) {
      maybeUnstable = true;
    }
  }
  if (latin1High && !vietnameseUnicode) {
    const enc = detectLegacyEncoding(text);
    if (enc) return { text: legacyToUnicode(text, enc), from: enc };
  }
  if (!maybeUnstable) return null;
  const nfc = text.normalize("NFC");
  return nfc !== text ? { text: nfc, from: "nfd" } : null;
}

/** Vietnamese name of an encoding, for messages. */
export function encodingLabel(from: LegacyEncoding | "nfd"): string {
  if (from === "tcvn3") return "TCVN3 (ABC, phông .VnTime)";
  if (from === "vni") return "VNI Windows (phông VNI-Times)";
  return "Unicode tổ hợp (NFD)";
}
