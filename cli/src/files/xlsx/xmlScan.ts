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

const PRESERVE = '<t xml:space="preserve">';
const PHONETIC = new RegExp(`<(${prefixed("rPh")})\\b[\\s\\S]*?<\\/\\1>`, "g");
const RUN_TEXT = new RegExp(`<(${prefixed("t")})(?:\\s[^>]*?)?(?:\\/>|>([\\s\\S]*?)<\\/\\1>)`, "g");

/**
 * Text of a string item (<si> or <is>): its <t> runs joined (rich text runs included),
 * phonetic guides (<rPh>) left out.
 */
export function runText(inner: string): string {
  // The usual item, one plain run "<t>…</t>" (or "<t xml:space="preserve">…</t>") with no markup
  // inside: read without the regular expressions (same text).
  const open = inner.startsWith("<t>") ? 3 : inner.startsWith(PRESERVE) ? PRESERVE.length : 0;
  if (open > 0) {
    const lt = inner.indexOf("<", open);
    if (lt === inner.length - 4 && inner.endsWith("</t>")) return lt === open ? "" : textContent(inner.slice(open, lt));
  }
  const body = inner.indexOf("rPh") >= 0 ? inner.replace(PHONETIC, "") : inner;
  RUN_TEXT.lastIndex = 0;
  let out = "";
  let m: RegExpExecArray | null;
  while ((m = RUN_TEXT.exec(body)) !== null) if (m[2]) out += textContent(m[2]);
  return out;
}

/**
 * Calls `each(attrs, inner, name)` for every complete <local …>…</local> or <local …/> element
 * in `text`, as the pieces arrive: eachElementSpan, with the attribute text and inner XML cut out.
 */
export async function eachElement(
  text: AsyncIterable<string>,
  local: string,
  each: (attrs: string, inner: string, name: string) => void,
  maxChars: number = LIMITS.elementChars,
): Promise<void> {
  await eachElementSpan(text, local, (s, attrsStart, attrsEnd, innerStart, innerEnd, name) => each(s.slice(attrsStart, attrsEnd), s.slice(innerStart, innerEnd), name), maxChars);
}

/**
 * Calls `each(s, attrsStart, attrsEnd, innerStart, innerEnd, name)` for every complete <local …>…</local> or <local …/> element
 * in `text`, as the pieces arrive (elements must not nest in themselves: rows, cells, string
 * items). `local` may be an alternation ("(?:row|mergeCell)"); `name` is the tag as written.
 * The attribute text is s.slice(attrsStart, attrsEnd), the inner XML s.slice(innerStart,
 * innerEnd) (empty for <local …/>): read in place, without cutting them out of the piece.
 * `each` may throw to stop reading.
 *
 * Linear in the text: while an element is unfinished, only each new piece is searched for its
 * end (with the few characters before it, for a tag cut in two), never the text already held;
 * an element longer than `maxChars` is refused as it streams (LimitError "elementChars").
 * A piece is never joined whole to the text before it (joining, then searching, copies the
 * piece again): the element cut by the piece's start is finished from its head, and the rest
 * of the piece is searched as it is.
 */
