import { mkdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { type Browser, chromium } from "playwright-core";
import { afterAll, beforeAll, expect, it } from "vitest";
import { DIST } from "./loadScript.js";

const OUT = join(DIST, "../../test-output");
let browser: Browser;

beforeAll(async () => {
  browser = await chromium.launch({
    executablePath: "/usr/bin/chromium",
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
      extraDaysOff: [{ date: "2025-03-04", reason: "Đại hội chi bộ" }],
      extraWorkingDays: [],
      problems: [],
      sheetExists: true,
    }),
    sidebarLuuCaiDat: (s: unknown) =>
      (s as { asOf: string }).asOf === "2025-02-31"
        ? { ok: false, message: "Chưa lưu: hãy sửa các mục sau.", problems: ['Ngày báo cáo: Ngày "31/02/2025" không tồn tại (ngày/tháng/năm không hợp lệ).'] }
        : { ok: true, message: 'Đã lưu vào trang "CCHC – Cài đặt".', problems: [], settings: s },
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
            setTimeout(() => success?.(answers[name](...args)), 10);
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

  const calls = (await page.evaluate(() => (window as unknown as { __calls: unknown }).__calls)) as { name: string; args: unknown[] }[];
  expect(calls.map((c) => c.name)).toEqual(["sidebarLayCaiDat", "sidebarLuuCaiDat"]);
  expect(calls[1].args[0]).toEqual({
    planYear: 2025,
    asOf: "2025-10-31",
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
