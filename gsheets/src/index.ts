// The CCHC namespace: everything the generated top-level functions of globals.ts call.
// Logic lives in the modules; this file only exposes.
export { callFunction } from "./functions/callFunction.js";
export { onOpen } from "./menu/onOpen.js";
export { showSettings, readSettingsForSidebar, saveSettingsFromSidebar } from "./commands/settingsCommands.js";
export { insertTemplate, validateActiveSheet, annualSummaryCommand, dossierStatsCommand, clearMarksCommand } from "./commands/pending.js";
