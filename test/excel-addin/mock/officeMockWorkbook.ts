/**
 * An Excel object model for the command tests, made of office-addin-mock objects: every object a
 * command touches (context, workbook, worksheets, ranges, fills, comments, names, charts) is an
 * `OfficeMockObject` built from a plain data object, so a property is only readable after
 * load() + context.sync(), as in Office.js. The data objects hold the few methods the commands
 * call, as plain functions (office-addin-mock's way of extending its objects).
 *
 * office-addin-mock keeps no workbook: the builder below keeps the cells (values, number formats,
 * fills, links) per sheet. At each context.sync() it first applies what the batch wrote on the
 * range proxies (so a command's writes become visible to the next batch and to the test), then
 * runs office-addin-mock's own sync on the context and on every object returned by a method
 * (office-addin-mock's sync only walks the objects of the initial data tree).
 *
 * Like Office.js, every getItem / getActiveWorksheet / add / getRange call hands out a new proxy,
 * so a property the command did not load itself reads as office-addin-mock's "not loaded" error.
 *
 * What office-addin-mock cannot express, and how it is handled here:
 * - `collection.load("items/name")`: its load cannot navigate into an array, so a collection's
 *   load makes the item proxies, loads "items" and then the named properties of each item.
 * - objects returned by methods: office-addin-mock's context.sync() only reaches the objects of
 *   the initial data tree, so the wrapped context.sync() also syncs every proxy handed out.
 * - writes: office-addin-mock keeps assigned values on the proxy only; they are committed to
 *   the sheet model at the next sync (values, number formats, fills, links, column widths, page
 *   layout, tab colour), and methods (comments.add, names.add, charts.add, merge, freeze…)
 *   record into it directly.
 * - `isNullObject`: readable after sync without load in Office.js; set as a plain property.
 * - a range passed to a method (chart series, freeze panes) needs no load in Office.js: its
 *   address is kept in a plain property `__address` for recording such calls.
 * - batch order: a value loaded and then written in the same batch reads back as it was when
 *   loaded (Office.js); fills capture their colour/pattern at load() for that.
 */
import { OfficeMockObject } from "office-addin-mock";
import { columnIndexOf, columnLetter, quoteSheetName, rangeAddress } from "../../../excel-addin/src/excel/addresses.js";

// The mock's own type declares nothing of Excel's: the data objects' properties are reached by name.
// eslint-disable-next-line @typescript-eslint/no-explicit-any
export type Mock = OfficeMockObject & Record<string, any>;

const MAX_ROWS = 1_048_576;
const MAX_COLS = 16_384;
/** Ranges larger than this are not copied into their proxy (whole columns, the whole sheet). */
const MAX_PROXIED_CELLS = 1_000_000;

/** What office-addin-mock shows for a property loaded but not synced yet. */
const NOT_SYNCED = "Error, context.sync() was not called";
const isMockError = (v: unknown) => typeof v === "string" && v.startsWith("Error, ");

export interface ChartRecord {
  type: string;
  source: string;
  seriesBy: string;
  mock: Mock;
  series: { mock: Mock; values: string; xValues: string; color: string | null }[];
  position: [string, string | undefined] | null;
}

export interface SheetState {
  id: string;
  name: string;
  values: unknown[][];
  formats: Map<string, string>;
  fills: Map<string, string>;
  links: Map<string, string>;
  widths: Map<number, number>;
  merges: string[];
  charts: ChartRecord[];
  validations: { address: string; rule: unknown; errorAlert: unknown }[];
  frozen: { rows: number; at: string | null };
  /** Handlers registered with worksheet.onChanged.add (tests fire them). */
  changeHandlers: ((e: unknown) => Promise<void>)[];
  /** Page layout properties and tab colour set through any proxy of the sheet. */
  page: Record<string, unknown>;
  tabColor: string;
}

export interface CommentState {
  id: string;
  sheet: string;
  cell: string;
  content: string;
}

export interface WriteRecord {
  sheet: string;
  address: string;
  what: "values" | "formulas" | "numberFormat" | "fill" | "fill.clear" | "hyperlink" | "columnWidth";
  value: unknown;
}

