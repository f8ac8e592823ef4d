/**
 * The add-on menu, described once: `onOpen` builds it from this list and the generator writes
 * one top-level handler function per item into globals.ts (Apps Script menus call functions
 * by name). `command` is the method of the CCHC namespace the handler calls. The menu's own
 * title is the add-on's (or the bound script project's) name, as createAddonMenu shows it.
 */
export interface MenuItem {
  label: string;
  handler: string;
  command: string;
  separatorBefore?: boolean;
}

export const menuItems: readonly MenuItem[] = [
  { label: "Chèn mẫu phụ lục", handler: "menuChenMauPhuLuc", command: "insertTemplate" },
  { label: "Kiểm tra phụ lục", handler: "menuKiemTraPhuLuc", command: "validateActiveSheet" },
  { label: "Kiểm tra khi nhập (bật/tắt)", handler: "menuKiemTraKhiNhap", command: "toggleLiveCheck" },
  { label: "Tổng hợp năm", handler: "menuTongHopNam", command: "annualSummaryCommand" },
  { label: "Tạo sổ theo dõi", handler: "menuTaoSoTheoDoi", command: "trackingWorkbookCommand" },
  { label: "Tổng hợp nhiều đơn vị", handler: "menuTongHopNhieuDonVi", command: "rollupSheetsCommand" },
  { label: "Thống kê hồ sơ", handler: "menuThongKeHoSo", command: "dossierStatsCommand" },
  { label: "Chèn mẫu tự chấm điểm", handler: "menuChenMauTuChamDiem", command: "insertScoringTemplate", separatorBefore: true },
  { label: "Chấm điểm CCHC", handler: "menuChamDiemCCHC", command: "scoreCommand" },
  { label: "Xóa đánh dấu", handler: "menuXoaDanhDau", command: "clearMarksCommand", separatorBefore: true },
  { label: "Cài đặt", handler: "menuCaiDat", command: "showSettings" },
];

/** Functions the sidebar calls through google.script.run (must be top-level). */
export interface Endpoint {
  name: string;
  command: string;
  params: string[];
  description: string;
}

export const sidebarEndpoints: readonly Endpoint[] = [
  { name: "sidebarDemKiemTra", command: "liveCountForSidebar", params: [], description: "Số lỗi, cảnh báo đang mở của trang đang kiểm tra khi nhập (null nếu trang không bật)." },
  { name: "sidebarLayCaiDat", command: "readSettingsForSidebar", params: [], description: "Cài đặt hiện tại cho thanh bên (ngày dạng YYYY-MM-DD)." },
  {
    name: "sidebarLuuCaiDat",
    command: "saveSettingsFromSidebar",
    params: ["caiDat"],
    description: "Lưu cài đặt từ thanh bên (ngày dạng YYYY-MM-DD) vào trang \"CCHC – Cài đặt\".",
  },
  {
    name: "sidebarThongKeHoSo",
    command: "dossierStatsFromSidebar",
    params: ["kyThongKe"],
    description: "Thống kê hồ sơ trang đang mở theo kỳ và cách thống kê chọn ở thanh bên ({ from, to: YYYY-MM-DD; by: unit|staff }).",
  },
];
