/**
 * The one-stop exports of test/fixtures/exports/ through `cchc dossiers`: every figure below is
 * the hand count of that folder's README (written before the tool was run).
 */
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import ExcelJS from "exceljs";
import { afterAll, describe, expect, it } from "vitest";
import { runCli, runJson } from "./runCli.js";

const DIR = join(__dirname, "..", "fixtures", "exports");
const PERIOD = ["--from", "2025-01-01", "--to", "2025-01-31"];
const out = mkdtempSync(join(tmpdir(), "cchc-exports-"));
afterAll(() => rmSync(out, { recursive: true, force: true }));

interface Json {
  received: number;
  carriedOver: number;
  resolved: { total: number; early: number; onTime: number; late: number; returned: number };
  pending: { total: number; withinDeadline: number; overdue: number; waitingSupplement: number };
  lateRate: number | null;
  lateRateParts: { numerator: number; denominator: number; basis: string; rate: number | null };
  online: { received: number; rate: number | null };
  returnedAs: string;
  returnedExcluded: number;
  notReceived: number;
  cancelled: number;
  groupRows: number;
  invalidRows: { row: number; message: string }[];
  groups: { key: string; unit: string; lateRateParts: { numerator: number; denominator: number } }[];
  warnings: string[];
}

const stats = async (file: string, ...more: string[]) => (await runJson("dossiers", join(DIR, file), ...PERIOD, ...more)) as Json;
const groups = (j: Json) => j.groups.map((g) => `${g.key}: ${g.lateRateParts.numerator} ÷ ${g.lateRateParts.denominator}`);

