// The settings sidebar (runs in the browser, inside HtmlService's iframe), with the "Thống kê
// hồ sơ" section below the settings. Talks to the server only through google.script.run, with
// dates as ISO strings (YYYY-MM-DD) both ways.

interface DatedDto {
  date: string;
  reason: string;
}

interface SettingsDto {
  planYear: number | null;
  asOf: string | null;
  ngayVanHoa: boolean;
  extraDaysOff: DatedDto[];
  extraWorkingDays: DatedDto[];
  problems: string[];
  /** An older layout read (to be migrated at the next save). */
  notices: string[];
  sheetExists: boolean;
  /** Default period of "Thống kê hồ sơ" (the menu command's): 01/01 of the plan year → reporting date. */
  dossierPeriod?: { from: string; to: string } | null;
}

/** The server's answer to "Thống kê trang đang mở". */
interface DossierReply {
  ok: boolean;
  message: string;
  problems: string[];
}

interface SaveResult {
  ok: boolean;
  message: string;
  problems: string[];
  settings?: SettingsDto;
}

interface ScriptRun {
  withSuccessHandler(f: (value: never) => void): ScriptRun;
  withFailureHandler(f: (error: Error) => void): ScriptRun;
  sidebarLayCaiDat(): void;
  sidebarLuuCaiDat(settings: unknown): void;
  sidebarThongKeHoSo(options: { from: string; to: string; by: "unit" | "staff" }): void;
  sidebarDemKiemTra(): void;
}

declare const google: { script: { run: ScriptRun; host: { close(): void } } };

const $ = <T extends HTMLElement>(id: string) => document.getElementById(id) as T;

/**
 * Dates are typed day first (dd/mm/yyyy) whatever the browser's language — a date picker in an
 * English browser would show mm/dd/yyyy, and 05/12 must never be read as May 12. Only the
 * notation changes here: ISO goes to the server, which checks the date with core and answers
 * in Vietnamese; text that is not dd/mm/yyyy is sent as typed so the server can say why.
 */
function isoOfTyped(text: string): string {
  const t = text.trim();
  const m = /^(\d{1,2})[/.-](\d{1,2})[/.-](\d{4})$/.exec(t);
  return m ? `${m[3]}-${m[2].padStart(2, "0")}-${m[1].padStart(2, "0")}` : t;
}

function typedOfIso(iso: string | null): string {
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(iso ?? "");
  return m ? `${m[3]}/${m[2]}/${m[1]}` : (iso ?? "");
}

function dateInput(value: string, label: string): HTMLInputElement {
  const input = document.createElement("input");
  input.type = "text";
  input.inputMode = "numeric";
  input.placeholder = "dd/mm/yyyy";
  input.value = typedOfIso(value);
  input.setAttribute("aria-label", label);
  return input;
}

function addEntry(listId: string, entry: DatedDto = { date: "", reason: "" }): void {
  const list = $(listId);
  list.querySelector(".empty")?.remove();
  const row = document.createElement("div");
  row.className = "entry";
  const date = dateInput(entry.date, "Ngày (ngày/tháng/năm)");
  const reason = document.createElement("input");
  reason.type = "text";
  reason.value = entry.reason;
  reason.placeholder = "Lý do";
  reason.setAttribute("aria-label", "Lý do");
  const remove = document.createElement("button");
  remove.type = "button";
  remove.className = "secondary";
  remove.textContent = "×";
  remove.title = "Xóa dòng này";
  remove.addEventListener("click", () => {
    row.remove();
    if (!list.querySelector(".entry")) showEmpty(list);
  });
  row.append(date, reason, remove);
  list.append(row);
}

function showEmpty(list: HTMLElement): void {
  const p = document.createElement("p");
  p.className = "empty";
  p.textContent = "Chưa có ngày nào.";
  list.append(p);
}

function fillList(listId: string, entries: DatedDto[]): void {
  const list = $(listId);
  list.replaceChildren();
  if (entries.length === 0) showEmpty(list);
  for (const e of entries) addEntry(listId, e);
}

function readList(listId: string): DatedDto[] {
  return Array.from($(listId).querySelectorAll(".entry")).map((row) => {
    const inputs = row.querySelectorAll("input");
    return { date: isoOfTyped(inputs[0].value), reason: inputs[1].value };
  });
}

type StatusKind = "info" | "ok" | "error";

/** A line under the buttons: neutral information, a success (green ✓) or an error (red). */
function setStatus(text: string, kind: StatusKind = "info", id = "status"): void {
  const s = $(id);
  s.textContent = text;
  s.className = `status ${kind}`;
}

/**
 * While the server works: every button disabled (and looking so), a progress line fixed at the
 * bottom of the sidebar with what is being done.
 */
function working(label: string | null): void {
  document.querySelectorAll<HTMLButtonElement>("button").forEach((b) => (b.disabled = label !== null));
  $("working").hidden = label === null;
  if (label !== null) $("workingText").textContent = label;
}

function showProblems(problems: string[], id = "problems"): void {
  const box = $(id);
  box.replaceChildren();
  box.hidden = problems.length === 0;
  if (problems.length === 0) return;
  const ul = document.createElement("ul");
  for (const p of problems) {
    const li = document.createElement("li");
    li.textContent = p;
    ul.append(li);
  }
  box.append(ul);
}

