/** Sheets number formats per SheetSpec column kind: core's (dates dd/mm/yyyy, 12,50 % in a vi_VN locale). */
export { KIND_FORMATS as NUMBER_FORMATS } from "@cchc/core";
