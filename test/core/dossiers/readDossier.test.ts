import { describe, expect, it } from "vitest";
import { dayFromYMD } from "../../../core/src/dates/day.js";
import { mapDossierHeader } from "../../../core/src/dossiers/columns.js";
import { channelIsOnline, readDossierRow, statusKind, yesNo } from "../../../core/src/dossiers/readDossier.js";

const { columns } = mapDossierHeader([
  "Mã hồ sơ", "Ngày tiếp nhận", "Ngày hẹn trả", "Ngày kết thúc xử lý", "Ngày trả kết quả", "Ngày hoàn thành", "Trạng thái",
  "Hình thức nộp", "Số lần yêu cầu bổ sung", "Ngày yêu cầu bổ sung", "Ngày hoàn thành bổ sung", "Thanh toán trực tuyến",
]);
const read = (cells: unknown[]) => readDossierRow(cells, columns, 7);

describe("reading one dossier row", () => {
  it("takes the first end among ngày kết thúc xử lý / trả kết quả / hoàn thành", () => {
    const r = read(["H1", "03/03/2025 08:00", "10/03/2025", "12/03/2025", "09/03/2025 15:00", "11/03/2025", "Đã trả kết quả", "Trực tuyến", "", "", "", "x"]);
    expect(r).toMatchObject({ row: 7, code: "H1", received: dayFromYMD(2025, 3, 3), appointment: dayFromYMD(2025, 3, 10), end: dayFromYMD(2025, 3, 9), online: true, supplementCount: 0, onlinePayment: true });
  });

  it("reads a supplement request date as one request when the count is blank", () => {
    const r = read(["H2", "03/03/2025", "10/03/2025", "", "", "", "Chờ bổ sung", "Trực tiếp", "", "05/03/2025", "", "Không"]);
    expect(r).toMatchObject({ end: null, online: false, supplementCount: 1, supplementRequested: dayFromYMD(2025, 3, 5), supplementCompleted: null, onlinePayment: false });
  });

  it("reports a bad count, a bad date and a completion without request, naming the columns", () => {
    const r = read(["H3", "03/03/2025", "10/13/2025", "", "", "", "", "", "hai", "", "06/03/2025", ""]);
    expect(r).toEqual({
      row: 7,
      message: expect.stringMatching(/^Hồ sơ H3: Ngày hẹn trả: Ngày "10\/13\/2025" không tồn tại.*Số lần yêu cầu bổ sung "hai".*thiếu ngày yêu cầu bổ sung\.$/),
    });
  });

  it("reports a supplement requested before the dossier was received", () => {
    const r = read(["H4", "03/03/2025", "10/03/2025", "", "", "", "", "", "1", "01/03/2025", "", ""]);
    expect(r).toEqual({ row: 7, message: "Hồ sơ H4: Ngày yêu cầu bổ sung 01/03/2025 trước ngày tiếp nhận 03/03/2025." });
  });

  it("classifies statuses, channels and yes/no cells", () => {
    expect(statusKind("Đã xử lý xong")).toBe("ended");
    expect(statusKind("Từ chối giải quyết")).toBe("ended");
    expect(statusKind("Dừng xử lý")).toBe("ended");
    expect(statusKind("Chờ trả kết quả")).toBe("pending");
    expect(statusKind("Đang xử lý")).toBe("pending");
    expect(statusKind("")).toBe("unknown");
    expect(channelIsOnline("Nộp qua Cổng Dịch vụ công")).toBe(true);
    expect(channelIsOnline("Bưu chính công ích")).toBe(false);
    expect(channelIsOnline("Khác")).toBe("unknown");
    expect(yesNo("Có")).toBe(true);
    expect(yesNo("không")).toBe(false);
    expect(yesNo("")).toBeNull();
    expect(yesNo("?")).toBe("unknown");
  });
});
