// Page-break continuation rows (issue 10 §4) and names learned from the table (§2), plus the
// issue's small table (its STT and lead parts; the status parts are tested by the status work).
import { describe, expect, it } from "vitest";
import { isContinuationText, learnedUnitNames } from "../../../core/src/appendix/continuation.js";
import { readAppendix } from "../../../core/src/appendix/readTable.js";
import type { AppendixTable } from "../../../core/src/appendix/types.js";
import { validateAppendix } from "../../../core/src/appendix/validate.js";
import { dayFromYMD } from "../../../core/src/dates/day.js";
import { annualSummary } from "../../../core/src/summary/annualSummary.js";
import { parseCsv, readFixture607 } from "../helpers/csv.js";

type Row = (string | number | null)[];
const HEADER: Row = ["STT", "Nội dung nhiệm vụ", "Cơ quan chủ trì", "Cơ quan phối hợp", "Thời gian hoàn thành", "Sản phẩm"];

const read = (rows: Row[]): AppendixTable => {
  const t = readAppendix(rows, { planYear: 2025 });
  if ("error" in t) throw new Error(t.error);
  return t;
};
const all = (rows: Row[]) => {
  const r = validateAppendix(rows, { planYear: 2025 });
  return [...r.errors, ...r.warnings, ...r.infos];
};

describe("isContinuationText", () => {
  it.each([
    ["nghiệp và phát triển nông thôn, Bộ Khoa học và Công nghệ", true],
    ["thực hiện các nhiệm vụ còn lại", true],
    [", Bộ Tư pháp", true],
    ["Bộ Khoa học và Công nghệ", false],
    ["Tổ chức tiếp nhận, xử lý phản ánh", false],
    ["- Văn phòng thực hiện", false],
    ["2025", false],
    ["", false],
  ])("%s → %s", (text, expected) => {
    expect(isContinuationText(text)).toBe(expected);
  });
});

describe("page-break continuation rows", () => {
  // A national programme's appendix copied from a PDF: row 4 continues row 3 across the page end.
  const rows: Row[] = [
    HEADER, // 1
    ["I", "HOÀN THIỆN THỂ CHẾ", null, null, null, null], // 2
    [1, "Xây dựng cơ sở dữ liệu quốc gia về đất đai, kết nối với", "Bộ Tài nguyên và Môi trường", "Bộ Công an, Bộ Nông", "Tháng 12/", "Cơ sở dữ liệu"], // 3
    [null, "các cơ sở dữ liệu chuyên ngành", null, "nghiệp và phát triển nông thôn, Bộ Khoa học và Công nghệ", "năm 2025", null], // 4
    [2, "Ban hành quy chế chia sẻ dữ liệu", "Bộ Khoa học và Công nghệ", null, "Quý IV/2025", "Quy chế"], // 5
    [null, "Tổ chức tập huấn cho cán bộ các địa phương", "Bộ Nội vụ", null, "Trong năm 2025", "Hội nghị"], // 6: a real unnumbered task
    [null, null, "Bộ Tư pháp", null, null, null], // 7: not a continuation (capital), not a task
  ];

  it("joins the row to the task above: one task, its text, partners and deadline complete", () => {
    const t = read(rows);
    expect(t.tasks.map((x) => x.row)).toEqual([3, 5, 6]);
    const first = t.tasks[0]!;
    expect(first.task).toBe("Xây dựng cơ sở dữ liệu quốc gia về đất đai, kết nối với các cơ sở dữ liệu chuyên ngành");
    expect(first.lead).toBe("Bộ Tài nguyên và Môi trường");
    expect(first.partners).toEqual(["Bộ Công an", "Bộ Nông nghiệp và phát triển nông thôn", "Bộ Khoa học và Công nghệ"]);
    expect(first.deadlineText).toBe("Tháng 12/ năm 2025");
    expect(first.leadCandidates).toBeUndefined();
  });

  it("reports it as info continuation-row, with no missing-lead / missing-deadline on it", () => {
    const f = all(rows);
    expect(f.filter((x) => x.row === 4).map((x) => [x.code, x.severity, x.column])).toEqual([["continuation-row", "info", "B"]]);
    expect(f.find((x) => x.row === 4)!.message).toContain("dòng 3");
    // row 6 is a real unnumbered task, row 7 a stray cell: both unnumbered-row as before
    expect(f.filter((x) => x.code === "unnumbered-row").map((x) => x.row)).toEqual([6, 7]);
    expect(f.filter((x) => x.code === "missing-lead" || x.code === "missing-deadline")).toEqual([]);
  });

  it("continues across a repeated header row (page break) but never after a heading", () => {
    const broken: Row[] = [
      HEADER,
      [1, "Rà soát thủ tục hành chính thuộc phạm vi quản lý của", "Sở Tư pháp", null, "Quý II/2025", "Báo cáo"],
      [...HEADER],
      [null, "các sở, ban, ngành", null, null, null, null],
      ["II", "CẢI CÁCH TỔ CHỨC BỘ MÁY", null, null, null, null],
      [null, "và các cơ quan liên quan", null, null, null, null],
    ];
    const t = read(broken);
    expect(t.tasks).toHaveLength(1);
    expect(t.tasks[0]!.task).toBe("Rà soát thủ tục hành chính thuộc phạm vi quản lý của các sở, ban, ngành");
    const codes = all(broken).map((x) => [x.code, x.row]);
    expect(codes).toContainEqual(["continuation-row", 4]);
    expect(codes).toContainEqual(["unnumbered-row", 6]);
  });

  it("the 607 fixture: rows 68 and 69 stay unnumbered-row tasks; 0 errors, 74 tasks, 23 headings, no continuation", () => {
    const r = validateAppendix(readFixture607(), { planYear: 2025 });
    expect(r.errors).toEqual([]);
    expect(r.stats.tasks).toBe(74);
    expect(r.stats.sections).toBe(23);
    expect(r.warnings.filter((w) => w.code === "unnumbered-row").map((w) => w.row)).toEqual([68, 69]);
    expect(r.infos.filter((w) => w.code === "continuation-row")).toEqual([]);
  });
});

