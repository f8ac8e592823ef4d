/**
 * The task pane's "Tự chấm điểm CCHC" buttons: Chèn mẫu tự chấm điểm, Chấm điểm CCHC. Wired by
 * taskpane.ts with its runCommand (progress, disabled buttons, Vietnamese errors).
 */
import { scoreHeadline } from "@cchc/core";
import { insertScoringTemplate } from "../commands/insertScoringTemplate.js";
import { scoreSheet, type ScoreResult } from "../commands/scoreSheet.js";

/** The task pane's runCommand: the result or error is shown next to `button`. */
type RunCommand = (button: HTMLElement, label: string, work: () => Promise<string>) => Promise<void>;

/** The message shown after "Chấm điểm CCHC". */
export function scoreMessage(r: ScoreResult): string {
  const rep = r.report;
  const verdict = rep.errors.length === 0 ? "Không có lỗi" : `Có ${rep.errors.length} lỗi cần sửa`;
  return (
    `Trang "${r.sheet}": ${scoreHeadline(rep)} ${verdict}, ${rep.warnings.length} cảnh báo. ` +
    `Xem trang "${r.resultSheet}"; đã tô màu ${r.markedCells} ô (bấm Xóa đánh dấu để bỏ).`
  );
}

export function wireScoring(runCommand: RunCommand): void {
  const templateButton = document.getElementById("btn-score-template");
  templateButton?.addEventListener("click", () =>
    runCommand(templateButton, "Đang chèn mẫu tự chấm điểm", async () => {
      const r = await Excel.run((ctx) => insertScoringTemplate(ctx));
      return `Đã thêm trang "${r.sheet}". Các dòng ${r.exampleRows.from}–${r.exampleRows.to} tô vàng là ví dụ: sửa hoặc xóa. Ghi ngưỡng xếp hạng của tỉnh vào ô B2, rồi bấm Chấm điểm CCHC.`;
    }),
  );
  const scoreButton = document.getElementById("btn-score");
  scoreButton?.addEventListener("click", () =>
    runCommand(scoreButton, "Đang chấm điểm", async () => scoreMessage(await Excel.run((ctx) => scoreSheet(ctx)))),
  );
}
