/**
 * The task pane: buttons → commands (each in its own Excel.run), a progress indicator for
 * anything slower than 300 ms, Vietnamese messages for results and errors shown right under the
 * button that ran the command (scrolled into view, role=status/alert), a wrong field marked
 * (aria-invalid, the message under it).
 */
import { dayLinesText, defaultDossierPeriod, dossierRunFromForm, formatPercentVN, settingsFromForm, toVN, type Day } from "@cchc/core";
import { annualSummary } from "../commands/annualSummary.js";
import { clearMarks } from "../commands/clearMarks.js";
import { userMessage } from "../commands/commandError.js";
import { dossierStats } from "../commands/dossierStats.js";
import { insertTemplate } from "../commands/insertTemplate.js";
import { readSettings, saveSettings, SettingsChangedError } from "../commands/settings.js";
import { trackingWorkbookCommand } from "../commands/trackingWorkbook.js";
import { rollupSheets } from "../commands/rollupSheets.js";
import { validateSheet } from "../commands/validateSheet.js";
import { LiveDebounce, liveSheets, registerLiveHandlers, setLiveSheet } from "../live/liveCheck.js";
import { recheckSheet, type LiveResult } from "../live/recheckSheet.js";
import { describeSettings, type AddinSettings } from "../excel/settingsSheet.js";
import { dayOfLocalDate } from "../excel/today.js";
import { CommandError } from "../commands/commandError.js";
import { wireScoring } from "./scoringButtons.js";

/** Show the progress indicator only for work slower than this. */
export const PROGRESS_DELAY_MS = 300;

/** A wrong value in one field of the pane: the field is marked and the message shown under it. */
class FieldError extends CommandError {
  constructor(
    readonly fieldId: string,
    message: string,
  ) {
    super(message);
  }
}

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

/** Remove the marks of a field error (on the next run, or when the user edits the field). */
function clearFieldError(field: HTMLElement): void {
  field.removeAttribute("aria-invalid");
  field.removeAttribute("aria-describedby");
  document.getElementById(`${field.id}-error`)?.remove();
}

function markFieldError(e: FieldError): void {
  const field = $(e.fieldId);
  field.setAttribute("aria-invalid", "true");
  const note = document.createElement("p");
  note.id = `${e.fieldId}-error`;
  note.className = "field-error";
  note.textContent = e.message;
  // under the field: after its label (which holds it), or after the row of fields side by side
  (field.closest(".row") ?? field.closest("label") ?? field).insertAdjacentElement("afterend", note);
  field.setAttribute("aria-describedby", note.id);
  field.addEventListener("input", () => clearFieldError(field), { once: true });
  field.focus();
}

let busy = false;

/**
 * Run one command: buttons disabled, progress under the button after 300 ms, then the result or
 * Vietnamese error under the button that ran it, scrolled into view.
 */
async function runCommand(button: HTMLElement, label: string, work: () => Promise<string>): Promise<void> {
  if (busy) return;
  busy = true;
  const buttons = Array.from(document.querySelectorAll("button"));
  buttons.forEach((b) => (b.disabled = true));
  document.querySelectorAll<HTMLElement>("[aria-invalid=true]").forEach(clearFieldError);
  const box = $("message");
  const progress = $("progress");
  box.hidden = true;
  button.insertAdjacentElement("afterend", progress);
  progress.insertAdjacentElement("afterend", box);
  $("progress-text").textContent = `${label}…`;
  const timer = setTimeout(() => {
    progress.hidden = false;
    progress.scrollIntoView({ block: "nearest" });
  }, PROGRESS_DELAY_MS);
  try {
    show("ok", await work());
  } catch (e) {
    if (e instanceof FieldError) markFieldError(e);
    show("error", userMessage(e));
  } finally {
    clearTimeout(timer);
    progress.hidden = true;
    buttons.forEach((b) => (b.disabled = false));
    busy = false;
    box.scrollIntoView({ block: "nearest" });
  }
}

/** The form field (core's field name) → its element, to mark the one that is wrong. */
const FIELD_IDS: Record<string, string> = {
  from: "dossier-from",
  to: "dossier-to",
  by: "dossier-by",
  planYear: "set-year",
  asOf: "set-asof",
  extraDaysOff: "set-off",
  extraWorkingDays: "set-work",
};

