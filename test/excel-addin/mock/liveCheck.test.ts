// Kiểm tra khi nhập on office-addin-mock objects: typing a bad schedule marks only that cell,
// fixing it removes the mark and restores the fill, a paste of 5,000 rows is re-checked in at
// most 3 requests, the user's values never change; the onChanged handler and its debounce.
import { dayFromYMD, validateAppendix } from "@cchc/core";
import { afterEach, describe, expect, it, vi } from "vitest";
import { loadMarks } from "../../../excel-addin/src/excel/marks.js";
import { LiveDebounce, liveSheets, registerLiveHandlers, rowsOfAddress, setLiveSheet } from "../../../excel-addin/src/live/liveCheck.js";
import { recheckSheet } from "../../../excel-addin/src/live/recheckSheet.js";
import { EXAMPLE_607, loadCsvCells, serialOf } from "./fixtureSheets.js";
import { mockWorkbook } from "./officeMockWorkbook.js";

const SETTINGS = [[], [], ["Năm kế hoạch", 2025], ["Ngày báo cáo", serialOf(2025, 9, 30)]];
const TODAY = { today: dayFromYMD(2025, 9, 30) };

function book() {
  const cells = loadCsvCells(EXAMPLE_607);
  const b = mockWorkbook({ "Phụ lục": cells, "CCHC – Cài đặt": SETTINGS }, { active: "Phụ lục" });
  return { b, cells, id: b.sheet("Phụ lục").id };
}

/** Type a value into a cell as the user would (the mock's sheet state; no add-in write). */
function type(b: ReturnType<typeof mockWorkbook>, address: string, value: unknown) {
  const m = /^([A-Z])(\d+)$/.exec(address)!;
  const s = b.sheet("Phụ lục");
  (s.values[Number(m[2]) - 1] ??= [])[m[1]!.charCodeAt(0) - 65] = value;
}

describe("recheckSheet (live marks)", () => {
  it("marks a bad schedule typed into one cell, only that cell, and removes the mark when fixed", async () => {
    const { b, cells } = book();
    const id = b.sheet("Phụ lục").id;
    // the table as the user left it: marks of a first full check
    const first = await recheckSheet(b.context(), id, [1], TODAY);
    const full = validateAppendix(cells, { planYear: 2025, asOf: TODAY.today });
    expect(first.counts).toEqual({ errors: full.errors.length, warnings: full.warnings.length, infos: full.infos.length });
    const before = loadMarks()[0]?.cells.map((c) => c.address) ?? [];

    const row = cells.findIndex((r) => String(r[1]).startsWith("Tổ chức kiểm tra công tác CCHC")) + 1;
    const original = b.value("Phụ lục", `D${row}`);
    type(b, `D${row}`, "Quý V/2025");
    const syncsBefore = b.state.syncs;
    const writesBefore = b.state.writes.length;
    const r = await recheckSheet(b.context(), id, [row], TODAY);
    expect(b.state.syncs - syncsBefore).toBeLessThanOrEqual(3);
    expect(r.counts.warnings).toBe(first.counts.warnings + 1);
    const after = loadMarks()[0]!.cells.map((c) => c.address);
    expect(after.filter((a) => !before.includes(a))).toEqual([`D${row}`]);
    const fillWrites = b.state.writes.slice(writesBefore).filter((w) => w.what === "fill");
    expect(fillWrites.map((w) => w.address)).toEqual([`D${row}`]);
    expect(b.state.comments.some((c) => c.cell === `D${row}` && c.content.includes("unparsed-deadline"))).toBe(true);

    type(b, `D${row}`, original);
    await recheckSheet(b.context(), id, [row], TODAY);
    expect(loadMarks()[0]!.cells.map((c) => c.address).sort()).toEqual([...before].sort());
    expect(b.state.comments.some((c) => c.cell === `D${row}`)).toBe(false);
    // values: never written by the add-in
    expect(b.cellWrites("Phụ lục")).toEqual([]);
  });

  it("re-checks a 5,000-row paste in at most 3 requests and within 5 s of core time", async () => {
    const header = ["STT", "Nội dung công việc", "Trách nhiệm thực hiện", "Tiến độ thực hiện", "Kết quả/sản phẩm"];
    const rows = [header, ...Array.from({ length: 5000 }, (_, i) => [String(i + 1), `Nhiệm vụ ${i + 1}`, "Văn phòng chủ trì", i % 50 ? "Quý II/2025" : "Quý V/2025", "Báo cáo"])];
    const b = mockWorkbook({ "Dán": rows, "CCHC – Cài đặt": SETTINGS }, { active: "Dán" });
    const id = b.sheet("Dán").id;
    const t0 = performance.now();
    const r = await recheckSheet(b.context(), id, rowsOfAddress("A2:E5001"), TODAY);
    const ms = performance.now() - t0;
    expect(r.syncs).toBeLessThanOrEqual(3);
    expect(b.state.syncs).toBe(r.syncs);
    expect(r.counts.warnings).toBe(100);
    expect(r.added).toBe(100);
    expect(ms).toBeLessThan(5000);
    expect(b.cellWrites("Dán")).toEqual([]);
  });
});

