/**
 * Who leads a task and who takes part, from the "Trách nhiệm thực hiện" text or from separate
 * "Cơ quan chủ trì" / "Cơ quan phối hợp" cells (DOMAIN.md §1, seed 004 III.4.a: one lead per task).
 *
 *   "Văn phòng chủ trì, phối hợp các phòng, đơn vị trực thuộc xây dựng báo cáo."
 *       → lead "Văn phòng", partners ["các phòng, đơn vị trực thuộc"]
 *   "Văn phòng phối hợp với Sở Tư pháp thực hiện"      → lead "Văn phòng" (X phối hợp với Y: X leads)
 *   "Văn phòng thực hiện."                             → lead "Văn phòng"
 *   "Tất cả các phòng, đơn vị trực thuộc thực hiện."   → blanket assignment (legal, not an error)
 *   "Văn phòng, các phòng chuyên môn thực hiện"        → several units, none marked: multipleLeads
 */
import { cleanText, foldKey } from "../text/normalize.js";
import { splitUnits } from "../units/splitUnits.js";
import { PUBLIC_BODY_NAMES, type UnitNames } from "../units/unitNames.js";
import { unitWordsOf } from "../units/unitWords.js";

export { splitUnits };

export interface Responsibility {
  /** The one unit that leads; for a blanket assignment the collective ("Tất cả các phòng, đơn vị trực thuộc"). */
  lead: string | null;
  partners: string[];
  /** "Tất cả các phòng, đơn vị trực thuộc…": every unit, a legal assignment. */
  blanket: boolean;
  /** Several units named and none marked "chủ trì" (or several marked): one lead is required. */
  multipleLeads: boolean;
  /** The units that could each be the lead, when `multipleLeads`. */
  candidates: string[];
}

/** Folded verbs that always end a unit name ("Văn phòng | thực hiện …"). */
const MAIN_VERBS = ["chu tri", "phoi hop", "thuc hien", "tham muu", "chiu trach nhiem"];
/**
 * Verbs that end a unit name unless they are part of it: "Tổ kiểm tra", "Phòng Tổ chức",
 * "Bộ phận tiếp nhận và trả kết quả" (a verb right after an organisational noun, or capitalised).
 */
const OTHER_VERBS = [
  "xay dung", "lap", "tong hop", "cung cap", "dang tai", "nghien cuu", "tra loi", "tiep nhan",
  "ra soat", "to chuc", "kiem tra", "theo doi", "bao cao", "trien khai", "huong dan", "de xuat",
  "trinh", "gui", "cap nhat", "thong ke", "ban hanh", "dam bao",
];
const VERBS = [...MAIN_VERBS, ...OTHER_VERBS];
const MAIN = new Set(MAIN_VERBS);
/** Organisational nouns after which a verb is part of a name. */
const ORG_NOUN = /(^|\s)(to|ban|phan|doan|tam|dong|nhom|so|cuc|vien)\s$|(^|\s)(?<!van )phong\s$/;
const BLANKET = new RegExp(
  [
    "^(tat ca|toan bo|toan the)( cac)? (phong|don vi|co quan|bo phan|cong chuc|can bo|so|xa|huyen)",
    "^cac phong, (cac )?don vi truc thuoc\\b",
    // Provincial plans: every department / every district or commune does its own part.
    "^cac so, ban, nganh\\b",
    "^(ubnd|uy ban nhan dan) (cac )?(cap huyen|cap xa|huyen|xa|phuong)",
    "^cac co quan, don vi\\b",
    "^cac don vi truc thuoc\\b",
  ].join("|"),
);

interface Token {
  /** Folded form (same length as the cleaned text: foldKey keeps one char per char for NFC Vietnamese). */
  folded: string;
  text: string;
  /** Known names in the text, where no verb is looked for. */
  spans: [number, number][];
}

const CHAR_FOLD = new Map<string, string>();

function foldChar(ch: string): string {
  let f = CHAR_FOLD.get(ch);
  if (f === undefined) {
    const k = foldKey(ch);
    f = k.length === 1 ? k : k.length === 0 ? " " : k.charAt(0);
    if (ch.length !== 1) f = f + " ".repeat(ch.length - 1);
    CHAR_FOLD.set(ch, f);
  }
  return f;
}

/** Folded copy of a cleaned text with one folded code unit per original code unit, so indexes line up. */
function fold(text: string, names: UnitNames): Token {
  let folded = "";
  for (const ch of text) folded += foldChar(ch);
  return { folded, text, spans: knownSpans(text, names) };
}

