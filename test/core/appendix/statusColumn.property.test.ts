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
    // at least one plain status word: cells that read both ways ("Hoàn thành ngày 15/11/2025")
    // decide nothing alone (a column of only those stays the schedule, see statusColumn.ts)
    const plain = statuses.filter((s) => !/\d/.test(s));
    fc.assert(
      fc.property(
        fc.constantFrom(...plain).chain((first) => fc.array(fc.constantFrom(...statuses), { minLength: 2, maxLength: 59 }).map((rest) => [first, ...rest])),
        fc.array(fc.oneof(fc.constantFrom(...schedules), fc.constant(null)), { maxLength: 1 }),
        (words, others) => {
          const r = resolveStatusColumn(grid([...words, ...others]), cols, [0], 1);
          expect(r.status).toBe(2);
          expect(r.deadline).toBeUndefined();
        },
      ),
    );
  });

  it("a tie between status words and schedules is broken by cells that read both ways (found by the property above)", () => {
    const column = ["Hoàn thành ngày 15/11/2025", "Hoàn thành", "Hoàn thành ngày 15/11/2025", "Trong năm 2025"];
    const r = resolveStatusColumn(grid(column), cols, [0], 1);
    expect(r.status).toBe(2);
    expect(r.deadline).toBeUndefined();
    // without a cell that reads both ways, one status word against one schedule stays a schedule
    expect(resolveStatusColumn(grid(["Hoàn thành", "Trong năm 2025", null]), cols, [0], 1)).toBe(cols);
  });
});
