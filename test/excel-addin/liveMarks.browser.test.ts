// Kiểm tra khi nhập in the task pane, in headless Chromium over dist/ with the Excel stand-in
// (excelStandIn.js) in place of office.js: the pane switches live checking on, the user types a
// bad schedule into one cell (the stand-in fires the sheet's onChanged), the pane marks that cell
// only — fill and comment — and the live count goes up; fixing it removes the mark. The stand-in
// draws its in-memory sheet (values, fills, comments in note boxes) beside the pane, and the page
// is saved as test-output/excel-live-marks.png to be looked at.
import { existsSync, mkdirSync, readFileSync } from "node:fs";
import { createServer, type Server } from "node:http";
import { extname, join } from "node:path";
import { chromium, type Browser, type Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { MARK_FILLS } from "../../excel-addin/src/excel/marks.js";
import { findChromium } from "../shared/externalTool.js";
import { DIST, buildDist } from "./buildDist.js";
import { serialOf } from "./standIn.js";

const CHROMIUM = findChromium().path;
const OUT = new URL("../../test-output/", import.meta.url).pathname;
const STAND_IN = readFileSync(new URL("./excelStandIn.js", import.meta.url), "utf8");
const TYPES: Record<string, string> = { ".html": "text/html; charset=utf-8", ".js": "application/javascript; charset=utf-8", ".css": "text/css; charset=utf-8", ".json": "application/json" };

const SHEET = "Phụ lục";
const UNITS = ["Văn phòng", "Thanh tra", "Phòng Tư pháp", "Bộ phận Một cửa"];
const settings: unknown[][] = [[], [], ["Năm kế hoạch", 2025], ["Ngày báo cáo", serialOf(2025, 9, 30)], ["Nghỉ ngày 24/11", "Không"], [], []];
settings.push(["Ngày nghỉ thêm", "Lý do", "Ngày làm việc thêm (làm bù)", "Lý do", "Đơn vị của cơ quan"]);
for (const u of UNITS) settings.push(["", "", "", "", u]);

const table: unknown[][] = [
  ["STT", "Nội dung công việc", "Cơ quan chủ trì", "Cơ quan phối hợp", "Tiến độ thực hiện", "Tình trạng"],
  ["I", "Công tác chỉ đạo, điều hành cải cách hành chính", "", "", "", ""],
  ["1", "Xây dựng, ban hành Kế hoạch CCHC năm 2025", "Văn phòng", "Các phòng, đơn vị", "Trước ngày 31/01/2025", "Đã hoàn thành"],
  ["2", "Kiểm tra công tác CCHC tại các đơn vị trực thuộc", "Thanh tra", "Văn phòng", "Quý III/2025", "Đang thực hiện"],
  ["3", "Báo cáo CCHC định kỳ quý, 6 tháng, năm", "Văn phòng", "Các phòng, đơn vị", "Thường xuyên", "Đang thực hiện"],
  ["II", "Cải cách thủ tục hành chính", "", "", "", ""],
  ["1", "Công bố, công khai thủ tục hành chính", "Bộ phận Một cửa", "Văn phòng", "Trong năm 2025", "Đang thực hiện"],
  ["2", "Rà soát, đơn giản hóa thủ tục hành chính", "Phòng Tư pháp", "Các phòng chuyên môn", "Tháng 6/2025", "Đã hoàn thành"],
];

let server: Server;
let base = "";
let browser: Browser;

beforeAll(async () => {
  if (!CHROMIUM) return;
  buildDist();
  mkdirSync(OUT, { recursive: true });
  server = createServer((req, res) => {
    const path = join(DIST, decodeURIComponent(new URL(req.url ?? "/", "http://x").pathname));
    if (!path.startsWith(DIST) || !existsSync(path)) return void res.writeHead(404).end();
    res.writeHead(200, { "content-type": TYPES[extname(path)] ?? "application/octet-stream" }).end(readFileSync(path));
  });
  await new Promise<void>((r) => server.listen(0, "127.0.0.1", () => r()));
  const addr = server.address();
  base = `http://127.0.0.1:${typeof addr === "object" && addr ? addr.port : 0}`;
  browser = await chromium.launch({
    executablePath: CHROMIUM ?? undefined,
    args: ["--headless", "--no-sandbox", "--disable-gpu", "--disable-background-networking", "--disable-component-update", "--disable-sync", "--no-first-run"],
  });
}, 180_000);

afterAll(async () => {
  await browser?.close();
  await new Promise((r) => server?.close(r));
});

interface CellSeen {
  v: unknown;
  fill: string | null;
}

/** The stand-in's cells and comments of the sheet, as the page holds them. */
const sheetState = (page: Page) =>
  page.evaluate((name) => {
    const m = (window as unknown as { __standInModel: { find(n: string): { id: string; cells: Map<number, { v: unknown; fill: string | null }> }; comments: { sheetId: string; cell: string; content: string }[] } }).__standInModel;
    const s = m.find(name);
    const cells: Record<string, { v: unknown; fill: string | null }> = {};
    for (const [k, c] of s.cells) {
      const r = Math.floor(k / 16384) + 1;
      const col = String.fromCharCode(65 + (k % 16384));
      cells[`${col}${r}`] = { v: c.v, fill: c.fill };
    }
    return { cells, comments: m.comments.filter((c) => c.sheetId === s.id).map((c) => ({ cell: c.cell, content: c.content })) };
  }, SHEET) as Promise<{ cells: Record<string, CellSeen>; comments: { cell: string; content: string }[] }>;

/** The user types into a cell of the sheet: value written, onChanged fired (the pane debounces, then re-checks). */
const typeInto = (page: Page, address: string, value: unknown) =>
  page.evaluate(([a, v]) => {
    const w = window as unknown as { CCHCStandIn: { typeCell(m: unknown, n: string, a: string, v: unknown): Promise<void> }; __standInModel: unknown };
    return w.CCHCStandIn.typeCell(w.__standInModel, "Phụ lục", a as string, v);
  }, [address, value] as const);

const liveCount = (page: Page) => page.textContent("#live-count");

describe.skipIf(!CHROMIUM)("Kiểm tra khi nhập in the task pane (Excel stand-in in Chromium)", () => {
  it("marks a bad schedule typed into one cell, only that cell, shows it in the drawn sheet, and unmarks it when fixed", async () => {
    const page = await browser.newPage({ viewport: { width: 1480, height: 480 }, deviceScaleFactor: 1 });
    const errors: string[] = [];
    page.on("pageerror", (e) => errors.push(e.message));
    await page.route("**/*", (route) => {
      const url = route.request().url();
      if (url.startsWith("https://appsforoffice.microsoft.com/lib/1/hosted/office.js")) return route.fulfill({ status: 200, contentType: "application/javascript", body: STAND_IN });
      return url.startsWith(base) ? route.continue() : route.abort();
    });
    await page.addInitScript((s) => ((window as unknown as { __standInSetup: unknown }).__standInSetup = s), { sheets: { [SHEET]: table, "CCHC – Cài đặt": settings }, active: SHEET });
    await page.goto(`${base}/taskpane.html`);
    await page.waitForFunction(() => document.getElementById("settings-line")?.textContent !== "Đang tải cài đặt…");

    // switch on: a full check now, the drop-down lists, the onChanged handler
    await page.check("#live-toggle");
    await page.waitForFunction(() => !document.getElementById("live-count")!.hidden);
    expect(await liveCount(page)).toBe('Trang "Phụ lục": 0 lỗi, 0 cảnh báo đang mở (cập nhật khi nhập).');
    const before = await sheetState(page);
    expect(before.comments).toEqual([]);
    // the lead-unit list: the table's units and the department's own (settings sheet, column E)
    const lead = await page.evaluate(() => {
      const m = (window as unknown as { __standInModel: { find(n: string): { validations: { address: string; rule: { list?: { source: string } }; errorAlert: { style: string } | null }[] } } }).__standInModel;
      return m.find("Phụ lục").validations.find((v) => v.address.includes("!C2:"));
    });
    expect(lead?.rule.list?.source).toBe("Bộ phận Một cửa,Phòng Tư pháp,Thanh tra,Văn phòng");
    expect(lead?.errorAlert?.style).toBe("Warning");

    // the user types a schedule that is not a schedule
    await typeInto(page, "E4", "Quý V/2025");
    await page.waitForFunction(() => document.getElementById("live-count")!.textContent!.includes("1 cảnh báo"), undefined, { timeout: 5000 });
    const after = await sheetState(page);
    expect(after.comments.map((c) => c.cell)).toEqual(["E4"]);
    expect(after.comments[0]!.content).toMatch(/Quý V\/2025/);
    const changed = Object.keys(after.cells).filter((a) => JSON.stringify(after.cells[a]) !== JSON.stringify(before.cells[a]));
    expect(changed).toEqual(["E4"]);
    expect(after.cells.E4).toEqual({ v: "Quý V/2025", fill: MARK_FILLS.warning });

    // the stand-in draws its sheet beside the pane: values, the marked fill, the comment in a note box
    await page.evaluate(() =>
      (window as unknown as { CCHCStandIn: { showSheet(n: string, o: unknown): HTMLElement } }).CCHCStandIn.showSheet("Phụ lục", {
        range: "A1:F9",
        showNotes: true,
        width: 1100,
        title: "Excel (stand-in) — Phụ lục · Kiểm tra khi nhập đang bật",
        widths: { A: 36, B: 250, C: 118, D: 122, E: 128, F: 112 },
      }),
    );
    const drawn = await page.evaluate(() => {
      const td = document.querySelector('#standin-sheet td[data-cell="E4"]') as HTMLElement;
      return { text: td.textContent, bg: getComputedStyle(td).backgroundColor, title: td.title, notes: Array.from(document.querySelectorAll(".standin-note")).map((n) => n.textContent) };
    });
    expect(drawn.text).toBe("Quý V/2025");
    expect(drawn.bg).toBe("rgb(255, 230, 153)"); // #FFE699
    expect(drawn.notes).toEqual([after.comments[0]!.content]);
    await page.screenshot({ path: `${OUT}excel-live-marks.png` });

    // fixed: the mark and its comment go, the value stays as typed
    await typeInto(page, "E4", "Quý III/2025");
    await page.waitForFunction(() => document.getElementById("live-count")!.textContent!.includes("0 cảnh báo"), undefined, { timeout: 5000 });
    const fixed = await sheetState(page);
    expect(fixed.comments).toEqual([]);
    expect(fixed.cells.E4).toEqual({ v: "Quý III/2025", fill: null });
    expect(errors).toEqual([]);
    await page.close();
  }, 60_000);
});
