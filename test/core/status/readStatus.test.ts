import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { dayFromYMD } from "../../../core/src/dates/day.js";
import { readStatus } from "../../../core/src/status/readStatus.js";
import { stripDiacritics } from "../../../core/src/text/normalize.js";

const kind = (v: unknown) => readStatus(v).kind;

describe("readStatus: the words of issue 10 §1", () => {
  it("done, with the completion date when the text gives one", () => {
    expect(readStatus("Hoàn thành")).toEqual({ kind: "done", completed: null, text: "Hoàn thành" });
    expect(kind("Đã hoàn thành")).toBe("done");
    expect(kind("Hoàn thành 100%")).toBe("done");
    expect(kind("Xong")).toBe("done");
    expect(readStatus("Hoàn thành ngày 15/11/2025").completed).toBe(dayFromYMD(2025, 11, 15));
    expect(readStatus("Đã hoàn thành (15/11/2025)").completed).toBe(dayFromYMD(2025, 11, 15));
    expect(readStatus("Đã ban hành Kế hoạch số 12/KH-UBND ngày 10/02/2025")).toMatchObject({ kind: "done", completed: dayFromYMD(2025, 2, 10) });
    expect(readStatus("Hoàn thành ngày 31/02/2025")).toMatchObject({ kind: "done", completed: null }); // no such day
  });

  it("a date alone (text or a date cell) is a completion date", () => {
    expect(readStatus("15/11/2025")).toMatchObject({ kind: "done", completed: dayFromYMD(2025, 11, 15) });
    expect(readStatus(new Date(Date.UTC(2025, 10, 15)))).toMatchObject({ kind: "done", completed: dayFromYMD(2025, 11, 15) });
    expect(readStatus(45976)).toMatchObject({ kind: "done", completed: dayFromYMD(2025, 11, 15) }); // Excel serial of 15/11/2025
    expect(readStatus(100).kind).toBe("unknown"); // a percentage, not 09/04/1900
    expect(readStatus(1).kind).toBe("unknown");
  });

  it("what a done text says about timeliness", () => {
    expect(readStatus("Hoàn thành (trễ hạn)")).toMatchObject({ kind: "done", timeliness: "late" });
    expect(readStatus("Hoàn thành nhưng chậm so với kế hoạch")).toMatchObject({ kind: "done", timeliness: "late" });
    expect(readStatus("Hoàn thành đúng hạn")).toMatchObject({ kind: "done", timeliness: "onTime" });
    expect(readStatus("Hoàn thành trước hạn")).toMatchObject({ kind: "done", timeliness: "early" });
    expect(readStatus("Quá hạn (đã hoàn thành ngày 05/12/2025)")).toMatchObject({ kind: "done", timeliness: "late", completed: dayFromYMD(2025, 12, 5) });
  });

  it("in progress, not started, overdue, dropped", () => {
    for (const t of ["Đang thực hiện", "Đang triển khai", "Đã trình UBND tỉnh", "Đã trình Bộ Nội vụ xem xét", "Chờ phê duyệt", "Chưa hoàn thành", "Tiếp tục thực hiện"]) {
      expect(kind(t), t).toBe("inProgress");
    }
    for (const t of ["Chưa thực hiện", "Chưa triển khai", "Chưa bắt đầu"]) expect(kind(t), t).toBe("notStarted");
    for (const t of ["Quá hạn", "Chậm tiến độ", "Trễ hạn", "Đang thực hiện (chậm tiến độ)", "Chưa hoàn thành, quá hạn"]) expect(kind(t), t).toBe("overdue");
    for (const t of ["Không thực hiện", "Dừng thực hiện", "Tạm dừng", "Không thực hiện (nêu lý do)", "Hủy bỏ", "Đưa ra khỏi kế hoạch"]) {
      expect(kind(t), t).toBe("dropped");
    }
    // Could not be done is not dropped: it is simply not done.
    expect(kind("Không thực hiện được")).toBe("inProgress");
    expect(kind("Không hoàn thành")).toBe("inProgress");
    expect(kind("Đúng hạn")).not.toBe("dropped");
    expect(kind("Dừng")).toBe("dropped");
    expect(kind("Chậm")).toBe("overdue");
    expect(readStatus("Hoàn thành chấm điểm").timeliness).toBeUndefined(); // "chấm" is not "chậm"
    expect(kind("Hủy do không còn phù hợp")).toBe("dropped");
    // "dung"/"huy" without diacritics are also "dùng", "huy động": not dropped.
    expect(kind("Huy động nguồn lực")).not.toBe("dropped");
    expect(kind("Dùng chung phần mềm")).not.toBe("dropped");
    // Part of the work, or on track: not done yet.
    for (const t of ["Đã hoàn thành 80%", "Hoàn thành một phần", "Đúng tiến độ", "Chưa đến hạn", "Trong hạn"]) expect(kind(t), t).toBe("inProgress");
    expect(kind("Hoàn thành 100%")).toBe("done");
    expect(kind("Cơ bản hoàn thành")).toBe("done");
  });

  it("schedule texts are not statuses (a 'Tiến độ' column of schedules stays a schedule)", () => {
    for (const t of ["Hoàn thành trước ngày 30/6/2025", "Hoàn thành trong quý II/2025", "Hoàn thành trong năm 2025", "Thường xuyên", "Quý I/2025", "Trước 30/9/2025", "Hoàn thành tháng 6/2025"]) {
      expect(kind(t), t).toBe("unknown");
    }
  });

  it("blank and unknown", () => {
    expect(kind(null)).toBe("blank");
    expect(kind("   ")).toBe("blank");
    expect(kind("Ghi chú khác")).toBe("unknown");
  });

  it("the same reading with or without diacritics, any case (property)", () => {
    const words = [
      "Hoàn thành", "Đã hoàn thành", "Hoàn thành ngày 15/11/2025", "Hoàn thành (trễ hạn)", "Đang thực hiện", "Đang triển khai",
      "Chưa thực hiện", "Chưa triển khai", "Quá hạn", "Chậm tiến độ", "Không thực hiện", "Dừng thực hiện", "Đã trình UBND tỉnh",
    ];
    fc.assert(
      fc.property(fc.constantFrom(...words), fc.boolean(), fc.boolean(), (w, strip, upper) => {
        let t = strip ? stripDiacritics(w) : w;
        if (upper) t = t.toUpperCase();
        const a = readStatus(w);
        const b = readStatus(t);
        expect(b.kind).toBe(a.kind);
        expect(b.completed).toBe(a.completed);
        expect(b.timeliness).toBe(a.timeliness);
      }),
    );
  });

  it("never throws, on anything", () => {
    fc.assert(
      fc.property(fc.anything(), (v) => {
        const r = readStatus(v);
        expect(["done", "inProgress", "notStarted", "overdue", "dropped", "unknown", "blank"]).toContain(r.kind);
      }),
    );
  });
});
