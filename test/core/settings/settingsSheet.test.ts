import {
  addWorkingDays,
  calendarOfSettings,
  dayFromYMD,
  defaultDossierPeriod,
  detectSettingsLayout,
  effectiveAsOf,
  effectivePlanYear,
  emptySettings,
  readSettingsSheet,
  sameSettings,
  settingsCapacityProblem,
  settingsSchema,
  settingsToSave,
  settingsSheetGrid,
  toVN,
  type WorkbookSettings,
} from "@cchc/core";
import fc from "fast-check";
import { describe, expect, it } from "vitest";

const d = (y: number, m: number, day: number, reason = "") => ({ day: dayFromYMD(y, m, day), reason });

describe("the settings sheet layout (core)", () => {
  it("puts every value where the layout says, with its format", () => {
    const g = settingsSheetGrid({ planYear: 2025, asOf: dayFromYMD(2025, 9, 30), ngayVanHoa: false, extraDaysOff: [d(2025, 12, 24), d(2025, 9, 5, "Nghỉ lễ")], extraWorkingDays: [d(2025, 10, 4)] });
    expect(g.name).toBe("CCHC – Cài đặt");
    expect([g.values.length, g.values[0].length]).toEqual([408, 5]);
    expect(g.values[2].slice(0, 2)).toEqual(["Năm kế hoạch", 2025]);
    expect(g.values[3].slice(0, 2)).toEqual(["Ngày báo cáo", 45930]); // 30/09/2025 as a date serial
    expect(g.formats[3][1]).toBe("dd/mm/yyyy");
    expect(g.values[4][1]).toBe("Không");
    expect(g.values[7]).toEqual(["Ngày nghỉ thêm", "Lý do", "Ngày làm việc thêm (làm bù)", "Lý do", "Đơn vị của cơ quan"]);
    // sorted by day, reason beside its day
    expect(g.values[8]).toEqual([dayFromYMD(2025, 9, 5) + 25569, "Nghỉ lễ", dayFromYMD(2025, 10, 4) + 25569, null, null]);
    expect(g.values[9]).toEqual([dayFromYMD(2025, 12, 24) + 25569, null, null, null, null]);
    expect(g.formats[407]).toEqual(["dd/mm/yyyy", "@", "dd/mm/yyyy", "@", "@"]);
    expect(g.names.map((n) => n.name)).toEqual(["CCHC_NamKeHoach", "CCHC_NgayBaoCao", "CCHC_NgayVanHoa", "CCHC_NgayNghiThem", "CCHC_NgayLamBu", "CCHC_DonVi"]);
  });

  it("reads back what it writes, for any settings (property)", () => {
    const entry = fc.record({ day: fc.integer({ min: dayFromYMD(1990, 1, 1), max: dayFromYMD(2090, 12, 31) }), reason: fc.constantFrom("", "Nghỉ lễ của ngành", "Đại hội chi bộ") });
    const settings = fc.record({
      planYear: fc.option(fc.integer({ min: 1900, max: 2100 }), { nil: null }),
      asOf: fc.option(fc.integer({ min: dayFromYMD(1990, 1, 1), max: dayFromYMD(2090, 12, 31) }), { nil: null }),
      ngayVanHoa: fc.boolean(),
      extraDaysOff: fc.array(entry, { maxLength: 30 }),
      extraWorkingDays: fc.array(entry, { maxLength: 10 }),
      departmentUnits: fc.uniqueArray(fc.constantFrom("Văn phòng", "Thanh tra", "Phòng Tư pháp", "Bộ phận Một cửa", "Trung tâm Phục vụ hành chính công", "Phòng Nội vụ, Lao động"), { maxLength: 6 }),
    });
    fc.assert(
      fc.property(settings, (s: WorkbookSettings) => {
        const r = readSettingsSheet(settingsSheetGrid(s).values);
        expect(r.problems).toEqual([]);
        expect(r.layout).toBe("current");
        const norm = (l: WorkbookSettings["extraDaysOff"]) => [...new Map(l.map((e) => [e.day, e] as const)).values()].sort((a, b) => a.day - b.day);
        // the first reason of a day repeated is kept
        const firstOf = (l: WorkbookSettings["extraDaysOff"]) => norm(l.filter((e, i) => l.findIndex((x) => x.day === e.day) === i));
        expect(r.settings).toEqual({ ...s, extraDaysOff: firstOf(s.extraDaysOff), extraWorkingDays: firstOf(s.extraWorkingDays) });
        expect(r.settings.departmentUnits).toEqual(s.departmentUnits); // in the order written
        expect(settingsSchema().safeParse(r.settings).success).toBe(true);
      }),
      { numRuns: 60 },
    );
  });

  it("tells the layouts apart, and never ignores a sheet it does not know", () => {
    expect(detectSettingsLayout([])).toBe("empty");
    expect(detectSettingsLayout([[], ["Năm kế hoạch", 2025]])).toBe("sheets-2025");
    expect(detectSettingsLayout([[], [], ["Năm kế hoạch", 2025]])).toBe("excel-2025");
    const unknown = readSettingsSheet([["Bảng lương tháng 9"], ["Nguyễn Văn A", 1000000]]);
    expect(unknown.layout).toBe("unknown");
    expect(unknown.problems[0]).toMatch(/không theo bố cục nào đã biết.*Hãy đổi tên trang đó/);
    expect(readSettingsSheet(null)).toMatchObject({ layout: "missing", problems: [], settings: emptySettings() });
  });

  it("an old Excel note without a day is named in a notice (the new layout has no place for it)", () => {
    const v: unknown[][] = Array.from({ length: 11 }, () => ["", "", ""]);
    v[2] = ["Năm kế hoạch", 2025, ""];
    v[7] = ["Ngày nghỉ thêm", "Ngày làm việc thêm (làm bù)", "Ghi chú"];
    v[8] = ["05/09/2025", "", "Nghỉ lễ"];
    v[10] = ["", "", "Hỏi lại Sở Nội vụ"];
    const r = readSettingsSheet(v);
    expect(r.settings.extraDaysOff).toEqual([d(2025, 9, 5, "Nghỉ lễ")]);
    expect(r.notices[1]).toMatch(/C11 "Hỏi lại Sở Nội vụ"/);
  });
});