function fill(s: SettingsDto): void {
  $<HTMLInputElement>("planYear").value = s.planYear === null ? "" : String(s.planYear);
  $<HTMLInputElement>("asOf").value = typedOfIso(s.asOf);
  fillList("daysOff", s.extraDaysOff);
  fillList("workingDays", s.extraWorkingDays);
  $<HTMLInputElement>("ngayVanHoa").checked = s.ngayVanHoa === true;
  showProblems([...s.problems, ...(s.notices ?? [])]);
  setStatus(s.sheetExists ? "" : "Chưa có trang \"CCHC – Cài đặt\": bấm Lưu cài đặt để tạo.", "info");
  prefillPeriod(s.dossierPeriod);
}

/** The period last written into the "Thống kê hồ sơ" dates by prefillPeriod (as shown). */
let prefilled = { from: "", to: "" };

/**
 * Prefill the period with the settings' default (01/01 of the plan year → reporting date), and
 * follow it when the settings are saved again — but never replace a date the user has typed.
 */
function prefillPeriod(p: { from: string; to: string } | null | undefined): void {
  if (!p) return;
  const from = $<HTMLInputElement>("dossierFrom");
  const to = $<HTMLInputElement>("dossierTo");
  const next = { from: typedOfIso(p.from), to: typedOfIso(p.to) };
  if (from.value === prefilled.from) from.value = next.from;
  if (to.value === prefilled.to) to.value = next.to;
  prefilled = next;
}

function formValue() {
  const year = $<HTMLInputElement>("planYear").value.trim();
  return {
    planYear: year === "" ? null : Number(year),
    asOf: isoOfTyped($<HTMLInputElement>("asOf").value) || null,
    ngayVanHoa: $<HTMLInputElement>("ngayVanHoa").checked,
    extraDaysOff: readList("daysOff"),
    extraWorkingDays: readList("workingDays"),
  };
}

function failed(error: Error): void {
  working(null);
  setStatus(`Lỗi: ${error && error.message ? error.message : String(error)}`, "error");
}

function load(): void {
  working("Đang tải cài đặt…");
  google.script.run
    .withSuccessHandler((s: SettingsDto) => {
      working(null);
      fill(s);
    })
    .withFailureHandler(failed)
    .sidebarLayCaiDat();
}

function save(event: Event): void {
  event.preventDefault();
  working("Đang lưu cài đặt…");
  setStatus("");
  google.script.run
    .withSuccessHandler((r: SaveResult) => {
      working(null);
      showProblems(r.problems);
      setStatus(r.message, r.ok ? "ok" : "error");
      if (r.ok && r.settings) {
        fillList("daysOff", r.settings.extraDaysOff);
        fillList("workingDays", r.settings.extraWorkingDays);
        prefillPeriod(r.settings.dossierPeriod);
      }
    })
    .withFailureHandler(failed)
    .sidebarLuuCaiDat(formValue());
}

/** "Thống kê trang đang mở": the period and grouping go to the server, which answers in Vietnamese. */
function runDossiers(): void {
  showProblems([], "dossierProblems");
  setStatus("", "info", "dossierStatus");
  working("Đang thống kê hồ sơ của trang đang mở…");
  const by = $<HTMLInputElement>("dossierByStaff").checked ? "staff" : "unit";
  google.script.run
    .withSuccessHandler((r: DossierReply) => {
      working(null);
      showProblems(r.problems, "dossierProblems");
      setStatus(r.message, r.ok ? "ok" : "error", "dossierStatus");
    })
    .withFailureHandler((error: Error) => {
      working(null);
      setStatus(`Lỗi: ${error && error.message ? error.message : String(error)}`, "error", "dossierStatus");
    })
    .sidebarThongKeHoSo({
      from: isoOfTyped($<HTMLInputElement>("dossierFrom").value),
      to: isoOfTyped($<HTMLInputElement>("dossierTo").value),
      by,
    });
}

/** "Kiểm tra khi nhập": the open findings of the active sheet, asked again every few seconds while the sidebar is open. */
interface LiveCount {
  sheet: string;
  errors: number;
  warnings: number;
}
function pollLiveCount(): void {
  google.script.run
    .withSuccessHandler((c: LiveCount | null) => {
      const el = $("liveCount");
      el.hidden = c === null;
      if (c) el.textContent = `Kiểm tra khi nhập — trang "${c.sheet}": ${c.errors} lỗi, ${c.warnings} cảnh báo đang mở.`;
      setTimeout(pollLiveCount, 5000);
    })
    .withFailureHandler(() => setTimeout(pollLiveCount, 15000))
    .sidebarDemKiemTra();
}

$("form").addEventListener("submit", save);
$("runDossiers").addEventListener("click", runDossiers);
$("addDayOff").addEventListener("click", () => addEntry("daysOff"));
$("addWorkingDay").addEventListener("click", () => addEntry("workingDays"));
$("close").addEventListener("click", () => google.script.host.close());
load();
pollLiveCount();
