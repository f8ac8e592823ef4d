// A .zip of named files (fixed dates: the same inputs give the same bytes).
import JSZip from "jszip";

const FIXED_DATE = new Date(Date.UTC(2025, 0, 1));

/**
 * @param {{ name: string, data: Buffer | string }[]} files
 * @returns {Promise<Buffer>}
 */
export async function zipFiles(files) {
  const zip = new JSZip();
  for (const f of files) zip.file(f.name, f.data, { date: FIXED_DATE, createFolders: false });
  return zip.generateAsync({ type: "nodebuffer", compression: "DEFLATE", compressionOptions: { level: 9 }, platform: "UNIX" });
}
