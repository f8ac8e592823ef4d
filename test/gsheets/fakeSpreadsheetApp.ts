/**
 * A fake of the Apps Script services the Sheets adapter uses, typed against
 * @types/google-apps-script: each fake class implements a `Pick<>` of the real interface, so
 * the compiler checks the signatures of every method the adapter calls (the adapter itself is
 * compiled against the real types). Calls that read or write cells are counted per command.
 */
import { readFileSync } from "node:fs";

type GSpreadsheet = GoogleAppsScript.Spreadsheet.Spreadsheet;
type GSheet = GoogleAppsScript.Spreadsheet.Sheet;
type GRange = GoogleAppsScript.Spreadsheet.Range;

export type Cell = unknown;

/** Counts of cell reads/writes (Range getters and setters of cell contents or formats) and other calls. */
export class CallLog {
  reads: Record<string, number> = {};
  writes: Record<string, number> = {};
  other: Record<string, number> = {};
  /** Every cell write in order, as "method@sheet". */
  sequence: string[] = [];
  /** getValues per sheet name. */
  valueReadsBySheet: Record<string, number> = {};
  read(name: string, sheet?: string) {
    this.reads[name] = (this.reads[name] ?? 0) + 1;
    if (sheet !== undefined && name === "getValues") this.valueReadsBySheet[sheet] = (this.valueReadsBySheet[sheet] ?? 0) + 1;
  }
  write(name: string, sheet = "") {
    this.writes[name] = (this.writes[name] ?? 0) + 1;
    this.sequence.push(`${name}@${sheet}`);
  }
  call(name: string) {
    this.other[name] = (this.other[name] ?? 0) + 1;
  }
  totalReads() {
    return Object.values(this.reads).reduce((a, b) => a + b, 0);
  }
  totalWrites() {
    return Object.values(this.writes).reduce((a, b) => a + b, 0);
  }
  reset() {
    this.reads = {};
    this.writes = {};
    this.other = {};
    this.valueReadsBySheet = {};
    this.sequence = [];
  }
}

class Grid<T> {
  rows: T[][] = [];
  constructor(private readonly blank: T) {}
  get(r: number, c: number): T {
    const v = this.rows[r]?.[c];
    return v === undefined ? this.blank : v;
  }
  set(r: number, c: number, v: T) {
    (this.rows[r] ??= [])[c] = v;
  }
}

function columnLetter(n: number): string {
  let s = "";
  for (let x = n; x > 0; x = Math.floor((x - 1) / 26)) s = String.fromCharCode(65 + ((x - 1) % 26)) + s;
  return s;
}

function parseA1(a1: string): { row: number; col: number; rows: number; cols: number } {
  const m = /^\$?([A-Z]+)\$?(\d+)(?::\$?([A-Z]+)\$?(\d+))?$/.exec(a1.replace(/^'?[^!]*'?!/, "").toUpperCase());
  if (!m) throw new Error(`fake: A1 notation not supported: ${a1}`);
  const col = (s: string) => [...s].reduce((n, ch) => n * 26 + ch.charCodeAt(0) - 64, 0);
  const r1 = Number(m[2]);
  const c1 = col(m[1]);
  const r2 = m[4] ? Number(m[4]) : r1;
  const c2 = m[3] ? col(m[3]) : c1;
  return { row: r1, col: c1, rows: r2 - r1 + 1, cols: c2 - c1 + 1 };
}

type RangeMethods =
  | "getValues"
  | "getDisplayValues"
  | "setValues"
  | "getNotes"
  | "setNotes"
  | "getBackgrounds"
  | "setBackgrounds"
  | "setNumberFormats"
  | "setFontWeights"
  | "setWraps"
  | "setDataValidation"
  | "setDataValidations"
  | "getDataValidations"
  | "getMergedRanges"
  | "getRow"
  | "getColumn"
  | "getNumRows"
  | "getNumColumns"
  | "getLastRow"
  | "getLastColumn"
  | "getA1Notation"
  | "getSheet";