/** Index of the first verb (at a word start) at or after `from`, or -1. */
function findVerb(tok: Token, from: number, verbs: readonly string[] = VERBS): { at: number; verb: string } | null {
  let best: { at: number; verb: string } | null = null;
  for (const v of verbs) {
    let i = tok.folded.indexOf(v, from);
    while (i >= 0) {
      const before = i === 0 ? " " : tok.folded.charAt(i - 1);
      const after = tok.folded.charAt(i + v.length);
      const ok =
        /[\s,;(.-]/.test(before) &&
        (after === "" || /[\s,;:.)]/.test(after)) &&
        (i === 0 || tok.text.charAt(i) === tok.text.charAt(i).toLowerCase()) &&
        (MAIN.has(v) || !ORG_NOUN.test(tok.folded.slice(Math.max(0, i - 12), i)));
      if (ok) break;
      i = tok.folded.indexOf(v, i + 1);
    }
    if (i >= 0 && !insideParens(tok.text, i) && !tok.spans.some(([a, b]) => i >= a && i < b) && (best === null || i < best.at || (i === best.at && v.length > best.verb.length))) {
      best = { at: i, verb: v };
    }
  }
  return best;
}

function insideParens(text: string, index: number): boolean {
  let depth = 0;
  for (let i = 0; i < index; i++) {
    const c = text.charAt(i);
    if (c === "(") depth++;
    else if (c === ")" && depth > 0) depth--;
  }
  return depth > 0;
}

/** A collective: the patterns above, or a blanket group of the public-body list ("Bộ, ngành, địa phương"). */
function isBlanket(unit: string, names: UnitNames): boolean {
  if (BLANKET.test(foldKey(unit))) return true;
  const t = cleanText(unit);
  const m = names.match(t, unitWordsOf(t), 0);
  return m !== null && m.body?.level === "group";
}

/** Spans [start, end) of the known names in a text: verbs inside them are part of the name ("Bộ phận tiếp nhận và trả kết quả"). */
function knownSpans(text: string, names: UnitNames): [number, number][] {
  const cached = names.spans.get(text);
  if (cached !== undefined) return cached;
  if (names.spans.size >= 20_000) names.spans.clear();
  const spans = findSpans(text, names);
  names.spans.set(text, spans);
  return spans;
}

function findSpans(text: string, names: UnitNames): [number, number][] {
  const words = unitWordsOf(text);
  const spans: [number, number][] = [];
  for (let i = 0; i < words.length; ) {
    const m = words[i]!.depth === 0 ? names.match(text, words, i) : null;
    if (m === null) {
      i++;
      continue;
    }
    spans.push([words[i]!.start, words[i + m.length - 1]!.end]);
    i += m.length;
  }
  return spans;
}

/** Split a cell into bullet items ("- A thực hiện. - B phối hợp") or sentences; one item when none. */
function bulletItems(raw: string): string[] {
  // Lines first (a cell typed with Alt+Enter), then "- " bullets after a full stop, ";" or ":".
  return raw
    .split(/\r?\n/)
    .map(cleanText)
    .filter((line) => line !== "")
    .flatMap((text) =>
      /(^|[.;:]\s*)[-–•+]\s+\S/.test(text)
        ? text.split(/(?:^|(?<=[.;:])\s*)[-–•+]\s+(?=\S)/).map((s) => s.trim())
        : [text.replace(/^[-–•+]\s+/, "")],
    )
    .filter((s) => s !== "");
}

interface ItemResult {
  marked: string[]; // units marked "chủ trì"
  subjects: string[]; // units that act, not marked
  partners: string[];
}

function parseItem(raw: string, names: UnitNames): ItemResult {
  const text = cleanText(raw).replace(/[.;]+$/, "");
  const tok = fold(text, names);
  const first = findVerb(tok, 0);
  if (first === null) return { marked: [], subjects: splitUnits(text, names), partners: [] };
  const subjectText = text.slice(0, first.at);
  const subjects = splitUnits(subjectText, names);
  const rest = first.at;
  // "X chủ trì[,] phối hợp (với) Y …"
  if (first.verb === "chu tri") {
    const after = rest + first.verb.length;
    const ph = findVerb(tok, after, ["phoi hop"]);
    let partners: string[] = [];
    if (ph !== null && /^[\s,;]*$/.test(text.slice(after, ph.at)) === true) {
      partners = partnersFrom(tok, ph.at + ph.verb.length, names);
    }
    return { marked: subjects, subjects: [], partners };
  }
  // "X phối hợp (với) Y …": X leads.
  if (first.verb === "phoi hop") {
    const partners = partnersFrom(tok, rest + first.verb.length, names);
    // "Các phòng … phối hợp thực hiện": no partner named, X acts.
    return { marked: [], subjects, partners };
  }
  // "X thực hiện …", "X tham mưu …"; a later "chủ trì" may still mark X ("X thực hiện, chủ trì …" is rare).
  return { marked: [], subjects, partners: [] };
}

/** Units after "phối hợp (với)", up to the next verb or the end. */
function partnersFrom(tok: Token, from: number, names: UnitNames): string[] {
  let start = from;
  const m = /^\s*(voi|cung)?\s*/.exec(tok.folded.slice(start));
  if (m) start += m[0].length;
  const verb = findVerb(tok, start, VERBS.filter((v) => v !== "phoi hop"));
  const end = verb === null ? tok.text.length : verb.at;
  return splitUnits(tok.text.slice(start, end), names).filter((u) => !/^(thuc hien|chu tri)$/.test(foldKey(u)));
}

