/**
 * Just enough XML for the parts of an .xlsx: attributes, text with entities, CDATA and the
 * OOXML "_xHHHH_" escapes, and a scanner that finds elements in text that arrives piece by
 * piece (so a large worksheet is never held whole). Elements may carry a namespace prefix
 * ("<x:row>", written by some generators); the prefix found is used for the closing tag.
 */
import { LIMITS, LimitError, limitText } from "../inputs/limits.js";

/** Regex source for an element's name with any namespace prefix. */
export const prefixed = (local: string) => `(?:[A-Za-z_][\\w.-]*:)?${local}`;

/** The value of attribute `name` in the attribute text of a tag (either quote), or undefined. */
export function attr(attrs: string, name: string): string | undefined {
  if (attrs.indexOf(name) < 0) return undefined;
  let re = ATTRIBUTE.get(name);
  if (!re) {
    re = new RegExp(`(?:^|\\s)${name}\\s*=\\s*(?:"([^"]*)"|'([^']*)')`);
    ATTRIBUTE.set(name, re);
  }
  const m = re.exec(attrs);
  return m ? decodeXml(m[1] ?? m[2]) : undefined;
}

const ATTRIBUTE = new Map<string, RegExp>();

const ENTITY = /&(lt|gt|amp|quot|apos|#\d+|#x[0-9a-fA-F]+);/g;
/** OOXML escapes characters XML cannot hold as "_xHHHH_" (Excel writes a carriage return as "_x000D_"). */
const OOXML_ESCAPE = /_x([0-9a-fA-F]{4})_/g;

function codePoint(n: number): string {
  return Number.isInteger(n) && n >= 0 && n <= 0x10ffff ? String.fromCodePoint(n) : "\ufffd";
}

/** XML reads a line break written as CR LF or CR as LF (XML 1.0 §2.11); "&#13;" and "_x000D_" stay CR. */
const lineBreaks = (s: string) => (s.indexOf("\r") < 0 ? s : s.replace(/\r\n?/g, "\n"));

/** Entities and "_xHHHH_" escapes → characters. */
export function decodeXml(s: string): string {
  let out = lineBreaks(s);
  if (out.indexOf("_x") >= 0) out = out.replace(OOXML_ESCAPE, (_, h: string) => codePoint(parseInt(h, 16)));
  if (out.indexOf("&") < 0) return out;
  return out.replace(ENTITY, (_, e: string) => {
    switch (e) {
      case "lt":
        return "<";
      case "gt":
        return ">";
      case "amp":
        return "&";
      case "quot":
        return '"';
      case "apos":
        return "'";
      default:
        return codePoint(e[1] === "x" ? parseInt(e.slice(2), 16) : parseInt(e.slice(1), 10));
    }
  });
}

/** The text content of an element's inner XML that holds only text (CDATA sections kept as written). */
export function textContent(inner: string): string {
  if (inner.indexOf("<![CDATA[") < 0) return decodeXml(inner);
  return inner
    .split(/(<!\[CDATA\[[\s\S]*?\]\]>)/)
    .map((part) => (part.startsWith("<![CDATA[") ? lineBreaks(part.slice(9, -3)) : decodeXml(part)))
    .join("");
}

const PHONETIC = new RegExp(`<(${prefixed("rPh")})\\b[\\s\\S]*?<\\/\\1>`, "g");
const RUN_TEXT = new RegExp(`<(${prefixed("t")})(?:\\s[^>]*?)?(?:\\/>|>([\\s\\S]*?)<\\/\\1>)`, "g");

/**
 * Text of a string item (<si> or <is>): its <t> runs joined (rich text runs included),
 * phonetic guides (<rPh>) left out.
 */
export function runText(inner: string): string {
  const body = inner.indexOf("rPh") >= 0 ? inner.replace(PHONETIC, "") : inner;
  RUN_TEXT.lastIndex = 0;
  let out = "";
  let m: RegExpExecArray | null;
  while ((m = RUN_TEXT.exec(body)) !== null) if (m[2]) out += textContent(m[2]);
  return out;
}

/**
 * Calls `each(attrs, inner, name)` for every complete <local …>…</local> or <local …/> element
 * in `text`, as the pieces arrive (elements must not nest in themselves: rows, cells, string
 * items). `local` may be an alternation ("(?:row|mergeCell)"); `name` is the tag as written.
 * `each` may throw to stop reading.
 *
 * Linear in the text: while an element is unfinished, only each new piece is searched for its
 * end (with the few characters before it, for a tag cut in two), never the text already held;
 * an element longer than `maxChars` is refused as it streams (LimitError "elementChars").
 */
export async function eachElement(
  text: AsyncIterable<string>,
  local: string,
  each: (attrs: string, inner: string, name: string) => void,
  maxChars: number = LIMITS.elementChars,
): Promise<void> {
  const open = new RegExp(`<(${prefixed(local)})(?=[\\s/>])`, "g");
  let buf = ""; // text not yet handed on; starts with the unfinished element when there is one
  let name: string | null = null; // tag of the unfinished element at buf[0]
  let gtAt = -1; // index in buf of the ">" ending its start tag (-1: not arrived yet)
  let tail = ""; // end of the text already searched, kept for a closing tag cut in two
  for await (const piece of text) {
    const before = buf.length;
    buf = before === 0 ? piece : buf + piece;
    let pos = 0;
    if (name !== null) {
      const probe = tail + piece;
      const base = before - tail.length;
      let from = 0;
      if (gtAt < 0) {
        const gt = probe.indexOf(">");
        if (gt >= 0) {
          gtAt = base + gt;
          from = gt + 1;
          if (buf.charCodeAt(gtAt - 1) === 47 /* / */) {
            each(buf.slice(name.length + 1, gtAt - 1), "", name);
            pos = gtAt + 1;
            name = null;
          }
        }
      }
      if (name !== null && gtAt >= 0) {
        const closeTag = `</${name}>`;
        const c = probe.indexOf(closeTag, from);
        if (c >= 0) {
          const close = base + c;
          each(buf.slice(name.length + 1, gtAt), buf.slice(gtAt + 1, close), name);
          pos = close + closeTag.length;
          name = null;
        } else tail = buf.slice(Math.max(gtAt + 1, buf.length - closeTag.length + 1));
      }
      if (name !== null) {
        if (buf.length > maxChars) throw new LimitError("elementChars", limitText.element(`phần tử <${name}>`));
        continue;
      }
    }
    for (;;) {
      open.lastIndex = pos;
      const m = open.exec(buf);
      if (m === null) {
        // Keep only a possible start of the next tag (a "<" near the end).
        const lt = buf.lastIndexOf("<");
        pos = lt >= pos && buf.length - lt < 512 ? lt : buf.length;
        break;
      }
      const tagEnd = buf.indexOf(">", m.index);
      if (tagEnd < 0) {
        pos = m.index;
        name = m[1];
        gtAt = -1;
        break;
      }
      const attrsEnd = buf.charCodeAt(tagEnd - 1) === 47 /* / */ ? tagEnd - 1 : tagEnd;
      const attrs = buf.slice(m.index + m[0].length, attrsEnd);
      if (attrsEnd !== tagEnd) {
        each(attrs, "", m[1]);
        pos = tagEnd + 1;
        continue;
      }
      const closeTag = `</${m[1]}>`;
      const close = buf.indexOf(closeTag, tagEnd);
      if (close < 0) {
        pos = m.index;
        name = m[1];
        gtAt = tagEnd - m.index;
        break;
      }
      each(attrs, buf.slice(tagEnd + 1, close), m[1]);
      pos = close + closeTag.length;
    }
    buf = pos === 0 ? buf : buf.slice(pos);
    if (name !== null) {
      if (buf.length > maxChars) throw new LimitError("elementChars", limitText.element(`phần tử <${name}>`));
      tail = gtAt < 0 ? "" : buf.slice(Math.max(gtAt + 1, buf.length - name.length - 2));
    }
  }
}
