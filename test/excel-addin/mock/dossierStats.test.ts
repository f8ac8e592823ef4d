// Thống kê hồ sơ against office-addin-mock objects: form II.06a and the Kết luận 91 flags on a
// new sheet, the pasted export untouched, at most 3 requests for 10,000 dossiers.
import { dayFromYMD } from "@cchc/core";
import { describe, expect, it } from "vitest";
import { dossierStats } from "../../../excel-addin/src/commands/dossierStats.js";
import { serialOf as s } from "./fixtureSheets.js";
import { mockWorkbook } from "./officeMockWorkbook.js";

const HEADER = ["Mã hồ sơ", "Đơn vị", "Ngày tiếp nhận", "Ngày hẹn trả", "Ngày kết thúc xử lý", "Trạng thái", "Hình thức nộp"];
/** Six dossiers worked by hand for the period 01/01–31/03/2025. */
const DOSSIERS: unknown[][] = [
  ["HS1", "Phòng A", s(2025, 1, 6), s(2025, 1, 20), s(2025, 1, 15), "Đã trả kết quả", "Trực tuyến"], // early
  ["HS2", "Phòng A", s(2025, 2, 3), s(2025, 2, 10), s(2025, 2, 10), "Đã trả kết quả", "Trực tiếp"], // on time
  ["HS3", "Phòng A", s(2025, 2, 3), s(2025, 2, 10), s(2025, 2, 12), "Đã trả kết quả", "Trực tiếp"], // late
  ["HS4", "Phòng A", s(2025, 3, 3), s(2025, 3, 14), "", "Đang xử lý", "Trực tuyến"], // pending, overdue at 31/03
  ["HS5", "Phòng B", s(2025, 3, 3), s(2025, 3, 10), s(2025, 3, 10), "Đã trả kết quả", "Trực tuyến"], // on time
  ["HS6", "Phòng B", s(2025, 3, 25), s(2025, 4, 8), "", "Đang xử lý", "Bưu chính"], // pending within
];
const BAD = ["HS7", "Phòng B", "31/02/2025", s(2025, 3, 10), "", "Đang xử lý", "Trực tiếp"]; // listed, not counted
const PERIOD = { from: dayFromYMD(2025, 1, 1), to: dayFromYMD(2025, 3, 31) };

function table(book: ReturnType<typeof mockWorkbook>) {
  const grid = book.get("Thống kê hồ sơ", "A1:N60");
  const header = grid.findIndex((row) => row[0] === "STT");
  return { grid, header };
}

