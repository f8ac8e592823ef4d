// The CCHC namespace: everything the generated top-level functions of globals.ts call.
// Logic lives in the modules; this file only exposes (menu commands wrapped by `guard`).
import { annualSummaryCommand as annualSummary } from "./commands/annualSummaryCommand.js";
import { clearMarksCommand as clearMarks } from "./commands/clearMarksCommand.js";
import { dossierStatsCommand as dossierStats } from "./commands/dossierStatsCommand.js";
import { guard } from "./commands/guard.js";
import { insertTemplate as template } from "./commands/insertTemplate.js";
import { rollupSheetsCommand as rollupSheets } from "./commands/rollupSheetsCommand.js";
import { showSettings as settings } from "./commands/settingsCommands.js";
import { trackingWorkbookCommand as trackingWorkbook } from "./commands/trackingWorkbookCommand.js";
import { validateActiveSheet as validate } from "./commands/validateSheet.js";
import { toggleLiveCheck as toggleLive } from "./live/onEditCheck.js";
import { insertScoringTemplate as scoringTemplate, scoreCommand as score } from "./commands/scoreCommand.js";

export { callFunction } from "./functions/callFunction.js";
export { onOpen } from "./menu/onOpen.js";
export { readSettingsForSidebar, saveSettingsFromSidebar } from "./commands/settingsCommands.js";
export { dossierStatsFromSidebar } from "./commands/dossierStatsCommand.js";
export { onEditCheck, liveCountForSidebar } from "./live/onEditCheck.js";

export const insertTemplate = guard("Chèn mẫu phụ lục", template);
export const validateActiveSheet = guard("Kiểm tra phụ lục", validate);
export const annualSummaryCommand = guard("Tổng hợp năm", annualSummary);
export const trackingWorkbookCommand = guard("Tạo sổ theo dõi", trackingWorkbook);
export const rollupSheetsCommand = guard("Tổng hợp nhiều đơn vị", rollupSheets);
export const dossierStatsCommand = guard("Thống kê hồ sơ", dossierStats);
export const clearMarksCommand = guard("Xóa đánh dấu", clearMarks);
export const toggleLiveCheck = guard("Kiểm tra khi nhập", toggleLive);
export const scoreCommand = guard("Chấm điểm CCHC", score);
export const insertScoringTemplate = guard("Chèn mẫu tự chấm điểm", scoringTemplate);
export const showSettings = guard("Cài đặt", settings);
