import { dayFromYMD } from "@cchc/core";
import { describe, expect, it } from "vitest";
import { defaultDossierPeriod, describeDossierRun } from "../../../gsheets/src/commands/dossierPeriod.js";

describe("defaultDossierPeriod (the menu's quick default, prefilled in the sidebar)", () => {
  it("is 01/01 of the plan year to the reporting date", () => {
    expect(defaultDossierPeriod({ planYear: 2025, asOf: dayFromYMD(2025, 9, 30) })).toEqual({ from: dayFromYMD(2025, 1, 1), to: dayFromYMD(2025, 9, 30) });
  });
  it("ends on 31/12 without a reporting date, and takes the reporting date's year without a plan year", () => {
    expect(defaultDossierPeriod({ planYear: 2024, asOf: null })).toEqual({ from: dayFromYMD(2024, 1, 1), to: dayFromYMD(2024, 12, 31) });
    expect(defaultDossierPeriod({ planYear: null, asOf: dayFromYMD(2026, 2, 10) })).toEqual({ from: dayFromYMD(2026, 1, 1), to: dayFromYMD(2026, 2, 10) });
  });
  it("is null when the settings have neither", () => {
    expect(defaultDossierPeriod({ planYear: null, asOf: null })).toBeNull();
  });
});

describe("describeDossierRun", () => {
  it("names the period and grouping in Vietnamese", () => {
    expect(describeDossierRun({ from: dayFromYMD(2025, 1, 1), to: dayFromYMD(2025, 6, 30), by: "unit" })).toBe("kỳ 01/01/2025 – 30/06/2025, theo đơn vị");
    expect(describeDossierRun({ from: dayFromYMD(2025, 3, 1), to: dayFromYMD(2025, 3, 31), by: "staff" })).toBe("kỳ 01/03/2025 – 31/03/2025, theo cán bộ xử lý");
  });
});