/** True when an A1 range ("C2:C200", "C5") covers the cell. */
function coversA1(a1: string, row: number, col: number): boolean {
  const m = /^([A-Z]+)(\d+)(?::([A-Z]+)(\d+))?$/.exec(a1);
  if (!m) return false;
  const c = (s: string) => [...s].reduce((n, ch) => n * 26 + ch.charCodeAt(0) - 64, 0);
  const [c1, r1] = [c(m[1]!), Number(m[2])];
  const [c2, r2] = [m[3] ? c(m[3]) : c1, m[4] ? Number(m[4]) : r1];
  return row >= r1 && row <= r2 && col >= c1 && col <= c2;
}

export class FakeRange implements Pick<GRange, RangeMethods> {
  constructor(
    readonly sheet: FakeSheet,
    readonly row: number,
    readonly col: number,
    readonly rows: number,
    readonly cols: number,
  ) {
    if (row < 1 || col < 1 || rows < 1 || cols < 1) throw new Error(`fake: invalid range ${row},${col},${rows},${cols}`);
  }
  private self(): GRange {
    return this as unknown as GRange;
  }
  private map<T>(g: Grid<T>): T[][] {
    return Array.from({ length: this.rows }, (_, r) => Array.from({ length: this.cols }, (_, c) => g.get(this.row + r - 1, this.col + c - 1)));
  }
  private put<T>(name: string, g: Grid<T>, values: T[][]) {
    if (values.length !== this.rows || values.some((r) => r.length !== this.cols)) {
      throw new Error(`fake: ${name} got ${values.length}×${values[0]?.length} values for a ${this.rows}×${this.cols} range`);
    }
    values.forEach((line, r) => line.forEach((v, c) => g.set(this.row + r - 1, this.col + c - 1, v)));
  }
  getValues(): any[][] {
    this.sheet.log.read("getValues", this.sheet.name);
    return this.map(this.sheet.values);
  }
  getDisplayValues(): string[][] {
    this.sheet.log.read("getDisplayValues");
    return this.map(this.sheet.values).map((r) => r.map((v) => String(v ?? "")));
  }
  setValues(values: any[][]): GRange {
    this.sheet.log.write("setValues", this.sheet.name);
    this.put("setValues", this.sheet.values, values.map((r) => r.map((v) => (v === null || v === undefined ? "" : v))));
    return this.self();
  }
  getNotes(): string[][] {
    this.sheet.log.read("getNotes");
    return this.map(this.sheet.notes);
  }
  setNotes(notes: any[][]): GRange {
    this.sheet.log.write("setNotes", this.sheet.name);
    this.put("setNotes", this.sheet.notes, notes.map((r) => r.map((v) => (v === null || v === undefined ? "" : String(v)))));
    return this.self();
  }
  getBackgrounds(): string[][] {
    this.sheet.log.read("getBackgrounds");
    return this.map(this.sheet.backgrounds);
  }
  setBackgrounds(color: string[][]): GRange {
    this.sheet.log.write("setBackgrounds", this.sheet.name);
    this.put("setBackgrounds", this.sheet.backgrounds, color.map((r) => r.map((v) => v ?? "#ffffff")));
    return this.self();
  }
  setNumberFormats(numberFormats: any[][]): GRange {
    this.sheet.log.write("setNumberFormats", this.sheet.name);
    this.put("setNumberFormats", this.sheet.formats, numberFormats);
    return this.self();
  }
  setFontWeights(fontWeights: any[][]): GRange {
    this.sheet.log.write("setFontWeights", this.sheet.name);
    this.put("setFontWeights", this.sheet.weights, fontWeights);
    return this.self();
  }
  setWraps(isWrapEnabled: boolean[][]): GRange {
    this.sheet.log.write("setWraps", this.sheet.name);
    this.put("setWraps", this.sheet.wraps, isWrapEnabled);
    return this.self();
  }
  getDataValidations(): GoogleAppsScript.Spreadsheet.DataValidation[][] {
    this.sheet.log.read("getDataValidations");
    return Array.from({ length: this.rows }, (_, r) =>
      Array.from({ length: this.cols }, (_, c) => {
        const a1 = new FakeRange(this.sheet, this.row + r, this.col + c, 1, 1).getA1Notation();
        const hit = this.sheet.validations.find((v) => v.a1 === a1 || coversA1(v.a1, this.row + r, this.col + c));
        return (hit?.rule ?? null) as unknown as GoogleAppsScript.Spreadsheet.DataValidation;
      }),
    );
  }
  setDataValidation(rule: GoogleAppsScript.Spreadsheet.DataValidation | null): GRange {
    this.sheet.log.write("setDataValidation", this.sheet.name);
    this.sheet.validations.push({ a1: this.getA1Notation(), rule: rule as unknown as FakeValidation });
    return this.self();
  }
  setDataValidations(rules: (GoogleAppsScript.Spreadsheet.DataValidation | null)[][]): GRange {
    this.sheet.log.write("setDataValidations", this.sheet.name);
    if (rules.length !== this.rows || rules.some((r) => r.length !== this.cols)) throw new Error("fake: setDataValidations size mismatch");
    rules.forEach((line, r) =>
      line.forEach((rule, c) => {
        if (rule) this.sheet.validations.push({ a1: new FakeRange(this.sheet, this.row + r, this.col + c, 1, 1).getA1Notation(), rule: rule as unknown as FakeValidation });
      }),
    );
    return this.self();
  }
  /** As Apps Script: the merged areas inside this range or overlapping it. */
  getMergedRanges(): GRange[] {
    this.sheet.log.read("getMergedRanges");
    return this.sheet.merged
      .filter((m) => m.row <= this.getLastRow() && m.row + m.rows - 1 >= this.row && m.col <= this.getLastColumn() && m.col + m.cols - 1 >= this.col)
      .map((m) => new FakeRange(this.sheet, m.row, m.col, m.rows, m.cols) as unknown as GRange);
  }
  getRow() {
    return this.row;
  }
  getColumn() {
    return this.col;
  }
  getNumRows() {
    return this.rows;
  }
  getNumColumns() {
    return this.cols;
  }
  getLastRow() {
    return this.row + this.rows - 1;
  }
  getLastColumn() {
    return this.col + this.cols - 1;
  }
  getA1Notation() {
    const a = `${columnLetter(this.col)}${this.row}`;
    return this.rows === 1 && this.cols === 1 ? a : `${a}:${columnLetter(this.col + this.cols - 1)}${this.row + this.rows - 1}`;
  }
  getSheet(): GSheet {
    return this.sheet as unknown as GSheet;
  }
}

