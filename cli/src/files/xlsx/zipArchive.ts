/**
 * The parts of a zip file (an .xlsx is one), read from its central directory, zip64 included.
 * A part is given as a stream of text decoded with ONE streaming UTF-8 decoder per part, so a
 * Vietnamese letter whose bytes fall across two inflated chunks stays whole (exceljs 4.4's
 * WorkbookReader decodes chunk by chunk and turns such letters into "\ufffd").
 * Errors carry a short Vietnamese reason; the caller says which file and what to do.
 */
import { createReadStream } from "node:fs";
import { open } from "node:fs/promises";
import { createInflateRaw } from "node:zlib";
import { LIMITS, LimitError, limitText } from "../inputs/limits.js";
import { PartDecoder } from "./partDecoder.js";

type Handle = Awaited<ReturnType<typeof open>>;

interface ZipEntry {
  method: number;
  compressedSize: number;
  localOffset: number;
}

export interface ZipArchive {
  /** True when the zip holds a part of that name (leading "/" and letter case ignored). */
  has(name: string): boolean;
  /** The part's text, piece by piece, in order. */
  text(name: string): AsyncGenerator<string>;
  /** The part's whole text ("" when there is no such part). */
  wholeText(name: string): Promise<string>;
  close(): Promise<void>;
}

/** The reason given inside the "cannot read" message for a file that is not a readable zip. */
export class ZipFormatError extends Error {}

const LOCAL_HEADER = 0x04034b50;
const CENTRAL_HEADER = 0x02014b50;
const END_OF_CENTRAL_DIR = 0x06054b50;
const ZIP64_LOCATOR = 0x07064b50;
const ZIP64_END = 0x06064b50;
const MAX32 = 0xffffffff;

async function readAt(fh: Handle, position: number, length: number): Promise<Buffer> {
  const buf = Buffer.alloc(length);
  let done = 0;
  while (done < length) {
    const { bytesRead } = await fh.read(buf, done, length - done, position + done);
    if (bytesRead === 0) break;
    done += bytesRead;
  }
  return buf.subarray(0, done);
}

const u64 = (b: Buffer, at: number) => Number(b.readBigUInt64LE(at));

/** Where the central directory is and how many entries it has (zip64 records followed). */
async function locateDirectory(fh: Handle, size: number): Promise<{ count: number; offset: number; size: number }> {
  const tailLen = Math.min(size, 65_557);
  const tailStart = size - tailLen;
  const tail = await readAt(fh, tailStart, tailLen);
  let eocd = -1;
  for (let i = tail.length - 22; i >= 0; i--) {
    if (tail.readUInt32LE(i) === END_OF_CENTRAL_DIR) {
      eocd = i;
      break;
    }
  }
  if (eocd < 0) throw new ZipFormatError("không tìm thấy danh mục của tệp nén — tệp bị cắt cụt hoặc hỏng");
  let count = tail.readUInt16LE(eocd + 10);
  let cdSize = tail.readUInt32LE(eocd + 12);
  let cdOffset = tail.readUInt32LE(eocd + 16);
  if (count === 0xffff || cdSize === MAX32 || cdOffset === MAX32) {
    const loc = eocd - 20;
    if (loc < 0 || tail.readUInt32LE(loc) !== ZIP64_LOCATOR) throw new ZipFormatError("danh mục zip64 của tệp nén bị hỏng");
    const end = await readAt(fh, u64(tail, loc + 8), 56);
    if (end.length < 56 || end.readUInt32LE(0) !== ZIP64_END) throw new ZipFormatError("danh mục zip64 của tệp nén bị hỏng");
    count = u64(end, 32);
    cdSize = u64(end, 40);
    cdOffset = u64(end, 48);
  }
  if (cdOffset + cdSize > size) throw new ZipFormatError("danh mục của tệp nén trỏ ra ngoài tệp — tệp bị cắt cụt hoặc hỏng");
  return { count, offset: cdOffset, size: cdSize };
}

/** Sizes and offset that the 32-bit fields mark as "in the zip64 extra field". */
function zip64Fields(extra: Buffer, sizes: { uncompressed: number; compressed: number; offset: number }): void {
  let p = 0;
  while (p + 4 <= extra.length) {
    const id = extra.readUInt16LE(p);
    const len = extra.readUInt16LE(p + 2);
    if (id === 0x0001) {
      let q = p + 4;
      const take = () => {
        const v = q + 8 <= p + 4 + len ? u64(extra, q) : MAX32;
        q += 8;
        return v;
      };
      if (sizes.uncompressed === MAX32) sizes.uncompressed = take();
      if (sizes.compressed === MAX32) sizes.compressed = take();
      if (sizes.offset === MAX32) sizes.offset = take();
      return;
    }
    p += 4 + len;
  }
}

