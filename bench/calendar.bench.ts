// Calendar throughput: HANXULY-like due dates (addWorkingDays on the default calendar, random
// start dates 2000–2040, N 1–60), NETWORKDAYS counts, and lunar conversions.
import { lunarToSolar, solarToLunar } from "../core/src/calendar/lunar.js";
import { addWorkingDays, getCalendar, workingDaysBetween } from "../core/src/calendar/workingDays.js";
import { dayFromYMD } from "../core/src/dates/day.js";
import { rng } from "./rng.js";

function perSecond(count: number, body: () => number): { rate: number; check: number } {
  body(); // warm-up
  const t0 = performance.now();
  let check = 0;
  let runs = 0;
  do {
    check += body();
    runs++;
  } while (performance.now() - t0 < 1000);
  const ms = performance.now() - t0;
  return { rate: Math.round((count * runs) / (ms / 1000)), check };
}

export async function run(): Promise<Record<string, number | string>> {
  const t0 = performance.now();
  getCalendar();
  const buildMs = performance.now() - t0;

  const N = 1_000_000;
  const random = rng(2025);
  const lo = dayFromYMD(2000, 1, 1);
  const hi = dayFromYMD(2040, 12, 31);
  const starts = new Int32Array(N);
  const ns = new Int32Array(N);
  for (let i = 0; i < N; i++) {
    starts[i] = lo + Math.floor(random() * (hi - lo + 1));
    ns[i] = 1 + Math.floor(random() * 60);
  }

  const hanxuly = perSecond(N, () => {
    let s = 0;
    for (let i = 0; i < N; i++) s += addWorkingDays(starts[i]!, ns[i]!) ?? 0;
    return s;
  });
  const networkdays = perSecond(N, () => {
    let s = 0;
    for (let i = 0; i < N; i++) s += workingDaysBetween(starts[i]!, starts[i]! + ns[i]! * 2) ?? 0;
    return s;
  });
  const withExtras = { extraDaysOff: [dayFromYMD(2025, 3, 3), dayFromYMD(2030, 6, 14)], extraWorkingDays: [dayFromYMD(2025, 3, 8)] };
  const hanxulyExtras = perSecond(N, () => {
    let s = 0;
    for (let i = 0; i < N; i++) s += addWorkingDays(starts[i]!, ns[i]!, withExtras) ?? 0;
    return s;
  });

  const L = 200_000;
  const days = new Int32Array(L);
  const first = dayFromYMD(1900, 1, 1);
  const last = dayFromYMD(2100, 12, 31);
  for (let i = 0; i < L; i++) days[i] = first + Math.floor(random() * (last - first + 1));
  const s2l = perSecond(L, () => {
    let s = 0;
    for (let i = 0; i < L; i++) s += solarToLunar(days[i]!).day;
    return s;
  });
  const lunars = Array.from(days, (d) => solarToLunar(d));
  const l2s = perSecond(L, () => {
    let s = 0;
    for (let i = 0; i < L; i++) s += lunarToSolar(lunars[i]!) ?? 0;
    return s;
  });

  return {
    hanxulyPerSecond: hanxuly.rate,
    hanxulyWithExtraDaysPerSecond: hanxulyExtras.rate,
    networkdaysPerSecond: networkdays.rate,
    solarToLunarPerSecond: s2l.rate,
    lunarToSolarPerSecond: l2s.rate,
    defaultCalendarBuildMs: Math.round(buildMs * 10) / 10,
    note: "one core; addWorkingDays/workingDaysBetween on precomputed bitmap + prefix counts (1900–2100)",
  };
}