export interface FakeChart {
  type: string;
  ranges: string[];
  options: Record<string, unknown>;
  position: [number, number, number, number];
}

type ChartBuilderMethods = "setChartType" | "addRange" | "setOption" | "setPosition" | "build" | "setNumHeaders" | "setTransposeRowsAndColumns";

class FakeChartBuilder implements Pick<GoogleAppsScript.Spreadsheet.EmbeddedChartBuilder, ChartBuilderMethods> {
  chart: FakeChart = { type: "", ranges: [], options: {}, position: [1, 1, 0, 0] };
  private self() {
    return this as unknown as GoogleAppsScript.Spreadsheet.EmbeddedChartBuilder;
  }
  setChartType(type: GoogleAppsScript.Charts.ChartType) {
    this.chart.type = String(type);
    return this.self();
  }
  addRange(range: GRange) {
    this.chart.ranges.push(`${range.getSheet().getName()}!${range.getA1Notation()}`);
    return this.self();
  }
  setOption(option: string, value: any) {
    this.chart.options[option] = value;
    return this.self();
  }
  setPosition(anchorRowPos: number, anchorColPos: number, offsetX: number, offsetY: number) {
    this.chart.position = [anchorRowPos, anchorColPos, offsetX, offsetY];
    return this.self();
  }
  setNumHeaders(headers: number) {
    this.chart.options.__numHeaders = headers;
    return this.self();
  }
  setTransposeRowsAndColumns(transpose: boolean) {
    this.chart.options.__transpose = transpose;
    return this.self();
  }
  build(): GoogleAppsScript.Spreadsheet.EmbeddedChart {
    return this.chart as unknown as GoogleAppsScript.Spreadsheet.EmbeddedChart;
  }
}

