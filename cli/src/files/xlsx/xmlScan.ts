/**
 * Just enough XML for the parts of an .xlsx: attributes, text with entities, CDATA and the
 * OOXML "_xHHHH_" escapes, and a scanner that finds elements in text that arrives piece by
 * piece (so a large worksheet is never held whole). Elements may carry a namespace prefix
 * ("<x:row>", written by some generators); the prefix found is used for the closing tag.
 */

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
 */
export async function eachElement(
  text: AsyncIterable<string>,
  local: string,
  each: (attrs: string, inner: string, name: string) => void,
): Promise<void> {
  const open = new RegExp(`<(${prefixed(local)})(?=[\\s/>])`, "g");
  let buf = "";
  for await (const piece of text) {
    buf = buf.length === 0 ? piece : buf + piece;
    let pos = 0;
    for (;;) {
      open.lastIndex = pos;
      const m = open.exec(buf);
      if (m === null) {
        // Keep only a possible start of the next tag.
        const lt = buf.lastIndexOf("<");
        pos = lt < 0 ? buf.length : Math.max(pos, lt);
        break;
      }
      const tagEnd = buf.indexOf(">", m.index);
      if (tagEnd < 0) {
        pos = m.index;
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
        break;
      }
      each(attrs, buf.slice(tagEnd + 1, close), m[1]);
      pos = close + closeTag.length;
    }
    buf = buf.slice(pos);
  }
}
