/**
 * The names a unit text is cut by: the public bodies of publicBodies.ts plus names learned from
 * the table being read (a name that stands alone in a cell of another row is one unit). Names are
 * kept in a word trie on folded words; a match is the longest name starting at a word.
 */
import { cleanText } from "../text/normalize.js";
import { PUBLIC_BODIES, type PublicBody } from "./publicBodies.js";
import { gapBetween, unitWordsOf, type UnitWord } from "./unitWords.js";

interface Node {
  next: Map<string, Node>;
  /** A comma may stand before this word (the name has a comma or a dash there: "Văn hóa, Thể thao", "Lao động – Thương binh"). */
  commaOk?: boolean;
  /** Set on the last word of a name: the canonical key (the official name's words) and the body. */
  canonical?: string;
  body?: PublicBody;
}

export interface NameMatch {
  /** Number of words matched. */
  length: number;
  /** Canonical key: the folded words of the official name (aliases map to it). */
  canonical: string;
  /** The body, when the name comes from the list (undefined for a learned name). */
  body?: PublicBody;
}

function newNode(): Node {
  return { next: new Map() };
}

function keysOf(name: string): string[] {
  return unitWordsOf(cleanText(name)).map((w) => w.key);
}

function insert(root: Node, name: string, canonical: string, body?: PublicBody): void {
  const text = cleanText(name);
  const words = unitWordsOf(text);
  if (words.length === 0) return;
  let node = root;
  words.forEach((w, i) => {
    let n = node.next.get(w.key);
    if (n === undefined) {
      n = newNode();
      node.next.set(w.key, n);
    }
    if (i > 0 && /[,\-–—&/]/.test(text.slice(words[i - 1]!.end, w.start))) n.commaOk = true;
    node = n;
  });
  if (node.canonical === undefined) {
    node.canonical = canonical;
    node.body = body;
  }
}

let baseTrie: Node | null = null;

function base(): Node {
  if (baseTrie === null) {
    const root = newNode();
    for (const b of PUBLIC_BODIES) {
      const canonical = keysOf(b.name).join(" ");
      insert(root, b.name, canonical, b);
      for (const a of b.aliases ?? []) insert(root, a, canonical, b);
    }
    baseTrie = root;
  }
  return baseTrie;
}

function walk(root: Node, text: string, words: readonly UnitWord[], i: number): NameMatch | null {
  let node: Node | undefined = root;
  let best: NameMatch | null = null;
  const depth = words[i]?.depth ?? 0;
  for (let j = i; j < words.length && node !== undefined; j++) {
    const w = words[j]!;
    if (w.depth !== depth) break;
    const gap = j > i ? gapBetween(text, words[j - 1]!, w) : "none";
    if (gap === "hard") break;
    node = node.next.get(w.key);
    // "Ban Dân tộc, Tỉnh đoàn" is two units: a comma only where the name itself has one.
    if (gap === "comma" && node?.commaOk !== true) break;
    if (node?.canonical !== undefined) best = { length: j - i + 1, canonical: node.canonical, body: node.body };
  }
  return best;
}

/** Known names (the public-body list plus names learned from a table). Immutable once built. */
export class UnitNames {
  private readonly learned: Node | null;
  readonly learnedNames: readonly string[];
  /** splitUnits results for these names, by input text (bounded). */
  readonly cache = new Map<string, readonly string[]>();
  /** Spans of known names by text (bounded), for the responsibility reader. */
  readonly spans = new Map<string, [number, number][]>();
  /** unitKey results for these names, by unit text (bounded). */
  readonly keys = new Map<string, string>();
  /** One string naming the learned names (a cache key). */
  readonly key: string;

  constructor(learned: readonly string[] = []) {
    const names = [...new Set(learned.map((n) => cleanText(n)).filter((n) => n !== ""))];
    this.learnedNames = names;
    this.key = names.join("\u0001");
    if (names.length === 0) {
      this.learned = null;
    } else {
      const root = newNode();
      for (const n of names) insert(root, n, keysOf(n).join(" "));
      this.learned = root;
    }
  }

  /** Keep a splitUnits result (the cache is cleared when it grows past 20 000 texts). */
  remember(text: string, units: readonly string[]): void {
    if (this.cache.size >= 20_000) this.cache.clear();
    this.cache.set(text, Object.freeze([...units]));
  }

  /** Longest known name starting at word i (learned names win ties: the table knows best). */
  match(text: string, words: readonly UnitWord[], i: number): NameMatch | null {
    const a = walk(base(), text, words, i);
    const b = this.learned === null ? null : walk(this.learned, text, words, i);
    if (b !== null && (a === null || b.length >= a.length)) return b;
    return a;
  }
}

/** The list alone, shared. */
export const PUBLIC_BODY_NAMES = new UnitNames();
