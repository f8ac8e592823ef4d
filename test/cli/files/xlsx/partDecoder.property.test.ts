import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { PartDecoder } from "../../../../cli/src/files/xlsx/partDecoder.js";

/** `bytes` cut at the given places. */
function cut(bytes: Uint8Array, at: number[]): Uint8Array[] {
  const points = [...new Set(at.map((p) => p % (bytes.length + 1)))].sort((a, b) => a - b);
  const pieces: Uint8Array[] = [];
  let from = 0;
  for (const p of points) {
    pieces.push(bytes.subarray(from, p));
    from = p;
  }
  pieces.push(bytes.subarray(from));
  return pieces;
}

const enc = new TextEncoder();
// Parts as they come: ASCII runs (tags), Vietnamese letters (2–3 bytes), a BOM at the start or
// inside, emoji (4 bytes), stray invalid bytes.
const segment = fc.oneof(
  { weight: 4, arbitrary: fc.constantFrom('<c r="A1"><v>12</v></c>', "<row>", " ", "x".repeat(40)).map((s) => enc.encode(s)) },
  { weight: 2, arbitrary: fc.constantFrom("Sở Nội vụ", "ệ", "Đ", "🙂", "\ufeff").map((s) => enc.encode(s)) },
  { weight: 1, arbitrary: fc.uint8Array({ minLength: 1, maxLength: 3 }) },
);
const utf8Part = fc.tuple(fc.boolean(), fc.array(segment, { maxLength: 20 })).map(([bom, segs]) => {
  const parts = [...(bom ? [Uint8Array.of(0xef, 0xbb, 0xbf)] : []), ...segs];
  return Uint8Array.from(parts.flatMap((p) => [...p]));
});

function decodeAll(pieces: Uint8Array[]): string {
  const d = new PartDecoder();
  return pieces.map((p) => d.decode(p)).join("") + d.end();
}

describe("PartDecoder: ASCII pieces copied, the rest through one decoder — the same text as decoding the part whole", () => {
  it("UTF-8 parts cut anywhere", () => {
    fc.assert(
      fc.property(utf8Part, fc.array(fc.nat(), { maxLength: 10 }), (bytes, at) => {
        expect(decodeAll(cut(bytes, at))).toBe(new TextDecoder("utf-8").decode(bytes));
      }),
      { numRuns: 3000 },
    );
  });

  it("UTF-16 parts (with their byte order mark) cut anywhere", () => {
    fc.assert(
      fc.property(fc.string({ unit: "grapheme", maxLength: 30 }), fc.boolean(), fc.array(fc.nat(), { maxLength: 8 }), (text, le, at) => {
        const body = Buffer.from(text, "utf16le");
        if (!le) body.swap16();
        const bytes = Uint8Array.from([...(le ? [0xff, 0xfe] : [0xfe, 0xff]), ...body]);
        // (the first piece holds the byte order mark whole, as an inflated chunk always does)
        const pieces = cut(bytes, at.map((p) => 2 + (p % (bytes.length - 1))));
        expect(decodeAll([bytes.subarray(0, 0), ...pieces])).toBe(new TextDecoder(le ? "utf-16le" : "utf-16be").decode(bytes));
      }),
      { numRuns: 500 },
    );
  });

  it("a U+FEFF inside the text is kept when the pieces before it were plain ASCII", () => {
    const bytes = enc.encode("<a>\ufeffb</a>");
    expect(decodeAll([bytes.subarray(0, 3), bytes.subarray(3)])).toBe("<a>\ufeffb</a>");
    expect(decodeAll([enc.encode("\ufeff<a/>")])).toBe("<a/>");
  });
});