export async function eachElementSpan(
  text: AsyncIterable<string>,
  local: string,
  each: (s: string, attrsStart: number, attrsEnd: number, innerStart: number, innerEnd: number, name: string) => void,
  maxChars: number = LIMITS.elementChars,
): Promise<void> {
  const open = new RegExp(`<(${prefixed(local)})(?=[\\s/>])`, "g");
  let carry = ""; // the unfinished element (from its "<") when `name` is set; else a possible start of a tag
  let name: string | null = null; // tag of the unfinished element
  let gtAt = -1; // index in carry of the ">" ending its start tag (-1: not arrived yet)
  let tail = ""; // end of carry after gtAt, kept for a closing tag cut in two
  let lastName = ""; // name of the last start tag found, "<" + it, and its closing tag
  let lastOpen = "";
  let lastClose = "";
  const tooLong = (tag: string) => new LimitError("elementChars", limitText.element(`phần tử <${tag}>`));
  for await (const piece of text) {
    let buf = piece;
    let pos = 0;
    if (name !== null) {
      // The element cut by the previous piece's end: its end is searched in this piece only.
      let from = 0; // where in `piece` the closing tag may start
      let done = false;
      if (gtAt < 0) {
        const gt = piece.indexOf(">");
        if (gt >= 0) {
          gtAt = carry.length + gt;
          from = gt + 1;
          const slash = gt > 0 ? piece.charCodeAt(gt - 1) === 47 : carry.charCodeAt(carry.length - 1) === 47;
          if (slash) {
            const whole = carry + piece.slice(0, gt);
            each(whole, name.length + 1, gtAt - 1, gtAt, gtAt, name);
            pos = gt + 1;
            done = true;
          }
        }
      }
      if (!done && gtAt >= 0) {
        const closeTag = `</${name}>`;
        // A closing tag begun at the end of carry (after the start tag)?
        const across = from === 0 && tail !== "" ? (tail + piece.slice(0, closeTag.length - 1)).indexOf(closeTag) : -1;
        if (across >= 0) {
          const close = carry.length - tail.length + across;
          each(carry, name.length + 1, gtAt, gtAt + 1, close, name);
          pos = across + closeTag.length - tail.length;
          done = true;
        } else {
          const c = piece.indexOf(closeTag, from);
          if (c >= 0) {
            const whole = carry + piece.slice(0, c);
            each(whole, name.length + 1, gtAt, gtAt + 1, whole.length, name);
            pos = c + closeTag.length;
            done = true;
          }
        }
      }
      if (!done) {
        carry += piece;
        if (carry.length > maxChars) throw tooLong(name);
        if (gtAt >= 0) {
          const closeLen = name.length + 3;
          const src = piece.length >= closeLen ? piece : tail + piece; // ends carry; starts after gtAt when it is tail + piece
          const srcStart = carry.length - src.length;
          tail = src.slice(Math.max(0, gtAt + 1 - srcStart, carry.length - closeLen + 1 - srcStart));
        }
        continue;
      }
      name = null;
      carry = "";
      tail = "";
    } else if (carry !== "") buf = carry + piece; // a short possible start of a tag ("<ro"), rare
    for (;;) {
      // Elements mostly follow one another ("</row><row r=…"): the same start tag right here is
      // taken without the regular expression (it would match here, with this name).
      let at: number; // where the start tag is, -1: none
      const after = buf.charCodeAt(pos + lastOpen.length);
      if (lastOpen !== "" && buf.startsWith(lastOpen, pos) && (after === 32 || after === 62 || after === 47 || after === 9 || after === 10 || after === 13)) {
        at = pos;
      } else {
        open.lastIndex = pos;
        const m = open.exec(buf);
        at = m === null ? -1 : m.index;
        if (m !== null && m[1] !== lastName) {
          lastName = m[1];
          lastOpen = m[0];
          lastClose = `</${lastName}>`;
        }
      }
      if (at < 0) {
        // Keep only a possible start of the next tag (a "<" near the end).
        const lt = buf.lastIndexOf("<");
        carry = lt >= pos && buf.length - lt < 512 ? buf.slice(lt) : "";
        break;
      }
      const tagEnd = buf.indexOf(">", at);
      if (tagEnd < 0) {
        name = lastName;
        gtAt = -1;
        carry = buf.slice(at);
        tail = "";
        break;
      }
      const attrsEnd = buf.charCodeAt(tagEnd - 1) === 47 /* / */ ? tagEnd - 1 : tagEnd;
      const attrsStart = at + lastOpen.length;
      if (attrsEnd !== tagEnd) {
        each(buf, attrsStart, attrsEnd, tagEnd, tagEnd, lastName);
        pos = tagEnd + 1;
        continue;
      }
      const closeTag = lastClose;
      const close = buf.indexOf(closeTag, tagEnd);
      if (close < 0) {
        name = lastName;
        gtAt = tagEnd - at;
        carry = buf.slice(at);
        tail = carry.slice(Math.max(gtAt + 1, carry.length - closeTag.length + 1));
        break;
      }
      each(buf, attrsStart, attrsEnd, tagEnd + 1, close, lastName);
      pos = close + closeTag.length;
    }
    if (name !== null && carry.length > maxChars) throw tooLong(name);
  }
}
