/**
 * Cut a list of units ("Sở Tư pháp, Văn phòng UBND tỉnh và các phòng chuyên môn") into units
 * (issue 10 §2, DOMAIN.md §1):
 *  - a known name (publicBodies.ts, or learned from the table) is never cut: "Bộ Văn hóa, Thể
 *    thao và Du lịch", "Các bộ, ngành, địa phương", "UBND các huyện, thị xã, thành phố";
 *  - ";" and line breaks always separate; "," "và" "cùng" separate only when what follows starts
 *    a unit (a known name or a unit word: Bộ, Sở, Phòng, Văn phòng, UBND, các, lãnh đạo…), so
 *    "Sở Văn hóa, Thể thao" or "Phòng Kế hoạch – Đầu tư và Xúc tiến" stay whole;
 *  - two known bodies written with no separator ("Bộ Thông tin và Truyền thông Bộ Khoa học và
 *    Công nghệ", a line lost when a PDF was copied) are two units;
 *  - nothing is cut inside parentheses; "các phòng, đơn vị trực thuộc" stays one collective;
 *  - a capitalised abbreviation starts a unit (VTV, TTXVN) unless it names a thing (CSDL, TTHC).
 */
import { cleanText, foldKey } from "../text/normalize.js";
import { PUBLIC_BODY_NAMES, type NameMatch, type UnitNames } from "./unitNames.js";
import { gapBetween, unitWordsOf, type UnitWord } from "./unitWords.js";

/** Words (lower case, with diacritics) that start a unit after a separator. */
const HEADS: readonly string[][] = [
  "bộ", "sở", "ban", "phòng", "văn phòng", "ủy ban", "hội đồng", "cục", "tổng cục", "chi cục", "trung tâm",
  "viện", "học viện", "trường", "đại học", "thanh tra", "công an", "bộ chỉ huy", "ban chỉ huy", "bảo hiểm",
  "kho bạc", "ngân hàng", "đài", "báo", "hội", "liên đoàn", "liên minh", "đoàn", "mặt trận", "tập đoàn",
  "tổng công ty", "công ty", "doanh nghiệp", "tổ", "nhóm", "bộ phận", "cán bộ", "công chức", "viên chức",
  "lãnh đạo", "kế toán", "văn thư", "các", "tất cả", "toàn thể", "mọi", "những", "cơ quan", "đơn vị",
  "tỉnh ủy", "huyện ủy", "thành ủy", "đảng ủy", "chi bộ", "tòa án", "toà án", "viện kiểm sát", "tỉnh đoàn",
  "huyện đoàn", "người đứng đầu", "thủ trưởng", "chủ tịch", "phó chủ tịch", "giám đốc", "phó giám đốc",
  "chánh văn phòng", "trưởng phòng", "địa phương", "quỹ", "chi nhánh", "bưu điện", "viễn thông", "ủy ban nhân dân",
].map((h) => h.split(" "));

const ASCII_HEADS: readonly string[][] = HEADS.map((h) => h.map(foldKey));

/** Indexes of HEADS by their first word, folded (every candidate is then checked word by word). */
const HEADS_BY_FIRST = new Map<string, number[]>();
ASCII_HEADS.forEach((h, i) => {
  const list = HEADS_BY_FIRST.get(h[0]!) ?? [];
  list.push(i);
  HEADS_BY_FIRST.set(h[0]!, list);
});

/**
 * Abbreviations written in capitals that name things, not units: after a comma they go on the
 * unit before ("Các bộ, ngành, địa phương là chủ quản CSDLQG, CSDL chuyên ngành" is one unit).
 * Folded: CSDL(QG) cơ sở dữ liệu (quốc gia), CNTT công nghệ thông tin, TTHC thủ tục hành chính,
 * CCHC cải cách hành chính, NSNN ngân sách nhà nước, (VB)QPPL văn bản quy phạm pháp luật, DVC(TT)
 * dịch vụ công (trực tuyến), HTTT hệ thống thông tin, CĐS chuyển đổi số, ĐMST đổi mới sáng tạo.
 */
const THING_ACRONYMS: ReadonlySet<string> = new Set([
  "csdl", "csdlqg", "cntt", "tthc", "cchc", "nsnn", "qppl", "vbqppl", "dvc", "dvctt", "httt", "cds", "dmst",
]);

/** Heads of collectives that take bare lower-case nouns after a comma: "các phòng, đơn vị trực thuộc". */
const COLLECTIVE_HEAD = /^(tat ca|toan the|cac|moi|nhung)\b/;

function isAscii(w: UnitWord): boolean {
  return w.lower === w.key;
}

/** True when a unit word (HEADS) starts at word j. Accents must agree unless the text has none ("môi" is not "mọi"). */
function headAt(words: readonly UnitWord[], j: number): boolean {
  const candidates = HEADS_BY_FIRST.get(words[j]!.key);
  if (candidates === undefined) return false;
  for (const h of candidates) {
    const head = HEADS[h]!;
    const ascii = ASCII_HEADS[h]!;
    if (j + head.length > words.length) continue;
    let ok = true;
    for (let k = 0; k < head.length && ok; k++) {
      const w = words[j + k]!;
      ok = w.lower === head[k] || (isAscii(w) && w.key === ascii[k]);
    }
    if (ok) return true;
  }
  return false;
}