interface Tracked {
  failed?: boolean;
  sheet: SheetState;
  r0: number;
  c0: number;
  rows: number;
  cols: number;
  mock: Mock;
  seen: Record<string, unknown>;
}

function parseA1(address: string): { r0: number; c0: number; rows: number; cols: number } {
  const ref = address.slice(address.lastIndexOf("!") + 1).replace(/\$/g, "").toUpperCase();
  const [a, b = a] = ref.split(":");
  const part = (p: string) => {
    const m = /^([A-Z]*)(\d*)$/.exec(p);
    if (!m) throw Object.assign(new Error(`Địa chỉ không hợp lệ: ${address}`), { code: "InvalidArgument" });
    return { col: m[1] ? columnIndexOf(m[1]) : null, row: m[2] ? Number(m[2]) - 1 : null };
  };
  const p = part(a);
  const q = part(b);
  const r0 = p.row ?? 0;
  const c0 = p.col ?? 0;
  const r1 = q.row ?? MAX_ROWS - 1;
  const c1 = q.col ?? MAX_COLS - 1;
  return { r0, c0, rows: r1 - r0 + 1, cols: c1 - c0 + 1 };
}

const cellKey = (r: number, c: number) => rangeAddress(r, c);

export interface MockWorkbookOptions {
  /** ExcelApi version the host reports (comments need 1.10, fill patterns 1.9, merged areas 1.13). */
  excelApi?: string;
  /** Active sheet (default: the first). */
  active?: string;
  /**
   * Excel's response limit (5 MB on the web), in bytes of JSON: a batch loading more values than
   * that fails with ResponsePayloadSizeLimitExceeded and nothing of it is applied.
   */
  responseByteLimit?: number;
}

function versionAtLeast(have: string, want: string): boolean {
  const [a, b] = have.split(".").map(Number);
  const [c, d] = want.split(".").map(Number);
  return a > c || (a === c && b >= d);
}

/**
 * A workbook with the given sheets (2-D arrays of the user's values), the Office global
 * (document settings, requirement sets) installed, and `context()` giving the request context
 * (an OfficeMockObject) whose sync is counted.
 */