async function readDirectory(fh: Handle, size: number): Promise<Map<string, ZipEntry>> {
  const dir = await locateDirectory(fh, size);
  const cd = await readAt(fh, dir.offset, dir.size);
  const entries = new Map<string, ZipEntry>();
  let p = 0;
  for (let i = 0; i < dir.count; i++) {
    if (p + 46 > cd.length || cd.readUInt32LE(p) !== CENTRAL_HEADER) throw new ZipFormatError("danh mục của tệp nén bị hỏng");
    const flags = cd.readUInt16LE(p + 8);
    const method = cd.readUInt16LE(p + 10);
    const nameLen = cd.readUInt16LE(p + 28);
    const extraLen = cd.readUInt16LE(p + 30);
    const commentLen = cd.readUInt16LE(p + 32);
    const name = cd.toString("utf8", p + 46, p + 46 + nameLen);
    const sizes = { compressed: cd.readUInt32LE(p + 20), uncompressed: cd.readUInt32LE(p + 24), offset: cd.readUInt32LE(p + 42) };
    zip64Fields(cd.subarray(p + 46 + nameLen, p + 46 + nameLen + extraLen), sizes);
    if (flags & 1) throw new ZipFormatError(`phần "${name}" của tệp nén được mã hóa`);
    entries.set(key(name), { method, compressedSize: sizes.compressed, localOffset: sizes.offset });
    p += 46 + nameLen + extraLen + commentLen;
  }
  return entries;
}

const key = (name: string) => name.replace(/^\//, "").toLowerCase();

export async function openZipArchive(file: string): Promise<ZipArchive> {
  const fh = await open(file, "r");
  let entries: Map<string, ZipEntry>;
  try {
    entries = await readDirectory(fh, (await fh.stat()).size);
  } catch (e) {
    await fh.close();
    throw e;
  }

  let inflatedTotal = 0;

  async function* text(name: string): AsyncGenerator<string> {
    const e = entries.get(key(name));
    if (!e) return;
    if (e.method !== 0 && e.method !== 8) {
      throw new ZipFormatError(`phần "${name}" được nén theo cách công cụ chưa hỗ trợ (phương thức ${e.method})`);
    }
    const h = await readAt(fh, e.localOffset, 30);
    if (h.length < 30 || h.readUInt32LE(0) !== LOCAL_HEADER) throw new ZipFormatError(`phần "${name}" của tệp nén bị hỏng`);
    const start = e.localOffset + 30 + h.readUInt16LE(26) + h.readUInt16LE(28);
    if (e.compressedSize === 0) return;
    const raw = createReadStream(file, { start, end: start + e.compressedSize - 1, highWaterMark: 1 << 20 });
    const source = e.method === 8 ? raw.pipe(createInflateRaw({ chunkSize: 1 << 18 })) : raw;
    if (source !== raw) raw.on("error", (err) => source.destroy(err));
    const decoder = new PartDecoder(); // one decoder for the whole part: split letters stay whole
    let inflated = 0;
    try {
      for await (const chunk of source) {
        const bytes = chunk as Buffer;
        // Inflation bombs: a cap per part, in total, and on the ratio to the compressed size.
        inflated += bytes.length;
        inflatedTotal += bytes.length;
        if (inflated > LIMITS.partBytes) throw new LimitError("partBytes", limitText.part(name));
        if (inflatedTotal > LIMITS.totalBytes) throw new LimitError("totalBytes", limitText.total());
        if (inflated > LIMITS.ratioFloorBytes && inflated > LIMITS.inflateRatio * e.compressedSize) {
          throw new LimitError("inflateRatio", limitText.ratio(name));
        }
        yield decoder.decode(bytes);
      }
    } catch (err) {
      if (err instanceof LimitError) throw err;
      throw new ZipFormatError(`phần "${name}" của tệp nén bị hỏng, không giải nén được (tệp nén hỏng hoặc bị cắt cụt)`);
    } finally {
      raw.destroy();
      source.destroy();
    }
    const rest = decoder.end();
    if (rest) yield rest;
  }

  return {
    has: (name) => entries.has(key(name)),
    text,
    async wholeText(name) {
      const parts: string[] = [];
      let chars = 0;
      for await (const t of text(name)) {
        chars += t.length;
        if (chars > LIMITS.wholePartChars) throw new LimitError("wholePartChars", limitText.wholePart(name));
        parts.push(t);
      }
      return parts.join("");
    },
    close: () => fh.close(),
  };
}