export interface FakeValidation {
  kind: "list" | "range" | "date" | "formula" | "";
  values: string[];
  allowInvalid: boolean;
  helpText: string;
}

type ValidationBuilderMethods = "requireValueInList" | "requireValueInRange" | "requireDate" | "requireFormulaSatisfied" | "setAllowInvalid" | "setHelpText" | "build";

class FakeValidationBuilder implements Pick<GoogleAppsScript.Spreadsheet.DataValidationBuilder, ValidationBuilderMethods> {
  v: FakeValidation = { kind: "", values: [], allowInvalid: true, helpText: "" };
  private self() {
    return this as unknown as GoogleAppsScript.Spreadsheet.DataValidationBuilder;
  }
  requireValueInList(values: string[], _showDropdown?: boolean) {
    this.v.kind = "list";
    this.v.values = values.slice();
    return this.self();
  }
  /** values: the range as "Sheet!A1:B2". */
  requireValueInRange(range: GoogleAppsScript.Spreadsheet.Range, _showDropdown?: boolean) {
    this.v.kind = "range";
    this.v.values = [`${range.getSheet().getName()}!${range.getA1Notation()}`];
    return this.self();
  }
  requireDate() {
    this.v.kind = "date";
    return this.self();
  }
  requireFormulaSatisfied(formula: string) {
    this.v.kind = "formula";
    this.v.values = [formula];
    return this.self();
  }
  setAllowInvalid(allowInvalidData: boolean) {
    this.v.allowInvalid = allowInvalidData;
    return this.self();
  }
  setHelpText(helpText: string) {
    this.v.helpText = helpText;
    return this.self();
  }
  build(): GoogleAppsScript.Spreadsheet.DataValidation {
    return this.v as unknown as GoogleAppsScript.Spreadsheet.DataValidation;
  }
}

export interface FakeRule {
  formula: string;
  background: string;
  ranges: string[];
}

type RuleBuilderMethods = "whenFormulaSatisfied" | "setBackground" | "setRanges" | "build";

class FakeRuleBuilder implements Pick<GoogleAppsScript.Spreadsheet.ConditionalFormatRuleBuilder, RuleBuilderMethods> {
  rule: FakeRule = { formula: "", background: "", ranges: [] };
  private self() {
    return this as unknown as GoogleAppsScript.Spreadsheet.ConditionalFormatRuleBuilder;
  }
  whenFormulaSatisfied(formula: string) {
    this.rule.formula = formula;
    return this.self();
  }
  setBackground(color: string | null) {
    this.rule.background = color ?? "";
    return this.self();
  }
  setRanges(ranges: GRange[]) {
    this.rule.ranges = ranges.map((r) => r.getA1Notation());
    return this.self();
  }
  build(): GoogleAppsScript.Spreadsheet.ConditionalFormatRule {
    return new FakeRuleView(this.rule) as unknown as GoogleAppsScript.Spreadsheet.ConditionalFormatRule;
  }
}

/** What the adapter reads back from a rule: its formula (to find its own rules). */
class FakeRuleView {
  constructor(readonly data: FakeRule) {}
  getBooleanCondition() {
    const formula = this.data.formula;
    return { getCriteriaValues: () => [formula] };
  }
  /** As Apps Script: Range objects (only their A1 notation is needed here). */
  getRanges() {
    return this.data.ranges.map((a1) => ({ getA1Notation: () => a1 }));
  }
}

