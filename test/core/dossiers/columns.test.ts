import { describe, expect, it } from "vitest";
import { dossierColumnOf, findDossierHeaderRow, mapDossierHeader } from "../../../core/src/dossiers/columns.js";

describe("dossier export column titles", () => {
  it("matches titles with or without diacritics, any case, with a unit in parentheses or a colon", () => {
    expect(dossierColumnOf("Ngày hẹn trả")).toBe("appointment");
    expect(dossierColumnOf("NGAY HEN TRA (dd/mm/yyyy)")).toBe("appointment");
    expect(dossierColumnOf("ngày  tiếp nhận:")).toBe("received");
    expect(dossierColumnOf("Ngày tiếp nhận".normalize("NFD"))).toBe("received");
    expect(dossierColumnOf("Cơ quan")).toBe("unit");
    expect(dossierColumnOf("Đơn vị")).toBe("unit");
    expect(dossierColumnOf("Cán bộ xử lý")).toBe("staff");
    expect(dossierColumnOf("Ngày kết thúc xử lý")).toBe("processed");
    expect(dossierColumnOf("Ngày trả kết quả")).toBe("returned");
    expect(dossierColumnOf("Trạng thái")).toBe("status");
    expect(dossierColumnOf("Hình thức nộp")).toBe("channel");
    expect(dossierColumnOf("Số lần yêu cầu bổ sung")).toBe("supplementCount");
    expect(dossierColumnOf("Thanh toán trực tuyến")).toBe("onlinePayment");
    expect(dossierColumnOf("Ghi chú")).toBeNull();
  });

  it("keeps 'Ngày hoàn thành' (end) apart from 'Ngày hoàn thành bổ sung' (supplement back)", () => {
    expect(dossierColumnOf("Ngày hoàn thành")).toBe("completed");
    expect(dossierColumnOf("Ngày hoàn thành bổ sung")).toBe("supplementCompleted");
    expect(dossierColumnOf("Ngày yêu cầu bổ sung")).toBe("supplementRequested");
  });

  it("maps a header row (first title wins, duplicates listed) and finds it under a title block", () => {
    const h = mapDossierHeader(["STT", "Mã hồ sơ", "Đơn vị", "Cơ quan", "Ngày tiếp nhận", "Ngày hẹn trả"]);
    expect(h.columns).toEqual({ code: 1, unit: 2, received: 4, appointment: 5 });
    expect(h.duplicates).toEqual(["Cơ quan"]);
    expect(findDossierHeaderRow([["UBND TỈNH KHÁNH HÒA"], ["Danh sách hồ sơ"], ["Mã hồ sơ", "Ngày tiếp nhận", "Ngày hẹn trả"]])).toBe(2);
    expect(findDossierHeaderRow([["Mã hồ sơ", "Ngày tiếp nhận"]])).toBe(-1);
  });
});
