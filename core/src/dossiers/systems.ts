/**
 * The one-stop (một cửa) systems provinces run, as their public code and documents show them:
 * the field names their dossier lists and sync records use, their date formats and their status
 * vocabulary (names and codes), with where each was read. Data only: columns.ts builds its
 * header aliases from `fields`, statusTable.ts its status table from `statuses`, and the
 * fixtures in test/fixtures/exports/ are written with exactly these names.
 *
 * Sources (public repositories, read through the project's code index, December 2026):
 * - [TD] Tân Dân "TD.DichVuCong" (DichVuCongApi + React client), repository
 *   HuanVu201/DichVuCong_KhoaLuan_PASETO: Statistics/BaoCaoTongHop/BaoCaoTongHopConstants.cs
 *   (status groups), Statistics/HoSo/ThongKeWhereBuilder.cs (how II.06a counts them),
 *   client features/hoso/data/formData.ts (TRANGTHAIHOSO 1–10, KENH_THUC_HIEN 1–3),
 *   client BaoCao06a.tsx (the II.06a printout), Business.HoSos columns (MaHoSo, NgayTiepNhan,
 *   NgayHenTra, NgayKetThucXuLy, NgayTra, TrangThaiHoSoId, KenhThucHien, DonViId).
 * - [OPENCPS] VietOpenCPS/opencps-v2: backend-statistic-rest …/DossierConstants.java,
 *   integrate …/DossierModel.java (DOSSIER_STATUS_* words), dossiermgt
 *   DVCQGIntegrationActionImpl.java (the record it syncs to the national portal: receiveDate →
 *   NgayTiepNhan, dueDate → NgayHenTra, releaseDate → NgayKetThucXuLy, finishDate → NgayTra,
 *   govAgencyName → DonViXuLy, viaPostal → HinhThuc, dates "yyyyMMddHHmmss" in
 *   Asia/Ho_Chi_Minh).
 * - [DVCQG] the national public-service portal's sync record (DongBoHoSoMC), as OpenCPS and
 *   TD fill it: the same field names as above and TrangThaiHoSo codes 1–10, which TD's
 *   TRANGTHAIHOSO repeats word for word.
 * - [IGATE] VNPT iGate: its client code was not found in the index; the API keys and status
 *   names below are those quoted in issue 19 (from exports of iGate lists), kept apart so they
 *   can be checked against a real export.
 */
import type { DossierColumn } from "./columns.js";

/** What a status means for the report (statusTable.ts). */
export type StatusOutcome =
  /** Received, not yet being processed: pending, judged by dates. */
  | "received"
  /** Refused at intake or never received (not counted as received). */
  | "notReceived"
  /** Being processed: pending, judged by dates. */
  | "pending"
  /** Waiting for the citizen (supplement, fee): within the deadline while it waits. */
  | "supplement"
  /** Processing ended (processed, result returned): needs an end date. */
  | "resolved"
  /** Returned, withdrawn or stopped: a bucket of its own (--returned). */
  | "returned"
  /** Cancelled (đã hủy): not counted. */
  | "cancelled";

export interface SystemStatus {
  /** The code the system stores ("9"), when it has one. */
  code?: string;
  /** The name it shows ("Đã xử lý xong") or, for OpenCPS, the status word ("done"). */
  name: string;
  outcome: StatusOutcome;
}

export interface OneStopSystem {
  id: "dvcqg" | "td" | "opencps" | "igate";
  name: string;
  sources: string[];
  /** Field names / column titles per column, as the system writes them. */
  fields: Partial<Record<DossierColumn, readonly string[]>>;
  /** Date formats of its exports and records (Java/.NET/dayjs patterns). */
  dateFormats: string[];
  statuses: SystemStatus[];
  /** Channel values: what means online and what means direct / postal. */
  channels: { online: string[]; direct: string[] };
  notes: string[];
}