describe("names learned from the table", () => {
  it("a lead cell cut into unknown pieces is learned; a list of known bodies is not", () => {
    expect(learnedUnitNames(["Văn phòng Đoàn ĐBQH, HĐND và UBND tỉnh", "Sở Tư pháp, Sở Nội vụ", "Văn phòng chủ trì, phối hợp các phòng", "Sở Tư pháp"])).toEqual([
      "Văn phòng Đoàn ĐBQH, HĐND và UBND tỉnh",
    ]);
  });

  it("a name standing alone in one row is one unit in another row's list", () => {
    const rows: Row[] = [
      HEADER,
      [1, "Tổng hợp ý kiến cử tri", "Văn phòng Đoàn ĐBQH, HĐND và UBND tỉnh", null, "Quý I/2025", "Báo cáo"],
      [2, "Giám sát giải quyết TTHC", "Văn phòng Đoàn ĐBQH, HĐND và UBND tỉnh (chủ trì), Sở Nội vụ", "Sở Tư pháp", "Quý II/2025", "Báo cáo"],
    ];
    const t = read(rows);
    expect(t.tasks[1]!.lead).toBe("Văn phòng Đoàn ĐBQH, HĐND và UBND tỉnh");
    expect(t.tasks[1]!.partners).toEqual(["Sở Nội vụ", "Sở Tư pháp"]);
    // where it stands alone it is read as before (the list alone would cut it): multiple-leads stays
    expect(t.tasks[0]!.leadCandidates).toEqual(["Văn phòng Đoàn ĐBQH", "HĐND", "UBND tỉnh"]);
  });
});

describe("issue 10's small table (STT and leads)", () => {
  const CSV = `STT,Nội dung nhiệm vụ,Cơ quan chủ trì,Cơ quan phối hợp,Thời gian hoàn thành,Tiến độ
I,CẢI CÁCH THỂ CHẾ,,,,
1,Rà soát văn bản quy phạm pháp luật,Bộ Tài nguyên và Môi trường,Bộ Tư pháp,Quý I/2025,Hoàn thành
2,Xây dựng cơ sở dữ liệu,"Bộ Văn hóa, Thể thao và Du lịch",Các bộ,Tháng 6/2025,Đang thực hiện
II,CẢI CÁCH THỦ TỤC HÀNH CHÍNH,,,,
3,Đơn giản hóa thủ tục,Sở Nông nghiệp và Phát triển nông thôn,"Sở Tư pháp, Văn phòng UBND tỉnh",Nhiệm vụ thường xuyên,Đang thực hiện
4,Số hóa hồ sơ,"Sở Khoa học và Công nghệ","UBND các huyện, thị xã, thành phố",Trước ngày 30/9/2025,Quá hạn
5,Công bố thủ tục,Sở Tư pháp,,30/11/2025,Hoàn thành ngày 15/11/2025
`;
  const grid = parseCsv(CSV);
  const r = validateAppendix(grid, { planYear: 2025 });

  it("5 tasks with exactly the issue's leads", () => {
    expect(r.stats.tasks).toBe(5);
    expect(r.tasks.map((t) => t.lead)).toEqual([
      "Bộ Tài nguyên và Môi trường",
      "Bộ Văn hóa, Thể thao và Du lịch",
      "Sở Nông nghiệp và Phát triển nông thôn",
      "Sở Khoa học và Công nghệ",
      "Sở Tư pháp",
    ]);
    expect(r.tasks[2]!.partners).toEqual(["Sở Tư pháp", "Văn phòng UBND tỉnh"]);
    expect(r.tasks[3]!.partners).toEqual(["UBND các huyện, thị xã, thành phố"]);
  });

  it("no multiple-leads, no stt-sequence (numbering runs on from section I to II)", () => {
    const codes = [...r.errors, ...r.warnings].map((f) => f.code);
    expect(codes).not.toContain("multiple-leads");
    expect(codes).not.toContain("stt-sequence");
    expect(codes).not.toContain("duplicate-stt");
  });
});

describe("by-unit summary on normalised unit names", () => {
  it("'Sở Tư Pháp', 'sở tư pháp' and 'So Tu phap' are one unit, shown in its most common spelling", () => {
    const rows: Row[] = [
      ["STT", "Nội dung nhiệm vụ", "Cơ quan chủ trì", "Thời gian hoàn thành"],
      [1, "A", "Sở Tư Pháp", "Quý I/2025"],
      [2, "B", "sở tư pháp", "Quý I/2025"],
      [3, "C", "Sở Tư pháp", "Quý I/2025"],
      [4, "D", "So Tu phap", "Quý I/2025"],
      [5, "E", "Sở Tư pháp", "Quý I/2025"],
      [6, "F", "Sở TN&MT", "Quý I/2025"],
      [7, "G", "Sở Tài nguyên và Môi trường", "Quý I/2025"],
      [8, "H", "Sở Tài nguyên và Môi trường", "Quý I/2025"],
    ];
    const s = annualSummary(rows, { planYear: 2025, asOf: dayFromYMD(2025, 12, 31) });
    expect(s.byUnit.map((u) => [u.unit, u.totals.tasks])).toEqual([
      ["Sở Tư pháp", 5],
      ["Sở Tài nguyên và Môi trường", 3],
    ]);
  });
});