describe("dossierStats with office-addin-mock", () => {
  it("writes form II.06a by unit, the Kết luận 91 flags and the unreadable row with a link", async () => {
    const rows = [HEADER, ...DOSSIERS, BAD];
    const book = mockWorkbook({ "Hồ sơ": rows });
    const r = await dossierStats(book.context(), PERIOD);

    expect(r).toMatchObject({ sheet: "Hồ sơ", statsSheet: "Thống kê hồ sơ", rowsRead: 7, invalidRows: 1, notEligible: 1, by: "unit" });
    expect(r.lateRate).toBeCloseTo(2 / 6, 10);
    expect(book.state.syncs).toBe(2); // read, write (no settings sheet)
    expect(r.syncs).toBe(2);
    expect(book.sheetNames()).toEqual(["Hồ sơ", "Thống kê hồ sơ"]);
    expect(book.activeName()).toBe("Thống kê hồ sơ");

    const { grid, header } = table(book);
    expect(grid[header].slice(0, 3)).toEqual(["STT", "Đơn vị", "Tiếp nhận – Tổng số"]);
    // received: total, online, in person/post, carried over · solved: total, early, on time, late · pending: total, within, overdue · late rate
    expect(grid[header + 1].slice(1, 14)).toEqual(["Phòng A", 4, 2, 2, 0, 3, 1, 1, 1, 1, 0, 1, 0.5]);
    expect(grid[header + 2].slice(1, 14)).toEqual(["Phòng B", 2, 1, 1, 0, 1, 0, 1, 0, 1, 1, 0, 0]);
    expect(grid[header + 3].slice(2, 13)).toEqual([6, 3, 3, 0, 4, 1, 2, 1, 2, 1, 1]);
    const stats = book.sheet("Thống kê hồ sơ");
    expect(stats.formats.get(`N${header + 2}`)).toBe("0.00%");
    const flags = grid.findIndex((row) => String(row[0]).startsWith("2. Đối chiếu Kết luận 91"));
    expect(grid[flags + 2][5]).toBe("x");
    const bad = grid.findIndex((row) => String(row[0]).startsWith("3. Dòng không đọc được"));
    expect(grid[bad + 2][0]).toBe(8);
    expect(stats.links.get(`A${bad + 3}`)).toBe("'Hồ sơ'!A8");
    expect(stats.charts.map((c) => c.type)).toEqual(["BarStacked"]);

    expect(book.cellWrites("Hồ sơ")).toEqual([]);
    expect(book.get("Hồ sơ", "A1:G8")).toEqual(rows);
  });

  it("groups by civil servant when asked", async () => {
    const rows = [HEADER, ...DOSSIERS].map((row, i) => [...row, i === 0 ? "Cán bộ xử lý" : i % 2 === 0 ? "Nguyễn Văn An" : "Trần Thị Bình"]);
    const book = mockWorkbook({ "Hồ sơ": rows });
    const r = await dossierStats(book.context(), { ...PERIOD, by: "staff" });
    expect(r.by).toBe("staff");
    expect(String(book.value("Thống kê hồ sơ", "A1"))).toContain("THEO CÁN BỘ XỬ LÝ");
    const { grid, header } = table(book);
    // staff are people of a unit: the same name in Phòng A and Phòng B is two rows, "Cán bộ" with "Đơn vị" beside
    expect(grid[header].slice(1, 3)).toEqual(["Cán bộ", "Đơn vị"]);
    expect(grid.slice(header + 1, header + 5).map((row) => `${row[1]} | ${row[2]}`).sort()).toEqual([
      "Nguyễn Văn An | Phòng A",
      "Nguyễn Văn An | Phòng B",
      "Trần Thị Bình | Phòng A",
      "Trần Thị Bình | Phòng B",
    ]);
    expect(book.get("Hồ sơ", "A1:H7")).toEqual(rows);
  });

  it("counts 10,000 dossiers in at most 3 requests, the export untouched", async () => {
    const rows: unknown[][] = [HEADER];
    for (let i = 0; i < 10_000; i++) {
      const d = DOSSIERS[i % DOSSIERS.length];
      rows.push([`HS${i + 1}`, ...d.slice(1)]);
    }
    const settings = [[], [], ["Năm kế hoạch", 2025]];
    const book = mockWorkbook({ "Hồ sơ": rows, "CCHC – Cài đặt": settings }, { active: "Hồ sơ" });
    const before = book.get("Hồ sơ", "A1:G10001");
    const t = performance.now();
    const r = await dossierStats(book.context(), PERIOD);
    const ms = performance.now() - t;
    expect(book.state.syncs).toBeLessThanOrEqual(3);
    expect(r.syncs).toBe(book.state.syncs);
    expect(r.rowsRead).toBe(10_000);
    expect(r.invalidRows).toBe(0);
    const { grid, header } = table(book);
    // 1,667 rounds of HS1–HS4 (Phòng A), 1,666 of HS5–HS6 (Phòng B)
    expect(grid[header + 1].slice(1, 14)).toEqual(["Phòng A", 6668, 3334, 3334, 0, 5001, 1667, 1667, 1667, 1667, 0, 1667, 0.5]);
    expect(grid[header + 2].slice(1, 3)).toEqual(["Phòng B", 3332]);
    expect(grid[header + 3][2]).toBe(10_000);
    expect(book.cellWrites("Hồ sơ")).toEqual([]);
    expect(book.get("Hồ sơ", "A1:G10001")).toEqual(before);
    console.log(`[office-addin-mock] dossierStats 10,000 dossiers: ${book.state.syncs} syncs, ${ms.toFixed(0)} ms`);
  });
});