type SheetMethods =
  | "getName"
  | "getRange"
  | "getDataRange"
  | "getLastRow"
  | "getLastColumn"
  | "getMaxRows"
  | "getMaxColumns"
  | "setColumnWidth"
  | "setColumnWidths"
  | "setFrozenRows"
  | "setFrozenColumns"
  | "insertChart"
  | "newChart"
  | "getRangeList"
  | "getConditionalFormatRules"
  | "setConditionalFormatRules"
  | "activate"
  | "setTabColor"
  | "getSheetId";

export class FakeSheet implements Pick<GSheet, SheetMethods> {
  values = new Grid<Cell>("");
  notes = new Grid<string>("");
  backgrounds = new Grid<string>("#ffffff");
  formats = new Grid<string>("General");
  weights = new Grid<string>("normal");
  wraps = new Grid<boolean>(false);
  charts: FakeChart[] = [];
  rules: FakeRuleView[] = [];
  columnWidths: Record<number, number> = {};
  frozenRows = 0;
  frozenColumns = 0;
  validations: { a1: string; rule: FakeValidation }[] = [];
  /** Merged areas (test helper `merge`): the value lives in the top-left cell only, as in Sheets. */
  merged: { row: number; col: number; rows: number; cols: number }[] = [];
  constructor(
    readonly ss: FakeSpreadsheet,
    public name: string,
    readonly id: number,
  ) {}
  get log() {
    return this.ss.log;
  }
  private self(): GSheet {
    return this as unknown as GSheet;
  }
  /** Test helper (not counted): put values from A1. */
  load(rows: Cell[][], row = 1, col = 1) {
    rows.forEach((line, r) => line.forEach((v, c) => this.values.set(row + r - 1, col + c - 1, v)));
  }
  /** Test helper (not counted): what a user inserting an empty row before `row` does (cells and notes move down; rules follow). */
  userInsertsRowBefore(row: number) {
    for (const g of [this.values, this.notes, this.backgrounds, this.formats, this.weights] as Grid<unknown>[]) g.rows.splice(row - 1, 0, []);
    const shift = (a1: string) =>
      a1.replace(/([A-Z]+)(\d+)/g, (_m, col: string, r: string) => `${col}${Number(r) >= row ? Number(r) + 1 : Number(r)}`);
    for (const rule of this.rules) rule.data.ranges = rule.data.ranges.map(shift);
  }
  /** Test helper (not counted): merge an A1 range, as a user does with Format › Merge cells. */
  merge(a1: string) {
    const p = parseA1(a1);
    this.merged.push({ row: p.row, col: p.col, rows: p.rows, cols: p.cols });
  }
  /** Test helper (not counted): the used values. */
  dump(): Cell[][] {
    return Array.from({ length: this.getLastRow() }, (_, r) => Array.from({ length: this.getLastColumn() }, (_, c) => this.values.get(r, c)));
  }
  getName() {
    return this.name;
  }
  getSheetId() {
    return this.id;
  }
  getRange(a: number | string, column?: number, numRows?: number, numColumns?: number): GRange {
    if (typeof a === "string") {
      const p = parseA1(a);
      return new FakeRange(this, p.row, p.col, p.rows, p.cols) as unknown as GRange;
    }
    return new FakeRange(this, a, column ?? 1, numRows ?? 1, numColumns ?? 1) as unknown as GRange;
  }
  getDataRange(): GRange {
    return new FakeRange(this, 1, 1, Math.max(1, this.getLastRow()), Math.max(1, this.getLastColumn())) as unknown as GRange;
  }
  getLastRow() {
    let last = 0;
    this.values.rows.forEach((row, r) => {
      if (row && row.some((v) => v !== "" && v !== null && v !== undefined)) last = r + 1;
    });
    return last;
  }
  getLastColumn() {
    let last = 0;
    for (const row of this.values.rows) {
      if (!row) continue;
      row.forEach((v, c) => {
        if (v !== "" && v !== null && v !== undefined) last = Math.max(last, c + 1);
      });
    }
    return last;
  }
  getMaxRows() {
    return Math.max(1000, this.getLastRow());
  }
  getMaxColumns() {
    return Math.max(26, this.getLastColumn());
  }
  setColumnWidth(columnPosition: number, width: number) {
    this.log.call("setColumnWidth");
    this.columnWidths[columnPosition] = width;
    return this.self();
  }
  setColumnWidths(startColumn: number, numColumns: number, width: number) {
    this.log.call("setColumnWidths");
    for (let c = startColumn; c < startColumn + numColumns; c++) this.columnWidths[c] = width;
    return this.self();
  }
  setFrozenRows(rows: number) {
    this.log.call("setFrozenRows");
    this.frozenRows = rows;
  }
  setFrozenColumns(columns: number) {
    this.log.call("setFrozenColumns");
    this.frozenColumns = columns;
  }
  newChart(): GoogleAppsScript.Spreadsheet.EmbeddedChartBuilder {
    return new FakeChartBuilder() as unknown as GoogleAppsScript.Spreadsheet.EmbeddedChartBuilder;
  }
  insertChart(chart: GoogleAppsScript.Spreadsheet.EmbeddedChart) {
    this.log.call("insertChart");
    this.charts.push(chart as unknown as FakeChart);
  }
  getRangeList(a1Notations: string[]): GoogleAppsScript.Spreadsheet.RangeList {
    const ranges = a1Notations.map((a) => this.getRange(a));
    return { getRanges: () => ranges } as unknown as GoogleAppsScript.Spreadsheet.RangeList;
  }
  getConditionalFormatRules(): GoogleAppsScript.Spreadsheet.ConditionalFormatRule[] {
    this.log.call("getConditionalFormatRules");
    return this.rules.slice() as unknown as GoogleAppsScript.Spreadsheet.ConditionalFormatRule[];
  }
  setConditionalFormatRules(rules: GoogleAppsScript.Spreadsheet.ConditionalFormatRule[]) {
    this.log.call("setConditionalFormatRules");
    this.rules = rules as unknown as FakeRuleView[];
  }
  /** Test helper: the conditional format rules as data. */
  ruleData(): FakeRule[] {
    return this.rules.map((r) => r.data);
  }
  tabColor: string | null = null;
  setTabColor(color: string | null): GSheet {
    this.log.call("setTabColor");
    this.tabColor = color;
    return this.self();
  }
  activate(): GSheet {
    this.ss.active = this;
    return this.self();
  }
}

