import { dayFromYMD } from "@cchc/core";
import { describe, expect, it } from "vitest";
import { readSettings, sameSettings, saveSettings, SettingsChangedError } from "../../../excel-addin/src/commands/settings.js";
import { SETTINGS_NAMES, SETTINGS_SHEET } from "../../../excel-addin/src/excel/settingsSheet.js";
import { serialOf, setup } from "../standIn.js";

describe("Cài đặt (settings sheet)", () => {
  it("creates the visible settings sheet with the names formulas use, and reads it back", async () => {
    const { model, ctx } = setup({ "Phụ lục": [["STT"]] });
    const saved = {
      planYear: 2025,
      asOf: dayFromYMD(2025, 9, 30),
      extraDaysOff: [dayFromYMD(2025, 9, 5), dayFromYMD(2025, 12, 24)],
      extraWorkingDays: [dayFromYMD(2025, 10, 4)],
    };
    const context = ctx();
    const r = await saveSettings(context, saved);
    expect(r.created).toBe(true);
    expect(context.syncCount).toBe(2);
    const sheet = model.sheet(SETTINGS_SHEET);
    expect(sheet.get("A3:B4")).toEqual([
      ["Năm kế hoạch", 2025],
      ["Ngày báo cáo", serialOf(2025, 9, 30)],
    ]);
    expect(sheet.cell("B4")?.nf).toBe("dd/mm/yyyy");
    expect(sheet.get("A8:C8")).toEqual([["Ngày nghỉ thêm", "Ngày làm việc thêm (làm bù)", "Ghi chú"]]);
    expect(sheet.get("A9:B10")).toEqual([
      [serialOf(2025, 9, 5), serialOf(2025, 10, 4)],
      [serialOf(2025, 12, 24), ""],
    ]);
    expect(model.names.get(SETTINGS_NAMES.daysOff)).toBe("='CCHC – Cài đặt'!$A$9:$A$400");
    expect(model.names.get(SETTINGS_NAMES.year)).toBe("='CCHC – Cài đặt'!$B$3");

    const back = await readSettings(ctx());
    expect(back.exists).toBe(true);
    expect(back.problems).toEqual([]);
    expect(back.settings).toEqual(saved);
  });

  it("saves again without duplicating names, and keeps the user's notes in column C", async () => {
    const { model, ctx } = setup({ "Phụ lục": [["STT"]] });
    await saveSettings(ctx(), { planYear: 2025, asOf: null, extraDaysOff: [dayFromYMD(2025, 9, 5)], extraWorkingDays: [] });
    const typing = ctx(); // the user types a note beside the list
    typing.workbook.worksheets.getItem(SETTINGS_SHEET).getRange("C9").values = [["Nghỉ lễ của ngành"]];
    await typing.sync();
    const context = ctx();
    await saveSettings(context, { planYear: 2026, asOf: null, extraDaysOff: [], extraWorkingDays: [] });
    expect(context.syncCount).toBe(2);
    expect(model.names.size).toBe(4);
    expect(model.sheet(SETTINGS_SHEET).value("B3")).toBe(2026);
    expect(model.sheet(SETTINGS_SHEET).value("A9")).toBe("");
    expect(model.sheet(SETTINGS_SHEET).value("C9")).toBe("Nghỉ lễ của ngành");
  });

  it("reports cells typed by hand that are not dates or years, with their address", async () => {
    const { ctx } = setup({ [SETTINGS_SHEET]: [[], [], ["Năm kế hoạch", "hai không hai lăm"], ["Ngày báo cáo", "31/02/2025"], [], [], [], [], ["05/09/2025", "abc"]] });
    const r = await readSettings(ctx());
    expect(r.settings.planYear).toBe(null);
    expect(r.settings.extraDaysOff).toEqual([dayFromYMD(2025, 9, 5)]);
    expect(r.problems).toHaveLength(3);
    expect(r.problems[0]).toMatch(/^Ô B3 \(Năm kế hoạch\) của trang "CCHC – Cài đặt"/);
    expect(r.problems[1]).toMatch(/^Ô B4 \(Ngày báo cáo\).*không tồn tại/);
    expect(r.problems[2]).toMatch(/^Ô B9 \(ngày làm việc thêm\)/);
  });

  it("reads nothing more than the sheet list when there is no settings sheet (1 request)", async () => {
    const { ctx } = setup({ "Phụ lục": [["STT"]] });
    const context = ctx();
    const r = await readSettings(context);
    expect(r.exists).toBe(false);
    expect(context.syncCount).toBe(1);
  });
});

describe("saving over a settings sheet edited by hand", () => {
  it("writes nothing when the sheet changed since the form was filled, and hands back what it now says", async () => {
    const { model, ctx } = setup({ "Phụ lục": [["STT"]] });
    const first = { planYear: 2025, asOf: null, extraDaysOff: [dayFromYMD(2025, 9, 5)], extraWorkingDays: [] };
    await saveSettings(ctx(), first);
    const loaded = (await readSettings(ctx())).settings;
    // someone types a new day off straight into the sheet
    const typing = ctx();
    typing.workbook.worksheets.getItem(SETTINGS_SHEET).getRange("A10").values = [[serialOf(2025, 12, 24)]];
    await typing.sync();

    const context = ctx();
    const stale = { ...loaded, planYear: 2026 };
    const err = await saveSettings(context, stale, loaded).catch((e) => e);
    expect(err).toBeInstanceOf(SettingsChangedError);
    expect(err.message).toMatch(/^Trang "CCHC – Cài đặt" vừa được sửa trực tiếp nên chưa lưu gì/);
    expect(err.current.extraDaysOff).toEqual([dayFromYMD(2025, 9, 5), dayFromYMD(2025, 12, 24)]);
    expect(context.syncCount).toBe(2);
    expect(model.sheet(SETTINGS_SHEET).value("B3")).toBe(2025);
    expect(model.sheet(SETTINGS_SHEET).value("A10")).toBe(serialOf(2025, 12, 24));

    // saved from what the sheet says now: written (3 requests)
    const again = ctx();
    await saveSettings(again, { ...err.current, planYear: 2026 }, err.current);
    expect(again.syncCount).toBe(3);
    expect(model.sheet(SETTINGS_SHEET).value("B3")).toBe(2026);
    expect(model.sheet(SETTINGS_SHEET).value("A10")).toBe(serialOf(2025, 12, 24));
  });

  it("compares day lists as sets", () => {
    const a = { planYear: 2025, asOf: null, extraDaysOff: [3, 1, 1], extraWorkingDays: [] };
    expect(sameSettings(a, { ...a, extraDaysOff: [1, 3] })).toBe(true);
    expect(sameSettings(a, { ...a, extraDaysOff: [1] })).toBe(false);
  });
});
