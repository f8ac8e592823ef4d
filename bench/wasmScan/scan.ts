// Experiment (bench/wasmScan/run.mjs, not used by cchc): cut the lines and fields of a CSV piece in
// wasm memory, read dd/mm/yyyy dates to days (days since 1970-01-01, 1900–2100), hash text cells
// (FNV-1a). A row record per line: start, LF, flags (1 quote/CR, 2 invalid date, 4 other date
// shape), 7 days, then per text slot its start, length and hash.
// Column plan at [0,256): kind per column (0 skip, 1 text, 2 date, 3 count); slot at [256,512).
const REC: i32 = 28; // i32 per row
@inline function digit(c: u32): bool { return c - 48 < 10; }
@inline function daysFromCivil(y: i32, m: i32, d: i32): i32 {
  y -= m <= 2 ? 1 : 0;
  const era = (y >= 0 ? y : y - 399) / 400;
  const yoe = y - era * 400;
  const mp = (m + 9) % 12;
  const doy = (153 * mp + 2) / 5 + d - 1;
  const doe = yoe * 365 + yoe / 4 - yoe / 100 + doy;
  return era * 146097 + doe - 719468;
}
@inline function dim(y: i32, m: i32): i32 {
  if (m == 2) return (y % 4 == 0 && (y % 100 != 0 || y % 400 == 0)) ? 29 : 28;
  return (m == 4 || m == 6 || m == 9 || m == 11) ? 30 : 31;
}
export function scan(inPtr: usize, len: i32, outPtr: usize, width: i32, delim: u32): i32 {
  let p: i32 = 0;
  let rows: i32 = 0;
  while (p < len) {
    const rec = outPtr + <usize>(rows * REC * 4);
    store<i32>(rec, p);
    let flags: i32 = 0;
    for (let s = 0; s < 7; s++) store<i32>(rec + 12 + (s << 2), -2147483648);
    let n: i32 = 0;
    let a = p;
    let c: u32 = 0;
    let b = a;
    while (true) {
      // find field end
      b = a;
      c = load<u8>(inPtr + b);
      while (c != delim && c != 10 && c != 13 && c != 34) { b++; c = load<u8>(inPtr + b); }
      if (c == 34 || c == 13) { flags |= 1; }
      if (n < width) {
        const kind = load<u8>(n);
        const slot = <i32>load<u8>(256 + n);
        if (kind == 2 && b > a) {
          const l = b - a;
          const q = inPtr + a;
          if ((l == 10 || l == 16 || l == 19) && load<u8>(q + 2) == 47 && load<u8>(q + 5) == 47) {
            const d = (<i32>load<u8>(q) - 48) * 10 + (<i32>load<u8>(q + 1) - 48);
            const m = (<i32>load<u8>(q + 3) - 48) * 10 + (<i32>load<u8>(q + 4) - 48);
            const y = (<i32>load<u8>(q + 6) - 48) * 1000 + (<i32>load<u8>(q + 7) - 48) * 100 + (<i32>load<u8>(q + 8) - 48) * 10 + (<i32>load<u8>(q + 9) - 48);
            if (m >= 1 && m <= 12 && d >= 1 && y >= 1900 && y <= 2100 && d <= dim(y, m)) store<i32>(rec + 12 + (slot << 2), daysFromCivil(y, m, d));
            else flags |= 2;
          } else flags |= 4;
        } else if (kind == 1) {
          let h: u32 = 2166136261;
          for (let i = a; i < b; i++) h = (h ^ load<u8>(inPtr + i)) * 16777619;
          store<i32>(rec + 40 + slot * 12, a);
          store<i32>(rec + 44 + slot * 12, b - a);
          store<u32>(rec + 48 + slot * 12, h);
        }
      }
      n++;
      if (c != delim) break;
      a = b + 1;
    }
    // to the end of the line
    while (c != 10) { b++; c = load<u8>(inPtr + b); }
    store<i32>(rec + 4, b);
    store<i32>(rec + 8, flags);
    p = b + 1;
    rows++;
  }
  return rows;
}
