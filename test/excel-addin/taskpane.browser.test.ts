// The task pane in headless Chromium (playwright-core + Debian's chromium) over dist/, with the
// in-page Excel stand-in (excelStandIn.js) served in place of office.js from Microsoft's CDN.
import { existsSync, mkdirSync, readFileSync } from "node:fs";
import { createServer, type Server } from "node:http";
import { extname, join } from "node:path";
import { chromium, type Browser, type Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { findChromium } from "../shared/externalTool.js";
import { DIST, buildDist } from "./buildDist.js";
import { EXAMPLE_607, FIXTURE_607, loadCsvCells, serialOf } from "./standIn.js";

const EXAMPLE_EXPORT = new URL("../../examples/xuat-mot-cua-vi-du.csv", import.meta.url);

/** Chromium at CHROMIUM_PATH or /usr/bin/chromium; missing: skipped with one line (outside CI) or failing (CI=true). */
const CHROMIUM = findChromium().path;
const OUT = new URL("../../test-output/", import.meta.url).pathname;
const STAND_IN = readFileSync(new URL("./excelStandIn.js", import.meta.url), "utf8");
const TYPES: Record<string, string> = {
  ".html": "text/html; charset=utf-8",
  ".js": "application/javascript; charset=utf-8",
  ".css": "text/css; charset=utf-8",
  ".json": "application/json",
  ".png": "image/png",
  ".map": "application/json",
};

let server: Server;
let base = "";
let browser: Browser;

const settingsSheet = [[], [], ["Năm kế hoạch", 2025], ["Ngày báo cáo", serialOf(2025, 9, 30)], ["Nghỉ ngày 24/11", "Không"]];

interface Setup {
  sheets: Record<string, unknown[][]>;
  active?: string;
  delayMs?: number;
}

/** A fresh page over a workbook; `outside` collects any request that is neither the pane nor office.js. */
async function openPane(setup: Setup): Promise<{ page: Page; outside: string[]; errors: string[] }> {
  const page = await browser.newPage({ viewport: { width: 360, height: 900 }, deviceScaleFactor: 1 });
  const outside: string[] = [];
  const errors: string[] = [];
  page.on("pageerror", (e) => errors.push(e.message));
  page.on("console", (m) => m.type() === "error" && errors.push(m.text()));
  await page.route("**/*", (route) => {
    const url = route.request().url();
    if (url.startsWith("https://appsforoffice.microsoft.com/lib/1/hosted/office.js")) {
      return route.fulfill({ status: 200, contentType: "application/javascript", body: STAND_IN });
    }
    if (url.startsWith(base)) return route.continue();
    outside.push(url);
    return route.abort();
  });
  await page.addInitScript((s) => ((window as unknown as { __standInSetup: unknown }).__standInSetup = s), setup);
  await page.goto(`${base}/taskpane.html`);
  await page.waitForFunction(() => document.getElementById("settings-line")?.textContent !== "Đang tải cài đặt…");
  return { page, outside, errors };
}

async function click(page: Page, id: string): Promise<{ kind: string; text: string }> {
  await page.click(`#${id}`);
  await page.waitForFunction(() => !document.getElementById("message")!.hidden && !document.querySelector("button:disabled"));
  return page.evaluate(() => {
    const box = document.getElementById("message")!;
    return { kind: box.className, text: box.textContent ?? "" };
  });
}

const model = (page: Page) =>
  page.evaluate(() => {
    const m = (window as unknown as { __standInModel: { sheets: { name: string; charts: { type: string }[] }[]; comments: unknown[]; stats: { syncs: number; runs: number } } }).__standInModel;
    return { sheets: m.sheets.map((s) => ({ name: s.name, charts: s.charts.map((c) => c.type) })), comments: m.comments.length, stats: m.stats };
  });

beforeAll(async () => {
  if (!CHROMIUM) return;
  buildDist();
  mkdirSync(OUT, { recursive: true });
  server = createServer((req, res) => {
    const path = join(DIST, decodeURIComponent(new URL(req.url ?? "/", "http://x").pathname));
    if (!path.startsWith(DIST) || !existsSync(path)) {
      res.writeHead(404).end();
      return;
    }
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

describe.skipIf(!CHROMIUM)("task pane in Chromium", () => {
  it("renders in Vietnamese within the pane's width, loads nothing but itself and office.js, and registers the functions", async () => {
    const { page, outside, errors } = await openPane({ sheets: { "Phụ lục": [], "CCHC – Cài đặt": settingsSheet }, active: "Phụ lục" });
    const texts = await page.$$eval("button .label", (els) => els.map((e) => e.textContent));
    expect(texts).toEqual(["Chèn mẫu phụ lục", "Kiểm tra phụ lục", "Xóa đánh dấu", "Tổng hợp năm", "Tạo sổ theo dõi", "Tổng hợp nhiều đơn vị", "Thống kê hồ sơ", "Chèn mẫu tự chấm điểm", "Chấm điểm CCHC", "Lưu cài đặt"]);
    expect(await page.textContent("h1")).toBe("Kế hoạch CCHC");
    expect(await page.textContent("#settings-line")).toBe("Năm kế hoạch 2025, ngày báo cáo 30/09/2025");
    // the dossier period defaults to the plan year up to the reporting date
    expect([await page.inputValue("#dossier-from"), await page.inputValue("#dossier-to")]).toEqual(["01/01/2025", "30/09/2025"]);
    const size = await page.evaluate(() => ({ scroll: document.documentElement.scrollWidth, client: document.documentElement.clientWidth }));
    expect(size.scroll).toBeLessThanOrEqual(size.client);
    // the CSP of the page is the one shipped
    const csp = await page.getAttribute('meta[http-equiv="Content-Security-Policy"]', "content");
    expect(csp).toContain("script-src 'self' https://appsforoffice.microsoft.com;");
    // functions.js registered every function in the shared runtime; HANXULY works in the page
    const hanxuly = await page.evaluate(() => {
      const cf = (window as unknown as { CustomFunctions: { associated: Map<string, (...a: unknown[]) => unknown[][]> } }).CustomFunctions;
      return { ids: [...cf.associated.keys()], value: cf.associated.get("HANXULY")!([["24/01/2025"]], [[5]])[0][0] };
    });
    expect(hanxuly.ids).toContain("HANXULY");
    expect(hanxuly.value).toBe(serialOf(2025, 2, 7));
    await page.screenshot({ path: `${OUT}excel-taskpane.png`, fullPage: true });
    expect(outside).toEqual([]);
    expect(errors).toEqual([]);
    await page.close();
  });

  it("Kiểm tra phụ lục, then Xóa đánh dấu, on the real appendix of Kế hoạch 607", async () => {
    const { page, errors } = await openPane({ sheets: { "Phụ lục": loadCsvCells(FIXTURE_607), "CCHC – Cài đặt": settingsSheet }, active: "Phụ lục" });
    const result = await click(page, "btn-validate");
    expect(result.kind).toBe("message ok");
    expect(result.text).toContain('Trang "Phụ lục": không có lỗi (74 nhiệm vụ). 18 cảnh báo');
    expect(result.text).toContain('Xem trang "Kết quả kiểm tra"; đã tô màu 18 ô.');
    let m = await model(page);
    expect(m.sheets.map((s) => s.name)).toEqual(["Phụ lục", "CCHC – Cài đặt", "Kết quả kiểm tra"]);
    expect(m.comments).toBe(18); // the stand-in host reports ExcelApi 1.12: marks carry comments
    await page.screenshot({ path: `${OUT}excel-taskpane-validated.png`, fullPage: true });
    const cleared = await click(page, "btn-clear");
    expect(cleared.text).toBe("Đã bỏ đánh dấu 18 ô và xóa 18 ghi chú.");
    m = await model(page);
    expect(m.comments).toBe(0);
    expect(errors).toEqual([]);
    await page.close();
  });

  it("Tổng hợp năm makes 'Tổng hợp 2025' with a stacked bar chart", async () => {
    const { page } = await openPane({ sheets: { "Theo dõi": loadCsvCells(EXAMPLE_607), "CCHC – Cài đặt": settingsSheet }, active: "Theo dõi" });
    const r = await click(page, "btn-summary");
    expect(r.text).toBe('Đã tạo trang "Tổng hợp 2025": 74 nhiệm vụ, tỷ lệ trễ hạn 7,94% (đến ngày 30/09/2025).');
    const m = await model(page);
    expect(m.sheets.find((s) => s.name === "Tổng hợp 2025")?.charts).toEqual(["BarStacked"]);
    await page.close();
  });

  it("Chèn mẫu phụ lục and Thống kê hồ sơ add their sheets", async () => {
    const exportRows = [
      ["Mã hồ sơ", "Đơn vị", "Ngày tiếp nhận", "Ngày hẹn trả", "Ngày kết thúc xử lý", "Trạng thái"],
      ["HS1", "Phòng A", "06/01/2025", "20/01/2025", "15/01/2025", "Đã trả kết quả"],
      ["HS2", "Phòng A", "03/02/2025", "10/02/2025", "12/02/2025", "Đã trả kết quả"],
    ];
    const { page, errors } = await openPane({ sheets: { "Hồ sơ": exportRows, "CCHC – Cài đặt": settingsSheet }, active: "Hồ sơ" });
    const t = await click(page, "btn-template");
    expect(t.text).toMatch(/^Đã thêm trang "Phụ lục 2025" \(mẫu phụ lục năm 2025\)\. Điền nhiệm vụ rồi bấm Kiểm tra phụ lục\.\n• Mỗi nhiệm vụ chỉ giao một cơ quan chủ trì/);
    await page.screenshot({ path: `${OUT}excel-taskpane-template.png`, fullPage: true });
    // the template sheet is now active: go back to the export
    await page.evaluate(() => {
      const m = (window as unknown as { __standInModel: { activeId: string; find(n: string): { id: string } } }).__standInModel;
      m.activeId = m.find("Hồ sơ").id;
    });
    await page.fill("#dossier-from", "01/01/2025");
    await page.fill("#dossier-to", "31/03/2025");
    const d = await click(page, "btn-dossiers");
    expect(d.text).toBe('Đã tạo trang "Thống kê hồ sơ": 2 hồ sơ, tỷ lệ trễ hạn 50,00%, 1 đơn vị không đủ điều kiện xếp loại Tốt (Kết luận 91).');
    expect((await model(page)).sheets.map((x) => x.name)).toEqual(["Hồ sơ", "CCHC – Cài đặt", "Phụ lục 2025", "Thống kê hồ sơ"]);
    expect(errors).toEqual([]);
    await page.close();
  });

  it("Chèn mẫu tự chấm điểm then Chấm điểm CCHC: the template scores, the result sheet has its chart", async () => {
    const { page, errors } = await openPane({ sheets: { "Trang tính1": [] }, active: "Trang tính1" });
    const t = await click(page, "btn-score-template");
    expect(t.text).toBe('Đã thêm trang "Tự chấm điểm". Các dòng 7–9 tô vàng là ví dụ: sửa hoặc xóa. Ghi ngưỡng xếp hạng của tỉnh vào ô B2, rồi bấm Chấm điểm CCHC.');
    const r = await click(page, "btn-score");
    expect(r.kind).toBe("message ok");
    expect(r.text).toMatch(/^Trang "Tự chấm điểm": Chỉ số 66,67% \(2\/3 điểm đề xuất\) — chưa xếp hạng \(chưa có ngưỡng xếp hạng của tỉnh\); tự chấm 2\/3 \(66,67%\). Không có lỗi, 0 cảnh báo\. Xem trang "Kết quả chấm điểm"/);
    const m = await model(page);
    expect(m.sheets.find((x) => x.name === "Kết quả chấm điểm")?.charts).toEqual(["ColumnClustered"]);
    expect(errors).toEqual([]);
    await page.close();
  });

  it("shows errors in Vietnamese, in red, and shows progress for slow work", async () => {
    const { page } = await openPane({ sheets: { "Trang tính1": [] }, delayMs: 800 });
    const t0 = Date.now();
    await page.click("#btn-validate");
    const seen = await page.waitForFunction(() => !document.getElementById("progress")!.hidden || (!document.getElementById("message")!.hidden && "message"), undefined, { timeout: 5000 });
    expect(await seen.jsonValue(), `after ${Date.now() - t0} ms`).toBe(true);
    expect(await page.textContent("#progress-text")).toBe("Đang kiểm tra phụ lục…");
    expect(await page.isDisabled("#btn-summary")).toBe(true);
    await page.waitForFunction(() => !document.getElementById("message")!.hidden);
    const box = await page.evaluate(() => ({ cls: document.getElementById("message")!.className, role: document.getElementById("message")!.getAttribute("role"), text: document.getElementById("message")!.textContent }));
    expect(box.cls).toBe("message error");
    expect(box.role).toBe("alert");
    expect(box.text).toBe('Trang "Trang tính1" đang trống. Hãy mở trang có bảng phụ lục rồi bấm Kiểm tra phụ lục.');
    expect(await page.isHidden("#progress")).toBe(true);
    const color = await page.$eval("#message", (el) => getComputedStyle(el).color);
    expect(color).toBe("rgb(164, 38, 44)");
    await page.screenshot({ path: `${OUT}excel-taskpane-error.png`, fullPage: true });

    // a bad date in the dossier period
    await page.fill("#dossier-from", "31/02/2025");
    await page.fill("#dossier-to", "31/03/2025");
    const bad = await click(page, "btn-dossiers");
    expect(bad.text).toMatch(/^"Từ ngày": Ngày "31\/02\/2025" không tồn tại/);
    await page.close();
  });

  it("shows feedback where the user looks: under the button that ran the command, in view, a wrong field marked", async () => {
    const { page, errors } = await openPane({ sheets: { "Hồ sơ": loadCsvCells(EXAMPLE_EXPORT), "CCHC – Cài đặt": settingsSheet }, active: "Hồ sơ" });
    await page.setViewportSize({ width: 360, height: 480 });
    await page.fill("#dossier-from", "31/02/2025");
    await page.fill("#dossier-to", "31/12/2025");
    await page.evaluate(() => window.scrollTo(0, document.body.scrollHeight));
    expect(await page.evaluate(() => window.scrollY)).toBeGreaterThan(100); // the pane is scrolled down
    const bad = await click(page, "btn-dossiers");
    expect(bad.kind).toBe("message error");
    const where = () =>
      page.evaluate(() => {
        const box = document.getElementById("message")!;
        const r = box.getBoundingClientRect();
        let prev = box.previousElementSibling;
        while (prev && prev.id === "progress") prev = prev.previousElementSibling;
        return { after: prev?.id, role: box.getAttribute("role"), inView: r.top >= 0 && r.bottom <= window.innerHeight };
      });
    expect(await where()).toEqual({ after: "btn-dossiers", role: "alert", inView: true });
    // the wrong field: aria-invalid, the message under it, focus on it
    const field = await page.evaluate(() => {
      const f = document.getElementById("dossier-from")!;
      const note = document.getElementById(f.getAttribute("aria-describedby") ?? "");
      return { invalid: f.getAttribute("aria-invalid"), note: note?.textContent, focused: document.activeElement === f, other: document.getElementById("dossier-to")!.getAttribute("aria-invalid") };
    });
    expect(field).toEqual({ invalid: "true", note: bad.text, focused: true, other: null });
    expect(bad.text).toMatch(/^"Từ ngày": Ngày "31\/02\/2025" không tồn tại/);
    await page.screenshot({ path: `${OUT}excel-taskpane-scrolled-error.png` });

    // fixed: the mark goes as soon as the field is edited, and the result appears under the same button
    await page.fill("#dossier-from", "01/01/2025");
    expect(await page.getAttribute("#dossier-from", "aria-invalid")).toBe(null);
    expect(await page.$("#dossier-from-error")).toBe(null);
    const ok = await click(page, "btn-dossiers");
    expect(ok.kind).toBe("message ok");
    expect(ok.text).toBe('Đã tạo trang "Thống kê hồ sơ": 65 hồ sơ, tỷ lệ trễ hạn 7,69%, 3 đơn vị không đủ điều kiện xếp loại Tốt (Kết luận 91).');
    expect(await where()).toEqual({ after: "btn-dossiers", role: "status", inView: true });
    await page.screenshot({ path: `${OUT}excel-taskpane-scrolled-result.png` });
    expect(errors).toEqual([]);
    await page.close();
  });

  it("has one primary action, and every text at least 4.5:1 against its background", async () => {
    const { page } = await openPane({ sheets: { "Phụ lục": [], "CCHC – Cài đặt": settingsSheet }, active: "Phụ lục" });
    await page.click("#settings summary");
    expect(await page.$$eval("button.primary", (bs) => bs.map((b) => b.id))).toEqual(["btn-validate"]);
    await page.fill("#dossier-from", "x");
    await click(page, "btn-dossiers"); // an error message and a field error on screen too
    const low = await page.evaluate(() => {
      const rgb = (c: string) => (c.match(/[\d.]+/g) ?? []).map(Number);
      const lum = ([r, g, b]: number[]) => {
        const f = (v: number) => ((v /= 255) <= 0.03928 ? v / 12.92 : ((v + 0.055) / 1.055) ** 2.4);
        return 0.2126 * f(r) + 0.7152 * f(g) + 0.0722 * f(b);
      };
      const background = (el: Element | null): number[] => {
        for (; el; el = el.parentElement) {
          const c = rgb(getComputedStyle(el).backgroundColor);
          if (c.length === 3 || c[3] > 0) return c.slice(0, 3);
        }
        return [255, 255, 255];
      };
      const out: string[] = [];
      const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
      for (let n = walker.nextNode(); n; n = walker.nextNode()) {
        const el = n.parentElement!;
        if (!n.textContent!.trim() || el.closest("[hidden]") || (el.closest("button") as HTMLButtonElement | null)?.disabled) continue;
        const r = el.getBoundingClientRect();
        if (r.width === 0 || r.height === 0) continue;
        const [a, b] = [lum(rgb(getComputedStyle(el).color)), lum(background(el))];
        const ratio = (Math.max(a, b) + 0.05) / (Math.min(a, b) + 0.05);
        if (ratio < 4.5) out.push(`${ratio.toFixed(2)} ${el.tagName}.${el.className} "${n.textContent!.trim().slice(0, 30)}"`);
      }
      // placeholders are text too
      for (const i of Array.from(document.querySelectorAll<HTMLInputElement>("input[placeholder], textarea[placeholder]"))) {
        const ratio = (lum(background(i)) + 0.05) / (lum(rgb(getComputedStyle(i, "::placeholder").color)) + 0.05);
        if (ratio < 4.5) out.push(`${ratio.toFixed(2)} placeholder of #${i.id}`);
      }
      return out;
    });
    expect(low).toEqual([]);
    await page.close();
  });

  it("saves the settings form into the sheet 'CCHC – Cài đặt'", async () => {
    const { page } = await openPane({ sheets: { "Phụ lục": [] } });
    expect(await page.textContent("#settings-line")).toBe("Chưa đặt năm kế hoạch, ngày báo cáo: hôm nay");
    await page.click("#settings summary");
    await page.fill("#set-year", "2025");
    await page.fill("#set-asof", "30/09/2025");
    await page.fill("#set-off", "05/09/2025\n24/12/2025");
    const r = await click(page, "btn-settings");
    expect(r.text).toBe('Đã tạo trang "CCHC – Cài đặt". Năm kế hoạch 2025, ngày báo cáo 30/09/2025, 2 ngày nghỉ thêm.');
    const values = await page.evaluate(() => {
      const m = (window as unknown as { __standInModel: { sheet(n: string): { get(a: string): unknown[][] } } }).__standInModel;
      return m.sheet("CCHC – Cài đặt").get("A3:B4");
    });
    expect(values).toEqual([
      ["Năm kế hoạch", 2025],
      ["Ngày báo cáo", serialOf(2025, 9, 30)],
    ]);
    await page.screenshot({ path: `${OUT}excel-taskpane-settings.png`, fullPage: true });
    // someone edits the sheet by hand while the pane is open: the pane does not overwrite it
    await page.evaluate(() => {
      const m = (window as unknown as { __standInModel: { sheet(n: string): { model: { cells: Map<number, { v: unknown }> } } } }).__standInModel;
      m.sheet("CCHC – Cài đặt").model.cells.get(2 * 16384 + 1)!.v = 2026; // B3
    });
    await page.fill("#set-off", "");
    const changed = await click(page, "btn-settings");
    expect(changed.kind).toBe("message error");
    expect(changed.text).toMatch(/^Trang "CCHC – Cài đặt" vừa được sửa trực tiếp nên chưa lưu gì/);
    expect(await page.inputValue("#set-year")).toBe("2026");
    expect(await page.inputValue("#set-off")).toBe("05/09/2025\n24/12/2025");

    await page.fill("#set-off", "không phải ngày");
    const bad = await click(page, "btn-settings");
    expect(bad.kind).toBe("message error");
    expect(bad.text).toMatch(/^Chưa lưu: Ngày nghỉ thêm, dòng 1: Không đọc được ngày "không phải ngày"/);
    await page.close();
  });
});
