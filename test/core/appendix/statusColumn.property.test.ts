import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { resolveStatusColumn } from "../../../core/src/appendix/statusColumn.js";
import { readFixture607 } from "../helpers/csv.js";

// The real schedules of the 607 appendix (column D) and the status words of issue 10 §1.
const schedules = [
  ...new Set([
    ...readFixture607().slice(1).map((r) => r[3]).filter((v): v is string => !!v && v !== "Tiến độ thực hiện"),
    "Hoàn thành trước ngày 30/6/2025", "Hoàn thành trong quý II/2025", "Nhiệm vụ thường xuyên", "Hằng năm và những năm tiếp theo",
    "2021-2030", "Trình UBND tỉnh trước 30/9/2025", "Tháng 6/2025", "30/11/2025",
  ]),
];
const statuses = ["Hoàn thành", "Đã hoàn thành", "Hoàn thành ngày 15/11/2025", "Đang thực hiện", "Đang triển khai", "Chưa thực hiện", "Quá hạn", "Chậm tiến độ", "Dừng thực hiện", "Dang thuc hien", "Hoan thanh"];
const cols = { stt: 0, task: 1, deadline: 2 };

function grid(column: (string | null)[]): unknown[][] {
  return [["STT", "Nội dung", "Tiến độ"], ...column.map((v, i) => [i + 1, `Việc ${i + 1}`, v])];
}

describe("resolveStatusColumn (property)", () => {
  it("a 'Tiến độ' column of real schedules (with blanks) stays the schedule", () => {
    expect(schedules.length).toBeGreaterThan(15);
    fc.assert(
      fc.property(fc.array(fc.oneof(fc.constantFrom(...schedules), fc.constant(null)), { minLength: 1, maxLength: 60 }), (column) => {
        expect(resolveStatusColumn(grid(column), cols, [0], 1)).toBe(cols);
      }),
    );
  });

  it("a 'Tiến độ' column of status words (with blanks and a few schedules) becomes the status column", () => {
    fc.assert(
      fc.property(
        fc.array(fc.constantFrom(...statuses), { minLength: 3, maxLength: 60 }),
        fc.array(fc.oneof(fc.constantFrom(...schedules), fc.constant(null)), { maxLength: 1 }),
        (words, others) => {
          const r = resolveStatusColumn(grid([...words, ...others]), cols, [0], 1);
          expect(r.status).toBe(2);
          expect(r.deadline).toBeUndefined();
        },
      ),
    );
  });
});
