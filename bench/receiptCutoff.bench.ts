// HANXULY with a receipt cut-off through the catalogue (what a spreadsheet column costs): one
// evaluate over a column of 100,000 receipts (random days 2000–2040, N 1–60), as Excel passes
// them (serials, a third with a time of day) and as text "dd/mm/yyyy HH:mm"; with and without
// the cut-off "15:00". Cells per second, one core, median of 5 one-second windows.
import { evaluate, findFunction, type CellArg } from "../core/src/index.js";
import { rng } from "./rng.js";

function cellsPerSecond(cells: number, body: () => void): number {
  body(); // warm-up
  const rates: number[] = [];
  for (let w = 0; w < 5; w++) {
    const t0 = performance.now();
    let runs = 0;
    do {
      body();
      runs++;
    } while (performance.now() - t0 < 1000);
    rates.push((cells * runs) / ((performance.now() - t0) / 1000));
  }
  rates.sort((a, b) => a - b);
  return Math.round(rates[2]);
}

export async function run(): Promise<Record<string, number | string>> {
  const spec = findFunction("HANXULY")!;
  const rand = rng(20250124);
  const ROWS = 100_000;
  const serials: CellArg = [];
  const texts: CellArg = [];
  const days: CellArg = [];
  for (let i = 0; i < ROWS; i++) {
    const serial = 36526 + Math.floor(rand() * 14_975); // 2000-01-01 … 2040-12-31
    const minutes = i % 3 === 0 ? 420 + Math.floor(rand() * 660) : 0; // 07:00–18:00 for a third
    serials.push([serial + minutes / 1440]);
    const d = new Date((serial - 25569) * 86_400_000);
    const hh = String(Math.floor(minutes / 60)).padStart(2, "0");
    const mm = String(minutes % 60).padStart(2, "0");
    texts.push([`${String(d.getUTCDate()).padStart(2, "0")}/${String(d.getUTCMonth() + 1).padStart(2, "0")}/${d.getUTCFullYear()}${minutes ? ` ${hh}:${mm}` : ""}`]);
    days.push([1 + Math.floor(rand() * 60)]);
  }
  const check = evaluate(spec, [serials, days, null, "15:00"]) as unknown[][];
  if (!Array.isArray(check) || check.some((r) => typeof r[0] !== "number")) throw new Error("HANXULY bench: unexpected result");
  return {
    serialsNoCutoffCellsPerSecond: cellsPerSecond(ROWS, () => void evaluate(spec, [serials, days])),
    serialsCutoffCellsPerSecond: cellsPerSecond(ROWS, () => void evaluate(spec, [serials, days, null, "15:00"])),
    textNoCutoffCellsPerSecond: cellsPerSecond(ROWS, () => void evaluate(spec, [texts, days])),
    textCutoffCellsPerSecond: cellsPerSecond(ROWS, () => void evaluate(spec, [texts, days, null, "15:00"])),
    note: "evaluate(HANXULY) over a 100,000-row column; a third of the receipts carry a time 07:00–18:00",
  };
}