describe("the department's own units (column E, issue 17)", () => {
  const sheet = (units: unknown[]) => {
    const g = settingsSheetGrid({ ...emptySettings(), planYear: 2026 }).values.map((r): unknown[] => [...r]);
    units.forEach((u, i) => (g[8 + i]![4] = u));
    return g;
  };
  it("are read from E9 down: trimmed, NFC, blanks skipped, each once (compared without case and diacritics)", () => {
    const nfd = "Phòng Tư pháp".normalize("NFD");
    const r = readSettingsSheet(sheet(["  Văn phòng ", "", nfd, "VĂN PHÒNG", "Thanh tra", 123]));
    expect(r.problems).toEqual([]);
    expect(r.settings.departmentUnits).toEqual(["Văn phòng", "Phòng Tư pháp", "Thanh tra", "123"]);
    expect(r.settings.departmentUnits![1]).toBe("Phòng Tư pháp".normalize("NFC"));
  });
  it("a sheet of this layout written before column E reads as it is, with no units (nothing to migrate)", () => {
    const older = settingsSheetGrid({ ...emptySettings(), planYear: 2025 }).values.map((r) => r.slice(0, 4));
    const r = readSettingsSheet(older);
    expect(r).toMatchObject({ layout: "current", problems: [], notices: [] });
    expect(r.settings.departmentUnits).toEqual([]);
    expect(r.settings.planYear).toBe(2025);
  });
  it("the earlier layouts have no unit list: a value in their column E is not taken as a unit", () => {
    const v: unknown[][] = Array.from({ length: 10 }, () => ["", "", "", "", ""]);
    v[2] = ["Năm kế hoạch", 2025, "", "", ""];
    v[7] = ["Ngày nghỉ thêm", "Ngày làm việc thêm (làm bù)", "Ghi chú", "", ""];
    v[8] = ["05/09/2025", "", "", "", "Văn phòng"];
    const r = readSettingsSheet(v);
    expect(r.layout).toBe("excel-2025");
    expect(r.settings.departmentUnits).toEqual([]);
  });
  it("a name longer than a cell of a list is a problem naming the cell, the others are kept", () => {
    const r = readSettingsSheet(sheet(["Văn phòng", "x".repeat(300)]));
    expect(r.settings.departmentUnits).toEqual(["Văn phòng"]);
    expect(r.problems).toEqual([expect.stringMatching(/^Ô E10 \(Đơn vị của cơ quan\) của trang "CCHC – Cài đặt" dài 300 ký tự/)]);
  });
  it("the model checks them with zod, in Vietnamese", () => {
    expect(settingsSchema().safeParse({ ...emptySettings(), departmentUnits: ["Văn phòng"] }).success).toBe(true);
    expect(settingsSchema().safeParse({ ...emptySettings(), departmentUnits: undefined }).success).toBe(true);
    const bad = settingsSchema().safeParse({ ...emptySettings(), departmentUnits: ["Văn phòng", 3] });
    expect(bad.success).toBe(false);
    expect(bad.error!.issues[0]!.message).toBe("Đơn vị của cơ quan: mỗi đơn vị phải là một tên (chữ).");
    expect(settingsSchema().safeParse({ ...emptySettings(), departmentUnits: [""] }).error!.issues[0]!.message).toBe("Đơn vị của cơ quan: có một tên đơn vị để trống.");
  });
  it("a form that does not edit them keeps the sheet's list when saved, and is not taken for a change of the sheet", () => {
    const onSheet = { ...emptySettings(), planYear: 2026, departmentUnits: ["Văn phòng", "Thanh tra"] };
    const { departmentUnits: _, ...form } = { ...onSheet, planYear: 2027 };
    expect(settingsToSave(form, onSheet).departmentUnits).toEqual(["Văn phòng", "Thanh tra"]);
    expect(settingsToSave({ ...form, departmentUnits: [] }, onSheet).departmentUnits).toEqual([]);
    expect(settingsToSave(form, null).departmentUnits).toEqual([]);
    const { departmentUnits: __, ...loadedByForm } = onSheet;
    expect(sameSettings(onSheet, loadedByForm)).toBe(true);
    expect(sameSettings(onSheet, { ...onSheet, departmentUnits: ["Văn phòng"] })).toBe(false);
    expect(settingsCapacityProblem({ ...emptySettings(), departmentUnits: Array.from({ length: 401 }, (_, i) => `Đơn vị ${i}`) })).toMatch(/"Đơn vị của cơ quan" có 401 đơn vị/);
  });
});

