import { describe, expect, it } from "vitest";
import { statusKind } from "../../../core/src/dossiers/readDossier.js";
import { statusOutcome } from "../../../core/src/dossiers/statusTable.js";
import { ONE_STOP_SYSTEMS } from "../../../core/src/dossiers/systems.js";

/** Written out by hand (not read back from systems.ts), so a wrong table entry fails here. */
const PORTAL: [string, string, string][] = [
  ["1", "Mới đăng ký", "notReceived"],
  ["2", "Được tiếp nhận", "received"],
  ["3", "Không được tiếp nhận", "notReceived"],
  ["4", "Đang xử lý", "pending"],
  ["5", "Yêu cầu bổ sung giấy tờ", "supplement"],
  ["6", "Yêu cầu thực hiện nghĩa vụ tài chính", "supplement"],
  ["7", "Công dân yêu cầu rút hồ sơ", "returned"],
  ["8", "Dừng xử lý", "returned"],
  ["9", "Đã xử lý xong", "resolved"],
  ["10", "Đã trả kết quả", "resolved"],
];
const OPENCPS: [string, string][] = [
  ["new", "notReceived"],
  ["receiving", "notReceived"],
  ["received", "received"],
  ["processing", "pending"],
  ["interoperating", "pending"],
  ["correcting", "pending"],
  ["cancelling", "pending"],
  ["endorsement", "pending"],
  ["waiting", "supplement"],
  ["paying", "supplement"],
  ["releasing", "resolved"],
  ["done", "resolved"],
  ["ended", "resolved"],
  ["archived", "resolved"],
  ["denied", "returned"],
  ["unresolved", "returned"],
  ["cancelled", "cancelled"],
  ["canceled", "cancelled"],
];
const IGATE: [string, string][] = [
  ["Chờ tiếp nhận", "notReceived"],
  ["Từ chối tiếp nhận", "notReceived"],
  ["Đã tiếp nhận", "received"],
  ["Đang xử lý", "pending"],
  ["Chờ bổ sung", "supplement"],
  ["Có kết quả", "resolved"],
  ["Đã trả kết quả", "resolved"],
  ["Trả lại/Xin rút", "returned"],
  ["Dừng xử lý", "returned"],
  ["Đã hủy", "cancelled"],
];

describe("status table", () => {
  it.each(PORTAL)("portal / TD code %s (%s) → %s, as text, as a number and by name", (code, name, outcome) => {
    expect(statusOutcome(code)).toBe(outcome);
    expect(statusOutcome(Number(code))).toBe(outcome);
    expect(statusOutcome(` ${code} `)).toBe(outcome);
    expect(statusOutcome(name)).toBe(outcome);
    expect(statusOutcome(name.toUpperCase())).toBe(outcome);
  });
  it.each(OPENCPS)("OpenCPS %s → %s", (word, outcome) => {
    expect(statusOutcome(word)).toBe(outcome);
    expect(statusOutcome(word.toUpperCase())).toBe(outcome);
  });
  it.each(IGATE)("iGate %s → %s", (name, outcome) => {
    expect(statusOutcome(name)).toBe(outcome);
  });

  it("systems.ts holds exactly these vocabularies", () => {
    const td = ONE_STOP_SYSTEMS.find((s) => s.id === "td")!;
    expect(td.statuses.map((s) => [s.code, s.name, s.outcome])).toEqual(PORTAL);
    expect(ONE_STOP_SYSTEMS.find((s) => s.id === "opencps")!.statuses.map((s) => [s.name, s.outcome])).toEqual(OPENCPS);
    expect(ONE_STOP_SYSTEMS.find((s) => s.id === "igate")!.statuses.map((s) => [s.name, s.outcome])).toEqual(IGATE);
    for (const s of ONE_STOP_SYSTEMS) expect(s.sources.length).toBeGreaterThan(0);
  });

  it("words inside longer texts, in an order that keeps look-alikes apart", () => {
    expect(statusOutcome("Chờ trả kết quả")).toBe("pending"); // not "đã trả kết quả"
    expect(statusOutcome("Hồ sơ không được tiếp nhận")).toBe("notReceived"); // not "được tiếp nhận"
    expect(statusOutcome("Hồ sơ đã trả lại / xin rút")).toBe("returned");
    expect(statusOutcome("Từ chối giải quyết")).toBe("returned");
    expect(statusOutcome("Không giải quyết")).toBe("returned");
    expect(statusOutcome("Hồ sơ đã hủy")).toBe("cancelled");
    expect(statusOutcome("Tạm dừng chờ bổ sung")).toBe("supplement");
    expect(statusOutcome("Đã hoàn thành")).toBe("resolved");
    expect(statusOutcome("Đang giải quyết")).toBe("pending");
    expect(statusOutcome("")).toBeNull();
    expect(statusOutcome("11")).toBeNull(); // not a code of the portal
    expect(statusOutcome("Khác")).toBeNull();
    expect(statusOutcome(null)).toBeNull();
  });

  it("statusKind (766 ended / pending) follows the table", () => {
    expect(statusKind("Trả lại/Xin rút")).toBe("ended");
    expect(statusKind("done")).toBe("ended");
    expect(statusKind("waiting")).toBe("pending");
    expect(statusKind("Đã hủy")).toBe("unknown");
  });
});