describe("one-stop exports of the four systems (hand counts in test/fixtures/exports/README.md)", () => {
  it("national portal sync record: yyyyMMddHHmmss, codes 1–10, HinhThuc 0/1 not read as a channel", async () => {
    const j = await stats("dvcqg-sync.csv");
    expect([j.received, j.carriedOver]).toEqual([7, 1]);
    expect(j.resolved).toEqual({ total: 6, early: 2, onTime: 3, late: 1, returned: 2 });
    expect(j.pending).toEqual({ total: 2, withinDeadline: 1, overdue: 1, waitingSupplement: 1 });
    expect(j.lateRateParts).toEqual({ numerator: 2, denominator: 8, basis: "resolvedAndPending", rate: 0.25 });
    expect(j.online).toEqual({ received: 0, rate: null });
    expect(j.warnings).toContain('Cột "HinhThuc" không chứa hình thức nộp đọc được (ví dụ "0"): không tính số hồ sơ trực tuyến.');
    expect([j.notReceived, j.cancelled, j.groupRows]).toEqual([1, 0, 0]);
    expect(j.invalidRows).toEqual([
      { row: 10, message: 'Hồ sơ DVC-09: Trạng thái "9" là đã kết thúc nhưng không có ngày kết thúc xử lý / trả kết quả.' },
      { row: 11, message: 'Hồ sơ DVC-10: Ngày tiếp nhận: Ngày "20250132080000" không tồn tại (ngày/tháng/năm không hợp lệ).' },
    ]);
    expect(groups(j)).toEqual(["Sở Tư pháp: 1 ÷ 5", "Sở Xây dựng: 1 ÷ 3"]);
  });

  it("TD list: 'Ngày tiếp nhận' chosen over the 'Ngày nộp' before it; status names; a waiting dossier within the deadline", async () => {
    const j = await stats("td-list.csv");
    expect([j.received, j.carriedOver]).toEqual([7, 0]);
    expect(j.resolved).toEqual({ total: 4, early: 1, onTime: 2, late: 1, returned: 1 });
    expect(j.pending).toEqual({ total: 3, withinDeadline: 2, overdue: 1, waitingSupplement: 1 });
    expect(j.lateRateParts).toMatchObject({ numerator: 2, denominator: 7 });
    expect(j.online.received).toBe(3);
    expect([j.notReceived, j.cancelled]).toEqual([2, 0]);
    expect(j.invalidRows).toEqual([{ row: 11, message: 'Hồ sơ TD-10: Trạng thái "Dừng xử lý" là đã kết thúc nhưng không có ngày kết thúc xử lý / trả kết quả.' }]);
    expect(groups(j)).toEqual(["UBND phường Bến Nghé: 1 ÷ 5", "UBND phường Đa Kao: 1 ÷ 2"]);
  });

  it("TD records: field names, .NET dates with 7 fractional digits, status and KenhThucHien codes", async () => {
    const j = await stats("td-api.csv");
    expect(j.received).toBe(5);
    expect(j.resolved).toEqual({ total: 3, early: 0, onTime: 2, late: 1, returned: 1 });
    expect(j.pending).toEqual({ total: 2, withinDeadline: 1, overdue: 1, waitingSupplement: 1 });
    expect(j.lateRateParts).toMatchObject({ numerator: 2, denominator: 5, rate: 0.4 });
    expect(j.online).toEqual({ received: 2, rate: 0.4 });
    expect(j.notReceived).toBe(1);
    expect(j.invalidRows).toEqual([{ row: 8, message: 'Hồ sơ H34.07: Ngày kết thúc xử lý: Giờ trong "2025-01-14 25:00:00" không hợp lệ.' }]);
  });

  it("TD 766 list: group rows are the units of the rows below, 'Hạn xử lý' text is not the appointment, the total line is skipped", async () => {
    const j = await stats("td-766.csv");
    expect(j.received).toBe(7);
    expect(j.resolved).toEqual({ total: 4, early: 1, onTime: 2, late: 1, returned: 1 });
    expect(j.pending).toEqual({ total: 3, withinDeadline: 2, overdue: 1, waitingSupplement: 1 });
    expect(j.lateRateParts).toMatchObject({ numerator: 2, denominator: 7 });
    expect(j.online).toEqual({ received: 0, rate: null });
    expect([j.groupRows, j.invalidRows.length]).toEqual([2, 0]);
    expect(groups(j)).toEqual(["Sở Công Thương: 1 ÷ 4", "Sở Tài nguyên và Môi trường: 1 ÷ 3"]);
  });

  it("OpenCPS list: API field names, status words (done, releasing, waiting, denied, cancelled, new), online true/false", async () => {
    const j = await stats("opencps-list.csv");
    expect([j.received, j.carriedOver]).toEqual([6, 1]);
    expect(j.resolved).toEqual({ total: 5, early: 1, onTime: 2, late: 2, returned: 1 });
    expect(j.pending).toEqual({ total: 2, withinDeadline: 1, overdue: 1, waitingSupplement: 1 });
    expect(j.lateRateParts).toMatchObject({ numerator: 3, denominator: 7 });
    expect(j.online).toEqual({ received: 3, rate: 0.5 });
    expect([j.notReceived, j.cancelled]).toEqual([1, 1]);
    expect(j.invalidRows.map((e) => e.row)).toEqual([10]);
    expect(groups(j)).toEqual(["Sở Giao thông vận tải: 2 ÷ 5", "Sở Kế hoạch và Đầu tư: 1 ÷ 2"]);
  });

  it("iGate list: dotted API keys, UTC times read as Vietnam days, applyMethod.name chosen over the return-method 'Hình thức'", async () => {
    const j = await stats("igate-list.csv");
    // UTC days would give 6 received + 1 carried over, IG-01 early, IG-02 on time, IG-04 overdue
    expect([j.received, j.carriedOver]).toEqual([7, 0]);
    expect(j.resolved).toEqual({ total: 4, early: 1, onTime: 2, late: 1, returned: 1 });
    expect(j.pending).toEqual({ total: 3, withinDeadline: 2, overdue: 1, waitingSupplement: 1 });
    expect(j.lateRateParts).toMatchObject({ numerator: 2, denominator: 7 });
    expect(j.online.received).toBe(3);
    expect([j.notReceived, j.cancelled]).toEqual([0, 1]);
    expect(j.invalidRows).toEqual([{ row: 10, message: 'Hồ sơ IG-09: Ngày tiếp nhận: Ngày "2025-13-09T02:00:00.000+0000" không tồn tại (ngày/tháng/năm không hợp lệ).' }]);
    expect(groups(j)).toEqual(["UBND huyện Cần Giờ: 1 ÷ 6", "UBND xã Bình Khánh: 1 ÷ 1"]);
  });
});

