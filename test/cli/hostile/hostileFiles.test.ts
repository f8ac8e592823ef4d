/**
 * A bad-input attack, replayed: every hostile file is generated here and run through the
 * bundled CLI in a child process. Each must be answered in ≤ 10 s and ≤ 1 GB with exit 1 or 2
 * and a Vietnamese message naming what is wrong (never a crash, a hang, an English or internal
 * text); an export with a bad row lists it as invalid and goes on.
 */
import { createHash } from "node:crypto";
import { chmodSync, mkdirSync, readFileSync, rmSync, symlinkSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { csvLine, DOSSIER_HEADER, province2022Rows } from "../../../bench/generateDossiers.js";
import { runCli } from "../runCli.js";
import { appendixRows, buildCli, cell, type Run, runBundle, sheetClose, sheetOpen, xlsxParts, zip } from "./hostileFiles.js";

let dir = "";
let bundle = "";
beforeAll(async () => {
  ({ dir, bundle } = await buildCli());
}, 60_000);
afterAll(() => rmSync(dir, { recursive: true, force: true }));

const VIETNAMESE = /[àáảãạăằắẳẵặâầấẩẫậđèéẻẽẹêềếểễệìíỉĩịòóỏõọôồốổỗộơờớởỡợùúủũụưừứửữựỳýỷỹỵ]/i;
const INTERNAL = /\b(Error|ENOENT|EACCES|ELOOP|ENAMETOOLONG|EEXIST|undefined|Infinity|NaN|invalid|at \S+ \()/;

/** The contract for a refused input: exit 1 or 2, quickly, in bounded memory, said in Vietnamese. */
function expectRefused(r: Run, message: RegExp): void {
  expect(r.signal, r.stderr).toBeNull();
  expect([1, 2], r.stderr).toContain(r.status);
  expect(r.stderr).toMatch(message);
  expect(r.stderr).toMatch(VIETNAMESE);
  expect(r.stderr).not.toMatch(INTERNAL);
  expect(r.ms).toBeLessThan(10_000);
  expect(r.rssMB).toBeLessThan(1024);
}

const write = (name: string, data: Buffer | string): string => {
  const f = join(dir, name);
  writeFileSync(f, data);
  return f;
};
const xlsx = (name: string, sheet: Buffer | string, shared?: Buffer | string) => write(name, zip(xlsxParts(sheet, shared)));

const PERIOD = ["--from", "2022-01-01", "--to", "2022-12-31"];
/** The three commands that read a user's table or export. */
const readers = (file: string) => [
  ["validate", file, "--year", "2025"],
  ["summary", file, "--year", "2025", "--as-of", "2025-09-30"],
  ["dossiers", file, ...PERIOD],
];

/** The first `n` rows of the generated 2022 export, header included, as CSV lines. */
function exportLines(n: number): string[] {
  const out: string[] = [];
  for (const row of province2022Rows()) {
    out.push(csvLine(row));
    if (out.length > n) break;
  }
  return out;
}

describe("hostile .xlsx files", () => {
  it("a far column reference (ZZZZZZZ3) is refused naming XFD, in validate, summary and dossiers", () => {
    const f = xlsx("cot-xa.xlsx", `${sheetOpen}${appendixRows(`<row r="3">${cell("ZZZZZZZ3", "x")}</row>`)}${sheetClose}`);
    expect(readFileSync(f).length).toBeLessThan(4096);
    for (const args of readers(f)) expectRefused(runBundle(bundle, args), /ô ZZZZZZZ3 nằm ngoài cột cuối cùng của Excel \(XFD, cột thứ 16\.384\)/);
    // Just past XFD too, and a cell without "r" counted past it.
    const g = xlsx("cot-xfe.xlsx", `${sheetOpen}${appendixRows(`<row r="3">${cell("XFE3", "x")}</row>`)}${sheetClose}`);
    expectRefused(runBundle(bundle, ["validate", g]), /ô XFE3 .*XFD/);
  });

  it("one huge element (a 40 MB cell inside a small file) is refused as it streams", () => {
    const f = xlsx("o-khong-lo.xlsx", `${sheetOpen}${appendixRows(`<row r="3">${cell("B3", "a".repeat(40 << 20))}</row>`)}${sheetClose}`);
    expect(readFileSync(f).length).toBeLessThan(200_000);
    for (const args of readers(f)) expectRefused(runBundle(bundle, args), /phần tử <row> dài quá giới hạn 8 triệu ký tự/);
  });

  it("many repeated rows (row 2 again and again) are refused at the first repeat", () => {
    const again = `<row r="2">${cell("A2", "1")}${cell("B2", "x")}</row>`.repeat(400_000);
    const f = xlsx("dong-lap.xlsx", `${sheetOpen}${appendixRows(again)}${sheetClose}`);
    for (const args of readers(f)) expectRefused(runBundle(bundle, args), /dòng 2 xuất hiện lại sau dòng 2/);
  });

  it("rows past Excel's last row are refused (dossiers: no row limit of its own below it)", () => {
    const rows = `<row><c t="inlineStr"><is><t>1</t></is></c></row>`.repeat(1_048_600);
    const f = xlsx("qua-nhieu-dong.xlsx", `${sheetOpen}${rows}${sheetClose}`);
    expectRefused(runBundle(bundle, ["dossiers", f, ...PERIOD]), /dòng 1\.048\.577 vượt quá dòng cuối cùng của Excel/);
    expectRefused(runBundle(bundle, ["validate", f]), /hơn 100\.000 dòng/);
  });

  it("an inflation bomb (100 MB of nothing in a few hundred KB) is refused by the compression ratio", () => {
    const f = xlsx("bom-nen.xlsx", `${sheetOpen}${" ".repeat(100 << 20)}${sheetClose}`);
    expect(readFileSync(f).length).toBeLessThan(300_000);
    for (const args of readers(f)) expectRefused(runBundle(bundle, args), /gấp hơn 200 lần kích thước nén.*bom nén/);
  });

  it("a huge shared string is refused: 20 MB as an element, 40,000 characters as a cell", () => {
    const sheet = `${sheetOpen}<row r="1"><c r="A1" t="s"><v>0</v></c></row>${sheetClose}`;
    const big = xlsx("chuoi-lon.xlsx", sheet, `<sst ${'xmlns="x"'}><si><t>${"b".repeat(20 << 20)}</t></si></sst>`);
    for (const args of readers(big)) expectRefused(runBundle(bundle, args), /phần tử <si> dài quá giới hạn/);
    const long = xlsx("chuoi-dai.xlsx", sheet, `<sst><si><t>${"c".repeat(40_000)}</t></si></sst>`);
    expectRefused(runBundle(bundle, ["validate", long]), /chuỗi dùng chung thứ 1 dài 40\.000 ký tự, quá giới hạn 32\.767 ký tự/);
  });

  it("truncated and corrupt zips are named as damaged, without zlib's English", () => {
    const good = zip(xlsxParts(`${sheetOpen}${appendixRows()}${sheetClose}`));
    const cut = write("cat-cut.xlsx", good.subarray(0, Math.floor(good.length / 2)));
    for (const args of readers(cut)) expectRefused(runBundle(bundle, args), /tệp bị cắt cụt hoặc hỏng/);
    // Garbage in the middle of the worksheet's deflated bytes.
    const sheetText = `${sheetOpen}${appendixRows()}${"<row/>".repeat(2000)}${sheetClose}`;
    const bad = zip(xlsxParts(sheetText));
    const at = bad.indexOf(Buffer.from("xl/worksheets/sheet1.xml")) + 30;
    for (let i = at; i < at + 40; i++) bad[i] = (bad[i] * 7 + 13) & 0xff;
    const corrupt = write("hong.xlsx", bad);
    for (const args of readers(corrupt)) expectRefused(runBundle(bundle, args), /tệp nén hỏng|bị hỏng/);
  });
});

describe("hostile CSV files", () => {
  const TABLE = ["STT,Nội dung công việc,Trách nhiệm thực hiện,Tiến độ thực hiện,Kết quả/sản phẩm"];
  const task = (i: number) => `${i},Nhiệm vụ ${i},Văn phòng,Quý II/2025,Báo cáo`;

  it("an unbalanced quote in a table is an error naming the row where it opened", () => {
    const lines = [...TABLE, task(1), '2,"Rà soát thủ tục,Văn phòng,Quý II/2025,Báo cáo'];
    for (let i = 3; i <= 200; i++) lines.push(task(i));
    const f = write("ngoac-bang.csv", `${lines.join("\n")}\n`);
    expectRefused(runBundle(bundle, ["validate", f, "--year", "2025"]), /dấu ngoặc kép \("\) mở ở dòng 3 không được đóng/);
    expectRefused(runBundle(bundle, ["summary", f, "--year", "2025", "--as-of", "2025-09-30"]), /mở ở dòng 3/);
  });

  it("an unbalanced quote in an export is an invalid row; every other row is still counted", () => {
    const lines = exportLines(2000);
    const fields = lines[10].split(",");
    fields[3] = `"${fields[3]}`; // staff name opens a quote that never closes
    lines[10] = fields.join(",");
    const f = write("ngoac-ho-so.csv", `${lines.join("\r\n")}\r\n`);
    const r = runBundle(bundle, ["dossiers", f, ...PERIOD, "--format", "json"]);
    expect(r.status, r.stderr).toBe(0);
    const j = JSON.parse(r.stdout);
    expect(j.invalidRows).toEqual([{ row: 11, message: expect.stringMatching(/dấu ngoặc kép \("\) mở ở dòng 11 không được đóng/) }]);
    expect(j.rowsRead).toBe(2000);
    expect(j.received + j.carriedOver).toBe(1999);
    expect(r.ms).toBeLessThan(10_000);
  });

  it("a 10 MB cell: refused in a table (cell limit), an invalid row in an export, in well under 10 s", () => {
    const t = write("o-10mb.csv", `${[...TABLE, task(1), `2,${"x".repeat(10 << 20)},Văn phòng,Quý II/2025,Báo cáo`, task(3)].join("\n")}\n`);
    expectRefused(runBundle(bundle, ["validate", t]), /ô B3 dài hơn giới hạn 32\.767 ký tự của một ô/);
    const lines = exportLines(100);
    const quoted = lines.slice();
    quoted[5] = `${quoted[5]},"${"y".repeat(10 << 20)}"`;
    const e = write("o-10mb-ho-so.csv", `${quoted.join("\n")}\n`);
    const r = runBundle(bundle, ["dossiers", e, ...PERIOD, "--format", "json"]);
    expect(r.status, r.stderr).toBe(0);
    const j = JSON.parse(r.stdout);
    expect(j.invalidRows.map((x: { row: number }) => x.row)).toEqual([6]);
    expect(j.rowsRead).toBe(100);
    expect(r.ms).toBeLessThan(3_000);
    expect(r.rssMB).toBeLessThan(400);
  });
});

describe("hostile paths", () => {
  it("an unreadable file (as a user without permission) is named, in Vietnamese", (ctx) => {
    const f = write("khong-doc.csv", `${["STT,Nội dung công việc", "1,x"].join("\n")}\n`);
    chmodSync(f, 0o600);
    const asRoot = process.getuid?.() === 0;
    if (!asRoot) chmodSync(f, 0o000);
    const r = runBundle(bundle, ["validate", f], asRoot ? { uid: 65534, gid: 65534 } : {});
    if (r.error !== undefined) {
      console.warn(`SKIPPED unreadable-file test: cannot start a process as the user "nobody" here (${r.error}).`);
      ctx.skip();
      return;
    }
    expectRefused(r, /Không đọc được ".*khong-doc\.csv": không có quyền đọc\/ghi/);
  });

  it("a symbolic link loop is named as one", () => {
    symlinkSync(join(dir, "vong-b.csv"), join(dir, "vong-a.csv"));
    symlinkSync(join(dir, "vong-a.csv"), join(dir, "vong-b.csv"));
    for (const args of readers(join(dir, "vong-a.csv"))) expectRefused(runBundle(bundle, args), /vòng liên kết/);
  });

  it("a very long name is named as too long, for an input and for --out", () => {
    const long = join(dir, `${"rất-dài-".repeat(40)}.csv`);
    for (const args of readers(long)) expectRefused(runBundle(bundle, args), /tên tệp quá dài/);
    const r = runBundle(bundle, ["template", "--year", "2026", "--out", join(dir, `${"a".repeat(300)}.xlsx`)]);
    expectRefused(r, /tên tệp quá dài/);
    expect(r.stderr.length).toBeLessThan(600); // the 300-character name is cut in the message
  });

  it("an --out folder the user may not write to is named", (ctx) => {
    const ro = join(dir, "chi-doc");
    mkdirSync(ro, { mode: 0o755 });
    const asRoot = process.getuid?.() === 0;
    if (!asRoot) chmodSync(ro, 0o555);
    const r = runBundle(bundle, ["template", "--year", "2026", "--out", join(ro, "mau.xlsx")], asRoot ? { uid: 65534, gid: 65534 } : {});
    if (r.error !== undefined) {
      console.warn(`SKIPPED read-only folder test: cannot start a process as the user "nobody" here (${r.error}).`);
      ctx.skip();
      return;
    }
    expectRefused(r, /Không ghi được ".*mau\.xlsx": không có quyền đọc\/ghi/);
  });
});

describe("hostile arguments", () => {
  it("a huge argument is cut in the message (120 KB through a process: Linux passes at most 128 KB per argument; 1 MB in-process)", async () => {
    const r = runBundle(bundle, ["due", "9".repeat(120_000), "5"]);
    expectRefused(r, /Ngày nhận không hợp lệ/);
    expect(r.stderr.length).toBeLessThan(2_000);
    for (const args of [["due", "9".repeat(1 << 20), "5"], ["validate", "x".repeat(1 << 20)], ["due", `--${"y".repeat(1 << 20)}`], ["z".repeat(1 << 20)]]) {
      const m = await runCli(...args);
      expect(m.code).toBe(2);
      expect(m.err.length, args[0].slice(0, 10)).toBeLessThan(2_000);
      expect(m.err).toMatch(VIETNAMESE);
    }
    const n = runBundle(bundle, ["due", "2025-03-03", "9".repeat(400)]);
    expectRefused(n, /Số ngày làm việc "9{80}… \(400 ký tự\)" quá lớn/);
  });

  it("cchc with no arguments prints its usage on stderr and exits 2", () => {
    const r = runBundle(bundle, []);
    expect(r.status).toBe(2);
    expect(r.stdout).toBe("");
    expect(r.stderr).toMatch(/Thiếu tên lệnh\. Các lệnh: due, .*Xem: cchc --help/s);
  });

  it("--out equal to the input is refused even with --force, and the input is left as it was", () => {
    const plan = xlsx("ke-hoach.xlsx", `${sheetOpen}${appendixRows()}${sheetClose}`);
    const before = createHash("sha256").update(readFileSync(plan)).digest("hex");
    for (const out of [plan, join(dir, ".", "ke-hoach.xlsx")]) {
      const r = runBundle(bundle, ["summary", plan, "--year", "2025", "--as-of", "2025-09-30", "--out", out, "--force"]);
      expectRefused(r, /chính là tệp đầu vào .*kể cả với --force/);
    }
    expect(createHash("sha256").update(readFileSync(plan)).digest("hex")).toBe(before);
  });

  it("unknown flags exit 2 naming the nearest known one, before or after the positionals", () => {
    const after = runBundle(bundle, ["due", "2025-03-02", "5", "--extra-day-off", "2025-03-03"]);
    expectRefused(after, /Lệnh due không có tùy chọn "--extra-day-off"\. Có phải ý bạn là "--extra-days-off"\?/);
    const before = runBundle(bundle, ["due", "--extra", "2025-03-02", "5"]);
    expectRefused(before, /không có tùy chọn "--extra"/);
    const right = runBundle(bundle, ["due", "2025-03-02", "5", "--extra-days-off", "2025-03-03"]);
    expect(right.stdout.trim()).toBe("2025-03-10");
  });
});

describe("hostile merged areas", () => {
  it("a flood of merged areas each spanning the sheet is refused instead of filled down for ever", () => {
    const merges = `<mergeCells>${'<mergeCell ref="C2:C1048576"/>'.repeat(200_000)}</mergeCells>`;
    let rows = "";
    for (let r = 3; r < 20_000; r++) rows += `<row r="${r}">${cell(`A${r}`, String(r - 1))}${cell(`B${r}`, "Nhiệm vụ")}</row>`;
    const f = xlsx("gop-o.xlsx", `${sheetOpen}${appendixRows(rows)}</sheetData>${merges}</worksheet>`);
    expectRefused(runBundle(bundle, ["validate", f, "--year", "2025"]), /vượt giới hạn vùng gộp ô/);
  });
});
