// Cài đặt (save and read) against office-addin-mock objects: the visible settings sheet and the
// names formulas use, read back as saved; nothing overwritten that was typed by hand.
import { dayFromYMD, emptySettings } from "@cchc/core";
import { describe, expect, it } from "vitest";
import { readSettings, saveSettings, SettingsChangedError } from "../../../excel-addin/src/commands/settings.js";
import { SETTINGS_NAMES, SETTINGS_SHEET } from "../../../excel-addin/src/excel/settingsSheet.js";
import { repeated607, serialOf } from "./fixtureSheets.js";
import { mockWorkbook } from "./officeMockWorkbook.js";

const d = (y: number, m: number, day: number, reason = "") => ({ day: dayFromYMD(y, m, day), reason });
const SAVED = {
  planYear: 2025,
  asOf: dayFromYMD(2025, 9, 30),
  ngayVanHoa: false,
  extraDaysOff: [d(2025, 9, 5, "Nghỉ lễ của ngành"), d(2025, 12, 24)],
  extraWorkingDays: [d(2025, 10, 4)],
};

describe("settings with office-addin-mock", () => {
  it("creates the settings sheet with the six names, and reads the same settings back", async () => {
    const book = mockWorkbook({ "Phụ lục": [["STT", "Nội dung công việc"]] });
    const r = await saveSettings(book.context(), SAVED);
    expect(r).toEqual({ created: true, migrated: false, syncs: 2 });
    expect(book.state.syncs).toBe(2);
    expect(book.state.suspends).toBe(1);
    expect(book.sheetNames()).toEqual(["Phụ lục", SETTINGS_SHEET]);

    const S = SETTINGS_SHEET;
    expect(book.value(S, "A1")).toBe(SETTINGS_SHEET);
    expect(book.get(S, "A3:B4")).toEqual([
      ["Năm kế hoạch", 2025],
      ["Ngày báo cáo", serialOf(2025, 9, 30)],
    ]);
    expect(book.sheet(S).formats.get("B4")).toBe("dd/mm/yyyy");
    expect(book.get(S, "A8:E8")).toEqual([["Ngày nghỉ thêm", "Lý do", "Ngày làm việc thêm (làm bù)", "Lý do", "Đơn vị của cơ quan"]]);
    expect(book.get(S, "A9:D11")).toEqual([
      [serialOf(2025, 9, 5), "Nghỉ lễ của ngành", serialOf(2025, 10, 4), ""],
      [serialOf(2025, 12, 24), "", "", ""],
      ["", "", "", ""],
    ]);
    expect(book.sheet(S).formats.get("A408")).toBe("dd/mm/yyyy");
    expect(book.sheet(S).formats.get("B9")).toBe("@");
    expect(book.sheet(S).tabColor).toBe("#107C41");
    expect(Object.fromEntries(book.state.names)).toEqual({
      [SETTINGS_NAMES.daysOff]: "='CCHC – Cài đặt'!$A$9:$A$408",
      [SETTINGS_NAMES.workingDays]: "='CCHC – Cài đặt'!$C$9:$C$408",
      [SETTINGS_NAMES.year]: "='CCHC – Cài đặt'!$B$3",
      [SETTINGS_NAMES.asOf]: "='CCHC – Cài đặt'!$B$4",
      [SETTINGS_NAMES.ngayVanHoa]: "='CCHC – Cài đặt'!$B$5",
      [SETTINGS_NAMES.units]: "='CCHC – Cài đặt'!$E$9:$E$408",
    });
    expect(book.cellWrites("Phụ lục")).toEqual([]);

    book.state.syncs = 0;
    const back = await readSettings(book.context());
    expect(back).toMatchObject({ exists: true, problems: [], settings: { ...SAVED, departmentUnits: [] }, syncs: 2 });
    expect(book.state.syncs).toBe(2);
  });

  it("saves again without new names; writes only the settings block A1:E408; keeps the units typed in column E", async () => {
    const book = mockWorkbook({ "Phụ lục": [["STT"]] });
    await saveSettings(book.context(), SAVED);
    book.sheet(SETTINGS_SHEET).values[8][4] = "Thanh tra"; // E9, the department's units typed on the sheet
    book.sheet(SETTINGS_SHEET).values[9][4] = "Văn phòng";
    book.sheet(SETTINGS_SHEET).values[8][5] = "Ghi chú riêng"; // F9, typed by the user beside the block
    book.state.syncs = 0;
    // the task pane's form does not edit the units: its settings leave them unknown
    const r = await saveSettings(book.context(), { ...emptySettings(), planYear: 2026 });
    expect(r).toEqual({ created: false, migrated: false, syncs: 3 });
    expect(book.state.names.size).toBe(6);
    expect(book.value(SETTINGS_SHEET, "B3")).toBe(2026);
    expect(book.value(SETTINGS_SHEET, "B4")).toBe("");
    expect(book.value(SETTINGS_SHEET, "A9")).toBe("");
    expect(book.get(SETTINGS_SHEET, "E9:E11")).toEqual([["Thanh tra"], ["Văn phòng"], [""]]);
    expect(book.value(SETTINGS_SHEET, "F9")).toBe("Ghi chú riêng");
    expect(book.state.writes.filter((w) => w.sheet === SETTINGS_SHEET && (w.what === "values" || w.what === "numberFormat")).map((w) => w.address)).toEqual([
      "A1:E408",
      "A1:E408",
      "A1:E408",
      "A1:E408",
    ]);
    expect((await readSettings(book.context())).settings.departmentUnits).toEqual(["Thanh tra", "Văn phòng"]);
  });

  it("a sheet from before column E with the user's text in E1:E8: nothing written, the cells named", async () => {
    const book = mockWorkbook({ "Phụ lục": [["STT"]] });
    await saveSettings(book.context(), SAVED);
    book.sheet(SETTINGS_SHEET).values[7][4] = ""; // the sheet as written before column E existed…
    book.sheet(SETTINGS_SHEET).values[2][4] = "Hỏi lại Sở Nội vụ"; // …with a note of the user's in E3
    const writes = book.state.writes.length;
    const err = await saveSettings(book.context(), { ...SAVED, planYear: 2026 }).catch((e) => e);
    expect(err.message).toMatch(/^Cột E của trang "CCHC – Cài đặt" từ nay là danh sách "Đơn vị của cơ quan".*ô E3 "Hỏi lại Sở Nội vụ" sẽ bị ghi đè khi lưu cài đặt nên chưa lưu/);
    expect(book.state.writes.length).toBe(writes);
    expect(book.value(SETTINGS_SHEET, "E3")).toBe("Hỏi lại Sở Nội vụ");
  });

  it("writes nothing when the sheet was edited by hand since the form was filled", async () => {
    const book = mockWorkbook({ "Phụ lục": [["STT"]] });
    await saveSettings(book.context(), SAVED);
    const loaded = (await readSettings(book.context())).settings;
    book.sheet(SETTINGS_SHEET).values[10][0] = serialOf(2026, 1, 2); // A11 typed by hand
    const writes = book.state.writes.length;
    book.state.syncs = 0;
    const err = await saveSettings(book.context(), { ...loaded, planYear: 2026 }, loaded).catch((e) => e);
    expect(err).toBeInstanceOf(SettingsChangedError);
    expect(err.message).toMatch(/^Trang "CCHC – Cài đặt" vừa được sửa trực tiếp nên chưa lưu gì/);
    expect(err.current.extraDaysOff).toEqual([d(2025, 9, 5, "Nghỉ lễ của ngành"), d(2025, 12, 24), d(2026, 1, 2)]);
    expect(book.state.syncs).toBe(2);
    expect(book.state.writes.length).toBe(writes);
    expect(book.value(SETTINGS_SHEET, "B3")).toBe(2025);
  });

  it("saves and reads in at most 3 requests next to a 10,000-task sheet, which stays as it was", async () => {
    const cells = repeated607(136);
    const book = mockWorkbook({ "Kế hoạch": cells });
    const before = book.get("Kế hoạch", `A1:E${cells.length}`);
    const saved = await saveSettings(book.context(), SAVED);
    const saveSyncs = book.state.syncs;
    book.state.syncs = 0;
    const loaded = (await readSettings(book.context())).settings;
    const readSyncs = book.state.syncs;
    book.state.syncs = 0;
    await saveSettings(book.context(), { ...loaded, planYear: 2026 }, loaded);
    const checkedSaveSyncs = book.state.syncs;
    expect(saved.created).toBe(true);
    expect(saveSyncs).toBeLessThanOrEqual(3);
    expect(readSyncs).toBeLessThanOrEqual(3);
    expect(checkedSaveSyncs).toBeLessThanOrEqual(3);
    expect(book.cellWrites("Kế hoạch")).toEqual([]);
    expect(book.get("Kế hoạch", `A1:E${cells.length}`)).toEqual(before);
    console.log(`[office-addin-mock] settings beside 10,064 tasks: save ${saveSyncs}, read ${readSyncs}, checked save ${checkedSaveSyncs} syncs`);
  });
});
