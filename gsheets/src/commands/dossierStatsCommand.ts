import { cellText, dossierStats, formatPercentVN, formII06aSheetSpec, toVN } from "@cchc/core";
import { renderSheetSpec } from "../render/renderSheetSpec.js";
import { SETTINGS_SHEET } from "../settings/settingsLayout.js";
import { alert } from "./alert.js";
import { calendarOf } from "./calendarOf.js";
import { defaultDossierPeriod, describeDossierRun, type DossierRunOptions } from "./dossierPeriod.js";
import { dossierOptionsFromDto } from "./dossierOptionsFromDto.js";
import { ownSheetMessage } from "./ownSheets.js";
import { readSheetGrid } from "./readSheetGrid.js";
import { commandContext } from "./settingsCommands.js";

const TITLE = "Thống kê hồ sơ";
/** The sidebar's button (gsheets/src/sidebar/Sidebar.html). */
const SIDEBAR_BUTTON = "Thống kê trang đang mở";
const LIST = "trang có danh sách hồ sơ (dán từ phần mềm một cửa)";
const OTHER_PERIOD = `Muốn chọn kỳ khác hoặc thống kê theo cán bộ xử lý: mở CCHC › Cài đặt, mục "${TITLE}" ở cuối thanh bên.`;

/** What the sidebar shows (and the menu puts in its message box). */
export interface DossierStatsReply {
  ok: boolean;
  message: string;
  problems: string[];
}

type Context = ReturnType<typeof commandContext>;

/**
 * The one run shared by the menu and the sidebar: the one-stop export pasted into the active
 * sheet → core's statistics for the period and grouping → a new sheet with the II.06a table,
 * the Kết luận 91 flags and the unreadable rows. Cells: 1 getValues of the active sheet (the
 * settings block is read by the caller's context); writes: 4 on the new sheet.
 * `again` tells the user how to run it again ("chọn lại lệnh", or the sidebar's button).
 */
export function runDossierStats(ctx: Context, options: DossierRunOptions, again: string): DossierStatsReply {
  const { ss, timeZone, settings } = ctx;
  const sheet = ss.getActiveSheet();
  const own = ownSheetMessage(sheet, LIST, again);
  if (own) return { ok: false, message: "Chưa thống kê: trang đang mở là trang của CCHC, không phải danh sách hồ sơ.", problems: [own] };
  if (settings.problems.length > 0) {
    return {
      ok: false,
      message: `Chưa thống kê: trang "${SETTINGS_SHEET}" có ô không đọc được (ngày nghỉ thêm và ngày làm bù dùng để tính hạn).`,
      problems: [...settings.problems, "Hãy sửa trong CCHC › Cài đặt rồi bấm Lưu."],
    };
  }
  const name = sheet.getName();
  const cells = readSheetGrid(sheet, timeZone);
  if (cells.every((row) => row.every((v) => cellText(v) === ""))) {
    return {
      ok: false,
      message: `Chưa thống kê: trang "${name}" đang trống.`,
      problems: [`Hãy dán danh sách hồ sơ xuất từ phần mềm một cửa (kể cả dòng tiêu đề) vào trang "${name}", hoặc mở ${LIST}, rồi ${again}.`],
    };
  }
  const outcome = dossierStats(cells, { ...options, calendar: calendarOf(settings) });
  if (!outcome.ok) return { ok: false, message: `Chưa thống kê trang "${name}".`, problems: [outcome.message] };
  const r = outcome.result;
  const out = renderSheetSpec(ss, formII06aSheetSpec(r, { source: name }), sheet);
  out.sheet.activate();
  const who = r.by === "unit" ? "đơn vị" : "cán bộ";
  const flagged = r.groups.filter((g) => g.kl91.notEligible).length;
  const verdict = r.by === "unit" ? `không đủ điều kiện xếp loại "Tốt"` : `không đủ điều kiện xếp loại "Hoàn thành tốt nhiệm vụ"`;
  const lines = [
    `Đã tạo trang "${out.sheet.getName()}" từ trang "${name}": ${describeDossierRun(options)}.`,
    `${r.rowsRead} hồ sơ đọc được, ${r.groups.length} ${who}; tỷ lệ trễ hạn ${r.lateRateParts.rate === null ? "không tính được (không có hồ sơ trong kỳ)" : `${formatPercentVN(r.lateRateParts.rate)} = ${r.lateRateParts.numerator} ÷ ${r.lateRateParts.denominator}`}; ${flagged} ${who} ${verdict} (Kết luận 91-KL/TU).`,
  ];
  if (r.invalidRows.length > 0) lines.push(`${r.invalidRows.length} dòng không đọc được (xem mục 3 trên trang kết quả, bấm số dòng để tới dòng đó).`);
  return { ok: true, message: lines.join("\n"), problems: [] };
}

