/**
 * The task pane: buttons → commands (each in its own Excel.run), a progress indicator for
 * anything slower than half a second, Vietnamese messages for results and errors.
 */
import { dayLinesText, defaultDossierPeriod, dossierRunFromForm, formatPercentVN, settingsFromForm, toVN, type Day } from "@cchc/core";
import { annualSummary } from "../commands/annualSummary.js";
import { clearMarks } from "../commands/clearMarks.js";
import { userMessage } from "../commands/commandError.js";
import { dossierStats } from "../commands/dossierStats.js";
import { insertTemplate } from "../commands/insertTemplate.js";
import { readSettings, saveSettings, SettingsChangedError } from "../commands/settings.js";
import { validateSheet } from "../commands/validateSheet.js";
import { describeSettings, type AddinSettings } from "../excel/settingsSheet.js";
import { dayOfLocalDate } from "../excel/today.js";
import { CommandError } from "../commands/commandError.js";

/** Show the progress indicator only for work slower than this. */
export const PROGRESS_DELAY_MS = 500;

const $ = <T extends HTMLElement>(id: string) => document.getElementById(id) as T;

function today(): Day {
  return dayOfLocalDate(new Date());
}

function formatRate(rate: number | null): string {
  return formatPercentVN(rate, { none: "không tính được" });
}

function show(kind: "ok" | "error", text: string): void {
  const box = $("message");
  box.className = `message ${kind}`;
  box.setAttribute("role", kind === "error" ? "alert" : "status");
  box.textContent = text;
  box.hidden = false;
}

let busy = false;

/** Run one command: buttons disabled, progress after 0.5 s, result or Vietnamese error shown. */
async function runCommand(label: string, work: () => Promise<string>): Promise<void> {
  if (busy) return;
  busy = true;
  const buttons = Array.from(document.querySelectorAll("button"));
  buttons.forEach((b) => (b.disabled = true));
  $("message").hidden = true;
  $("progress-text").textContent = `${label}…`;
  const timer = setTimeout(() => ($("progress").hidden = false), PROGRESS_DELAY_MS);
  try {
    show("ok", await work());
  } catch (e) {
    show("error", userMessage(e));
  } finally {
    clearTimeout(timer);
    $("progress").hidden = true;
    buttons.forEach((b) => (b.disabled = false));
    busy = false;
  }
}


function fillSettingsForm(s: AddinSettings): void {
  $<HTMLInputElement>("set-year").value = s.planYear === null ? "" : String(s.planYear);
  $<HTMLInputElement>("set-asof").value = s.asOf === null ? "" : toVN(s.asOf);
  $<HTMLTextAreaElement>("set-off").value = dayLinesText(s.extraDaysOff);
  $<HTMLTextAreaElement>("set-work").value = dayLinesText(s.extraWorkingDays);
  $<HTMLInputElement>("set-vanhoa").checked = s.ngayVanHoa;
  $("settings-line").textContent = describeSettings(s);
  // the dossier period: core's default (plan year up to the reporting date), unless typed
  const from = $<HTMLInputElement>("dossier-from");
  const to = $<HTMLInputElement>("dossier-to");
  const period = defaultDossierPeriod(s);
  if (period !== null && from.value === "" && to.value === "") {
    from.value = toVN(period.from);
    to.value = toVN(period.to);
  }
}

/** What the settings form was last filled from (the sheet's content then). */
let loadedSettings: AddinSettings | undefined;

async function refreshSettings(): Promise<void> {
  try {
    const r = await Excel.run((ctx) => readSettings(ctx));
    loadedSettings = r.exists ? r.settings : undefined;
    fillSettingsForm(r.settings);
    if (r.problems.length > 0) show("error", [...r.problems, ...r.notices].join("\n"));
    else if (r.notices.length > 0) show("ok", r.notices.join("\n"));
  } catch (e) {
    $("settings-line").textContent = "Chưa đọc được cài đặt.";
    show("error", userMessage(e));
  }
}

function settingsLines(problems: string[]): string {
  return problems.length > 0 ? `\nLưu ý cài đặt:\n${problems.join("\n")}` : "";
}

