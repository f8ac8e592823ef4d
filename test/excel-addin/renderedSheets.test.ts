// Renders the sheets the commands write (summary, validation report, template, II.06a) through
// .xlsx → LibreOffice → PNG into test-output/, to look at them. Skipped without LibreOffice.
import { dayFromYMD } from "@cchc/core";
import { execFileSync } from "node:child_process";
import { existsSync, mkdirSync, readdirSync, statSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { annualSummary } from "../../excel-addin/src/commands/annualSummary.js";
import { insertTemplate } from "../../excel-addin/src/commands/insertTemplate.js";
import { validateSheet } from "../../excel-addin/src/commands/validateSheet.js";
import { exportSheets } from "./exportStandIn.js";
import { EXAMPLE_607, FIXTURE_607, loadCsvCells, setup } from "./standIn.js";

const OUT = new URL("../../test-output/", import.meta.url).pathname;
const soffice = ["/usr/bin/soffice", "/usr/bin/libreoffice"].find((p) => existsSync(p));

describe.skipIf(!soffice || !existsSync("/usr/bin/pdftoppm"))("result sheets rendered with LibreOffice", () => {
  it("writes summary, report and template sheets that open and render", async () => {
    mkdirSync(OUT, { recursive: true });
    const today = dayFromYMD(2025, 9, 30);
    const settings = [[], [], ["Năm kế hoạch", 2025], ["Ngày báo cáo", today + 25569]];
    const { model, ctx } = setup({ "Theo dõi": loadCsvCells(EXAMPLE_607), "Phụ lục": loadCsvCells(FIXTURE_607), "CCHC – Cài đặt": settings }, "Theo dõi");
    await annualSummary(ctx(), { today });
    model.activeId = model.find("Phụ lục")!.id;
    await validateSheet(ctx(), { today });
    await insertTemplate(ctx(), { today });
    const names = ["Tổng hợp 2025", "Kết quả kiểm tra", "Phụ lục 2025"];
    const xlsx = `${OUT}excel-result-sheets.xlsx`;
    await exportSheets(model, names, xlsx);
    execFileSync(soffice!, ["--headless", "--convert-to", "pdf", "--outdir", OUT, xlsx], { stdio: "pipe", timeout: 120_000 });
    const pdf = `${OUT}excel-result-sheets.pdf`;
    expect(statSync(pdf).size).toBeGreaterThan(10_000);
    execFileSync("pdftoppm", ["-png", "-r", "60", "-f", "1", "-l", "6", pdf, `${OUT}excel-result-sheets`], { stdio: "pipe" });
    expect(readdirSync(OUT).filter((f) => f.startsWith("excel-result-sheets") && f.endsWith(".png")).length).toBeGreaterThan(0);
  }, 180_000);
});