/**
 * Menu "Thống kê hồ sơ", the quick default: 01/01 of the plan year to the reporting date of the
 * settings (31/12 of the plan year when no reporting date is set), by unit. The message says
 * which period and grouping were used and where to choose others (the sidebar).
 */
export function dossierStatsCommand(): void {
  const ctx = commandContext();
  const { settings } = ctx;
  const period = defaultDossierPeriod(settings);
  if (period === null || settings.problems.length > 0) {
    alert(TITLE, `${[...settings.problems, `Chưa có "Năm kế hoạch" hoặc "Ngày báo cáo" trên trang "${SETTINGS_SHEET}".`].join("\n")}\n\nHãy mở CCHC › Cài đặt, nhập rồi bấm Lưu; hoặc chọn kỳ ngay ở mục "${TITLE}" cuối thanh bên đó.`);
    return;
  }
  if (period.to < period.from) {
    alert(TITLE, `Ngày báo cáo ${toVN(period.to)} trước ngày ${toVN(period.from)}: hãy sửa năm kế hoạch hoặc ngày báo cáo trong Cài đặt, hoặc chọn kỳ trong CCHC › Cài đặt, mục "${TITLE}".`);
    return;
  }
  const reply = runDossierStats(ctx, { ...period, by: "unit" }, "chọn lại lệnh");
  const body = [reply.message, ...reply.problems].join("\n");
  const hint = reply.ok ? `Kỳ mặc định: từ 01/01 của năm kế hoạch đến ngày báo cáo trong Cài đặt, theo đơn vị. ${OTHER_PERIOD}` : "";
  alert(TITLE, hint ? `${body}\n\n${hint}` : body);
}

/**
 * google.script.run from the sidebar's "Thống kê hồ sơ" section: `{ from, to, by }` with ISO
 * dates. A bad form reads and writes nothing; an unexpected failure comes back as a Vietnamese
 * reply (and in the execution log), not as Apps Script's English error.
 */
export function dossierStatsFromSidebar(input: unknown): DossierStatsReply {
  const parsed = dossierOptionsFromDto(input);
  if (!parsed.ok) return { ok: false, message: "Chưa thống kê: hãy sửa các mục sau.", problems: parsed.problems };
  try {
    const ctx = commandContext();
    const source = ctx.ss.getActiveSheet().getName();
    const reply = runDossierStats(ctx, parsed.options, `bấm lại "${SIDEBAR_BUTTON}"`);
    // the new sheet is now the active one: say where to go for another period
    if (reply.ok) reply.message += `\nMuốn thống kê kỳ khác: mở lại trang "${source}", chọn kỳ rồi bấm lại "${SIDEBAR_BUTTON}".`;
    return reply;
  } catch (e) {
    const message = typeof e === "object" && e !== null && "message" in e ? String((e as Error).message) : String(e);
    console.error(`${TITLE}: ${message}`);
    return {
      ok: false,
      message: `Không thực hiện được lệnh "${TITLE}".`,
      problems: [`${message}`, "Dữ liệu của bạn không bị thay đổi bởi phần chưa chạy xong. Hãy thử lại; nếu vẫn lỗi, gửi nội dung này cho người phụ trách."],
    };
  }
}