type SpreadsheetMethods =
  | "getSheets"
  | "getSheetByName"
  | "insertSheet"
  | "getActiveSheet"
  | "getSpreadsheetTimeZone"
  | "setNamedRange"
  | "getNamedRanges"
  | "toast";

export class FakeSpreadsheet implements Pick<GSpreadsheet, SpreadsheetMethods> {
  sheets: FakeSheet[] = [];
  active: FakeSheet;
  namedRanges: Record<string, string> = {};
  toasts: string[] = [];
  private nextId = 1;
  constructor(
    readonly log: CallLog,
    public timeZone = "Asia/Ho_Chi_Minh",
  ) {
    this.active = this.addSheet("Trang tính1");
  }
  /** Test helper. */
  addSheet(name: string): FakeSheet {
    const s = new FakeSheet(this, name, this.nextId++);
    this.sheets.push(s);
    return s;
  }
  sheet(name: string): FakeSheet | undefined {
    return this.sheets.find((s) => s.name === name);
  }
  getSheets(): GSheet[] {
    return this.sheets.slice() as unknown as GSheet[];
  }
  getSheetByName(name: string): GSheet | null {
    return (this.sheet(name) ?? null) as unknown as GSheet | null;
  }
  insertSheet(sheetName?: string | number | { [key: string]: any }): GSheet {
    this.log.call("insertSheet");
    const name = typeof sheetName === "string" ? sheetName : `Trang tính${this.sheets.length + 1}`;
    if (this.sheets.some((s) => s.name.toLowerCase() === name.toLowerCase())) {
      throw new Error(`Đã có trang tính tên "${name}".`);
    }
    const s = this.addSheet(name);
    this.active = s;
    return s as unknown as GSheet;
  }
  getActiveSheet(): GSheet {
    return this.active as unknown as GSheet;
  }
  getSpreadsheetTimeZone() {
    return this.timeZone;
  }
  setNamedRange(name: string, range: GRange) {
    this.log.call("setNamedRange");
    this.namedRanges[name] = `${range.getSheet().getName()}!${range.getA1Notation()}`;
  }
  getNamedRanges(): GoogleAppsScript.Spreadsheet.NamedRange[] {
    this.log.call("getNamedRanges");
    return Object.keys(this.namedRanges).map((name) => ({ getName: () => name }) as unknown as GoogleAppsScript.Spreadsheet.NamedRange);
  }
  toast(msg: string, title?: string) {
    this.toasts.push(title ? `${title}: ${msg}` : msg);
  }
}