function uniqueUnits(units: string[]): string[] {
  const seen = new Set<string>();
  const out: string[] = [];
  for (const u of units) {
    const k = foldKey(u);
    if (k === "" || seen.has(k)) continue;
    seen.add(k);
    out.push(u);
  }
  return out;
}

/**
 * Parse one "Trách nhiệm thực hiện" cell. Empty text gives lead null. `names`: the public-body
 * list plus names learned from the table (default: the list alone).
 */
export function parseResponsibility(text: string, names: UnitNames = PUBLIC_BODY_NAMES): Responsibility {
  const raw = typeof text === "string" ? text : "";
  if (cleanText(raw) === "") return { lead: null, partners: [], blanket: false, multipleLeads: false, candidates: [] };
  const items = bulletItems(raw).map((item) => parseItem(item, names));
  const marked = uniqueUnits(items.flatMap((i) => i.marked));
  const subjects = uniqueUnits(items.flatMap((i) => i.subjects));
  const partnersRaw = uniqueUnits(items.flatMap((i) => i.partners));

  const acting = marked.length > 0 ? marked : subjects;
  if (marked.length === 0 && acting.length > 0 && isBlanket(acting[0], names)) {
    // A blanket assignment named first covers every other unit named.
    const blanketUnit = acting[0];
    const partners = uniqueUnits([...acting.slice(1), ...partnersRaw]).filter((p) => foldKey(p) !== foldKey(blanketUnit));
    return { lead: blanketUnit, partners, blanket: true, multipleLeads: false, candidates: [] };
  }
  if (acting.length === 0) {
    return { lead: null, partners: partnersRaw, blanket: false, multipleLeads: false, candidates: [] };
  }
  const lead = acting[0];
  const leadKey = foldKey(lead);
  const partners = uniqueUnits([
    ...(marked.length > 0 ? subjects : []),
    ...partnersRaw,
  ]).filter((p) => foldKey(p) !== leadKey);
  if (acting.length > 1) {
    return {
      lead: marked.length > 0 ? lead : null,
      partners: marked.length > 0 ? uniqueUnits([...acting.slice(1), ...partners]) : partners,
      blanket: false,
      multipleLeads: true,
      candidates: acting,
    };
  }
  return { lead, partners, blanket: isBlanket(lead, names), multipleLeads: false, candidates: [] };
}

/**
 * True when every collective among `units` names the kind of body `named` is: its first word
 * ("Sở", "Bộ", "Phòng") is one of the collective's words ("Các sở, ban, ngành", "Các bộ, ngành").
 */
function collectivesOfItsKind(named: string, units: readonly string[]): boolean {
  const head = unitWordsOf(cleanText(named))[0]?.key;
  if (head === undefined) return false;
  return units.every((u) => u === named || unitWordsOf(cleanText(u)).some((w) => w.key === head));
}

/** Split layout: "Cơ quan chủ trì" + "Cơ quan phối hợp" cells. */
export function parseLeadAndPartners(leadText: string, partnersText: string, names: UnitNames = PUBLIC_BODY_NAMES): Responsibility {
  const leadClean = cleanText(leadText ?? "");
  const partners = uniqueUnits(bulletItems(partnersText ?? "").flatMap((t) => splitUnits(t, names)));
  if (leadClean === "") return { lead: null, partners, blanket: false, multipleLeads: false, candidates: [] };
  const units = uniqueUnits(bulletItems(leadText).flatMap((t) => splitUnits(t, names))).map((u) =>
    /\s(chu tri|thuc hien)$/.test(foldKey(u)) ? u.replace(/\s+\S+\s+\S+$/, "").trim() : u,
  );
  if (units.length === 1) return { lead: units[0], partners, blanket: isBlanket(units[0], names), multipleLeads: false, candidates: [] };
  const specific = units.filter((u) => !isBlanket(u, names));
  if (specific.length === 0) {
    // "Các sở, ban, ngành; UBND cấp huyện": every unit named is a collective, each does its part.
    return { lead: units.join("; "), partners, blanket: true, multipleLeads: false, candidates: [] };
  }
  if (specific.length === 1 && !specific[0].match(/\((chủ trì|chu tri|chính|chinh)\)/i) && collectivesOfItsKind(specific[0], units)) {
    // One named unit and collectives of its kind ("Sở Nội vụ; các sở, ban, ngành"): the named unit
    // leads, the collectives take part. A collective of another kind ("Bộ Khoa học và Công nghệ và
    // các địa phương") leads its own part: several leads, below.
    return { lead: specific[0], partners: uniqueUnits([...units.filter((u) => u !== specific[0]), ...partners]), blanket: false, multipleLeads: false, candidates: [] };
  }
  const MARK = /\s*\((chủ trì|chu tri|chính|chinh)\)/i;
  const markedUnit = units.find((u) => MARK.test(u));
  if (markedUnit) {
    return {
      lead: markedUnit.replace(MARK, ""),
      partners: uniqueUnits([...units.filter((u) => u !== markedUnit), ...partners]),
      blanket: false,
      multipleLeads: false,
      candidates: [],
    };
  }
  return { lead: null, partners, blanket: false, multipleLeads: true, candidates: units };
}