export function mockWorkbook(sheets: Record<string, unknown[][]>, options: MockWorkbookOptions = {}) {
  const excelApi = options.excelApi ?? "1.13";
  const created: Mock[] = [];
  const tracked: Tracked[] = [];
  const state = {
    sheets: [] as SheetState[],
    comments: [] as CommentState[],
    names: new Map<string, string>(),
    settings: new Map<string, unknown>(),
    activeId: "",
    syncs: 0,
    /** Sizes (bytes) of the reads refused for responseByteLimit. */
    refused: [] as number[],
    suspends: 0,
    writes: [] as WriteRecord[],
  };
  let nextId = 1;
  // the items of the collections: new proxies at each load, as Office.js hands out
  const sheetItems: Mock[] = [];
  const commentItems: Mock[] = [];
  const nameItems: Mock[] = [];
  const sheetProxies: { sheet: SheetState; mock: Mock; seen: Record<string, unknown> }[] = [];

  const mock = (data: object): Mock => {
    const m = new OfficeMockObject(data as never, "excel" as never) as Mock;
    created.push(m);
    return m;
  };

  /**
   * A collection's load: office-addin-mock cannot load "items/x", so the items are made afresh
   * (`fresh()`), "items" is loaded, then x on each item.
   */
  const collectionLoad = (items: Mock[], fresh: () => Mock[]) =>
    function (this: Mock, props: string) {
      const wanted = String(props).split(",").map((p) => p.trim());
      items.splice(0, items.length, ...fresh());
      OfficeMockObject.prototype.load.call(this, "items");
      const own = wanted.filter((p) => p.startsWith("items/")).map((p) => p.slice(6));
      if (own.length) for (const item of items) item.load(own.join(","));
      return this;
    };

  const findSheet = (key: string): SheetState | undefined => {
    const k = key.normalize("NFC").toLocaleLowerCase("vi");
    return state.sheets.find((s) => s.id === key || s.name.normalize("NFC").toLocaleLowerCase("vi") === k);
  };

  function addressOf(sheet: SheetState, r0: number, c0: number, rows: number, cols: number): string {
    const a =
      rows >= MAX_ROWS
        ? `${columnLetter(c0)}:${columnLetter(c0 + cols - 1)}`
        : rangeAddress(r0, c0, rows, cols);
    return `${quoteSheetName(sheet.name)}!${a}`;
  }

  function slice(grid: unknown[][], r0: number, c0: number, rows: number, cols: number, blank: unknown): unknown[][] {
    const out: unknown[][] = new Array(rows);
    for (let r = 0; r < rows; r++) {
      const src = grid[r0 + r] ?? [];
      const row = new Array(cols);
      for (let c = 0; c < cols; c++) row[c] = src[c0 + c] ?? blank;
      out[r] = row;
    }
    return out;
  }

  function makeRange(sheet: SheetState, r0: number, c0: number, rows: number, cols: number): Mock {
    const proxied = rows * cols <= MAX_PROXIED_CELLS && rows < MAX_ROWS && cols < MAX_COLS;
    const formats: unknown[][] = [];
    if (proxied) {
      for (let r = 0; r < rows; r++) {
        const row = new Array(cols);
        for (let c = 0; c < cols; c++) row[c] = sheet.formats.get(cellKey(r0 + r, c0 + c)) ?? "General";
        formats.push(row);
      }
    }
    const single = rows === 1 && cols === 1;
    const fill = single ? (sheet.fills.get(cellKey(r0, c0)) ?? null) : null;
    const link = single ? sheet.links.get(cellKey(r0, c0)) : undefined;
    const m = mock({
      address: addressOf(sheet, r0, c0, rows, cols),
      rowIndex: r0,
      columnIndex: c0,
      rowCount: rows,
      columnCount: cols,
      values: proxied ? slice(sheet.values, r0, c0, rows, cols, "") : undefined,
      formulas: proxied ? slice(sheet.values, r0, c0, rows, cols, "") : undefined,
      numberFormat: proxied ? formats : undefined,
      hyperlink: link ? { documentReference: link } : undefined,
      format: {
        fill: {
          color: fill ?? "#FFFFFF",
          pattern: fill ? "Solid" : "None",
          cleared: false,
          clear(this: Mock) {
            this.cleared = true;
          },
          // Office.js: a property loaded before it is written in the same batch reads back as loaded
          load(this: Mock, props: string) {
            this.loadedAt = { color: isMockError(this.color) ? (fill ?? "#FFFFFF") : this.color, pattern: fill ? "Solid" : "None" };
            return OfficeMockObject.prototype.load.call(this, props);
          },
        },
        font: { bold: false, color: "#000000", size: 11 },
        wrapText: false,
        verticalAlignment: "Bottom",
        horizontalAlignment: "General",
        columnWidth: 48,
        autofitRows() {},
      },
      dataValidation: { rule: undefined, errorAlert: undefined, prompt: undefined, type: sheet.validations.some((v) => v.address.startsWith(addressOf(sheet, r0, c0, rows, cols).split("!").pop()!.split(":")[0]!)) ? "List" : "None" },
      merge(this: Mock) {
        sheet.merges.push(addressOf(sheet, r0, c0, rows, cols));
      },
      getMergedAreasOrNullObject() {
        const inside = sheet.merges.filter((a) => {
          const p = parseA1(a);
          return p.r0 >= r0 && p.c0 >= c0 && p.r0 + p.rows <= r0 + rows && p.c0 + p.cols <= c0 + cols;
        });
        const areas = mock({ address: inside.join(", ") });
        areas.isNullObject = inside.length === 0;
        return areas;
      },
    });
    m.isNullObject = false;
    // passing a range to a method (chart series, freeze panes) needs no load in Office.js: the
    // address is kept in a plain property too, for recording such calls
    m.__address = addressOf(sheet, r0, c0, rows, cols);
    const t: Tracked = { sheet, r0, c0, rows, cols, mock: m, seen: {} };
    remember(t);
    tracked.push(t);
    return m;
  }

  const fields = (m: Mock): Record<string, unknown> => ({
    values: m.values,
    formulas: m.formulas,
    numberFormat: m.numberFormat,
    hyperlink: m.hyperlink,
    color: m.format.fill.color,
    cleared: m.format.fill.cleared,
    columnWidth: m.format.columnWidth,
  });
  function remember(t: Tracked): void {
    t.seen = fields(t.mock);
  }

  /** Apply what the batch wrote on range proxies to the sheets (before the mock's sync). */
  function commit(): void {
    for (const t of tracked) {
      const now = fields(t.mock);
      const changed = (k: string) => now[k] !== t.seen[k] && !isMockError(now[k]) && now[k] !== undefined;
      const where = addressOf(t.sheet, t.r0, t.c0, t.rows, t.cols);
      const log = (what: WriteRecord["what"], value: unknown) => state.writes.push({ sheet: t.sheet.name, address: where.slice(where.lastIndexOf("!") + 1), what, value });
      const grid = (k: "values" | "formulas" | "numberFormat") => {
        const v = now[k] as unknown[][];
        if (!Array.isArray(v) || v.length !== t.rows || v.some((row) => !Array.isArray(row) || row.length !== t.cols)) {
          throw Object.assign(new Error(`${k} của ${where} không khớp kích thước ${t.rows}×${t.cols}`), { code: "InvalidArgument" });
        }
        log(k, v);
        for (let r = 0; r < t.rows; r++) {
          for (let c = 0; c < t.cols; c++) {
            // a formula is kept as its text ("=…"): the mock computes nothing
            if (k === "values" || k === "formulas") (t.sheet.values[t.r0 + r] ??= [])[t.c0 + c] = v[r][c];
            else t.sheet.formats.set(cellKey(t.r0 + r, t.c0 + c), String(v[r][c]));
          }
        }
      };
      if (changed("numberFormat")) grid("numberFormat");
      if (changed("values")) grid("values");
      if (changed("formulas")) grid("formulas");
      const cells = () => {
        const out: string[] = [];
        if (t.rows * t.cols > 100_000) return out;
        for (let r = 0; r < t.rows; r++) for (let c = 0; c < t.cols; c++) out.push(cellKey(t.r0 + r, t.c0 + c));
        return out;
      };
      if (changed("cleared") && now.cleared === true) {
        log("fill.clear", null);
        for (const k of cells()) t.sheet.fills.delete(k);
      }
      if (changed("color")) {
        log("fill", now.color);
        for (const k of cells()) t.sheet.fills.set(k, String(now.color));
      }
      if (changed("hyperlink")) {
        const h = now.hyperlink as { documentReference?: string };
        log("hyperlink", h);
        t.sheet.links.set(cellKey(t.r0, t.c0), String(h?.documentReference ?? ""));
      }
      if (changed("columnWidth")) {
        log("columnWidth", now.columnWidth);
        for (let c = 0; c < t.cols; c++) t.sheet.widths.set(t.c0 + c, Number(now.columnWidth));
      }
    }
  }

  /** Tab colour and page layout set on sheet proxies (plain properties of the mock). */
  function commitSheets(): void {
    for (const p of sheetProxies) {
      const now = sheetFields(p.mock);
      for (const [k, v] of Object.entries(now)) {
        if (v === p.seen[k] || isMockError(v) || v === undefined) continue;
        if (k === "tabColor") p.sheet.tabColor = String(v);
        else p.sheet.page[k] = v;
      }
    }
  }

  function usedBox(sheet: SheetState): { r0: number; c0: number; rows: number; cols: number } | null {
    let r0 = Infinity;
    let c0 = Infinity;
    let r1 = -1;
    let c1 = -1;
    sheet.values.forEach((row, r) =>
      row?.forEach((v, c) => {
        if (v === "" || v === null || v === undefined) return;
        r0 = Math.min(r0, r);
        r1 = Math.max(r1, r);
        c0 = Math.min(c0, c);
        c1 = Math.max(c1, c);
      }),
    );
    return r1 < 0 ? null : { r0, c0, rows: r1 - r0 + 1, cols: c1 - c0 + 1 };
  }

  function makeChart(sheet: SheetState, type: string, source: Mock, seriesBy: string): Mock {
    const rec: ChartRecord = { type, source: source.__address as string, seriesBy, mock: undefined as unknown as Mock, series: [], position: null };
    const makeSeries = (name: string, values: string) => {
      const s = { mock: undefined as unknown as Mock, values, xValues: "", color: null as string | null };
      s.mock = mock({
        name,
        setXAxisValues: (r: Mock) => void (s.xValues = r.__address as string),
        setValues: (r: Mock) => void (s.values = r.__address as string),
        format: { fill: { setSolidColor: (c: string) => void (s.color = c) } },
      });
      rec.series.push(s);
      return s.mock;
    };
    makeSeries("", source.__address as string);
    rec.mock = mock({
      title: { text: "" },
      legend: { position: "Right" },
      width: 360,
      height: 216,
      series: {
        getItemAt: (i: number) => rec.series[i].mock,
        add: (name: string) => makeSeries(name, ""),
      },
      setPosition: (a: string, b?: string) => void (rec.position = [a, b]),
    });
    sheet.charts.push(rec);
    return rec.mock;
  }

  function addSheet(name: string, values: unknown[][]): SheetState {
    const s: SheetState = {
      id: `{sheet-${nextId++}}`,
      name,
      values: values.map((r) => [...r]),
      formats: new Map(),
      fills: new Map(),
      links: new Map(),
      widths: new Map(),
      merges: [],
      charts: [],
      validations: [],
      frozen: { rows: 0, at: null },
      changeHandlers: [],
      page: {},
      tabColor: "",
    };
    state.sheets.push(s);
    return s;
  }

  const PAGE_FIELDS = ["orientation", "paperSize", "zoom", "leftMargin", "rightMargin", "topMargin", "bottomMargin", "printTitleRows"];
  const sheetFields = (m: Mock): Record<string, unknown> => {
    const out: Record<string, unknown> = { tabColor: m.tabColor };
    for (const k of PAGE_FIELDS) out[k] = m.pageLayout[k];
    return out;
  };

  /** A new proxy of a sheet (each getItem / getActiveWorksheet / add / load of items gives one). */
  function sheetProxy(s: SheetState): Mock {
    const m = mock({
      name: s.name,
      id: s.id,
      tabColor: s.tabColor,
      getUsedRangeOrNullObject() {
        const box = usedBox(s);
        if (!box) {
          const nothing = makeRange(s, 0, 0, 1, 1);
          nothing.isNullObject = true;
          return nothing;
        }
        return makeRange(s, box.r0, box.c0, box.rows, box.cols);
      },
      getRange(address?: string) {
        if (address === undefined) return makeRange(s, 0, 0, MAX_ROWS, MAX_COLS);
        const p = parseA1(address);
        const range = makeRange(s, p.r0, p.c0, p.rows, p.cols);
        const validation = range.dataValidation as Mock;
        // data validation is written as a whole object: recorded when assigned
        let rule: unknown;
        let errorAlert: unknown;
        Object.defineProperty(validation, "rule", { get: () => rule, set: (v) => void (rule = v, s.validations.push({ address, rule: v, errorAlert: undefined })) });
        Object.defineProperty(validation, "errorAlert", {
          get: () => errorAlert,
          set: (v) => {
            errorAlert = v;
            const last = [...s.validations].reverse().find((x) => x.address === address);
            if (last) last.errorAlert = v;
          },
        });
        return range;
      },
      getRangeByIndexes: (r: number, c: number, rows: number, cols: number) => makeRange(s, r, c, rows, cols),
      activate: () => void (state.activeId = s.id),
      freezePanes: {
        freezeRows: (n: number) => void (s.frozen.rows = n),
        freezeAt: (r: Mock) => void (s.frozen.at = String(r.__address)),
      },
      pageLayout: {
        orientation: s.page.orientation ?? "Portrait",
        paperSize: s.page.paperSize ?? "Letter",
        zoom: s.page.zoom,
        leftMargin: s.page.leftMargin ?? 54,
        rightMargin: s.page.rightMargin ?? 54,
        topMargin: s.page.topMargin ?? 72,
        bottomMargin: s.page.bottomMargin ?? 72,
        printTitleRows: s.page.printTitleRows ?? "",
        setPrintTitleRows(this: Mock, rows: string) {
          this.printTitleRows = rows;
        },
      },
      charts: { add: (type: string, source: Mock, seriesBy: string) => makeChart(s, type, source, seriesBy) },
      onChanged: {
        add: (handler: (e: unknown) => Promise<void>) => {
          s.changeHandlers.push(handler);
          return { remove: () => void s.changeHandlers.splice(s.changeHandlers.indexOf(handler), 1) };
        },
      },
    });
    sheetProxies.push({ sheet: s, mock: m, seen: sheetFields(m) });
    return m;
  }

  for (const [name, values] of Object.entries(sheets)) addSheet(name, values);
  state.activeId = (options.active ? findSheet(options.active)! : state.sheets[0]).id;

  function makeComment(c: CommentState): Mock {
    const m = mock({
      id: c.id,
      content: c.content,
      getLocation: () => {
        const s = findSheet(c.sheet)!;
        const p = parseA1(c.cell);
        return makeRange(s, p.r0, p.c0, 1, 1);
      },
      delete: () => {
        const i = state.comments.indexOf(c);
        if (i < 0) throw notFound(`ghi chú ${c.id}`);
        state.comments.splice(i, 1);
      },
    });
    return m;
  }

  const notFound = (what: string) => Object.assign(new Error(`Không tìm thấy ${what}`), { code: "ItemNotFound" });

  const data = {
    workbook: {
      worksheets: {
        items: sheetItems,
        load: collectionLoad(sheetItems, () => state.sheets.map(sheetProxy)),
        getActiveWorksheet: () => sheetProxy(findSheet(state.activeId)!),
        getItem: (key: string) => {
          const s = findSheet(key);
          if (!s) throw notFound(`trang "${key}"`);
          return sheetProxy(s);
        },
        getItemOrNullObject: (key: string) => {
          const s = findSheet(key);
          if (s) return sheetProxy(s);
          const nothing = mock({ name: "", getRange: () => Object.assign(mock({ values: [] }), { isNullObject: true }) });
          nothing.isNullObject = true;
          return nothing;
        },
        add: (name: string) => {
          if (findSheet(name)) throw Object.assign(new Error(`Trang "${name}" đã có`), { code: "ItemAlreadyExists" });
          return sheetProxy(addSheet(name, []));
        },
      },
      comments: {
        items: commentItems,
        load: collectionLoad(commentItems, () => state.comments.map(makeComment)),
        add: (address: string, content: string) => {
          const bang = address.lastIndexOf("!");
          const sheet = address.slice(0, bang).replace(/^'(.*)'$/, "$1").replace(/''/g, "'");
          if (!findSheet(sheet)) throw notFound(`trang "${sheet}"`);
          const c: CommentState = { id: `{comment-${nextId++}}`, sheet: findSheet(sheet)!.name, cell: address.slice(bang + 1).replace(/\$/g, ""), content };
          state.comments.push(c);
          return makeComment(c);
        },
        getItem: (id: string) => {
          const c = state.comments.find((x) => x.id === id);
          if (!c) throw notFound(`ghi chú ${id}`);
          return makeComment(c);
        },
        getItemOrNullObject: (id: string) => {
          const c = state.comments.find((x) => x.id === id);
          if (c) return makeComment(c);
          const nothing = mock({ id, delete: () => undefined });
          nothing.isNullObject = true;
          return nothing;
        },
      },
      names: {
        items: nameItems,
        load: collectionLoad(nameItems, () => [...state.names].map(([name, formula]) => mock({ name, formula }))),
        add: (name: string, reference: string, comment?: string) => {
          if (state.names.has(name)) throw Object.assign(new Error(`Tên "${name}" đã có`), { code: "ItemAlreadyExists" });
          state.names.set(name, reference);
          return mock({ name, formula: reference, comment: comment ?? "" });
        },
        getItem: (name: string) => {
          if (!state.names.has(name)) throw notFound(`tên "${name}"`);
          return mock({ name, formula: state.names.get(name), delete: () => void state.names.delete(name) });
        },
      },
    },
    application: {
      suspendApiCalculationUntilNextSync: () => void state.suspends++,
    },
  };

  /** A comment the user (or an earlier run) already has on a cell. */
  function addComment(sheet: string, cell: string, content: string): string {
    const c: CommentState = { id: `{comment-${nextId++}}`, sheet, cell, content };
    state.comments.push(c);
    return c.id;
  }

  installOffice(state.settings, excelApi);

  /** The request context: an OfficeMockObject; its sync is counted and commits the batch. */
  function context(): Excel.RequestContext {
    const ctx = new OfficeMockObject(data as never, "excel" as never) as Mock;
    const mockSync = ctx.sync.bind(ctx);
    ctx.sync = async () => {
      state.syncs++;
      const limit = options.responseByteLimit;
      const loading = limit ? tracked.filter((t) => !t.failed && t.mock.values === NOT_SYNCED) : [];
      const bytes = loading.reduce((n, t) => n + Buffer.byteLength(JSON.stringify(slice(t.sheet.values, t.r0, t.c0, t.rows, t.cols, ""))), 0);
      if (limit && bytes > limit) {
        for (const t of loading) t.failed = true;
        state.refused.push(bytes);
        throw Object.assign(new Error("The response payload size has exceeded the limit."), { code: "ResponsePayloadSizeLimitExceeded" });
      }
      commit();
      commitSheets();
      await mockSync();
      for (const m of created) await m.sync();
      for (const t of tracked) {
        const fill = t.mock.format.fill as Mock;
        if (fill.loadedAt) {
          fill.color = fill.loadedAt.color;
          fill.pattern = fill.loadedAt.pattern;
          fill.loadedAt = undefined;
        }
        remember(t);
      }
      for (const p of sheetProxies) p.seen = sheetFields(p.mock);
    };
    return ctx as unknown as Excel.RequestContext;
  }

  function sheet(name: string): SheetState {
    const s = findSheet(name);
    if (!s) throw new Error(`no sheet ${name} (have ${state.sheets.map((x) => x.name).join(", ")})`);
    return s;
  }

  return {
    state,
    context,
    sheet,
    addComment,
    sheetNames: () => state.sheets.map((s) => s.name),
    activeName: () => findSheet(state.activeId)!.name,
    /** Values of `address` ("A1:C5") on a sheet, "" for empty cells. */
    get: (name: string, address: string) => {
      const p = parseA1(address);
      return slice(sheet(name).values, p.r0, p.c0, p.rows, p.cols, "");
    },
    value: (name: string, address: string) => {
      const p = parseA1(address);
      return sheet(name).values[p.r0]?.[p.c0] ?? "";
    },
    /** Writes of values or number formats on a sheet (the user's sheets must have none). */
    cellWrites: (name: string) => state.writes.filter((w) => w.sheet === name && (w.what === "values" || w.what === "formulas" || w.what === "numberFormat")),
  };
}

export type MockWorkbook = ReturnType<typeof mockWorkbook>;

/** The Office global (document settings, requirement sets) as an OfficeMockObject. */
export function installOffice(settings: Map<string, unknown>, excelApi: string): void {
  const office = new OfficeMockObject({
    context: {
      document: {
        settings: {
          get: (k: string) => (settings.has(k) ? settings.get(k) : null),
          set: (k: string, v: unknown) => void settings.set(k, v),
          remove: (k: string) => void settings.delete(k),
          saveAsync: (cb?: (r: { status: string }) => void) => cb?.({ status: "succeeded" }),
        },
      },
      requirements: {
        isSetSupported: (name: string, v?: string) => name === "ExcelApi" && (!v || versionAtLeast(excelApi, v)),
      },
    },
  } as never);
  (globalThis as { Office?: unknown }).Office = office;
}
