import { mkdirSync } from "node:fs";
import { join } from "node:path";
import { type Browser, chromium } from "playwright-core";
import { afterAll, beforeAll, expect, it as vitestIt } from "vitest";
import { findChromium } from "../shared/externalTool.js";
import { DIST, loadScript } from "./loadScript.js";
import { example607 } from "./sheetData.js";
import { sheetPreviewHtml } from "./sheetPreview.js";

const OUT = join(DIST, "../../test-output");
let browser: Browser;
/** Chromium at CHROMIUM_PATH or /usr/bin/chromium; missing: skipped with one line (outside CI) or failing (CI=true). */
const CHROMIUM = findChromium().path;
const it = vitestIt.skipIf(!CHROMIUM);

beforeAll(async () => {
  if (!CHROMIUM) return;
  browser = await chromium.launch({
    executablePath: CHROMIUM,
    args: ["--headless", "--no-sandbox", "--disable-gpu", "--disable-background-networking", "--disable-component-update", "--disable-sync", "--no-first-run"],
  });
});

afterAll(async () => {
  await browser?.close();
});

it("pictures of what the commands write (Kiểm tra marks, Tổng hợp sheet, template) for review", async () => {
  const s = loadScript();
  s.g.sidebarLuuCaiDat({ planYear: 2025, asOf: "2025-09-30", extraDaysOff: [], extraWorkingDays: [] });
  const data = s.ss.sheets[0];
  data.name = "Phụ lục";
  data.load(example607());
  data.columnWidths = { 1: 40, 2: 380, 3: 260, 4: 140, 5: 200, 6: 80, 7: 90, 8: 120 };
  s.ss.active = data;
  s.g.menuKiemTraPhuLuc();
  s.ss.active = data;
  s.g.menuTongHopNam();
  s.g.menuChenMauPhuLuc();
  mkdirSync(OUT, { recursive: true });
  const shots: [string, string][] = [
    ["gsheets-kiem-tra.png", sheetPreviewHtml(data, [60, 100], 8)],
    ["gsheets-ket-qua-kiem-tra.png", sheetPreviewHtml(s.ss.sheet("Kết quả kiểm tra")!, [1, 14], 4)],
    ["gsheets-tong-hop.png", sheetPreviewHtml(s.ss.sheet("Tổng hợp 2025")!, [1, 62], 11)],
    ["gsheets-mau-phu-luc.png", sheetPreviewHtml(s.ss.sheet("Phụ lục 2025")!, [1, 24], 10)],
  ];
  const page = await browser.newPage({ viewport: { width: 1500, height: 900 } });
  for (const [file, html] of shots) {
    await page.setContent(html);
    expect(await page.innerText("table")).toContain("Trang");
    await page.screenshot({ path: join(OUT, file), fullPage: true });
  }
  await page.close();
});

it("a picture of live marks: a bad schedule typed into a sheet checked while typing (Kiểm tra khi nhập)", async () => {
  const s = loadScript();
  s.g.sidebarLuuCaiDat({ planYear: 2025, asOf: "2025-09-30", extraDaysOff: [], extraWorkingDays: [] });
  const data = s.ss.sheets[0];
  data.name = "Phụ lục";
  data.load(example607());
  data.columnWidths = { 1: 40, 2: 380, 3: 260, 4: 140, 5: 200, 6: 80, 7: 90, 8: 120 };
  s.ss.active = data;
  s.g.menuKiemTraKhiNhap();
  // the user types two wrong schedules: onEdit re-checks those rows and marks them at once
  data.getRange(5, 4).setValues([["Quý V/2025"]]);
  s.g.onEdit({ range: data.getRange(5, 4), authMode: "LIMITED" });
  data.getRange(7, 4).setValues([["Tháng 13/2025"]]);
  s.g.onEdit({ range: data.getRange(7, 4), authMode: "LIMITED" });
  expect(data.getRange(5, 4).getNotes()[0]![0]).toContain("Quý V/2025");
  expect(data.getRange(7, 4).getNotes()[0]![0]).toContain("Tháng 13/2025");
  mkdirSync(OUT, { recursive: true });
  const page = await browser.newPage({ viewport: { width: 1500, height: 700 } });
  await page.setContent(sheetPreviewHtml(data, [1, 14], 8));
  await page.screenshot({ path: join(OUT, "gsheets-kiem-tra-khi-nhap.png"), fullPage: true });
  await page.close();
});