export class FakeMenu implements Pick<GoogleAppsScript.Base.Menu, "addItem" | "addSeparator" | "addToUi"> {
  items: { label: string; fn: string }[] = [];
  added = false;
  constructor(readonly ui: FakeUi) {}
  addItem(caption: string, functionName: string) {
    this.items.push({ label: caption, fn: functionName });
    return this as unknown as GoogleAppsScript.Base.Menu;
  }
  addSeparator() {
    this.items.push({ label: "---", fn: "" });
    return this as unknown as GoogleAppsScript.Base.Menu;
  }
  addToUi() {
    this.added = true;
    this.ui.menus.push(this);
  }
}

export class FakeUi implements Pick<GoogleAppsScript.Base.Ui, "createAddonMenu" | "alert" | "showSidebar"> {
  menus: FakeMenu[] = [];
  alerts: string[] = [];
  sidebars: { title: string; content: string }[] = [];
  ButtonSet = { OK: "OK", OK_CANCEL: "OK_CANCEL", YES_NO: "YES_NO", YES_NO_CANCEL: "YES_NO_CANCEL" } as unknown as GoogleAppsScript.Base.ButtonSet;
  Button = { OK: "OK" } as unknown as GoogleAppsScript.Base.Button;
  createAddonMenu() {
    return new FakeMenu(this) as unknown as GoogleAppsScript.Base.Menu;
  }
  alert(...args: unknown[]): GoogleAppsScript.Base.Button {
    // alert(prompt) or alert(title, prompt, buttons): keep the texts, not the button set
    this.alerts.push(args.slice(0, 2).filter((a) => typeof a === "string").join("\n"));
    return "OK" as unknown as GoogleAppsScript.Base.Button;
  }
  showSidebar(userInterface: GoogleAppsScript.HTML.HtmlOutput) {
    const o = userInterface as unknown as FakeHtmlOutput;
    this.sidebars.push({ title: o.title, content: o.getContent() });
  }
}

export class FakeHtmlOutput implements Pick<GoogleAppsScript.HTML.HtmlOutput, "setTitle" | "getContent"> {
  title = "";
  constructor(readonly content: string) {}
  setTitle(title: string) {
    this.title = title;
    return this as unknown as GoogleAppsScript.HTML.HtmlOutput;
  }
  getContent() {
    return this.content;
  }
}

/** Minimal java-style formats: yyyy, MM, dd, HH, mm, Z. */
function formatDate(date: GoogleAppsScript.Base.Date, timeZone: string, format: string): string {
  const d = date as unknown as Date;
  const parts = new Intl.DateTimeFormat("en-CA", {
    timeZone,
    year: "numeric",
    month: "2-digit",
    day: "2-digit",
    hour: "2-digit",
    minute: "2-digit",
    second: "2-digit",
    hourCycle: "h23",
    timeZoneName: "longOffset",
  }).formatToParts(d);
  const get = (t: string) => parts.find((p) => p.type === t)?.value ?? "";
  const off = get("timeZoneName").replace("GMT", "") || "+00:00";
  const z = off.replace(":", "").padEnd(5, "0");
  return format
    .replace("yyyy", get("year"))
    .replace("MM", get("month"))
    .replace("dd", get("day"))
    .replace("HH", get("hour"))
    .replace("mm", get("minute"))
    .replace("ss", get("second"))
    .replace("Z", z.startsWith("+") || z.startsWith("-") ? z : `+${z}`);
}

