/** Names of the sheets the add-in creates: core's one rule for every host (core/src/report/sheetNames.ts). */
export { MAX_SHEET_NAME, uniqueSheetName } from "@cchc/core";