function trimUnit(s: string): string {
  return s
    .replace(/^[\s,;:.\-–•+]+/, "")
    .replace(/[\s,;:.\-–•+]+$/, "")
    .replace(/^(và|với|va|voi|cùng|cung)\s+/i, "")
    .trim();
}

/** "và", "cùng" (or "va", "cung" typed without accents). */
function isConjunction(w: UnitWord): boolean {
  return w.lower === "và" || w.lower === "cùng" || (isAscii(w) && (w.key === "va" || w.key === "cung"));
}

interface Piece {
  from: number; // word index
  to: number; // word index, exclusive
}

/**
 * Split a list of units. `names` adds the names learned from the table (default: the public-body
 * list alone). Text without any word gives [].
 */
export function splitUnits(text: string, names: UnitNames = PUBLIC_BODY_NAMES): string[] {
  const input = typeof text === "string" ? text : "";
  const cached = names.cache.get(input);
  if (cached !== undefined) return [...cached];
  const out = splitUncached(input, names);
  names.remember(input, out);
  return [...out];
}

function splitUncached(text: string, names: UnitNames): string[] {
  // Line breaks are kept: they separate like ";" (a cell typed with Alt+Enter), except inside parentheses.
  const t = text
    .normalize("NFC")
    .replace(/[^\S\r\n]+/g, " ")
    .replace(/ ?[\r\n]+ ?/g, "\n")
    .trim();
  const words = unitWordsOf(t);
  if (words.length === 0) return [];
  const matchAt = (j: number): NameMatch | null => (j < words.length && words[j]!.depth === 0 ? names.match(t, words, j) : null);
  const beginsUnit = (j: number): boolean =>
    j < words.length && words[j]!.depth === 0 && (matchAt(j) !== null || headAt(words, j) || (words[j]!.acronym && !THING_ACRONYMS.has(words[j]!.key)));

  const pieces: Piece[] = [];
  let from = 0;
  // Word index where the known name that opened the current piece ends (-1: the piece is not a known body).
  let knownEnd = -1;
  let knownBody = false;
  const open = (j: number): number => {
    from = j;
    const m = matchAt(j);
    knownEnd = m === null ? -1 : j + m.length;
    // Sub-units ("Bộ phận Một cửa", "Công chức Tư pháp – Hộ tịch") take the body after them as their owner.
    knownBody = m !== null && m.body?.level !== "group" && !/^(bo phan|cong chuc|trung tam)\b/.test(m.canonical);
    return m === null ? j + 1 : j + m.length;
  };
  let i = open(0);
  while (i < words.length) {
    const prev = words[i - 1]!;
    const w = words[i]!;
    const gap = gapBetween(t, prev, w);
    const outside = w.depth === 0 && prev.depth === 0;
    const parenClosed = prev.depth > 0 && w.depth === 0;
    if (gap === "hard" && w.depth === 0) {
      pieces.push({ from, to: i });
      i = open(i);
      continue;
    }
    if ((outside || parenClosed) && (gap === "comma" || isConjunction(w))) {
      // ", X" / "và X" / ", và X": the candidate unit starts after the conjunction.
      const s = isConjunction(w) ? i + 1 : i;
      if (beginsUnit(s)) {
        pieces.push({ from, to: i });
        i = open(s);
        continue;
      }
    }
    if (outside && gap !== "comma" && knownBody && i >= knownEnd && (w.capital || w.acronym)) {
      // Two bodies with no separator: "Bộ Thông tin và Truyền thông Bộ Khoa học và Công nghệ".
      const m = matchAt(i);
      if (m !== null && m.body?.level !== "group") {
        pieces.push({ from, to: i });
        i = open(i);
        continue;
      }
    }
    i++;
  }
  pieces.push({ from, to: words.length });

  const parts: { text: string; a: number; b: number }[] = [];
  for (const p of pieces) {
    const a = words[p.from]!.start;
    // Keep a closing parenthesis or quote right after the last word.
    const end = words[p.to - 1]!.end;
    const b = end + (/^[)\]"”']+/.exec(t.slice(end))?.[0] ?? "").length;
    const u = trimUnit(cleanText(t.slice(a, b)));
    if (u !== "") parts.push({ text: u, a, b });
  }
  // Join "các phòng" + "đơn vị trực thuộc" back: a collective, a comma, then bare lower-case nouns.
  const out: { text: string; a: number; b: number }[] = [];
  for (const u of parts) {
    const prev = out[out.length - 1];
    const k = foldKey(u.text);
    const bare = u.text.charAt(0) !== u.text.charAt(0).toUpperCase() && !COLLECTIVE_HEAD.test(k) && !/^(lanh dao|van phong|ban |phong |so |bo )/.test(k);
    const between = prev === undefined ? "" : t.slice(prev.b, u.a);
    if (prev !== undefined && COLLECTIVE_HEAD.test(foldKey(prev.text)) && bare && /^[\s,]*,[\s,]*$/.test(between) && !isWholeName(u.text, names)) {
      out[out.length - 1] = { text: trimUnit(cleanText(t.slice(prev.a, u.b))), a: prev.a, b: u.b };
    } else out.push(u);
  }
  return out.map((u) => u.text);
}

/** A bare noun that is itself a known name ("địa phương") stays apart from the collective before it. */
function isWholeName(unit: string, names: UnitNames): boolean {
  const words = unitWordsOf(unit);
  const m = names.match(unit, words, 0);
  return m !== null && m.length === words.length;
}
