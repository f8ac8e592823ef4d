// cchc rollup over a folder of units' files of different shapes: each unit's figures equal its
// own `cchc summary`, the province's totals are their sum, files that are not plans are listed
// with their reason, nothing is written into the units' files.
import ExcelJS from "exceljs";
import { copyFileSync, mkdirSync, mkdtempSync, readFileSync, rmSync, statSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { runCli } from "../runCli.js";

const ROOT = join(__dirname, "..", "..", "..");
const dir = mkdtempSync(join(tmpdir(), "cchc-rollup-"));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

const ISSUE_TABLE = `STT,Nội dung nhiệm vụ,Cơ quan chủ trì,Cơ quan phối hợp,Thời gian hoàn thành,Tiến độ
I,CẢI CÁCH THỂ CHẾ,,,,
1,Rà soát văn bản quy phạm pháp luật,Bộ Tài nguyên và Môi trường,Bộ Tư pháp,Quý I/2025,Hoàn thành
2,Xây dựng cơ sở dữ liệu,"Bộ Văn hóa, Thể thao và Du lịch",Các bộ,Tháng 6/2025,Đang thực hiện
II,CẢI CÁCH THỦ TỤC HÀNH CHÍNH,,,,
3,Đơn giản hóa thủ tục,Sở Nông nghiệp và Phát triển nông thôn,"Sở Tư pháp, Văn phòng UBND tỉnh",Nhiệm vụ thường xuyên,Đang thực hiện
4,Số hóa hồ sơ,"Sở Khoa học và Công nghệ","UBND các huyện, thị xã, thành phố",Trước ngày 30/9/2025,Quá hạn
5,Công bố thủ tục,Sở Tư pháp,,30/11/2025,Hoàn thành ngày 15/11/2025
`;

const files: Record<string, string> = {};

beforeAll(async () => {
  mkdirSync(join(dir, "huyen"), { recursive: true });
  // 1. the 607 layout (one "Trách nhiệm thực hiện" column) with tracking dates, as .csv
  files.bql = join(dir, "ban-quan-ly.csv");
  copyFileSync(join(ROOT, "examples", "ke-hoach-607-theo-doi.csv"), files.bql);
  // 2. the split layout (Cơ quan chủ trì / phối hợp) under a title block, as .xlsx
  files.snv = join(dir, "so-noi-vu-2025.xlsx");
  const wb = new ExcelJS.Workbook();
  const ws = wb.addWorksheet("Phụ lục");
  ws.addRows([
    ["UBND TỈNH KHÁNH HÒA", "", "", "", "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM"],
    ["SỞ NỘI VỤ", "", "", "", "Độc lập - Tự do - Hạnh phúc"],
    [],
    ["PHỤ LỤC KẾ HOẠCH CẢI CÁCH HÀNH CHÍNH NĂM 2025"],
    ["STT", "Nhiệm vụ", "Cơ quan chủ trì", "Cơ quan phối hợp", "Thời gian hoàn thành", "Ngày hoàn thành"],
    ["I", "Cải cách tổ chức bộ máy"],
    [1, "Rà soát chức năng, nhiệm vụ", "Phòng Tổ chức", "Các phòng", "Quý II/2025", "20/06/2025"],
    [2, "Sắp xếp đơn vị sự nghiệp", "Phòng Tổ chức", "", "Trước ngày 31/10/2025", "05/11/2025"],
    [3, "Tuyển dụng công chức", "Phòng Công chức", "", "Tháng 9/2025", ""],
    [4, "Đào tạo, bồi dưỡng", "Phòng Công chức", "", "Thường xuyên", ""],
  ]);
  await wb.xlsx.writeFile(files.snv);
  // 3. a status-column tracking table (the real-tables issue's example), in a sub-folder
  files.status = join(dir, "huyen", "bang-theo-doi.csv");
  writeFileSync(files.status, ISSUE_TABLE);
  // 4. a .csv with a title row naming the unit
  files.dk = join(dir, "huyen", "dien-khanh.csv");
  writeFileSync(
    files.dk,
    [
      "UBND HUYỆN DIÊN KHÁNH,,,",
      ",,,",
      "STT,Nội dung công việc,Trách nhiệm thực hiện,Tiến độ thực hiện,Ngày hoàn thành",
      "1,Kiểm tra công tác CCHC,Văn phòng HĐND và UBND chủ trì,Quý III/2025,30/09/2025",
      "2,Khảo sát sự hài lòng,Phòng Nội vụ thực hiện,Trước ngày 15/11/2025,",
    ].join("\n"),
  );
  // 5. a file that is not a plan, and an Excel lock file that must be ignored
  files.other = join(dir, "danh-ba.csv");
  // 6. a one-stop export (the invented example): counted as cchc dossiers counts it
  files.export = join(dir, "huyen", "mot-cua-2025.csv");
  copyFileSync(join(ROOT, "examples", "xuat-mot-cua-vi-du.csv"), files.export);
  writeFileSync(files.other, "Họ và tên,Điện thoại\nNguyễn Văn A,0900000000\n");
  writeFileSync(join(dir, "~$so-noi-vu-2025.xlsx"), "lock");
});

describe("cchc rollup", () => {
  it("summarises each unit exactly as its own `cchc summary`, sums the province, names units from titles, lists the skipped file", async () => {
    const before = Object.fromEntries(Object.values(files).map((f) => [f, readFileSync(f)]));
    const r = (await runCli("rollup", dir, "--year", "2025", "--as-of", "2025-12-31", "--format", "json")) as { code: number; out: string };
    const j = JSON.parse(r.out) as {
      year: number;
      asOf: string;
      units: { unit: string; file: string; totals: Record<string, number>; lateRate: number | null; errors: number; warnings: number; rank: number | null }[];
      skipped: { file: string; reason: string }[];
      totals: Record<string, number>;
      lateRate: number | null;
      dossiers: { file: string; from: string; to: string; lateRate: number; units: { unit: string; kl91NotEligible: boolean }[] }[];
    };
    expect(j.year).toBe(2025);
    expect(j.asOf).toBe("2025-12-31");
    expect(j.units.map((u) => u.file).sort()).toEqual([files.bql, files.snv, files.status, files.dk].sort());
    for (const u of j.units) {
      const own = (await runCli("summary", u.file, "--year", "2025", "--as-of", "2025-12-31", "--format", "json")).out;
      const s = JSON.parse(own) as { totals: Record<string, number>; lateRate: number | null };
      expect(u.totals, u.file).toEqual(s.totals);
      expect(u.lateRate, u.file).toEqual(s.lateRate);
    }
    const names = Object.fromEntries(j.units.map((u) => [u.file, u.unit]));
    expect(names[files.snv]).toBe("SỞ NỘI VỤ");
    expect(names[files.dk]).toBe("UBND HUYỆN DIÊN KHÁNH");
    expect(names[files.bql]).toBe("ban-quan-ly");
    // the province = the sum of the units, key by key
    for (const k of Object.keys(j.totals)) expect(j.totals[k], k).toBe(j.units.reduce((n, u) => n + u.totals[k]!, 0));
    const t = j.totals;
    expect(j.lateRate).toBeCloseTo((t.doneLate! + t.overdue!) / (t.tasks! - t.noDueDate!), 12);
    // ranks: by late rate, lowest first
    const ranked = j.units.filter((u) => u.rank !== null).sort((a, b) => a.rank! - b.rank!);
    for (let i = 1; i < ranked.length; i++) expect(ranked[i]!.lateRate!).toBeGreaterThanOrEqual(ranked[i - 1]!.lateRate!);
    // the one-stop export: II.06a by unit and Kết luận 91 flags, as `cchc dossiers` gives them for the plan year to the reporting date
    expect(j.dossiers.map((x) => x.file)).toEqual([files.export]);
    const own = JSON.parse(
      (await runCli("dossiers", files.export, "--from", "2025-01-01", "--to", "2025-12-31", "--format", "json")).out,
    ) as { lateRate: number; groups: { key: string; kl91: { notEligible: boolean } }[] };
    expect(j.dossiers[0]).toMatchObject({ from: "2025-01-01", to: "2025-12-31", lateRate: own.lateRate });
    expect(j.dossiers[0]!.lateRate).toBeCloseTo(5 / 65, 12);
    expect(j.dossiers[0]!.units).toEqual(own.groups.map((g) => ({ unit: g.key, lateRate: expect.any(Number), kl91NotEligible: g.kl91.notEligible })));
    expect(j.skipped).toHaveLength(1);
    expect(j.skipped[0]!.file).toBe(files.other);
    expect(j.skipped[0]!.reason).toMatch(/Không tìm thấy dòng tiêu đề của bảng phụ lục/);
    // nothing written into the units' files
    for (const [f, bytes] of Object.entries(before)) expect(readFileSync(f).equals(bytes), f).toBe(true);
  });

  it("writes the province workbook with --out, never over an existing file, and not into the inputs", async () => {
    const out = join(dir, "tong-hop.xlsx");
    const r = await runCli("rollup", dir, "--year", "2025", "--as-of", "2025-12-31", "--out", out);
    expect([0, 1]).toContain(r.code);
    expect(r.out).toContain("Toàn tỉnh");
    expect(statSync(out).size).toBeGreaterThan(5000);
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.readFile(out);
    const sheets = wb.worksheets.map((w) => w.name);
    expect(sheets).toEqual(["Tổng hợp các đơn vị 2025", "Nhiệm vụ quá hạn", "II.06a 1 – mot-cua-2025"]);
    // the output in the folder is not read as a unit the next time
    const again = JSON.parse((await runCli("rollup", dir, "--year", "2025", "--as-of", "2025-12-31", "--format", "json")).out) as {
      units: { file: string }[];
      skipped: { file: string; reason: string }[];
    };
    expect(again.units.map((u) => u.file)).not.toContain(out);
    expect(again.skipped.find((x) => x.file === out)?.reason).toContain("do cchc tạo ra");
    const refused = await runCli("rollup", dir, "--year", "2025", "--as-of", "2025-12-31", "--out", out);
    expect(refused.code).toBe(2);
    expect(refused.err).toContain("đã có");
  });

  it("says what is missing, in Vietnamese, with exit 2", async () => {
    expect((await runCli("rollup", "--year", "2025", "--as-of", "2025-12-31")).err).toContain("Thiếu thư mục hoặc tệp");
    expect((await runCli("rollup", join(dir, "khong-co"), "--year", "2025", "--as-of", "2025-12-31")).code).toBe(2);
    const empty = mkdtempSync(join(tmpdir(), "cchc-rollup-empty-"));
    const r = await runCli("rollup", empty, "--year", "2025", "--as-of", "2025-12-31");
    expect(r.code).toBe(2);
    expect(r.err).toContain("Không có tệp .xlsx hay .csv nào");
    rmSync(empty, { recursive: true });
  });
});