export interface FakeServices {
  log: CallLog;
  ss: FakeSpreadsheet;
  ui: FakeUi;
  globals: {
    SpreadsheetApp: Pick<GoogleAppsScript.Spreadsheet.SpreadsheetApp, "getActiveSpreadsheet" | "getActive" | "getUi" | "newConditionalFormatRule" | "newDataValidation">;
    HtmlService: Pick<GoogleAppsScript.HTML.HtmlService, "createHtmlOutputFromFile" | "createHtmlOutput">;
    Session: Pick<GoogleAppsScript.Base.Session, "getScriptTimeZone">;
    Utilities: Pick<GoogleAppsScript.Utilities.Utilities, "formatDate">;
    Charts: { ChartType: Record<string, string> };
    PropertiesService: { getDocumentProperties: () => FakeProperties };
    console: Console;
  };
  properties: FakeProperties;
}

/** Document properties (PropertiesService), counted as other calls. */
export class FakeProperties {
  data: Record<string, string> = {};
  constructor(private readonly log: CallLog) {}
  getProperty(key: string): string | null {
    this.log.call("getProperty");
    return key in this.data ? this.data[key]! : null;
  }
  setProperty(key: string, value: string) {
    this.log.call("setProperty");
    this.data[key] = String(value);
    return this;
  }
  deleteProperty(key: string) {
    this.log.call("deleteProperty");
    delete this.data[key];
    return this;
  }
}

/** Fresh fake services; `htmlDir` is where createHtmlOutputFromFile reads "<name>.html" (the built dist/). */
export function fakeServices(options: { htmlDir: string; timeZone?: string; customFunctionContext?: boolean }): FakeServices {
  const log = new CallLog();
  const ss = new FakeSpreadsheet(log, options.timeZone ?? "Asia/Ho_Chi_Minh");
  const ui = new FakeUi();
  const SpreadsheetApp = {
    getActiveSpreadsheet: () => {
      log.call("getActiveSpreadsheet");
      return ss as unknown as GSpreadsheet;
    },
    getActive: () => {
      log.call("getActiveSpreadsheet");
      return ss as unknown as GSpreadsheet;
    },
    getUi: () => ui as unknown as GoogleAppsScript.Base.Ui,
    newConditionalFormatRule: () => new FakeRuleBuilder() as unknown as GoogleAppsScript.Spreadsheet.ConditionalFormatRuleBuilder,
    newDataValidation: () => new FakeValidationBuilder() as unknown as GoogleAppsScript.Spreadsheet.DataValidationBuilder,
  };
  const HtmlService = {
    createHtmlOutputFromFile: (filename: string) =>
      new FakeHtmlOutput(readFileSync(`${options.htmlDir}/${filename}.html`, "utf8")) as unknown as GoogleAppsScript.HTML.HtmlOutput,
    createHtmlOutput: (html?: unknown) => new FakeHtmlOutput(String(html ?? "")) as unknown as GoogleAppsScript.HTML.HtmlOutput,
  } as FakeServices["globals"]["HtmlService"];
  const properties = new FakeProperties(log);
  return {
    log,
    ss,
    ui,
    properties,
    globals: {
      PropertiesService: { getDocumentProperties: () => properties },
      SpreadsheetApp,
      HtmlService,
      Session: { getScriptTimeZone: () => "Asia/Ho_Chi_Minh" },
      Utilities: { formatDate },
      Charts: { ChartType: { BAR: "BAR", COLUMN: "COLUMN", PIE: "PIE", LINE: "LINE", TABLE: "TABLE" } },
      console,
    },
  };
}
