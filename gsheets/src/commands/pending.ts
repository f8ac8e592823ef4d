// Temporary: commands whose core API has not landed yet.
function notYet(name: string): void {
  SpreadsheetApp.getUi().alert(`Lệnh "${name}" chưa sẵn sàng trong phiên bản này.`);
}
export const insertTemplate = () => notYet("Chèn mẫu phụ lục");
export const validateActiveSheet = () => notYet("Kiểm tra phụ lục");
export const annualSummaryCommand = () => notYet("Tổng hợp năm");
export const dossierStatsCommand = () => notYet("Thống kê hồ sơ");
export const clearMarksCommand = () => notYet("Xóa đánh dấu");
