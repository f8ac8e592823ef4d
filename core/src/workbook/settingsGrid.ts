/**
 * The settings sheet "CCHC – Cài đặt" in the tracking workbook: exactly the sheet both add-ins and
 * `cchc template` write (core/src/settings/settingsSheet.ts: B3 plan year, B4 reporting date, B5
 * the 24/11 switch, lists from row 9) with its defined names, which every formula of the sổ uses.
 */
import type { Day } from "../dates/day.js";
import { absoluteA1 } from "../report/sheetGrid.js";
import { SETTINGS_SHEET } from "../settings/settingsLayout.js";
import type { WorkbookSettings } from "../settings/settingsModel.js";
import { settingsNames, settingsSheetGrid } from "../settings/settingsSheet.js";
import type { GridCell, GridSheet, WorkbookName } from "./gridSpec.js";

export const SETTINGS_SHEET_NAME = SETTINGS_SHEET;

export function settingsGrid(input: {
  planYear: number;
  asOf: Day;
  ngayVanHoa?: boolean;
  extraDaysOff?: readonly Day[];
  extraWorkingDays?: readonly Day[];
  departmentUnits?: readonly string[];
}): { sheet: GridSheet; names: WorkbookName[] } {
  const settings: WorkbookSettings = {
    planYear: input.planYear,
    asOf: input.asOf,
    ngayVanHoa: input.ngayVanHoa ?? false,
    extraDaysOff: (input.extraDaysOff ?? []).map((day) => ({ day, reason: "" })),
    extraWorkingDays: (input.extraWorkingDays ?? []).map((day) => ({ day, reason: "" })),
    departmentUnits: [...(input.departmentUnits ?? [])],
  };
  const g = settingsSheetGrid(settings);
  const rows: (GridCell | null)[][] = g.values.map((line, r) =>
    line.map((v, c): GridCell | null => {
      const numFmt = g.formats[r]![c]!;
      const cell: GridCell = { numFmt };
      if (v !== null) cell.v = v;
      if (g.bold[r]![c]) cell.bold = true;
      if (g.fills[r]![c]) cell.head = true;
      return v === null && numFmt === "General" ? null : cell;
    }),
  );
  return {
    sheet: { name: g.name, rows, widths: g.widths, print: { landscape: false, fitToWidth: true } },
    names: settingsNames().map((n) => ({ name: n.name, sheet: g.name, ref: absoluteA1(n) })),
  };
}