describe("defaults decided once for every host", () => {
  const s = (planYear: number | null, asOf: number | null) => ({ planYear, asOf });
  it("default dossier period: plan year from 01/01 to the reporting date in that year, else 31/12", () => {
    const show = (p: { from: number; to: number } | null) => (p ? `${toVN(p.from)} – ${toVN(p.to)}` : null);
    expect(show(defaultDossierPeriod(s(2025, dayFromYMD(2025, 9, 30))))).toBe("01/01/2025 – 30/09/2025");
    expect(show(defaultDossierPeriod(s(2025, null)))).toBe("01/01/2025 – 31/12/2025");
    expect(show(defaultDossierPeriod(s(null, dayFromYMD(2026, 3, 31))))).toBe("01/01/2026 – 31/03/2026");
    // a reporting date in another year does not end the plan year's period
    expect(show(defaultDossierPeriod(s(2025, dayFromYMD(2026, 1, 15))))).toBe("01/01/2025 – 31/12/2025");
    expect(defaultDossierPeriod(s(null, null))).toBe(null);
  });
  it("plan year and reporting date when left empty", () => {
    const today = dayFromYMD(2026, 12, 5);
    expect(effectivePlanYear(s(null, null), today)).toBe(2026);
    expect(effectivePlanYear(s(null, dayFromYMD(2025, 9, 30)), today)).toBe(2025);
    expect(effectivePlanYear(s(2024, dayFromYMD(2025, 9, 30)), today)).toBe(2024);
    expect(effectiveAsOf(s(null, null), today)).toBe(today);
  });
  it("24/11 is a working day unless switched on; then a day off, from 2026, in every year it falls on a weekday", () => {
    const off = { ...emptySettings(), ngayVanHoa: true };
    const fri = dayFromYMD(2025, 11, 21); // Friday; 24/11/2025 is a Monday, before the optional day applies (2026)
    expect(toVN(addWorkingDays(fri, 1, calendarOfSettings(emptySettings()))!)).toBe("24/11/2025");
    expect(toVN(addWorkingDays(fri, 1, calendarOfSettings(off))!)).toBe("24/11/2025");
    expect(toVN(addWorkingDays(dayFromYMD(2026, 11, 23), 1, calendarOfSettings(emptySettings()))!)).toBe("24/11/2026");
    expect(toVN(addWorkingDays(dayFromYMD(2026, 11, 23), 1, calendarOfSettings(off))!)).toBe("25/11/2026");
    // 24/11/2029 is a Saturday: no day in lieu (not in the Labour Code)
    expect(toVN(addWorkingDays(dayFromYMD(2029, 11, 23), 1, calendarOfSettings(off))!)).toBe("26/11/2029");
  });
});
