/**
 * What kind of file is this, really? Decided by the first bytes (magic numbers), not by the
 * name: users rename files, and provincial software exports HTML or CSV under ".xls".
 */
export type FileKind =
  | "xlsx" // a zip container (PK\x03\x04)
  | "ods" // an OpenDocument spreadsheet (zip with that mimetype)
  | "ole-encrypted" // an OLE2 container holding an encrypted OOXML package (password)
  | "ole-xls" // an OLE2 container: legacy .xls (Excel 97–2003) or another Office file
  | "html" // an HTML page saved as .xls
  | "text" // anything that decodes as text: read as CSV
  | "binary" // something else
  | "empty";

const OLE2 = [0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1];

function startsWith(buf: Uint8Array, bytes: number[]): boolean {
  if (buf.length < bytes.length) return false;
  return bytes.every((b, i) => buf[i] === b);
}

function containsUtf16(buf: Uint8Array, word: string): boolean {
  const needle = Buffer.from(word, "utf16le");
  return Buffer.from(buf.buffer, buf.byteOffset, buf.byteLength).indexOf(needle) >= 0;
}

/**
 * `head` is the start of the file (a few KB is enough for zip/HTML/text); for OLE2 pass the
 * whole file (or as much as is cheap): the names of its streams ("EncryptedPackage") sit in
 * the directory sectors, which can be anywhere.
 */
export function sniffFormat(head: Uint8Array): FileKind {
  if (head.length === 0) return "empty";
  if (startsWith(head, [0x50, 0x4b, 0x03, 0x04])) {
    // ODS stores its mimetype uncompressed as the first entry.
    const text = Buffer.from(head.subarray(0, 200)).toString("latin1");
    return text.includes("application/vnd.oasis.opendocument.spreadsheet") ? "ods" : "xlsx";
  }
  if (startsWith(head, OLE2)) {
    return containsUtf16(head, "EncryptedPackage") || containsUtf16(head, "EncryptionInfo")
      ? "ole-encrypted"
      : "ole-xls";
  }
  // UTF-16 text (Excel's "Unicode text" export) has a BOM.
  if (startsWith(head, [0xff, 0xfe]) || startsWith(head, [0xfe, 0xff])) return "text";
  const sample = Buffer.from(head.subarray(0, 4096)).toString("utf8").replace(/^\ufeff/, "");
  if (/^\s*<(!doctype\s+html|html|table|\?xml[^>]*>\s*<html)/i.test(sample)) return "html";
  // Text: no NUL bytes in the sample (UTF-8 or a legacy 8-bit code page).
  const probe = head.subarray(0, 4096);
  for (let i = 0; i < probe.length; i++) if (probe[i] === 0) return "binary";
  return "text";
}
