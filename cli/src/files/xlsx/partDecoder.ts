/**
 * One part's bytes → its text, piece by piece, with ONE streaming decoder for the whole part (a
 * Vietnamese letter whose bytes fall across two pieces stays whole). XML parts are UTF-8, or
 * UTF-16 with a byte order mark (allowed, rarely written).
 *
 * A worksheet is mostly ASCII (tags, numbers, shared-string indexes): a UTF-8 piece made only of
 * ASCII bytes, met while no letter is left half-read, is copied byte for byte (Latin-1), about
 * twice as fast as the decoder, and the same text.
 */
import { isAscii } from "node:buffer";

export class PartDecoder {
  private decoder: InstanceType<typeof TextDecoder> | undefined;
  private utf8 = true;
  private started = false;
  /** Bytes already taken without the decoder (then a decoder opened later must keep a U+FEFF it meets). */
  private copied = false;
  /** True while the last byte decoded ended a character (no letter left half-read in the decoder). */
  private whole = true;

  /** The text of the next piece of the part. */
  decode(bytes: Uint8Array): string {
    if (!this.started && bytes.length > 0) {
      // The byte order mark of a UTF-16 part is looked for in its first bytes.
      this.started = true;
      const utf16 = bytes[0] === 0xff && bytes[1] === 0xfe ? "utf-16le" : bytes[0] === 0xfe && bytes[1] === 0xff ? "utf-16be" : null;
      if (utf16 !== null) {
        this.utf8 = false;
        this.decoder = new TextDecoder(utf16);
      }
    }
    if (this.utf8 && this.whole && isAscii(bytes)) {
      if (bytes.length > 0) this.copied = true;
      return Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength).toString("latin1");
    }
    // The byte order mark is dropped only at the very start of the part.
    this.decoder ??= new TextDecoder("utf-8", { ignoreBOM: this.copied });
    if (this.utf8 && bytes.length > 0) this.whole = bytes[bytes.length - 1] < 0x80;
    return this.decoder.decode(bytes, { stream: true });
  }

  /** What is left at the end of the part ("\ufffd" for a letter cut short). */
  end(): string {
    return this.decoder?.decode() ?? "";
  }
}
