// The CCHC namespace: everything the generated top-level functions of globals.ts call.
// Logic lives in the modules; this file only exposes.
export { callFunction } from "./functions/callFunction.js";
export { onOpen } from "./menu/onOpen.js";
export { showSettings, readSettingsForSidebar, saveSettingsFromSidebar } from "./commands/settingsCommands.js";
export { insertTemplate } from "./commands/insertTemplate.js";
export { validateActiveSheet } from "./commands/validateSheet.js";
export { annualSummaryCommand } from "./commands/annualSummaryCommand.js";
export { dossierStatsCommand } from "./commands/dossierStatsCommand.js";
export { clearMarksCommand } from "./commands/clearMarksCommand.js";
