export * from "./settingsModel.js";
export * from "./settingsLayout.js";
export * from "./readSettingsSheet.js";
export * from "./settingsSheet.js";

export * from "./settingsDefaults.js";
export * from "./settingsCalendar.js";
export * from "./describeSettings.js";
