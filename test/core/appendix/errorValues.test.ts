/** Spreadsheet error values (#N/A, #REF!, #DIV/0!) are named as such, not reported as empty cells. */
import { describe, expect, it } from "vitest";
import { validateAppendix } from "../../../core/src/appendix/validate.js";
import { dayFromYMD } from "../../../core/src/dates/day.js";

const HEADER = ["STT", "Nội dung công việc", "Trách nhiệm thực hiện", "Tiến độ thực hiện", "Kết quả/sản phẩm"];
const OPTS = { planYear: 2025, asOf: dayFromYMD(2025, 9, 30) };

describe("validateAppendix: error values in cells", () => {
  it("says 'ô D2 có lỗi #N/A' (and #REF!, #DIV/0!) where an empty cell would say 'trống'", () => {
    const r = validateAppendix(
      [
        HEADER,
        ["1", "Xây dựng kế hoạch CCHC", "Văn phòng", "#N/A", "Kế hoạch"],
        ["2", "#REF!", "Văn phòng", "Quý II/2025", "Báo cáo"],
        ["3", "Tuyên truyền CCHC", "#DIV/0!", "Quý III/2025", "#n/a"],
        ["4", "Rà soát TTHC", "Văn phòng", "", "Báo cáo"],
      ],
      OPTS,
    );
    const findings = [...r.errors, ...r.warnings, ...r.infos];
    const msg = (code: string, row: number) => findings.find((f) => f.code === code && f.row === row)?.message ?? "";
    expect(msg("missing-deadline", 2)).toContain("ô D2 có lỗi #N/A");
    expect(msg("missing-task", 3)).toContain("ô B3 có lỗi #REF!");
    expect(msg("missing-output", 4)).toContain("ô E4 có lỗi #N/A");
    expect(findings.filter((f) => f.row === 4).map((f) => f.message).join(" ")).toContain("ô C4 có lỗi #DIV/0!");
    // A really empty cell is still "trống".
    expect(msg("missing-deadline", 5)).toContain("ô D5 trống");
    expect(findings.map((f) => f.message).join(" ")).not.toMatch(/ô (D2|B3|E4|C4) trống/);
  });
});
