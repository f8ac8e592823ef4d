import { mkdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { type Browser, chromium } from "playwright-core";
import { afterAll, beforeAll, expect, it as vitestIt } from "vitest";
import { findChromium } from "../shared/externalTool.js";
import { DIST, loadScript } from "./loadScript.js";
import { vnDate } from "./sheetData.js";

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

/** google.script.run as HtmlService provides it, answering from the page (recorded in window.__calls). */
function stubScriptRun() {
  const w = window as unknown as Record<string, unknown>;
  const calls: { name: string; args: unknown[] }[] = [];
  w.__calls = calls;
  const answers: Record<string, (...a: unknown[]) => unknown> = {
    sidebarLayCaiDat: () => ({
      planYear: 2025,
      asOf: "2025-09-30",
      ngayVanHoa: false,
      extraDaysOff: [{ date: "2025-03-04", reason: "Đại hội chi bộ" }],
      extraWorkingDays: [],
      problems: [],
      notices: [],
      sheetExists: !w.__noSettingsSheet,
      dossierPeriod: { from: "2025-01-01", to: "2025-09-30" },
    }),
    sidebarDemKiemTra: () => ({ sheet: "Phụ lục", errors: 2, warnings: 5 }),
    sidebarLuuCaiDat: (s: unknown) =>
      (s as { asOf: string }).asOf === "2025-02-31"
        ? { ok: false, message: "Chưa lưu: hãy sửa các mục sau.", problems: ['Ngày báo cáo: Ngày "31/02/2025" không tồn tại (ngày/tháng/năm không hợp lệ).'] }
        : { ok: true, message: 'Đã lưu vào trang "CCHC – Cài đặt".', problems: [], settings: s },
    sidebarThongKeHoSo: () => ({ ok: true, message: 'Đã tạo trang "Thống kê hồ sơ" từ trang "Hồ sơ": 65 hồ sơ.', problems: [] }),
  };
  const runner = (success?: (v: unknown) => void, failure?: (e: unknown) => void): unknown =>
    new Proxy(
      {},
      {
        get(_t, name: string) {
          if (name === "withSuccessHandler") return (f: (v: unknown) => void) => runner(f, failure);
          if (name === "withFailureHandler") return (f: (e: unknown) => void) => runner(success, f);
          return (...args: unknown[]) => {
            calls.push({ name, args: JSON.parse(JSON.stringify(args)) });
            setTimeout(() => success?.(answers[name](...args)), (w.__delayMs as number | undefined) ?? 10);
          };
        },
      },
    );
  w.google = { script: { run: runner(), host: { close: () => calls.push({ name: "close", args: [] }) } } };
}

it("the settings sidebar renders in Vietnamese, loads the settings and saves ISO dates through google.script.run", async () => {
  const page = await browser.newPage({ viewport: { width: 300, height: 640 }, locale: "vi-VN" });
  const errors: string[] = [];
  page.on("pageerror", (e) => errors.push(e.message));
  const html = readFileSync(join(DIST, "Sidebar.html"), "utf8");
  await page.setContent(html.replace("<head>", () => `<head><script>(${stubScriptRun.toString()})();</script>`));
  await expect.poll(() => page.inputValue("#asOf")).toBe("30/09/2025"); // day first, whatever the browser language
  expect(await page.inputValue("#planYear")).toBe("2025");
  expect(await page.inputValue("#dossierFrom")).toBe("01/01/2025");
  const text = await page.innerText("body");
  for (const t of ["Cài đặt CCHC", "Năm kế hoạch", "Ngày báo cáo", "Ngày nghỉ thêm của đơn vị", "Ngày làm việc thêm (làm bù)", "Lưu cài đặt"]) {
    expect(text).toContain(t);
  }
  expect(await page.inputValue("#daysOff .entry input:nth-child(1)")).toBe("04/03/2025");
  expect(await page.inputValue("#daysOff .entry input:nth-child(2)")).toBe("Đại hội chi bộ");

  await page.click("#addWorkingDay");
  await page.fill("#workingDays .entry input:nth-child(1)", "26/4/2025");
  await page.fill("#workingDays .entry input:nth-child(2)", "Làm bù theo thông báo");
  await page.fill("#asOf", "31/10/2025");
  mkdirSync(OUT, { recursive: true });
  await page.click("#save");
  await expect.poll(() => page.innerText("#status")).toContain("Đã lưu");
  await page.screenshot({ path: join(OUT, "gsheets-sidebar.png"), fullPage: true });

  // the live count of "Kiểm tra khi nhập" is asked for on its own: left out of the form's calls
  const calls = ((await page.evaluate(() => (window as unknown as { __calls: unknown }).__calls)) as { name: string; args: unknown[] }[]).filter(
    (c) => c.name !== "sidebarDemKiemTra",
  );
  expect(calls.map((c) => c.name)).toEqual(["sidebarLayCaiDat", "sidebarLuuCaiDat"]);
  // the live count of "Kiểm tra khi nhập", asked on load
  expect(await page.textContent("#liveCount")).toContain("2 lỗi, 5 cảnh báo");
  expect(calls[1].args[0]).toEqual({
    planYear: 2025,
    asOf: "2025-10-31",
    ngayVanHoa: false,
    extraDaysOff: [{ date: "2025-03-04", reason: "Đại hội chi bộ" }],
    extraWorkingDays: [{ date: "2025-04-26", reason: "Làm bù theo thông báo" }],
  });

  // A date that does not exist: the server's Vietnamese problem is shown, nothing else changes.
  await page.fill("#asOf", "31/02/2025");
  await page.click("#save");
  await expect.poll(() => page.innerText("#problems")).toContain("không tồn tại");
  expect(await page.innerText("#status")).toBe("Chưa lưu: hãy sửa các mục sau.");
  expect(await page.getAttribute("#status", "class")).toContain("error");
  await page.screenshot({ path: join(OUT, "gsheets-sidebar-error.png"), fullPage: true });
  expect(errors).toEqual([]);
  await page.close();
});

/**
 * google.script.run forwarded to the BUILT Code.js running in Node (window.__server is bound by
 * page.exposeFunction): the sidebar talks to the real server functions on a fake spreadsheet.
 * Every call is recorded in window.__calls with its arguments as sent (JSON).
 */
function forwardScriptRun() {
  const w = window as unknown as Record<string, unknown>;
  const calls: { name: string; args: unknown[] }[] = [];
  w.__calls = calls;
  const server = w.__server as (name: string, args: unknown[]) => Promise<{ value?: unknown; error?: string }>;
  const runner = (success?: (v: unknown) => void, failure?: (e: unknown) => void): unknown =>
    new Proxy(
      {},
      {
        get(_t, name: string) {
          if (name === "withSuccessHandler") return (f: (v: unknown) => void) => runner(f, failure);
          if (name === "withFailureHandler") return (f: (e: unknown) => void) => runner(success, f);
          return (...args: unknown[]) => {
            const sent = JSON.parse(JSON.stringify(args));
            calls.push({ name, args: sent });
            void server(name, sent).then((r) => (r.error === undefined ? success?.(r.value) : failure?.(new Error(r.error))));
          };
        },
      },
    );
  w.google = { script: { run: runner(), host: { close: () => calls.push({ name: "close", args: [] }) } } };
}

it("Thống kê hồ sơ in the sidebar: prefilled period, ISO dates and the grouping to the server, its Vietnamese answer shown", async () => {
  // the server side: the built script on a fake spreadsheet with settings and a pasted export
  const s = loadScript();
  s.g.sidebarLuuCaiDat({ planYear: 2025, asOf: "2025-09-30", extraDaysOff: [], extraWorkingDays: [] });
  const list = s.ss.sheets[0];
  list.name = "Một cửa quý 3";
  const rows: unknown[][] = [["Mã hồ sơ", "Đơn vị", "Cán bộ xử lý", "Ngày tiếp nhận", "Ngày hẹn trả", "Ngày trả kết quả", "Trạng thái"]];
  for (let i = 0; i < 12; i++) {
    const late = i % 4 === 0;
    rows.push([`HS-${i}`, "Phòng Quản lý doanh nghiệp", i % 2 ? "Lê Thị Hoa" : "Phạm Quốc Hưng", vnDate(2025, 7, 1 + i), vnDate(2025, 7, 8 + i), vnDate(2025, 7, 8 + i + (late ? 3 : 0)), "Đã trả kết quả"]);
  }
  list.load(rows);
  s.ss.active = list;

  const page = await browser.newPage({ viewport: { width: 300, height: 640 }, locale: "vi-VN" });
  const errors: string[] = [];
  page.on("pageerror", (e) => errors.push(e.message));
  await page.exposeFunction("__server", (name: string, args: unknown[]) => {
    try {
      return { value: JSON.parse(JSON.stringify(s.g[name](...args) ?? null)) };
    } catch (e) {
      return { error: String((e as Error).message) };
    }
  });
  const html = readFileSync(join(DIST, "Sidebar.html"), "utf8");
  await page.setContent(html.replace("<head>", () => `<head><script>(${forwardScriptRun.toString()})();</script>`));

  // prefilled from the settings: 01/01 of the plan year → the reporting date, by unit
  await expect.poll(() => page.inputValue("#dossierTo")).toBe("30/09/2025");
  expect(await page.inputValue("#dossierFrom")).toBe("01/01/2025");
  expect(await page.isChecked("#dossierByUnit")).toBe(true);
  const text = await page.innerText("#dossiers");
  for (const t of ["Thống kê hồ sơ", "Từ ngày", "Đến ngày", "Thống kê theo", "Theo đơn vị", "Theo cán bộ xử lý", "Thống kê trang đang mở"]) expect(text).toContain(t);

  // saving another reporting date moves the untouched "Đến ngày" with it
  await page.fill("#asOf", "31/10/2025");
  await page.click("#save");
  await expect.poll(() => page.inputValue("#dossierTo")).toBe("31/10/2025");

  // the user's own period, by staff
  await page.fill("#dossierFrom", "1/7/2025");
  await page.fill("#dossierTo", "30/09/2025");
  await page.check("#dossierByStaff");
  await page.click("#runDossiers");
  await expect.poll(() => page.innerText("#dossierStatus")).toContain("Đã tạo trang");
  const status = await page.innerText("#dossierStatus");
  expect(status).toContain('Đã tạo trang "Thống kê hồ sơ" từ trang "Một cửa quý 3": kỳ 01/07/2025 – 30/09/2025, theo cán bộ xử lý.');
  expect(status).toContain("12 hồ sơ đọc được, 2 cán bộ; tỷ lệ trễ hạn 25,00% = 3 ÷ 12;");
  expect(status).toContain('Muốn thống kê kỳ khác: mở lại trang "Một cửa quý 3", chọn kỳ rồi bấm lại "Thống kê trang đang mở".');
  expect(await page.getAttribute("#dossierStatus", "class")).not.toContain("error");
  expect(await page.isHidden("#dossierProblems")).toBe(true);
  expect(await page.isDisabled("#runDossiers")).toBe(false);
  mkdirSync(OUT, { recursive: true });
  await page.screenshot({ path: join(OUT, "gsheets-sidebar-dossiers.png"), fullPage: true });

  const calls = ((await page.evaluate(() => (window as unknown as { __calls: unknown }).__calls)) as { name: string; args: unknown[] }[]).filter(
    (c) => c.name !== "sidebarDemKiemTra",
  );
  expect(calls.map((c) => c.name)).toEqual(["sidebarLayCaiDat", "sidebarLuuCaiDat", "sidebarThongKeHoSo"]);
  expect(calls[2].args).toEqual([{ from: "2025-07-01", to: "2025-09-30", by: "staff" }]);
  expect(s.ss.sheet("Thống kê hồ sơ")).toBeDefined();

  // a period that ends before it starts: the server's problem under the button, nothing written
  const sheets = s.ss.sheets.length;
  s.ss.active = list;
  await page.fill("#dossierFrom", "01/10/2025");
  await page.click("#runDossiers");
  await expect.poll(() => page.innerText("#dossierProblems")).toContain('"Đến ngày" (30/09/2025) đang trước "Từ ngày" (01/10/2025): hãy sửa kỳ thống kê.');
  expect(await page.innerText("#dossierStatus")).toBe("Chưa thống kê: hãy sửa các mục sau.");
  expect(await page.getAttribute("#dossierStatus", "class")).toContain("error");
  expect(s.ss.sheets.length).toBe(sheets);
  await page.screenshot({ path: join(OUT, "gsheets-sidebar-dossiers-error.png"), fullPage: true });
  expect(errors).toEqual([]);
  await page.close();
});

it("while the server works: every button disabled and looking so, a progress line in view at the bottom; info is not green", async () => {
  const page = await browser.newPage({ viewport: { width: 300, height: 480 }, locale: "vi-VN" });
  const errors: string[] = [];
  page.on("pageerror", (e) => errors.push(e.message));
  const html = readFileSync(join(DIST, "Sidebar.html"), "utf8");
  await page.setContent(html.replace("<head>", () => `<head><script>(${stubScriptRun.toString()})();</script>`));
  await expect.poll(() => page.inputValue("#asOf")).toBe("30/09/2025");
  expect(await page.isHidden("#working")).toBe(true);
  const enabledLook = await page.$eval("#runDossiers", (b) => getComputedStyle(b).backgroundColor);

  await page.evaluate(() => ((window as unknown as { __delayMs: number }).__delayMs = 1500));
  await page.evaluate(() => window.scrollTo(0, document.body.scrollHeight)); // the user has scrolled down to the button
  await page.click("#runDossiers");
  const during = await page.evaluate(() => {
    const bar = document.getElementById("working")!;
    const r = bar.getBoundingClientRect();
    return {
      disabled: Array.from(document.querySelectorAll("button")).every((b) => b.disabled),
      look: getComputedStyle(document.getElementById("runDossiers")!).backgroundColor,
      cursor: getComputedStyle(document.getElementById("save")!).cursor,
      shown: !bar.hidden,
      inView: r.height > 0 && r.top >= 0 && r.bottom <= window.innerHeight,
      text: bar.innerText.trim(),
    };
  });
  expect(during).toMatchObject({ disabled: true, cursor: "progress", shown: true, inView: true, text: "Đang thống kê hồ sơ của trang đang mở…" });
  expect(during.look).not.toBe(enabledLook);
  mkdirSync(OUT, { recursive: true });
  await page.screenshot({ path: join(OUT, "gsheets-sidebar-working.png") });
  // scrolled back up, the progress line is still in view
  await page.evaluate(() => window.scrollTo(0, 0));
  expect(await page.$eval("#working", (bar) => bar.getBoundingClientRect().bottom <= window.innerHeight && !(bar as HTMLElement).hidden)).toBe(true);

  await expect.poll(() => page.innerText("#dossierStatus"), { timeout: 5000 }).toContain("Đã tạo trang");
  expect(await page.isHidden("#working")).toBe(true);
  expect(await page.isDisabled("#save")).toBe(false);
  const ok = await page.$eval("#dossierStatus", (p) => ({ cls: p.className, color: getComputedStyle(p).color }));
  expect(ok.cls).toBe("status ok");

  expect(errors).toEqual([]);
  await page.close();

  // information (no settings sheet yet) is grey, not the success green
  const fresh = await browser.newPage({ viewport: { width: 300, height: 480 }, locale: "vi-VN" });
  await fresh.setContent(html.replace("<head>", () => `<head><script>window.__noSettingsSheet = true; (${stubScriptRun.toString()})();</script>`));
  await expect.poll(() => fresh.innerText("#status")).toBe('Chưa có trang "CCHC – Cài đặt": bấm Lưu cài đặt để tạo.');
  const info = await fresh.$eval("#status", (p) => ({ cls: p.className, color: getComputedStyle(p).color }));
  expect(info.cls).toBe("status info");
  expect(info.color).not.toBe(ok.color);
  await fresh.close();
});