/** TrangThaiHoSo 1–10 of the national portal, repeated by TD's TRANGTHAIHOSO. */
const PORTAL_STATUSES: SystemStatus[] = [
  { code: "1", name: "Mới đăng ký", outcome: "notReceived" },
  { code: "2", name: "Được tiếp nhận", outcome: "received" },
  { code: "3", name: "Không được tiếp nhận", outcome: "notReceived" },
  { code: "4", name: "Đang xử lý", outcome: "pending" },
  { code: "5", name: "Yêu cầu bổ sung giấy tờ", outcome: "supplement" },
  { code: "6", name: "Yêu cầu thực hiện nghĩa vụ tài chính", outcome: "supplement" },
  { code: "7", name: "Công dân yêu cầu rút hồ sơ", outcome: "returned" },
  { code: "8", name: "Dừng xử lý", outcome: "returned" },
  { code: "9", name: "Đã xử lý xong", outcome: "resolved" },
  { code: "10", name: "Đã trả kết quả", outcome: "resolved" },
];

export const ONE_STOP_SYSTEMS: readonly OneStopSystem[] = [
  {
    id: "dvcqg",
    name: "Cổng Dịch vụ công quốc gia (bản ghi đồng bộ hồ sơ)",
    sources: [
      "VietOpenCPS/opencps-v2 DVCQGIntegrationActionImpl.java (createSyncDossierBodyRequest)",
      "HuanVu201/DichVuCong_KhoaLuan_PASETO client features/hoso/data/formData.ts (TRANGTHAIHOSO)",
    ],
    fields: {
      code: ["MaHoSo", "SoBienNhan"],
      unit: ["DonViXuLy"],
      received: ["NgayTiepNhan"],
      appointment: ["NgayHenTra"],
      processed: ["NgayKetThucXuLy"],
      returned: ["NgayTra"],
      status: ["TrangThaiHoSo"],
      channel: ["HinhThuc"],
    },
    dateFormats: ["yyyyMMddHHmmss (giờ Việt Nam, Asia/Ho_Chi_Minh)"],
    statuses: PORTAL_STATUSES,
    channels: { online: ["1"], direct: ["0"] },
    notes: [
      'HinhThuc: OpenCPS ghi "1" khi viaPostal khác 0 và 1, còn lại "0"; TD dùng KenhThucHien 1 trực tiếp, 2 trực tuyến, 3 bưu chính công ích. Vì mã số của hai hệ khác nhau, cột mã số chỉ được coi là kênh nộp khi có tên cột rõ nghĩa.',
    ],
  },
  {
    id: "td",
    name: "Tân Dân – TD.DichVuCong (một cửa điện tử)",
    sources: [
      "HuanVu201/DichVuCong_KhoaLuan_PASETO DichVuCongApi/src/Core/Application/Statistics/BaoCaoTongHop/BaoCaoTongHopConstants.cs",
      "HuanVu201/DichVuCong_KhoaLuan_PASETO DichVuCongApi/src/Core/Application/Statistics/HoSo/ThongKeWhereBuilder.cs",
      "HuanVu201/DichVuCong_KhoaLuan_PASETO client features/hoso/data/formData.ts, BaoCao06a.tsx",
    ],
    fields: {
      code: ["MaHoSo", "Mã hồ sơ", "Số biên nhận"],
      unit: ["DonViId", "TenDonVi", "Tên đơn vị xử lý", "Đơn vị"],
      staff: ["NguoiXuLyHienTai", "Người xử lý"],
      received: ["NgayTiepNhan", "Ngày tiếp nhận"],
      appointment: ["NgayHenTra", "Ngày hẹn trả"],
      processed: ["NgayKetThucXuLy", "Ngày kết thúc xử lý", "Ngày có kết quả"],
      returned: ["NgayTra", "Ngày trả"],
      status: ["TrangThaiHoSoId", "Trạng thái"],
      channel: ["KenhThucHien", "Kênh thực hiện"],
      supplementRequested: ["NgayYeuCauBoSung", "Ngày yêu cầu bổ sung"],
    },
    dateFormats: ["yyyy-MM-dd HH:mm:ss (SQL, API)", "DD/MM/YYYY HH:mm:ss, DD/MM/YYYY HH:mm, DD/MM/YYYY (dayjs, giao diện và tệp xuất)"],
    statuses: PORTAL_STATUSES,
    channels: { online: ["2", "Trực tuyến", "Nộp trực tuyến"], direct: ["1", "3", "Trực tiếp", "Qua bưu chính công ích"] },
    notes: [
      "Biểu 06a của TD: Đã giải quyết – Đúng hạn gồm cả hồ sơ trả lại/xin rút (TRANG_THAI_TRA_LAI '7'); Đang giải quyết – Trong hạn gồm cả hồ sơ chờ bổ sung ('5') và dừng xử lý/nghĩa vụ tài chính ('6','8'); trạng thái '1','3' (chưa/không được tiếp nhận) không được tính.",
      'Công cụ này theo issue 19: "Dừng xử lý" (8) vào nhóm trả lại/xin rút/dừng xử lý, không vào nhóm chờ bổ sung như TD.',
    ],
  },
  {
    id: "opencps",
    name: "VietOpenCPS – opencps-v2",
    sources: [
      "VietOpenCPS/opencps-v2 modules/backend-statistic-rest/src/main/java/org/opencps/statistic/rest/util/DossierConstants.java",
      "opencps-v2 integrate DossierModel.java (DOSSIER_STATUS_*)",
      "VietOpenCPS/opencps-v2 DVCQGIntegrationActionImpl.java (getReceiveDate, getDueDate, getReleaseDate, getFinishDate, getGovAgencyName, getViaPostal)",
    ],
    fields: {
      code: ["dossierNo", "referenceUid"],
      unit: ["govAgencyName"],
      received: ["receiveDate"],
      appointment: ["dueDate"],
      processed: ["releaseDate"],
      returned: ["finishDate"],
      status: ["dossierStatus", "dossierStatusText"],
      channel: ["online", "viaPostal"],
    },
    dateFormats: ["dd/MM/yyyy HH:mm:ss (REST)", "yyyyMMddHHmmss (Lucene, bản ghi đồng bộ)", "ISO 8601 có múi giờ (JSON)"],
    statuses: [
      { name: "new", outcome: "notReceived" },
      { name: "receiving", outcome: "notReceived" },
      { name: "received", outcome: "received" },
      { name: "processing", outcome: "pending" },
      { name: "interoperating", outcome: "pending" },
      { name: "correcting", outcome: "pending" },
      { name: "cancelling", outcome: "pending" },
      { name: "endorsement", outcome: "pending" },
      { name: "waiting", outcome: "supplement" },
      { name: "paying", outcome: "supplement" },
      { name: "releasing", outcome: "resolved" },
      { name: "done", outcome: "resolved" },
      { name: "ended", outcome: "resolved" },
      { name: "archived", outcome: "resolved" },
      { name: "denied", outcome: "returned" },
      { name: "unresolved", outcome: "returned" },
      { name: "cancelled", outcome: "cancelled" },
      { name: "canceled", outcome: "cancelled" },
    ],
    channels: { online: ["true", "1"], direct: ["false", "0"] },
    notes: ['"releasing" là đã xử lý xong, chờ trả kết quả: tính là đã giải quyết (cần ngày kết thúc xử lý – releaseDate).'],
  },
  {
    id: "igate",
    name: "VNPT iGate",
    sources: ["Issue 19 (khóa API của danh sách hồ sơ iGate); mã nguồn iGate không có trong chỉ mục mã nguồn công khai đã tra."],
    fields: {
      code: ["code", "nationCode"],
      unit: ["agency.name"],
      staff: ["currentTask.assignee.fullname", "assignee.fullname"],
      received: ["acceptedDate"],
      appointment: ["appointmentDate"],
      processed: ["completedDate"],
      returned: ["returnedDate"],
      status: ["dossierStatus.name"],
      channel: ["applyMethod.name"],
    },
    dateFormats: ["ISO 8601 có múi giờ: 2025-01-09T03:00:00.000+0000 (giờ UTC, đổi sang giờ Việt Nam)"],
    statuses: [
      { name: "Chờ tiếp nhận", outcome: "notReceived" },
      { name: "Từ chối tiếp nhận", outcome: "notReceived" },
      { name: "Đã tiếp nhận", outcome: "received" },
      { name: "Đang xử lý", outcome: "pending" },
      { name: "Chờ bổ sung", outcome: "supplement" },
      { name: "Có kết quả", outcome: "resolved" },
      { name: "Đã trả kết quả", outcome: "resolved" },
      { name: "Trả lại/Xin rút", outcome: "returned" },
      { name: "Dừng xử lý", outcome: "returned" },
      { name: "Đã hủy", outcome: "cancelled" },
    ],
    channels: { online: ["Trực tuyến"], direct: ["Trực tiếp", "Bưu chính", "Qua dịch vụ bưu chính công ích"] },
    notes: ["applyMethod.name là hình thức nộp; cột hình thức nhận kết quả (returnMethod) không phải kênh nộp."],
  },
];
