/** The intern table of the fast CSV path: equal bytes give one token, different bytes never share one. */
import { describe, expect, it } from "vitest";
import fc from "fast-check";
import type { PreReadText } from "../../core/src/dossiers/preReadRow.js";
import { Interner } from "../../cli/src/files/inputs/textInterner.js";

const make = (text: string): PreReadText => ({ text, status: null, online: null, paid: null, name: text, groupKey: "" });
const at = (i: Interner<PreReadText>, bytes: Buffer) => {
  // The field sits inside a line, as in the scanner.
  const line = Buffer.concat([Buffer.from("x,"), bytes, Buffer.from(",y\n")]);
  return i.token(line, new DataView(line.buffer, line.byteOffset, line.length), 2, 2 + bytes.length);
};

describe("Interner", () => {
  it("texts alike in every byte the hash looks at are still told apart", () => {
    const i = new Interner(make);
    // 23 bytes: the hash samples bytes 0, 5, 11, 21, 22 and the length; these differ at byte 12 only.
    const a = at(i, Buffer.from("Sở Y tế phòng A1 x"));
    const b = at(i, Buffer.from("Sở Y tế qhòng A1 x"));
    expect(a.text).toBe("Sở Y tế phòng A1 x");
    expect(b.text).toBe("Sở Y tế qhòng A1 x");
    expect(at(i, Buffer.from("Sở Y tế phòng A1 x"))).toBe(a);
    expect(at(i, Buffer.from("Sở Y tế qhòng A1 x"))).toBe(b);
    expect(at(i, Buffer.alloc(0))).toBe(i.blank);
    expect(i.blank.text).toBe("");
  });

  it("any texts: one token per distinct text, its text exact (fast-check, thousands of values)", () => {
    fc.assert(
      fc.property(fc.array(fc.string({ unit: "grapheme", maxLength: 12 }), { minLength: 1, maxLength: 3000 }), (texts) => {
        const i = new Interner(make);
        const seen = new Map<string, PreReadText>();
        for (const t of [...texts, ...texts]) {
          const token = at(i, Buffer.from(t));
          expect(token.text).toBe(t);
          const before = seen.get(t);
          if (before) expect(token).toBe(before);
          else seen.set(t, token);
        }
      }),
      { numRuns: 40 },
    );
  });
});
