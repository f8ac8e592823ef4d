/**
 * The settings sheet "CCHC – Cài đặt" has ONE layout for Excel, Google Sheets and the CLI,
 * defined in core (core/src/settings/settingsLayout.ts): B3 plan year (CCHC_NamKeHoach), B4
 * reporting date (CCHC_NgayBaoCao), B5 24/11 switch (CCHC_NgayVanHoa), lists from row 9
 * (CCHC_NgayNghiThem in A, CCHC_NgayLamBu in C). The old Sheets layout (B2/B3, lists from row 7,
 * CCHC_NGAY_NGHI_THEM) is read and migrated by core's reader.
 */
export { SETTINGS_HEIGHT, SETTINGS_SHEET, SETTINGS_WIDTH } from "@cchc/core";
