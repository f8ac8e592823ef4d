import { dayFromYMD, emptySettings } from "@cchc/core";
import { describe, expect, it } from "vitest";
import { readSettings, sameSettings, saveSettings, SettingsChangedError } from "../../../excel-addin/src/commands/settings.js";
import { SETTINGS_NAMES, SETTINGS_SHEET } from "../../../excel-addin/src/excel/settingsSheet.js";
import { serialOf, setup } from "../standIn.js";

const d = (y: number, m: number, day: number, reason = "") => ({ day: dayFromYMD(y, m, day), reason });

describe("Cài đặt (settings sheet)", () => {
  it("creates the visible settings sheet in core's layout with the names formulas use, and reads it back", async () => {
    const { model, ctx } = setup({ "Phụ lục": [["STT"]] });
    const saved = {
      planYear: 2025,
      asOf: dayFromYMD(2025, 9, 30),
      ngayVanHoa: true,
      extraDaysOff: [d(2025, 9, 5, "Nghỉ lễ của ngành"), d(2025, 12, 24)],
      extraWorkingDays: [d(2025, 10, 4)],
    };
    const context = ctx();
    const r = await saveSettings(context, saved);
    expect(r).toMatchObject({ created: true, migrated: false });
    expect(context.syncCount).toBe(2);
    const sheet = model.sheet(SETTINGS_SHEET);
    expect(sheet.get("A3:B5")).toEqual([
      ["Năm kế hoạch", 2025],
      ["Ngày báo cáo", serialOf(2025, 9, 30)],
      ["Nghỉ ngày 24/11 (Ngày Văn hóa Việt Nam — chưa có trong Bộ luật Lao động)", "Có"],
    ]);
    expect(sheet.cell("B4")?.nf).toBe("dd/mm/yyyy");
    expect(sheet.get("A8:D8")).toEqual([["Ngày nghỉ thêm", "Lý do", "Ngày làm việc thêm (làm bù)", "Lý do"]]);
    expect(sheet.get("A9:D10")).toEqual([
      [serialOf(2025, 9, 5), "Nghỉ lễ của ngành", serialOf(2025, 10, 4), ""],
      [serialOf(2025, 12, 24), "", "", ""],
    ]);
    expect(model.names.get(SETTINGS_NAMES.daysOff)).toBe("='CCHC – Cài đặt'!$A$9:$A$408");
    expect(model.names.get(SETTINGS_NAMES.workingDays)).toBe("='CCHC – Cài đặt'!$C$9:$C$408");
    expect(model.names.get(SETTINGS_NAMES.year)).toBe("='CCHC – Cài đặt'!$B$3");
    expect(model.names.get(SETTINGS_NAMES.asOf)).toBe("='CCHC – Cài đặt'!$B$4");

    const back = await readSettings(ctx());
    expect(back.exists).toBe(true);
    expect(back.problems).toEqual([]);
    expect(back.notices).toEqual([]);
    expect(back.settings).toEqual({ ...saved, departmentUnits: [] });
  });

  it("saves again without duplicating names; a reason typed beside a day is kept as that day's reason", async () => {
    const { model, ctx } = setup({ "Phụ lục": [["STT"]] });
    await saveSettings(ctx(), { ...emptySettings(), planYear: 2025, extraDaysOff: [d(2025, 9, 5)] });
    const typing = ctx(); // the user types a reason beside the day
    typing.workbook.worksheets.getItem(SETTINGS_SHEET).getRange("B9").values = [["Nghỉ lễ của ngành"]];
    await typing.sync();
    const read = await readSettings(ctx());
    expect(read.settings.extraDaysOff).toEqual([d(2025, 9, 5, "Nghỉ lễ của ngành")]);
    const context = ctx();
    await saveSettings(context, { ...read.settings, planYear: 2026 }, read.settings);
    expect(context.syncCount).toBe(3);
    expect(model.names.size).toBe(6);
    expect(model.sheet(SETTINGS_SHEET).value("B3")).toBe(2026);
    expect(model.sheet(SETTINGS_SHEET).get("A9:B9")).toEqual([[serialOf(2025, 9, 5), "Nghỉ lễ của ngành"]]);
  });

  it("reports cells typed by hand that are not dates or years, with their address", async () => {
    const rows: unknown[][] = [[], [], ["Năm kế hoạch", "hai không hai lăm"], ["Ngày báo cáo", "31/02/2025"], ["Nghỉ ngày 24/11", "có lẽ"], [], [], ["Ngày nghỉ thêm", "Lý do", "Ngày làm việc thêm (làm bù)", "Lý do"], ["05/09/2025", "", "abc"]];
    const { ctx } = setup({ [SETTINGS_SHEET]: rows });
    const r = await readSettings(ctx());
    expect(r.settings.planYear).toBe(null);
    expect(r.settings.extraDaysOff).toEqual([d(2025, 9, 5)]);
    expect(r.problems).toHaveLength(4);
    expect(r.problems[0]).toMatch(/^Ô B3 \(Năm kế hoạch\) của trang "CCHC – Cài đặt" phải là một năm/);
    expect(r.problems[1]).toMatch(/^Ô B4 \(Ngày báo cáo\).*không tồn tại/);
    expect(r.problems[2]).toMatch(/^Ô B5 \(nghỉ ngày 24\/11\).*"Có" hoặc "Không"/);
    expect(r.problems[3]).toMatch(/^Ô C9 \(Ngày làm việc thêm \(làm bù\)\)/);
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
    await saveSettings(ctx(), { ...emptySettings(), planYear: 2025, extraDaysOff: [d(2025, 9, 5)] });
    const loaded = (await readSettings(ctx())).settings;
    const typing = ctx();
    typing.workbook.worksheets.getItem(SETTINGS_SHEET).getRange("A10").values = [[serialOf(2025, 12, 24)]];
    await typing.sync();

    const context = ctx();
    const err = await saveSettings(context, { ...loaded, planYear: 2026 }, loaded).catch((e) => e);
    expect(err).toBeInstanceOf(SettingsChangedError);
    expect(err.message).toMatch(/^Trang "CCHC – Cài đặt" vừa được sửa trực tiếp nên chưa lưu gì/);
    expect(err.current.extraDaysOff).toEqual([d(2025, 9, 5), d(2025, 12, 24)]);
    expect(context.syncCount).toBe(2);
    expect(model.sheet(SETTINGS_SHEET).value("B3")).toBe(2025);

    const again = ctx();
    await saveSettings(again, { ...err.current, planYear: 2026 }, err.current);
    expect(again.syncCount).toBe(3);
    expect(model.sheet(SETTINGS_SHEET).value("B3")).toBe(2026);
    expect(model.sheet(SETTINGS_SHEET).value("A10")).toBe(serialOf(2025, 12, 24));
  });

  it("compares day lists as sets", () => {
    const a = { ...emptySettings(), planYear: 2025, extraDaysOff: [d(2025, 1, 3), d(2025, 1, 1), d(2025, 1, 1)] };
    expect(sameSettings(a, { ...a, extraDaysOff: [d(2025, 1, 1), d(2025, 1, 3)] })).toBe(true);
    expect(sameSettings(a, { ...a, extraDaysOff: [d(2025, 1, 1)] })).toBe(false);
  });
});