describe("--returned and --denominator say what they counted", () => {
  it("on-time (default), late, excluded on the TD 766 list", async () => {
    const def = await stats("td-766.csv");
    expect([def.returnedAs, def.returnedExcluded]).toEqual(["onTime", 0]);
    const late = await stats("td-766.csv", "--returned", "late");
    expect(late.returnedAs).toBe("late");
    expect(late.resolved).toEqual({ total: 4, early: 1, onTime: 1, late: 2, returned: 1 });
    expect(late.lateRateParts).toMatchObject({ numerator: 3, denominator: 7 });
    const ex = await stats("td-766.csv", "--returned", "excluded");
    expect([ex.returnedAs, ex.returnedExcluded, ex.received]).toEqual(["excluded", 1, 6]);
    expect(ex.resolved).toEqual({ total: 3, early: 1, onTime: 1, late: 1, returned: 0 });
    expect(ex.lateRateParts).toMatchObject({ numerator: 2, denominator: 6 });
    const text = await runCli("dossiers", join(DIR, "td-766.csv"), ...PERIOD, "--returned", "excluded");
    expect(text.out).toContain("Hồ sơ trả lại/xin rút/dừng xử lý không được tính vào biểu (--returned excluded): 1 hồ sơ.");
    const bad = await runCli("dossiers", join(DIR, "td-766.csv"), ...PERIOD, "--returned", "sometimes");
    expect(bad.code).toBe(2);
    expect(bad.err).toContain('--returned "sometimes" không hợp lệ');
  });

  it("--denominator resolvedOnly prints a rate that matches its printed parts", async () => {
    const r = await runCli("dossiers", join(DIR, "opencps-list.csv"), ...PERIOD, "--denominator", "resolvedOnly");
    // resolved 5, of which late 2: 2 ÷ 5 = 40 % (not 3 ÷ 7)
    expect(r.out).toContain("Tỷ lệ trễ hạn: 40,00% = 2 ÷ 5 (chỉ tính hồ sơ đã giải quyết)");
    const j = await stats("opencps-list.csv", "--denominator", "resolvedOnly");
    expect(j.lateRateParts).toEqual({ numerator: 2, denominator: 5, basis: "resolvedOnly", rate: 0.4 });
    expect(j.lateRate).toBe(0.4);
    expect(j.groups.map((g) => [g.key, g.lateRateParts.numerator, g.lateRateParts.denominator])).toEqual([
      ["Sở Giao thông vận tải", 2, 4],
      ["Sở Kế hoạch và Đầu tư", 0, 1],
    ]);
  });

  it("writes the printed II.06a of the iGate list with the returned note and the parts of the rate", async () => {
    const file = join(out, "igate.xlsx");
    expect((await runCli("dossiers", join(DIR, "igate-list.csv"), ...PERIOD, "--out", file)).code).toBe(0);
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.readFile(file);
    const ws = wb.getWorksheet("Biểu II.06a")!;
    const texts: string[] = [];
    ws.eachRow((row) => row.eachCell((c) => texts.push(String(c.value))));
    expect(texts).toContain("Tỷ lệ trễ hạn (ngoài biểu) = (đã giải quyết quá hạn + đang giải quyết quá hạn) ÷ (đã giải quyết + đang giải quyết) = 2 ÷ 7 = 28,57%.");
    expect(texts.some((t) => t.startsWith("Hồ sơ trả lại/xin rút/dừng xử lý được tính là đã giải quyết đúng hạn"))).toBe(true);
    const total = (ws.getRow(11).values as unknown[]).slice(1);
    expect(total).toEqual(["", "Tổng cộng", 7, 3, 4, 0, 4, 1, 2, 1, 3, 2, 1, undefined, 2 / 7, 1]);
  });
});