describe("recheckSheet with drop-down lists (switching on)", () => {
  it("adds the lead, status and schedule lists/hints of core, in the same 3 requests, and leaves a user's own validation", async () => {
    const header = ["STT", "Nội dung nhiệm vụ", "Cơ quan chủ trì", "Cơ quan phối hợp", "Thời gian hoàn thành", "Tình trạng"];
    const rows = [header, ["1", "Rà soát", "Sở Tư pháp", "", "Quý I/2025", "Đã hoàn thành"], ["2", "Số hóa", "Văn phòng", "", "Tháng 6/2025", ""]];
    // the department's own units in column E of the settings sheet (from row 9), as core lays it out
    const settings = [...SETTINGS, [], [], [], ["Ngày nghỉ thêm", "Lý do", "Ngày làm việc thêm (làm bù)", "Lý do", "Đơn vị của cơ quan"], ["", "", "", "", "Thanh tra"], ["", "", "", "", " Văn  phòng "]];
    const b = mockWorkbook({ "Phụ lục": rows, "CCHC – Cài đặt": settings }, { active: "Phụ lục" });
    const r = await recheckSheet(b.context(), b.sheet("Phụ lục").id, [1], { ...TODAY, dropDowns: true });
    expect(r.syncs).toBeLessThanOrEqual(3);
    expect(r.listsAdded).toBe(3);
    const v = b.sheet("Phụ lục").validations;
    const byCol = (c: string) => v.find((x) => x.address.startsWith(`${c}2:`));
    expect((byCol("C")?.rule as { list: { source: string } }).list.source).toBe("Sở Tư pháp,Thanh tra,Văn phòng");
    expect((byCol("F")?.rule as { list: { source: string } }).list.source).toContain("Đã hoàn thành");
    expect(byCol("E")).toBeUndefined(); // a hint only, no rule
    // a unit typed outside the list is a warning, not a refusal
    expect(byCol("C")?.errorAlert).toMatchObject({ showAlert: true, style: "Warning" });
    expect(b.cellWrites("Phụ lục")).toEqual([]);
  });

  it("offers only the table's units when the settings sheet has no unit list (an older sheet)", async () => {
    const header = ["STT", "Nội dung nhiệm vụ", "Cơ quan chủ trì", "Cơ quan phối hợp", "Thời gian hoàn thành", "Tình trạng"];
    const rows = [header, ["1", "Rà soát", "Sở Tư pháp", "", "Quý I/2025", ""]];
    const b = mockWorkbook({ "Phụ lục": rows, "CCHC – Cài đặt": SETTINGS }, { active: "Phụ lục" });
    await recheckSheet(b.context(), b.sheet("Phụ lục").id, [1], { ...TODAY, dropDowns: true });
    const c = b.sheet("Phụ lục").validations.find((x) => x.address.startsWith("C2:"));
    expect((c?.rule as { list: { source: string } }).list.source).toBe("Sở Tư pháp");
  });
});

describe("recheckSheet and the user's own comments", () => {
  it("adds no comment where the user has one (the fill still marks the cell), and leaves theirs alone", async () => {
    const { b, cells } = book();
    const id = b.sheet("Phụ lục").id;
    const row = cells.findIndex((r) => String(r[1]).startsWith("Tổ chức kiểm tra công tác CCHC")) + 1;
    const theirs = b.addComment("Phụ lục", `D${row}`, "Ghi chú của tôi");
    type(b, `D${row}`, "Quý V/2025");
    const r = await recheckSheet(b.context(), id, [row], TODAY);
    expect(r.syncs).toBeLessThanOrEqual(3);
    expect(loadMarks()[0]!.cells.find((c) => c.address === `D${row}`)).toMatchObject({ commentId: null });
    expect(b.state.comments.filter((c) => c.cell === `D${row}`).map((c) => c.id)).toEqual([theirs]);
  });
});

describe("live switch, onChanged and debounce", () => {
  afterEach(() => vi.useRealTimers());

  it("reads the rows of a change address", () => {
    expect(rowsOfAddress("C5")).toEqual([5]);
    expect(rowsOfAddress("'Phụ lục'!$A$10:$E$12")).toEqual([10, 11, 12]);
    expect(rowsOfAddress("C:C")).toEqual([1]);
  });

  it("keeps the switch in the document, gathers a burst of edits into one re-check, ignores switched-off sheets", async () => {
    vi.useFakeTimers();
    const { b, id } = book();
    expect(liveSheets()).toEqual([]);
    await setLiveSheet(id, true);
    expect(liveSheets()).toEqual([id]);
    const runs: [string, number[]][] = [];
    const debounce = new LiveDebounce(async (sheet, rows) => void runs.push([sheet, rows]), 400);
    await registerLiveHandlers(b.context(), [id], debounce);
    const handler = b.sheet("Phụ lục").changeHandlers[0]!;
    await handler({ worksheetId: id, address: "D10", source: "Local" });
    await handler({ worksheetId: id, address: "D11:D12", source: "Local" });
    await handler({ worksheetId: id, address: "D9", source: "Remote" });
    expect(runs).toEqual([]);
    await vi.advanceTimersByTimeAsync(450);
    expect(runs).toEqual([[id, [10, 11, 12]]]);
    await setLiveSheet(id, false);
    await handler({ worksheetId: id, address: "D13", source: "Local" });
    await vi.advanceTimersByTimeAsync(450);
    expect(runs).toHaveLength(1);
  });
});
