/**
 * The element scanner as it was before the speed work of issue 16 (commit 945d207), kept as the
 * reference the faster one (cli/src/files/xlsx/xmlScan.ts) is checked against.
 */
import { LIMITS, LimitError, limitText } from "../../../../cli/src/files/inputs/limits.js";
import { prefixed } from "../../../../cli/src/files/xlsx/xmlScan.js";

export async function eachElementReference(
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