export function wire(): void {
  $("btn-template").addEventListener("click", () =>
    runCommand("Đang chèn mẫu phụ lục", async () => {
      const r = await Excel.run((ctx) => insertTemplate(ctx, { today: today() }));
      return `Đã thêm trang "${r.sheet}" (mẫu phụ lục năm ${r.year}). Điền nhiệm vụ rồi bấm Kiểm tra phụ lục.\n${r.notes.map((n) => `• ${n}`).join("\n")}`;
    }),
  );
  $("btn-validate").addEventListener("click", () =>
    runCommand("Đang kiểm tra phụ lục", async () => {
      const r = await Excel.run((ctx) => validateSheet(ctx, { today: today() }));
      const head =
        r.errors === 0
          ? `Trang "${r.sheet}": không có lỗi (${r.tasks} nhiệm vụ).`
          : `Trang "${r.sheet}": ${r.errors} lỗi cần sửa (${r.tasks} nhiệm vụ).`;
      const more = r.unmarked > 0 ? ` ${r.unmarked} ô khác chỉ có trong danh sách.` : "";
      return `${head} ${r.warnings} cảnh báo, ${r.infos} thông tin. Xem trang "${r.reportSheet}"; đã tô màu ${r.markedCells} ô.${more}${settingsLines(r.settingsProblems)}`;
    }),
  );
  $("btn-clear").addEventListener("click", () =>
    runCommand("Đang xóa đánh dấu", async () => {
      const r = await Excel.run((ctx) => clearMarks(ctx));
      if (r.marked === 0) return "Không có đánh dấu nào cần xóa.";
      const kept = r.keptUserFill > 0 ? ` Giữ nguyên ${r.keptUserFill} ô đã được đổi màu sau khi kiểm tra.` : "";
      return `Đã bỏ đánh dấu ${r.restored} ô và xóa ${r.commentsDeleted} ghi chú.${kept}`;
    }),
  );
  $("btn-summary").addEventListener("click", () =>
    runCommand("Đang tổng hợp năm", async () => {
      const r = await Excel.run((ctx) => annualSummary(ctx, { today: today() }));
      const caution =
        r.tableErrors > 0
          ? `\nLưu ý: bảng phụ lục còn ${r.tableErrors} lỗi nên số liệu có thể chưa đủ; bấm Kiểm tra phụ lục để xem và sửa.`
          : "";
      return `Đã tạo trang "${r.summarySheet}": ${r.tasks} nhiệm vụ, tỷ lệ trễ hạn ${formatRate(r.lateRate)} (đến ngày ${toVN(r.asOf)}).${caution}${settingsLines(r.settingsProblems)}`;
    }),
  );
  $("btn-dossiers").addEventListener("click", () =>
    runCommand("Đang thống kê hồ sơ", async () => {
      const form = dossierRunFromForm({
        from: $<HTMLInputElement>("dossier-from").value,
        to: $<HTMLInputElement>("dossier-to").value,
        by: $<HTMLSelectElement>("dossier-by").value,
      });
      if (!form.ok) throw new CommandError(form.problems.join("\n"));
      const { from, to, by } = form.options;
      const r = await Excel.run((ctx) => dossierStats(ctx, { from, to, by }));
      const bad = r.invalidRows > 0 ? ` ${r.invalidRows} dòng lỗi được liệt kê ở cuối trang.` : "";
      const flagged =
        r.by === "unit"
          ? `${r.notEligible} đơn vị không đủ điều kiện xếp loại Tốt`
          : `${r.notEligible} cán bộ không đủ điều kiện xếp loại hoàn thành tốt nhiệm vụ`;
      return `Đã tạo trang "${r.statsSheet}": ${r.rowsRead} hồ sơ, tỷ lệ trễ hạn ${formatRate(r.lateRate)}, ${flagged} (Kết luận 91).${bad}`;
    }),
  );
  $("btn-settings").addEventListener("click", () =>
    runCommand("Đang lưu cài đặt", async () => {
      const form = settingsFromForm({
        planYear: $<HTMLInputElement>("set-year").value,
        asOf: $<HTMLInputElement>("set-asof").value,
        ngayVanHoa: $<HTMLInputElement>("set-vanhoa").checked,
        extraDaysOff: $<HTMLTextAreaElement>("set-off").value,
        extraWorkingDays: $<HTMLTextAreaElement>("set-work").value,
      });
      if (!form.ok) throw new CommandError(`Chưa lưu: ${form.problems.join("\n")}`);
      const settings: AddinSettings = form.settings;
      let r;
      try {
        r = await Excel.run((ctx) => saveSettings(ctx, settings, loadedSettings));
      } catch (e) {
        if (e instanceof SettingsChangedError) {
          loadedSettings = e.current;
          fillSettingsForm(e.current);
        }
        throw e;
      }
      loadedSettings = settings;
      fillSettingsForm(settings);
      const how = r.created ? "Đã tạo" : r.migrated ? "Đã chuyển sang bố cục chung và cập nhật" : "Đã cập nhật";
      return `${how} trang "CCHC – Cài đặt". ${describeSettings(settings)}.`;
    }),
  );
}

Office.onReady((info) => {
  if (info.host !== Office.HostType.Excel) {
    show("error", "Phần bổ trợ này chỉ chạy trong Excel.");
    return;
  }
  wire();
  void refreshSettings();
});
