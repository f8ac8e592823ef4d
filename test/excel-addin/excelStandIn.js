/*
 * A small in-memory stand-in for the parts of Office.js the CCHC add-in uses (office.js itself
 * only runs inside Office). Plain script: loaded with a <script> tag in the browser test (the
 * playwright test routes the office.js CDN URL here) and imported for its side effect in Node
 * tests. It sets globalThis.CCHCStandIn = { createWorkbook, createContext, install, ... }.
 *
 * Semantics kept from the real API, so the adapter code is tested honestly:
 * - commands are applied in the order they are queued; a load() captures the value at its
 *   position in the queue, and the loaded value is readable only after context.sync();
 *   reading a property that was not loaded and synced throws PropertyNotLoaded;
 * - getItem() of a missing sheet fails the next sync with ItemNotFound;
 * - every context.sync() is counted (context.syncCount and workbook.stats.syncs).
 */
(function (root) {
  "use strict";

  // ---------- addresses ----------
  function colLetter(c) {
    let s = "";
    c += 1;
    while (c > 0) {
      const m = (c - 1) % 26;
      s = String.fromCharCode(65 + m) + s;
      c = Math.floor((c - 1) / 26);
    }
    return s;
  }
  function colIndex(letters) {
    let n = 0;
    for (const ch of letters.toUpperCase()) n = n * 26 + (ch.charCodeAt(0) - 64);
    return n - 1;
  }
  function quoteSheet(name) {
    return /^[A-Za-z_][A-Za-z0-9_.]*$/.test(name) ? name : `'${name.replace(/'/g, "''")}'`;
  }
  /** "A1", "A1:C3", "A:A", "1:3", with an optional sheet prefix → {sheet, r0, c0, r1, c1}. */
  function parseAddress(address) {
    let sheet = null;
    let ref = address;
    const bang = address.lastIndexOf("!");
    if (bang >= 0) {
      sheet = address.slice(0, bang).replace(/^'(.*)'$/, "$1").replace(/''/g, "'");
      ref = address.slice(bang + 1);
    }
    ref = ref.replace(/\$/g, "");
    const parts = ref.split(":");
    const one = (p) => {
      const m = /^([A-Za-z]*)(\d*)$/.exec(p);
      if (!m) throw new Error(`InvalidArgument: bad address ${address}`);
      return { c: m[1] ? colIndex(m[1]) : null, r: m[2] ? Number(m[2]) - 1 : null };
    };
    const a = one(parts[0]);
    const b = parts[1] ? one(parts[1]) : a;
    return {
      sheet,
      r0: a.r ?? 0,
      c0: a.c ?? 0,
      r1: b.r ?? 1048575,
      c1: b.c ?? 16383,
    };
  }
  function a1(r0, c0, r1, c1) {
    const first = `${colLetter(c0)}${r0 + 1}`;
    return r0 === r1 && c0 === c1 ? first : `${first}:${colLetter(c1)}${r1 + 1}`;
  }

  /** "1.10" ≥ "1.9": requirement set versions compare part by part. */
  function versionAtLeast(have, want) {
    const a = String(have).split(".").map(Number);
    const b = String(want).split(".").map(Number);
    for (let i = 0; i < Math.max(a.length, b.length); i++) {
      if ((a[i] || 0) !== (b[i] || 0)) return (a[i] || 0) > (b[i] || 0);
    }
    return true;
  }

  // ---------- the document model ----------
  let nextId = 1;
  function newSheetModel(name) {
    return {
      id: `{sheet-${nextId++}}`,
      name,
      visibility: "Visible",
      cells: new Map(),
      colWidths: new Map(),
      frozenRows: 0,
      charts: [],
      tabColor: "",
      orientation: "Portrait",
      validations: [],
      conditionalFormats: [],
    };
  }
  const KEY = (r, c) => r * 16384 + c;

  /**
   * A workbook model. `sheets` maps a name to a 2-D array of values to start with.
   * Returns the model; use model.sheet(name).get(address) etc. to inspect it.
   */
  function createWorkbook(sheets = { Sheet1: [] }, active) {
    const model = {
      sheets: [],
      comments: [],
      names: new Map(),
      activeId: null,
      settings: new Map(),
      stats: { syncs: 0, runs: 0, suspends: 0 },
      requirements: { ExcelApi: "1.12" },
      find(key) {
        return this.sheets.find((s) => s.name === key || s.id === key) || null;
      },
      sheet(name) {
        const s = this.find(name);
        if (!s) throw new Error(`no sheet ${name}`);
        return sheetView(s);
      },
      sheetNames() {
        return this.sheets.map((s) => s.name);
      },
      addSheet(name, values) {
        const s = newSheetModel(name);
        this.sheets.push(s);
        if (values) writeValues(s, 0, 0, values);
        return s;
      },
    };
    for (const [name, values] of Object.entries(sheets)) model.addSheet(name, values);
    model.activeId = (active ? model.find(active) : model.sheets[0])?.id ?? null;
    return model;
  }
  function writeValues(s, r0, c0, values) {
    values.forEach((row, i) =>
      row.forEach((v, j) => {
        const cell = cellAt(s, r0 + i, c0 + j, true);
        cell.v = v === null || v === undefined ? "" : v;
      }),
    );
  }
  function cellAt(s, r, c, create) {
    const k = KEY(r, c);
    let cell = s.cells.get(k);
    if (!cell && create) {
      cell = { v: "", nf: "General", fill: null, bold: false, italic: false, fontColor: "#000000", wrap: false, hyperlink: null };
      s.cells.set(k, cell);
    }
    return cell || null;
  }
  /** Read helpers for tests. */
  function sheetView(s) {
    return {
      model: s,
      name: s.name,
      get(address) {
        const p = parseAddress(address);
        const out = [];
        for (let r = p.r0; r <= p.r1; r++) {
          const row = [];
          for (let c = p.c0; c <= p.c1; c++) row.push(cellAt(s, r, c, false)?.v ?? "");
          out.push(row);
        }
        return out;
      },
      value(address) {
        return this.get(address)[0][0];
      },
      cell(address) {
        const p = parseAddress(address);
        return cellAt(s, p.r0, p.c0, false);
      },
      usedRows() {
        return usedBox(s, true)?.r1 + 1 || 0;
      },
      charts: s.charts,
      frozenRows: () => s.frozenRows,
    };
  }
  function usedBox(s, valuesOnly) {
    let r0 = Infinity, c0 = Infinity, r1 = -1, c1 = -1;
    for (const [k, cell] of s.cells) {
      const used = cell.v !== "" || (!valuesOnly && (cell.fill || cell.nf !== "General" || cell.bold));
      if (!used) continue;
      const r = Math.floor(k / 16384), c = k % 16384;
      if (r < r0) r0 = r;
      if (c < c0) c0 = c;
      if (r > r1) r1 = r;
      if (c > c1) c1 = c;
    }
    return r1 < 0 ? null : { r0, c0, r1, c1 };
  }

  // ---------- proxies ----------
  function notLoaded(name) {
    const e = new Error(`PropertyNotLoaded: The property '${name}' is not available. Load it and call context.sync() first.`);
    e.code = "PropertyNotLoaded";
    return e;
  }
  function splitProps(arg) {
    if (arg === undefined) return null;
    if (Array.isArray(arg)) return arg.flatMap((a) => splitProps(a));
    if (typeof arg === "object") return Object.keys(arg).filter((k) => arg[k]);
    return String(arg).split(",").map((s) => s.trim()).filter(Boolean);
  }

  /** Base of every proxy: load() captures values now, sync() publishes them. */
  class Proxy {
    constructor(ctx) {
      this.context = ctx;
      this._loaded = new Map();
      this._bornAt = ctx.syncCount || 0;
    }
    _snapshot(prop) {
      throw new Error(`InvalidArgument: cannot load '${prop}'`);
    }
    load(arg) {
      const props = splitProps(arg) ?? this._defaultProps();
      const snap = new Map();
      const itemProps = [];
      let allItems = false;
      for (const p of props) {
        if (p.includes("/")) {
          const [head, ...rest] = p.split("/");
          if (head === "items" && this._items) {
            itemProps.push(rest.join("/"));
            continue;
          }
          const child = this[head];
          if (!child || typeof child.load !== "function") throw new Error(`InvalidArgument: cannot load '${p}'`);
          child.load(rest.join("/"));
          continue;
        }
        if (p === "items" && this._items) {
          allItems = true;
          continue;
        }
        snap.set(p, this._snapshot(p));
      }
      if (allItems) this._loadItems(null);
      else if (itemProps.length > 0) this._loadItems(itemProps.join(","));
      this.context._pending.push(() => {
        for (const [k, v] of snap) this._loaded.set(k, v);
      });
      return this;
    }
    _defaultProps() {
      return [];
    }
    _get(prop) {
      if (!this._loaded.has(prop)) throw notLoaded(prop);
      return this._loaded.get(prop);
    }
    toJSON() {
      return Object.fromEntries(this._loaded);
    }
  }

  class RequestContext {
    constructor(model) {
      this.model = model;
      this._pending = [];
      this._errors = [];
      this._cellsLoaded = 0;
      this.syncCount = 0;
      this.workbook = new Workbook(this);
      const ctx = this;
      this.application = {
        suspendApiCalculationUntilNextSync() {
          model.stats.suspends++;
        },
      };
      this.trackedObjects = { add() {}, remove() {} };
      void ctx;
    }
    async sync() {
      this.syncCount++;
      this.model.stats.syncs++;
      if (this.model.delayMs) await new Promise((r) => setTimeout(r, this.model.delayMs));
      const pending = this._pending;
      this._pending = [];
      const loaded = this._cellsLoaded;
      this._cellsLoaded = 0;
      if (this.model.responseCellLimit && loaded > this.model.responseCellLimit) {
        this._errors = [];
        const e = new Error("ResponsePayloadSizeLimitExceeded: the response is larger than the limit.");
        e.code = "ResponsePayloadSizeLimitExceeded";
        throw e;
      }
      if (this._errors.length > 0) {
        const e = this._errors[0];
        this._errors = [];
        throw e;
      }
      for (const f of pending) f();
    }
    _fail(code, message) {
      const e = new Error(`${code}: ${message}`);
      e.code = code;
      this._errors.push(e);
    }
  }

  class Workbook extends Proxy {
    constructor(ctx) {
      super(ctx);
      this.worksheets = new WorksheetCollection(ctx);
      this.comments = new CommentCollection(ctx, null);
      this.names = new NamedItemCollection(ctx);
    }
  }

  class WorksheetCollection extends Proxy {
    constructor(ctx) {
      super(ctx);
      this._items = true;
    }
    _loadItems(sub) {
      const models = this.context.model.sheets.slice();
      const props = sub ? splitProps(sub) : ["name", "id", "visibility", "position"];
      const items = models.map((m) => {
        const ws = new Worksheet(this.context, m);
        ws.load(props);
        return ws;
      });
      this.context._pending.push(() => this._loaded.set("items", items));
    }
    get items() {
      return this._get("items");
    }
    getActiveWorksheet() {
      const m = this.context.model.find(this.context.model.activeId);
      return new Worksheet(this.context, m);
    }
    getItem(key) {
      const m = this.context.model.find(key);
      if (!m) this.context._fail("ItemNotFound", `The requested resource doesn't exist (sheet ${key}).`);
      return new Worksheet(this.context, m);
    }
    getItemOrNullObject(key) {
      const m = this.context.model.find(key);
      const ws = new Worksheet(this.context, m);
      ws._null = !m;
      return ws;
    }
    add(name) {
      const model = this.context.model;
      if (model.sheets.some((s) => s.name.toLowerCase() === String(name).toLowerCase())) {
        this.context._fail("ItemAlreadyExists", `A sheet named ${name} already exists.`);
        return new Worksheet(this.context, null);
      }
      if (String(name).length > 31 || /[\\/?*[\]:]/.test(name)) {
        this.context._fail("InvalidArgument", `Bad sheet name ${name}.`);
        return new Worksheet(this.context, null);
      }
      const m = model.addSheet(name);
      return new Worksheet(this.context, m);
    }
  }

  class Worksheet extends Proxy {
    constructor(ctx, m) {
      super(ctx);
      this._m = m;
      this._null = false;
      const ws = this;
      this.freezePanes = {
        freezeRows(n) {
          if (m) m.frozenRows = n;
        },
        freezeAt(range) {
          if (!m) return;
          m.frozenRows = range._b.r1 + 1;
          m.frozenColumns = range._b.c1 + 1;
        },
      };
      this.charts = new ChartCollection(ctx, m);
      this.comments = new CommentCollection(ctx, m);
      // worksheet.onChanged: handlers kept on the sheet's model, fired by typeCell (the user typing)
      this.onChanged = {
        add(handler) {
          if (m) (m.changeHandlers = m.changeHandlers || []).push(handler);
          return { remove() {} };
        },
      };
      const page = m ? (m.page = m.page || {}) : {};
      this.pageLayout = {
        set orientation(v) {
          if (m) m.orientation = v;
        },
        get orientation() {
          return m ? m.orientation : "";
        },
        set paperSize(v) {
          page.paperSize = v;
        },
        set zoom(v) {
          page.zoom = v;
        },
        set leftMargin(v) {
          page.leftMargin = v;
        },
        set rightMargin(v) {
          page.rightMargin = v;
        },
        set topMargin(v) {
          page.topMargin = v;
        },
        set bottomMargin(v) {
          page.bottomMargin = v;
        },
        setPrintTitleRows(v) {
          page.printTitleRows = v;
        },
      };
      void ws;
    }
    _snapshot(p) {
      const m = this._m;
      switch (p) {
        case "name":
        case "id":
        case "visibility":
        case "tabColor":
          return m ? m[p] : null;
        case "position":
          return this.context.model.sheets.indexOf(m);
        case "isNullObject":
          return this._null || !m;
        default:
          return super._snapshot(p);
      }
    }
    get isNullObject() {
      // like Office.js: known after the next sync, no load needed
      if (this.context.syncCount <= this._bornAt) throw notLoaded("isNullObject");
      return this._null || !this._m;
    }
    get name() {
      return this._get("name");
    }
    set name(v) {
      if (this._m) this._m.name = v;
    }
    get id() {
      return this._get("id");
    }
    get visibility() {
      return this._get("visibility");
    }
    set visibility(v) {
      if (this._m) this._m.visibility = v;
    }
    set tabColor(v) {
      if (this._m) this._m.tabColor = v;
    }
    get tabColor() {
      return this._get("tabColor");
    }
    set showGridlines(v) {
      if (this._m) this._m.showGridlines = v;
    }
    activate() {
      if (this._m) this.context.model.activeId = this._m.id;
    }
    delete() {
      const model = this.context.model;
      if (this._m) model.sheets.splice(model.sheets.indexOf(this._m), 1);
    }
    getRange(address) {
      if (address === undefined) return new Range(this.context, this._m, 0, 0, 1048575, 16383);
      const p = parseAddress(address);
      return new Range(this.context, this._m, p.r0, p.c0, p.r1, p.c1);
    }
    getRangeByIndexes(r, c, rows, cols) {
      return new Range(this.context, this._m, r, c, r + rows - 1, c + cols - 1);
    }
    getUsedRangeOrNullObject(valuesOnly) {
      const box = this._m ? usedBox(this._m, Boolean(valuesOnly)) : null;
      const r = box ? new Range(this.context, this._m, box.r0, box.c0, box.r1, box.c1) : new Range(this.context, this._m, 0, 0, 0, 0);
      r._null = !box;
      return r;
    }
    getUsedRange(valuesOnly) {
      const box = (this._m && usedBox(this._m, Boolean(valuesOnly))) || { r0: 0, c0: 0, r1: 0, c1: 0 };
      return new Range(this.context, this._m, box.r0, box.c0, box.r1, box.c1);
    }
  }

  class Range extends Proxy {
    constructor(ctx, m, r0, c0, r1, c1) {
      super(ctx);
      this._m = m;
      this._b = { r0, c0, r1, c1 };
      this._null = false;
      const range = this;
      const fill = new (class extends Proxy {
        _snapshot(p) {
          const cell = range._first();
          if (p === "color") return cell?.fill ?? "#FFFFFF";
          if (p === "pattern") return cell?.fill ? "Solid" : "None";
          return super._snapshot(p);
        }
        get color() {
          return this._get("color");
        }
        set color(v) {
          range._each((cell) => (cell.fill = v));
        }
        get pattern() {
          return this._get("pattern");
        }
        clear() {
          range._each((cell) => (cell.fill = null));
        }
      })(ctx);
      const font = new (class extends Proxy {
        _snapshot(p) {
          const cell = range._first();
          if (p === "bold") return cell?.bold ?? false;
          if (p === "color") return cell?.fontColor ?? "#000000";
          return super._snapshot(p);
        }
        set bold(v) {
          range._each((cell) => (cell.bold = v));
        }
        get bold() {
          return this._get("bold");
        }
        set italic(v) {
          range._each((cell) => (cell.italic = v));
        }
        set color(v) {
          range._each((cell) => (cell.fontColor = v));
        }
        get color() {
          return this._get("color");
        }
        set size(v) {
          range._each((cell) => (cell.fontSize = v));
        }
        set name(v) {
          range._each((cell) => (cell.fontName = v));
        }
      })(ctx);
      const borders = {
        getItem() {
          return { style: "", color: "", weight: "" };
        },
      };
      this.format = {
        fill,
        font,
        borders,
        set wrapText(v) {
          range._each((cell) => (cell.wrap = v));
        },
        set horizontalAlignment(v) {
          range._each((cell) => (cell.hAlign = v));
        },
        set verticalAlignment(v) {
          range._each((cell) => (cell.vAlign = v));
        },
        set columnWidth(v) {
          if (!m) return;
          for (let c = range._b.c0; c <= range._b.c1; c++) m.colWidths.set(c, v);
        },
        set rowHeight(v) {
          range._rowHeight = v;
        },
        autofitColumns() {},
        autofitRows() {},
      };
      let validation = null;
      this.dataValidation = {
        set rule(v) {
          validation = { address: range._addr(), rule: v, errorAlert: null, prompt: null };
          if (m) m.validations.push(validation);
        },
        set errorAlert(v) {
          if (validation) validation.errorAlert = v;
        },
        set prompt(v) {
          if (validation) validation.prompt = v;
          else if (m) m.validations.push((validation = { address: range._addr(), rule: {}, errorAlert: null, prompt: v }));
        },
        load() {
          return this;
        },
        /** "None" unless a rule of the sheet starts inside this range (enough for the pane's "user's own rule" test). */
        get type() {
          if (!m) return "None";
          const mine = m.validations.some((x) => {
            const p = parseAddress(x.address);
            return p.r0 >= range._b.r0 && p.r0 <= range._b.r1 && p.c0 >= range._b.c0 && p.c0 <= range._b.c1;
          });
          return mine ? "List" : "None";
        },
        clear() {},
      };
      this.conditionalFormats = {
        add(type) {
          const cf = { type, address: range._addr(), custom: { rule: { formula: "" }, format: { fill: { color: "" }, font: {} } } };
          if (m) m.conditionalFormats.push(cf);
          return cf;
        },
      };
    }
    _first() {
      return this._m ? cellAt(this._m, this._b.r0, this._b.c0, false) : null;
    }
    _each(f) {
      if (!this._m) return;
      const { r0, c0, r1, c1 } = this._b;
      if ((r1 - r0 + 1) * (c1 - c0 + 1) > 5_000_000) throw new Error("stand-in: range too large to format cell by cell");
      for (let r = r0; r <= r1; r++) for (let c = c0; c <= c1; c++) f(cellAt(this._m, r, c, true), r - r0, c - c0);
    }
    _addr() {
      return `${quoteSheet(this._m ? this._m.name : "?")}!${a1(this._b.r0, this._b.c0, this._b.r1, this._b.c1)}`;
    }
    _grid(f) {
      const { r0, c0, r1, c1 } = this._b;
      const out = [];
      for (let r = r0; r <= r1; r++) {
        const row = [];
        for (let c = c0; c <= c1; c++) row.push(f(this._m ? cellAt(this._m, r, c, false) : null));
        out.push(row);
      }
      return out;
    }
    _snapshot(p) {
      const b = this._b;
      switch (p) {
        case "values":
          this.context._cellsLoaded += (b.r1 - b.r0 + 1) * (b.c1 - b.c0 + 1);
          return this._grid((cell) => (cell ? cell.v : ""));
        case "numberFormat":
          return this._grid((cell) => (cell ? cell.nf : "General"));
        case "text":
          return this._grid((cell) => (cell ? String(cell.v) : ""));
        case "address":
          return this._addr();
        case "rowIndex":
          return b.r0;
        case "columnIndex":
          return b.c0;
        case "rowCount":
          return b.r1 - b.r0 + 1;
        case "columnCount":
          return b.c1 - b.c0 + 1;
        case "isNullObject":
          return this._null || !this._m;
        default:
          return super._snapshot(p);
      }
    }
    _shapeCheck(v, what) {
      const rows = this._b.r1 - this._b.r0 + 1;
      const cols = this._b.c1 - this._b.c0 + 1;
      if (!Array.isArray(v)) return;
      if (v.length !== rows || v.some((row) => row.length !== cols)) {
        this.context._fail("InvalidArgument", `${what}: the array is ${v.length}×${v[0]?.length} but the range ${this._addr()} is ${rows}×${cols}.`);
        return false;
      }
      return true;
    }
    get isNullObject() {
      // like Office.js: known after the next sync, no load needed
      if (this.context.syncCount <= this._bornAt) throw notLoaded("isNullObject");
      return this._null || !this._m;
    }
    get values() {
      return this._get("values");
    }
    set values(v) {
      if (this._shapeCheck(v, "values") === false) return;
      this.context.model.stats.cellsWritten = (this.context.model.stats.cellsWritten || 0) + (Array.isArray(v) ? v.length * (v[0]?.length || 0) : 1);
      this._each((cell, i, j) => {
        const x = Array.isArray(v) ? v[i][j] : v;
        cell.v = x === null || x === undefined ? cell.v : x;
      });
    }
    set formulas(v) {
      if (this._shapeCheck(v, "formulas") === false) return;
      this._each((cell, i, j) => {
        const x = Array.isArray(v) ? v[i][j] : v;
        cell.v = x;
        cell.formula = typeof x === "string" && x.startsWith("=") ? x : null;
      });
    }
    get numberFormat() {
      return this._get("numberFormat");
    }
    set numberFormat(v) {
      if (this._shapeCheck(v, "numberFormat") === false) return;
      this._each((cell, i, j) => (cell.nf = Array.isArray(v) ? v[i][j] : v));
    }
    get address() {
      return this._get("address");
    }
    get rowIndex() {
      return this._get("rowIndex");
    }
    get columnIndex() {
      return this._get("columnIndex");
    }
    get rowCount() {
      return this._get("rowCount");
    }
    get columnCount() {
      return this._get("columnCount");
    }
    set hyperlink(v) {
      this._each((cell) => (cell.hyperlink = v));
    }
    getCell(r, c) {
      return new Range(this.context, this._m, this._b.r0 + r, this._b.c0 + c, this._b.r0 + r, this._b.c0 + c);
    }
    getResizedRange(dr, dc) {
      return new Range(this.context, this._m, this._b.r0, this._b.c0, this._b.r1 + dr, this._b.c1 + dc);
    }
    clear() {
      this._each((cell) => Object.assign(cell, { v: "", nf: "General", fill: null, bold: false }));
    }
    merge() {
      if (this._m) (this._m.merges = this._m.merges || []).push(this._addr());
    }
    getMergedAreasOrNullObject() {
      return new MergedAreas(this.context, this);
    }
    select() {}
  }

  /** RangeAreas of the merged cells inside a range (address "'S'!A1:B2, 'S'!C3:C5"). */
  class MergedAreas extends Proxy {
    constructor(ctx, range) {
      super(ctx);
      this._range = range;
    }
    _areas() {
      const m = this._range._m;
      const b = this._range._b;
      return ((m && m.merges) || []).filter((a) => {
        const p = parseAddress(a);
        return p.r0 >= b.r0 && p.r1 <= b.r1 && p.c0 >= b.c0 && p.c1 <= b.c1;
      });
    }
    _snapshot(p) {
      if (p === "address") return this._areas().join(", ");
      return super._snapshot(p);
    }
    get address() {
      return this._get("address");
    }
    get isNullObject() {
      if (this.context.syncCount <= this._bornAt) throw notLoaded("isNullObject");
      return this._areas().length === 0;
    }
  }

  class ChartCollection {
    constructor(ctx, m) {
      this.context = ctx;
      this._m = m;
    }
    add(type, source, seriesBy) {
      const addrOf = (r) => (typeof r === "string" ? r : r._addr());
      const makeSeries = (name, values) => {
        const s = {
          name,
          values,
          xValues: null,
          color: null,
          setValues(r) {
            s.values = addrOf(r);
          },
          setXAxisValues(r) {
            s.xValues = addrOf(r);
          },
          format: { fill: { setSolidColor: (c) => (s.color = c) } },
        };
        return s;
      };
      const list = [makeSeries("", source._addr())];
      const chart = {
        type,
        source: source._addr(),
        seriesBy,
        seriesList: list,
        series: {
          getItemAt(i) {
            return list[i];
          },
          add(name) {
            const s = makeSeries(name, null);
            list.push(s);
            return s;
          },
        },
        title: { text: "" },
        legend: { position: "", visible: true },
        axes: { categoryAxis: { title: { text: "" } }, valueAxis: { title: { text: "" } } },
        position: null,
        name: "",
        setPosition(start, end) {
          this.position = [typeof start === "string" ? start : start._addr(), end && (typeof end === "string" ? end : end._addr())];
        },
        height: 0,
        width: 0,
      };
      if (this._m) this._m.charts.push(chart);
      return chart;
    }
  }

  class Comment extends Proxy {
    constructor(ctx, rec) {
      super(ctx);
      this._rec = rec;
    }
    _snapshot(p) {
      if (p === "id" || p === "content") return this._rec ? this._rec[p] : null;
      if (p === "isNullObject") return !this._rec;
      return super._snapshot(p);
    }
    get id() {
      return this._get("id");
    }
    get content() {
      return this._get("content");
    }
    set content(v) {
      if (this._rec) this._rec.content = v;
    }
    get isNullObject() {
      return !this._rec;
    }
    getLocation() {
      const rec = this._rec;
      const sheet = rec ? this.context.model.find(rec.sheetId) : null;
      const p = parseAddress(rec ? rec.cell : "A1");
      return new Range(this.context, sheet, p.r0, p.c0, p.r1, p.c1);
    }
    delete() {
      const list = this.context.model.comments;
      const i = list.indexOf(this._rec);
      if (i >= 0) list.splice(i, 1);
    }
  }
  class CommentCollection extends Proxy {
    constructor(ctx, m) {
      super(ctx);
      this._m = m;
      this._items = true;
    }
    _all() {
      const list = this.context.model.comments;
      return this._m ? list.filter((c) => c.sheetId === this._m.id) : list.slice();
    }
    _loadItems(sub) {
      const items = this._all().map((rec) => new Comment(this.context, rec).load(sub ? splitProps(sub) : ["id", "content"]));
      this.context._pending.push(() => this._loaded.set("items", items));
    }
    get items() {
      return this._get("items");
    }
    add(cellAddress, content) {
      const address = typeof cellAddress === "string" ? cellAddress : cellAddress._addr();
      const p = parseAddress(address);
      const sheet = p.sheet ? this.context.model.find(p.sheet) : this._m;
      if (!sheet) {
        this.context._fail("InvalidArgument", `No sheet for comment at ${address}`);
        return new Comment(this.context, null);
      }
      const cell = a1(p.r0, p.c0, p.r0, p.c0);
      if (this.context.model.comments.some((c) => c.sheetId === sheet.id && c.cell === cell)) {
        this.context._fail("InvalidArgument", `The cell ${cell} already has a comment.`);
        return new Comment(this.context, null);
      }
      const rec = { id: `comment-${nextId++}`, sheetId: sheet.id, cell, content };
      this.context.model.comments.push(rec);
      return new Comment(this.context, rec);
    }
    getItem(id) {
      const rec = this.context.model.comments.find((c) => c.id === id) || null;
      if (!rec) this.context._fail("ItemNotFound", `No comment ${id}`);
      return new Comment(this.context, rec);
    }
    getItemOrNullObject(id) {
      return new Comment(this.context, this.context.model.comments.find((c) => c.id === id) || null);
    }
  }

  class NamedItemCollection extends Proxy {
    constructor(ctx) {
      super(ctx);
      this._items = true;
    }
    _loadItems() {
      const items = [...this.context.model.names.entries()].map(([name, ref]) => ({ name, formula: ref }));
      this.context._pending.push(() => this._loaded.set("items", items));
    }
    get items() {
      return this._get("items");
    }
    add(name, reference) {
      const ref = typeof reference === "string" ? reference : `=${reference._addr()}`;
      if (this.context.model.names.has(name)) {
        this.context._fail("ItemAlreadyExists", `Name ${name} exists`);
        return;
      }
      this.context.model.names.set(name, ref);
    }
    getItem(name) {
      const model = this.context.model;
      return { name, delete: () => void model.names.delete(name) };
    }
  }

  function createContext(model) {
    return new RequestContext(model);
  }

  // ---------- Office / Excel / CustomFunctions globals for the browser ----------
  function officeGlobals(model) {
    const settings = {
      get: (k) => (model.settings.has(k) ? model.settings.get(k) : null),
      set: (k, v) => void model.settings.set(k, v),
      remove: (k) => void model.settings.delete(k),
      saveAsync: (cb) => cb && cb({ status: "succeeded" }),
    };
    const Office = {
      HostType: { Excel: "Excel" },
      AsyncResultStatus: { Succeeded: "succeeded", Failed: "failed" },
      context: {
        document: { settings },
        requirements: {
          isSetSupported(name, version) {
            const have = model.requirements[name];
            return Boolean(have) && (!version || versionAtLeast(have, version));
          },
        },
        displayLanguage: "vi-VN",
      },
      onReady(cb) {
        const info = { host: "Excel", platform: "PC" };
        const p = Promise.resolve(info);
        if (cb) p.then(cb);
        return p;
      },
      addin: { showAsTaskpane: async () => {}, setStartupBehavior: async () => {} },
      actions: { associate() {} },
    };
    const Excel = {
      async run(fn) {
        model.stats.runs++;
        const ctx = createContext(model);
        return fn(ctx);
      },
      ChartType: { barStacked: "BarStacked", columnStacked: "ColumnStacked" },
      ChartSeriesBy: { columns: "Columns", rows: "Rows", auto: "Auto" },
      SheetVisibility: { visible: "Visible", hidden: "Hidden", veryHidden: "VeryHidden" },
    };
    const associated = new Map();
    class CFError {
      constructor(code, message) {
        this.code = code;
        this.message = message;
      }
    }
    const CustomFunctions = {
      associate(id, fn) {
        associated.set(id, fn);
      },
      Error: CFError,
      ErrorCode: { invalidValue: "#VALUE!", notAvailable: "#N/A", divisionByZero: "#DIV/0!", invalidNumber: "#NUM!", nullReference: "#NULL!" },
      associated,
    };
    return { Office, Excel, CustomFunctions };
  }

  /** Install Office/Excel/CustomFunctions globals over `model` (browser test). */
  function install(model) {
    const g = officeGlobals(model);
    root.Office = g.Office;
    root.Excel = g.Excel;
    root.CustomFunctions = g.CustomFunctions;
    root.__standInModel = model;
    return g;
  }

  /**
   * The user types `value` into `address` of sheet `name` (or pastes a block of values there): the
   * cells change, then the sheet's onChanged handlers run as Excel would call them. Resolves when
   * the handlers have returned.
   */
  async function typeCell(model, name, address, value) {
    const s = model.find(name);
    if (!s) throw new Error(`no sheet ${name}`);
    const p = parseAddress(address);
    writeValues(s, p.r0, p.c0, Array.isArray(value) ? value : [[value]]);
    const args = { type: "WorksheetChanged", changeType: "RangeEdited", source: "Local", worksheetId: s.id, address: a1(p.r0, p.c0, p.r1, p.c1) };
    for (const h of s.changeHandlers || []) await h(args);
  }

  const escapeHtml = (t) => String(t).replace(/[&<>"]/g, (ch) => ({ "&": "&amp;", "<": "&lt;", ">": "&gt;", '"': "&quot;" })[ch]);

  /** What a cell shows: dates in their dd/mm/yyyy format, numbers and text as they are. */
  function shown(cell) {
    if (!cell || cell.v === "" || cell.v === null || cell.v === undefined) return "";
    if (typeof cell.v === "number" && /d|y/.test(cell.nf || "") && !/#/.test(cell.nf || "")) {
      const d = new Date(Math.round((cell.v - 25569) * 86400000));
      const two = (n) => String(n).padStart(2, "0");
      return `${two(d.getUTCDate())}/${two(d.getUTCMonth() + 1)}/${d.getUTCFullYear()}`;
    }
    return String(cell.v);
  }

  /**
   * A grid view of the in-memory sheet, for looking at it in a browser: column letters and row
   * numbers, each cell's value, fill, bold and wrap, a red corner on cells with a comment (the
   * comment as the cell's title, shown on hover) and, with showNotes, the comments in note boxes
   * beside their cells as Excel's "Show all comments" does. `range` ("A1:F12") limits the view.
   */
  function sheetHtml(model, name, options = {}) {
    const s = model.find(name);
    if (!s) throw new Error(`no sheet ${name}`);
    const box = options.range ? parseAddress(options.range) : usedBox(s, false) || { r0: 0, c0: 0, r1: 9, c1: 5 };
    const comments = new Map(model.comments.filter((c) => c.sheetId === s.id).map((c) => [c.cell, c.content]));
    const width = (c) => Math.round(s.colWidths.has(c) ? s.colWidths.get(c) * 1.33 : 64 * 1.2);
    const cols = [];
    for (let c = box.c0; c <= box.c1; c++) cols.push(c);
    let html = `<table class="standin-grid" data-sheet="${escapeHtml(name)}"><colgroup><col data-width="34">`;
    html += cols.map((c) => `<col data-width="${options.widths && options.widths[colLetter(c)] ? options.widths[colLetter(c)] : width(c)}">`).join("") + "</colgroup>";
    html += `<tr><th></th>${cols.map((c) => `<th>${colLetter(c)}</th>`).join("")}</tr>`;
    for (let r = box.r0; r <= box.r1; r++) {
      html += `<tr><th>${r + 1}</th>`;
      for (const c of cols) {
        const cell = cellAt(s, r, c, false);
        const at = a1(r, c, r, c);
        const note = comments.get(at);
        // fill and weight as data attributes: the pane's CSP (style-src 'self') refuses style attributes, showSheet applies them
        const attrs = `${cell && cell.fill ? ` data-fill="${escapeHtml(cell.fill)}"` : ""}${cell && cell.bold ? " data-bold" : ""}`;
        html += `<td data-cell="${at}"${attrs}${note ? ` class="has-note" title="${escapeHtml(note)}"` : ""}>${escapeHtml(shown(cell))}</td>`;
      }
      html += "</tr>";
    }
    html += "</table>";
    return html;
  }

  const GRID_CSS = `
    .standin-sheet { font: 13px/1.3 "Segoe UI", "DejaVu Sans", Arial, sans-serif; position: relative; }
    .standin-sheet .tab { display: inline-block; padding: 3px 12px; border: 1px solid #bbb; border-top: 0; background: #fff; color: #107c41; font-weight: 600; }
    .standin-sheet .bar { background: #107c41; color: #fff; padding: 6px 10px; font-weight: 600; }
    .standin-grid { border-collapse: collapse; table-layout: fixed; background: #fff; }
    .standin-grid th { background: #f3f3f3; color: #444; font-weight: normal; border: 1px solid #d4d4d4; padding: 2px 4px; text-align: center; }
    .standin-grid td { border: 1px solid #d4d4d4; padding: 2px 4px; vertical-align: top; white-space: pre-wrap; overflow: hidden; word-wrap: break-word; position: relative; }
    .standin-grid td.has-note::after { content: ""; position: absolute; top: 0; right: 0; border-style: solid; border-width: 0 8px 8px 0; border-color: transparent #c00000 transparent transparent; }
    .standin-note { position: absolute; max-width: 260px; background: #ffffe1; border: 1px solid #767676; box-shadow: 2px 2px 4px rgba(0,0,0,.25); padding: 4px 6px; font-size: 12px; white-space: pre-wrap; z-index: 5; }
    .standin-note-line { position: absolute; height: 1px; background: #767676; z-index: 4; transform-origin: 0 0; }
  `;

  /**
   * Draw the sheet in the page (browser only): a fixed panel on the left of `width` px holding the
   * grid (sheetHtml) under a title bar, the page's own content moved to its right. With showNotes
   * the comments are drawn in note boxes beside their cells. Returns the panel.
   */
  function showSheet(name, options = {}) {
    const model = root.__standInModel;
    const doc = root.document;
    let panel = doc.getElementById("standin-sheet");
    if (!panel) {
      // a constructed style sheet: the pane's CSP (style-src 'self') refuses <style> elements
      const sheet = new root.CSSStyleSheet();
      sheet.replaceSync(GRID_CSS);
      doc.adoptedStyleSheets = [...doc.adoptedStyleSheets, sheet];
      panel = doc.createElement("div");
      panel.id = "standin-sheet";
      panel.className = "standin-sheet";
      doc.body.appendChild(panel);
    }
    const width = options.width || 900;
    Object.assign(panel.style, { position: "fixed", left: "0", top: "0", bottom: "0", width: `${width}px`, overflow: "auto", background: "#e9e9e9", borderRight: "1px solid #999", zIndex: "1000" });
    doc.body.style.marginLeft = `${width + 8}px`;
    panel.innerHTML = `<div class="bar">${escapeHtml(options.title || "Excel (stand-in)")}</div><div class="grid-wrap">${sheetHtml(model, name, options)}<div><span class="tab">${escapeHtml(name)}</span></div></div>`;
    Object.assign(panel.querySelector(".grid-wrap").style, { position: "relative", padding: "8px" });
    for (const col of panel.querySelectorAll("col[data-width]")) col.style.width = `${col.dataset.width}px`;
    for (const td of panel.querySelectorAll("td[data-fill]")) td.style.background = td.dataset.fill;
    for (const td of panel.querySelectorAll("td[data-bold]")) td.style.fontWeight = "bold";
    if (options.showNotes) {
      const wrap = panel.querySelector(".grid-wrap");
      const base = wrap.getBoundingClientRect();
      const table = wrap.querySelector("table");
      let lastBottom = -Infinity;
      for (const td of panel.querySelectorAll("td.has-note")) {
        const r = td.getBoundingClientRect();
        const note = doc.createElement("div");
        note.className = "standin-note";
        note.textContent = td.getAttribute("title");
        // beside the grid, as far right as the drawn columns end (no cell hidden under a note)
        const left = table.getBoundingClientRect().right - base.left + 24;
        const top = Math.max(r.top - base.top - 4, lastBottom + 6);
        Object.assign(note.style, { left: `${left}px`, top: `${top}px` });
        wrap.appendChild(note);
        lastBottom = top + note.getBoundingClientRect().height;
        const line = doc.createElement("div");
        line.className = "standin-note-line";
        const x0 = r.right - base.left, y0 = r.top - base.top + 2;
        const dx = left - x0, dy = top + 8 - y0;
        Object.assign(line.style, { left: `${x0}px`, top: `${y0}px`, width: `${Math.hypot(dx, dy)}px`, transform: `rotate(${Math.atan2(dy, dx)}rad)` });
        wrap.appendChild(line);
      }
    }
    return panel;
  }

  root.CCHCStandIn = { versionAtLeast, createWorkbook, createContext, install, officeGlobals, parseAddress, colLetter, colIndex, a1, quoteSheet, typeCell, sheetHtml, showSheet };

  // In the browser the page can ask for a prepared workbook through window.__standInSetup.
  if (typeof window !== "undefined" && root === window) {
    const setup = window.__standInSetup || { sheets: { "Trang tính1": [] } };
    const model = createWorkbook(setup.sheets, setup.active);
    model.delayMs = setup.delayMs || 0;
    if (setup.excelApi) model.requirements.ExcelApi = setup.excelApi;
    install(model);
  }
})(typeof window !== "undefined" ? window : globalThis);
