// node bench/wasmScan/run.mjs [file.csv] — an experiment, not used by cchc: how fast a WebAssembly
// scanner (scan.ts, AssemblyScript, one byte at a time, no SIMD) cuts the 615,045-row export,
// reads its dd/mm/yyyy dates to days and hashes its text cells, reading the file in 4 MB pieces
// straight into wasm memory. Rebuild scan.wasm with:
//   npx --yes assemblyscript@0.28.20 … (asc scan.ts -O3 --noAssert --runtime stub --initialMemory 512 -o scan.wasm)
// Measured 05/12/2026 on the 2-core machine: 207–216 ms for the whole file, against ≈ 380 ms for the
// JavaScript scanner alone in a worker (cut, dates, texts interned). Not done here: interning the
// texts by their hash (JavaScript), rows core declines, quotes and other shapes (flags only).
import { existsSync, readFileSync, openSync, readSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
const wasm = await WebAssembly.instantiate(readFileSync(new URL("./scan.wasm", import.meta.url)), { env: { abort() { throw new Error("abort"); } } });
const { scan, memory } = wasm.instance.exports;
memory.grow(512); // pages of 64 KB → 64 MB total
const mem = new Uint8Array(memory.buffer);
// The bench export's columns (bench/generateDossiers.ts): STT, code, unit, staff, 4 dates, status,
// channel, supplement count, 2 dates, payment. Kind per column: 0 skip, 1 text, 2 date, 3 count.
const plan = [0,0,1,0,2,2,2,2,1,1,3,2,2,1];
const slots = [0,0,1,0,0,1,2,3,0,3,0,5,6,4];
for (let i = 0; i < plan.length; i++) { mem[i] = plan[i]; mem[256 + i] = slots[i]; }
const IN = 1 << 20, PIECE = 4 << 20, OUT = IN + PIECE + (1 << 16) + 1024;
const file = process.argv[2] ?? join(tmpdir(), "cchc-bench-ratios", "ho-so-2022.csv");
if (!existsSync(file)) throw new Error(`${file}: run node bench/ratios.mjs once to generate it`);
const fd = openSync(file, "r");
let total = 0, pos = 0, rowsAll = 0;
const t = performance.now();
let carry = 0;
for (;;) {
  const view = new Uint8Array(memory.buffer, IN + carry, PIECE);
  const n = readSync(fd, view, 0, PIECE, pos);
  if (n === 0) break;
  pos += n;
  const end = carry + n;
  const buf = new Uint8Array(memory.buffer, IN, end);
  const last = buf.lastIndexOf(10);
  const rows = scan(IN, last + 1, OUT, 14, 44);
  rowsAll += rows;
  // carry
  const rest = end - (last + 1);
  mem.copyWithin(IN, IN + last + 1, IN + end);
  carry = rest;
}
console.log("rows", rowsAll, "ms", (performance.now() - t).toFixed(0));
