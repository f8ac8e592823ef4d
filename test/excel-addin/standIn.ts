// Typed access to the in-memory Office.js stand-in (excelStandIn.js) for Node tests, with the
// Office global built from office-addin-mock's OfficeMockObject.
import "./excelStandIn.js";
import { dayFromYMD } from "@cchc/core";
import { OfficeMockObject } from "office-addin-mock";
import { readFileSync } from "node:fs";

export interface CellModel {
  v: unknown;
  nf: string;
  fill: string | null;
  bold: boolean;
  hyperlink: { documentReference: string } | null;
}
export interface SheetView {
  name: string;
  model: { id: string; charts: ChartModel[]; frozenRows: number; validations: { address: string; rule: unknown }[]; colWidths: Map<number, number>; merges?: string[]; orientation: string; tabColor: string };
  get(address: string): unknown[][];
  value(address: string): unknown;
  cell(address: string): CellModel | null;
  usedRows(): number;
}
export interface ChartModel {
  type: string;
  source: string;
  seriesBy: string;
  title: { text: string };
  position: [string, string | undefined] | null;
}
export interface WorkbookModel {
  sheets: { id: string; name: string }[];
  comments: { id: string; sheetId: string; cell: string; content: string }[];
  names: Map<string, string>;
  activeId: string;
  settings: Map<string, unknown>;
  stats: { syncs: number; runs: number; suspends: number; cellsWritten?: number };
  requirements: Record<string, string>;
  /** Simulates Excel's response limit: a request loading more cells fails with ResponsePayloadSizeLimitExceeded. */
  responseCellLimit?: number;
  sheet(name: string): SheetView;
  sheetNames(): string[];
  find(name: string): { id: string; name: string } | null;
}
interface StandInApi {
  versionAtLeast(have: string, want: string): boolean;
  createWorkbook(sheets: Record<string, unknown[][]>, active?: string): WorkbookModel;
  createContext(model: WorkbookModel): Excel.RequestContext & { syncCount: number };
}

export const StandIn = (globalThis as unknown as { CCHCStandIn: StandInApi }).CCHCStandIn;

/** The Office global for the adapter (document settings, requirement sets), as an OfficeMockObject. */
export function installOffice(model: WorkbookModel, excelApi = "1.12"): OfficeMockObject {
  model.requirements.ExcelApi = excelApi;
  const office = new OfficeMockObject({
    context: {
      document: {
        settings: {
          get: (k: string) => (model.settings.has(k) ? model.settings.get(k) : null),
          set: (k: string, v: unknown) => void model.settings.set(k, v),
          remove: (k: string) => void model.settings.delete(k),
          saveAsync: (cb?: (r: { status: string }) => void) => cb?.({ status: "succeeded" }),
        },
      },
      requirements: {
        isSetSupported: (name: string, v?: string) => name === "ExcelApi" && (!v || StandIn.versionAtLeast(excelApi, v)),
      },
    },
    HostType: { Excel: "Excel" },
  });
  (globalThis as { Office?: unknown }).Office = office;
  return office;
}

/** A workbook with `sheets`, the Office global installed; `ctx()` gives a fresh request context. */
export function setup(sheets: Record<string, unknown[][]>, active?: string, excelApi = "1.12") {
  const model = StandIn.createWorkbook(sheets, active);
  installOffice(model, excelApi);
  return { model, ctx: () => StandIn.createContext(model) };
}

/** RFC 4180 CSV (quotes, "" escapes, CRLF), UTF-8 with or without BOM. */
export function parseCsv(text: string): string[][] {
  const rows: string[][] = [];
  let row: string[] = [];
  let cell = "";
  let quoted = false;
  const s = text.replace(/^\uFEFF/, "");
  for (let i = 0; i < s.length; i++) {
    const ch = s[i];
    if (quoted) {
      if (ch === '"' && s[i + 1] === '"') {
        cell += '"';
        i++;
      } else if (ch === '"') quoted = false;
      else cell += ch;
    } else if (ch === '"') quoted = true;
    else if (ch === ",") {
      row.push(cell);
      cell = "";
    } else if (ch === "\n" || ch === "\r") {
      if (ch === "\r" && s[i + 1] === "\n") i++;
      row.push(cell);
      rows.push(row);
      row = [];
      cell = "";
    } else cell += ch;
  }
  if (cell !== "" || row.length > 0) {
    row.push(cell);
    rows.push(row);
  }
  return rows;
}

export const serialOf = (y: number, m: number, d: number) => dayFromYMD(y, m, d) + 25569;

/** Cells as Excel holds them: dd/mm/yyyy text becomes a date serial, numbers become numbers. */
export function asExcelCells(rows: string[][]): unknown[][] {
  return rows.map((r) =>
    r.map((v) => {
      const m = /^(\d{1,2})\/(\d{1,2})\/(\d{4})$/.exec(v.trim());
      if (m) return serialOf(Number(m[3]), Number(m[2]), Number(m[1]));
      return /^\d+$/.test(v.trim()) && v.trim().length < 6 ? Number(v) : v;
    }),
  );
}

export const FIXTURE_607 = new URL("../fixtures/ke-hoach-607-phu-luc.csv", import.meta.url);
export const EXAMPLE_607 = new URL("../../examples/ke-hoach-607-theo-doi.csv", import.meta.url);

export function loadCsvCells(path: string | URL): unknown[][] {
  return asExcelCells(parseCsv(readFileSync(path, "utf8")));
}

/**
 * A generated appendix of `tasks` task rows (for sync counts and timing): sections I…, tasks
 * numbered 1…, a schedule, a lead, completion dates on some rows, and every 50th task without
 * a lead (an error that gets marked).
 */
export function bigAppendix(tasks: number): unknown[][] {
  const rows: unknown[][] = [["STT", "Nội dung công việc", "Cơ quan chủ trì", "Cơ quan phối hợp", "Tiến độ thực hiện", "Kết quả/sản phẩm", "Hạn", "Ngày hoàn thành"]];
  const romans = ["I", "II", "III", "IV", "V", "VI", "VII", "VIII"];
  const perSection = Math.ceil(tasks / romans.length);
  let n = 0;
  for (const r of romans) {
    rows.push([r, `Lĩnh vực ${r}`, "", "", "", "", "", ""]);
    for (let i = 1; i <= perSection && n < tasks; i++, n++) {
      const month = (n % 12) + 1;
      rows.push([
        String(i),
        `Nhiệm vụ số ${n + 1} của lĩnh vực ${r}`,
        n % 50 === 49 ? "" : `Phòng ${String.fromCharCode(65 + (n % 5))}`,
        "Văn phòng",
        `Tháng ${month}/2025`,
        "Báo cáo",
        "",
        n % 3 === 0 ? serialOf(2025, month, 10) : "",
      ]);
    }
  }
  return rows;
}
