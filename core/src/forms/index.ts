export * from "./dayFirst.js";
export * from "./settingsForm.js";
export * from "./dossierRunForm.js";
export * from "./cliOptions.js";
