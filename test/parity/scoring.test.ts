// Parity (issue 14): the CLI on the example CSV, the Excel adapter (office-addin-mock) and the
// built Sheets script (typed fake) on the same sheet as the hosts hold it give the same totals,
// index, band and findings.
import { describe, expect, it } from "vitest";
import { scoreSheet } from "../../excel-addin/src/commands/scoreSheet.js";
import { runCli } from "../cli/runCli.js";
import { mockWorkbook } from "../excel-addin/mock/officeMockWorkbook.js";
import { loadScript } from "../gsheets/loadScript.js";
import { SCORING_EXAMPLE, scoringExampleAsHostValues } from "../shared/scoringExample.js";

const R = "Kết quả chấm điểm";
const LABEL: Record<string, string> = { error: "Lỗi", warning: "Cảnh báo", info: "Thông tin" };

interface Seen {
  headline: string;
  total: unknown[];
  findings: string[];
}

/** Headline, "Tổng cộng" row of the areas block, and the findings block (severity, code, cell) of a result sheet. */
function fromResultSheet(rows: unknown[][]): Seen {
  const total = rows.find((r) => r[1] === "Tổng cộng")!;
  const head = rows.findIndex((r) => r[0] === "Mức độ" && r[1] === "Mã");
  const findings: string[] = [];
  // Sheets writes the cell as a link formula to the criteria sheet: its label is what the user sees
  const shown = (v: unknown) => /^=HYPERLINK\("[^"]*","(.*)"\)$/.exec(String(v))?.[1] ?? String(v);
  for (let i = head + 1; i < rows.length && rows[i][1] !== "" && rows[i][1] !== undefined; i++) findings.push(`${rows[i][0]} ${rows[i][1]} ${shown(rows[i][2])}`);
  return { headline: String(rows[1][0]), total: total.slice(2, 5), findings };
}

describe("Chấm điểm CCHC: CLI, Excel and Sheets agree", () => {
  it("on examples/tu-cham-diem-vi-du.csv", async () => {
    // CLI: the CSV's text as is
    const json = await runCli("score", SCORING_EXAMPLE, "--format", "json");
    const text = await runCli("score", SCORING_EXAMPLE);
    expect(json.code).toBe(1);
    const j = JSON.parse(json.out);
    const cli: Seen = {
      headline: text.out.split("\n").find((l) => l.startsWith("Chỉ số "))!,
      total: [j.maxTotal, j.selfTotal, j.suggestedTotal],
      findings: [...j.errors, ...j.warnings, ...j.infos].map((f: { severity: string; code: string; column: string | null; row: number }) =>
        `${LABEL[f.severity]} ${f.code} ${f.column ? `${f.column}${f.row}` : `Dòng ${f.row}`}`,
      ),
    };

    // Excel: typed values (percent cells, numbers)
    const host = scoringExampleAsHostValues();
    const book = mockWorkbook({ "Tự chấm điểm": host });
    const r = await scoreSheet(book.context());
    const sheetRows = book.get(R, "A1:I60");
    const excel = fromResultSheet(sheetRows);

    // Sheets: the built script on the fake
    const s = loadScript();
    s.ss.sheets[0].name = "Tự chấm điểm";
    s.ss.sheets[0].load(scoringExampleAsHostValues("sheets"));
    s.g.menuChamDiemCCHC();
    const sheets = fromResultSheet(s.ss.sheet(R)!.dump());

    expect(cli.total).toEqual([19, 17, 13.52]);
    expect(cli.headline).toBe("Chỉ số 71,16% (13,52/19 điểm đề xuất) — xếp hạng Khá (đủ điểm Tốt nhưng hạ theo Kết luận 91); tự chấm 17/19 (89,47%).");
    expect(cli.findings).toHaveLength(13);
    expect(excel).toEqual(cli);
    expect(sheets).toEqual(cli);
    expect([r.report.band, j.band]).toEqual(["Khá", "Khá"]);
    expect(r.report.percent).toBe(j.percent);
  });
});
