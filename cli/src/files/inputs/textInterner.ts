/**
 * The texts of one column, decoded and given to core once per distinct byte sequence: an
 * open-addressing table on a hash of the length and a few of the bytes, every hit checked
 * against all its bytes, four at a time (so two texts never share a token).
 */
export class Interner<T> {
  private slots = new Int32Array(1024); // entry index + 1, 0 = empty
  private slotHashes = new Int32Array(1024);
  private readonly bytes: Uint8Array[] = [];
  private readonly words: Int32Array[] = [];
  private readonly tokens: T[] = [];
  readonly blank: T;
  constructor(private readonly make: (text: string) => T) {
    this.blank = make("");
  }

  /** `dv` views the same bytes as `buf` (same indexes): the check compares four bytes at a time. */
  token(buf: Buffer, dv: DataView, a: number, b: number): T {
    if (a === b) return this.blank;
    const len = b - a;
    let hash = Math.imul(len ^ (buf[a] << 8) ^ (buf[b - 1] << 16), 0x9e3779b1);
    hash = Math.imul(hash ^ buf[a + (len >> 1)] ^ (buf[a + (len >> 2)] << 8) ^ ((len > 1 ? buf[b - 2] : 0) << 16), 0x85ebca6b);
    hash ^= hash >>> 15;
    const slots = this.slots;
    const mask = slots.length - 1;
    const nw = len >> 2;
    let i = hash & mask;
    for (let e = slots[i]; e !== 0; e = slots[i]) {
      if (this.slotHashes[i] === hash) {
        const bytes = this.bytes[e - 1];
        if (bytes.length === len) {
          const words = this.words[e - 1];
          let k = 0;
          while (k < nw && words[k] === dv.getInt32(a + (k << 2), true)) k++;
          if (k === nw) {
            let j = nw << 2;
            while (j < len && bytes[j] === buf[a + j]) j++;
            if (j === len) return this.tokens[e - 1];
          }
        }
      }
      i = (i + 1) & mask;
    }
    const token = this.make(buf.toString("utf8", a, b));
    // Past this many distinct values (codes in a name column?) texts are decoded each time.
    if (this.tokens.length >= 1 << 18) return token;
    const words = new Int32Array(nw);
    for (let k = 0; k < nw; k++) words[k] = dv.getInt32(a + (k << 2), true);
    this.words.push(words);
    this.bytes.push(new Uint8Array(buf.subarray(a, b)));
    this.tokens.push(token);
    slots[i] = this.tokens.length;
    this.slotHashes[i] = hash;
    if (this.tokens.length * 2 > slots.length) this.grow();
    return token;
  }

  private grow(): void {
    const old = this.slots;
    const oldHashes = this.slotHashes;
    this.slots = new Int32Array(old.length * 2);
    this.slotHashes = new Int32Array(old.length * 2);
    const mask = this.slots.length - 1;
    for (let j = 0; j < old.length; j++) {
      if (old[j] === 0) continue;
      let i = oldHashes[j] & mask;
      while (this.slots[i] !== 0) i = (i + 1) & mask;
      this.slots[i] = old[j];
      this.slotHashes[i] = oldHashes[j];
    }
  }
}