/** A form core refused: the message, with the first wrong field marked (aria-invalid, message under it). */
function formError(problems: string[], fields: string[], prefix = ""): CommandError {
  const id = fields.map((f) => FIELD_IDS[f]).find((x) => x !== undefined);
  const message = `${prefix}${problems.join("\n")}`;
  return id ? new FieldError(id, message) : new CommandError(message);
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
  wireScoring(runCommand);
  $("btn-template").addEventListener("click", () =>
    runCommand($("btn-template"), "Đang chèn mẫu phụ lục", async () => {
      const r = await Excel.run((ctx) => insertTemplate(ctx, { today: today() }));
      return `Đã thêm trang "${r.sheet}" (mẫu phụ lục năm ${r.year}). Điền nhiệm vụ rồi bấm Kiểm tra phụ lục.\n${r.notes.map((n) => `• ${n}`).join("\n")}`;
    }),
  );
  $("btn-validate").addEventListener("click", () =>
    runCommand($("btn-validate"), "Đang kiểm tra phụ lục", async () => {
      const r = await Excel.run((ctx) => validateSheet(ctx, { today: today() }));
      const head =
        r.errors === 0
          ? `Trang "${r.sheet}": không có lỗi (${r.tasks} nhiệm vụ).`
          : `Trang "${r.sheet}": ${r.errors} lỗi cần sửa (${r.tasks} nhiệm vụ).`;
      const more = r.unmarked > 0 ? ` ${r.unmarked} ô khác chỉ có trong danh sách.` : "";
      return `${head} ${r.warnings} cảnh báo, ${r.infos} thông tin. Xem trang "${r.reportSheet}"; đã tô màu ${r.markedCells} ô.${more}${settingsLines(r.settingsProblems)}`;
    }),
  );
  $<HTMLInputElement>("live-toggle").addEventListener("change", (e) => {
    const on = (e.target as HTMLInputElement).checked;
    void toggleLive(on).catch((err) => show("error", userMessage(err)));
  });
  $("btn-clear").addEventListener("click", () =>
    runCommand($("btn-clear"), "Đang xóa đánh dấu", async () => {
      const r = await Excel.run((ctx) => clearMarks(ctx));
      if (r.marked === 0) return "Không có đánh dấu nào cần xóa.";
      const kept = r.keptUserFill > 0 ? ` Giữ nguyên ${r.keptUserFill} ô đã được đổi màu sau khi kiểm tra.` : "";
      return `Đã bỏ đánh dấu ${r.restored} ô và xóa ${r.commentsDeleted} ghi chú.${kept}`;
    }),
  );
  $("btn-summary").addEventListener("click", () =>
    runCommand($("btn-summary"), "Đang tổng hợp năm", async () => {
      const r = await Excel.run((ctx) => annualSummary(ctx, { today: today() }));
      const caution =
        r.tableErrors > 0
          ? `\nLưu ý: bảng phụ lục còn ${r.tableErrors} lỗi nên số liệu có thể chưa đủ; bấm Kiểm tra phụ lục để xem và sửa.`
          : "";
      const rate = r.tracking ? `tỷ lệ trễ hạn ${formatRate(r.lateRate)}` : "bảng chưa có cột theo dõi kết quả nên chỉ báo cáo hạn, chưa tính tỷ lệ trễ hạn";
      const undated = r.doneUndated > 0 ? `\n${r.doneUndated} nhiệm vụ ghi hoàn thành nhưng chưa rõ ngày (tính vào mẫu số, không tính trễ hạn).` : "";
      return `Đã tạo trang "${r.summarySheet}": ${r.tasks} nhiệm vụ, ${rate} (đến ngày ${toVN(r.asOf)}).${undated}${caution}${settingsLines(r.settingsProblems)}`;
    }),
  );
  $("btn-tracking").addEventListener("click", () =>
    runCommand($("btn-tracking"), "Đang tạo sổ theo dõi", async () => {
      const r = await Excel.run((ctx) => trackingWorkbookCommand(ctx, { today: today() }));
      const caution = r.tableErrors > 0 ? `\nLưu ý: bảng phụ lục còn ${r.tableErrors} lỗi; bấm Kiểm tra phụ lục để xem và sửa.` : "";
      return (
        `Đã tạo sổ theo dõi từ trang "${r.sheet}" (${r.tasks} nhiệm vụ): ${r.sheets.map((s) => `"${s}"`).join(", ")}. ` +
        `Trạng thái và tổng hợp tự tính lại khi sửa ngày báo cáo ở trang "CCHC – Cài đặt", kể cả khi không có phần bổ trợ.${caution}${settingsLines(r.settingsProblems)}`
      );
    }),
  );
  $("btn-rollup").addEventListener("click", () =>
    runCommand($("btn-rollup"), "Đang tổng hợp các đơn vị", async () => {
      const r = await Excel.run((ctx) => rollupSheets(ctx, { today: today() }));
      const skipped = r.skipped > 0 ? ` ${r.skipped} trang không dùng được (xem lý do trong trang "${r.sheets[0]}").` : "";
      return `Đã tổng hợp ${r.units} đơn vị vào trang "${r.sheets[0]}": tỷ lệ trễ hạn chung ${formatRate(r.lateRate)} (đến ngày ${toVN(r.asOf)}).${skipped}`;
    }),
  );
  $("btn-dossiers").addEventListener("click", () =>
    runCommand($("btn-dossiers"), "Đang thống kê hồ sơ", async () => {
      const form = dossierRunFromForm({
        from: $<HTMLInputElement>("dossier-from").value,
        to: $<HTMLInputElement>("dossier-to").value,
        by: $<HTMLSelectElement>("dossier-by").value,
      });
      if (!form.ok) throw formError(form.problems, form.fields);
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
    runCommand($("btn-settings"), "Đang lưu cài đặt", async () => {
      const form = settingsFromForm({
        planYear: $<HTMLInputElement>("set-year").value,
        asOf: $<HTMLInputElement>("set-asof").value,
        ngayVanHoa: $<HTMLInputElement>("set-vanhoa").checked,
        extraDaysOff: $<HTMLTextAreaElement>("set-off").value,
        extraWorkingDays: $<HTMLTextAreaElement>("set-work").value,
      });
      if (!form.ok) throw formError(form.problems, form.fields, "Chưa lưu: ");
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
  void startLive();
});

/** Live checking: one debounced re-check per burst of edits on the sheets switched on. */
const live = new LiveDebounce(async (sheetId, rows) => {
  try {
    showLive(await Excel.run((ctx) => recheckSheet(ctx, sheetId, rows, { today: today() })));
  } catch (e) {
    $("live-count").hidden = false;
    $("live-count").textContent = `Kiểm tra khi nhập: ${userMessage(e)}`;
  }
});
const registered = new Set<string>();

function showLive(r: LiveResult): void {
  const el = $("live-count");
  el.hidden = false;
  el.textContent = r.error
    ? `Trang "${r.sheet}": chưa thấy bảng phụ lục (${r.error})`
    : `Trang "${r.sheet}": ${r.counts.errors} lỗi, ${r.counts.warnings} cảnh báo đang mở (cập nhật khi nhập).`;
}

async function activeSheetId(): Promise<string> {
  return Excel.run(async (ctx) => {
    const s = ctx.workbook.worksheets.getActiveWorksheet();
    s.load("id");
    await ctx.sync();
    return s.id;
  });
}

async function startLive(): Promise<void> {
  const ids = liveSheets().filter((id) => !registered.has(id));
  if (ids.length > 0) {
    await Excel.run((ctx) => registerLiveHandlers(ctx, ids, live));
    ids.forEach((id) => registered.add(id));
  }
  const active = await activeSheetId();
  $<HTMLInputElement>("live-toggle").checked = liveSheets().includes(active);
}

async function toggleLive(on: boolean): Promise<void> {
  const id = await activeSheetId();
  await setLiveSheet(id, on);
  if (on && !registered.has(id)) {
    await Excel.run((ctx) => registerLiveHandlers(ctx, [id], live));
    registered.add(id);
  }
  if (on) showLive(await Excel.run((ctx) => recheckSheet(ctx, id, [1], { today: today(), dropDowns: true })));
  else $("live-count").hidden = true;
}
