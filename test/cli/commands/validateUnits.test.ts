// cchc validate on tables with the quirks of issue 10 §2–§4: agency names with "và" and commas,
// two ministries with no separator, numbering running on across sections, a page-break row.
import { afterAll, describe, expect, it } from "vitest";
import { runCli } from "../runCli.js";
import { tempDir, writeCsv } from "../files/makeFiles.js";

const tmp = tempDir();
afterAll(() => tmp.cleanup());

const PAGE_BREAK = `STT,Nội dung nhiệm vụ,Cơ quan chủ trì,Cơ quan phối hợp,Thời gian hoàn thành,Sản phẩm
I,HOÀN THIỆN THỂ CHẾ,,,,
1,"Xây dựng cơ sở dữ liệu quốc gia về đất đai, kết nối với",Bộ Tài nguyên và Môi trường,"Bộ Công an, Bộ Nông",Tháng 12/2025,Cơ sở dữ liệu
,các cơ sở dữ liệu chuyên ngành,,"nghiệp và phát triển nông thôn, Bộ Khoa học và Công nghệ",,
2,Ban hành quy chế chia sẻ dữ liệu,Bộ Thông tin và Truyền thông Bộ Khoa học và Công nghệ,"Bộ, ngành, địa phương",Quý IV/2025,Quy chế
II,CẢI CÁCH TỔ CHỨC BỘ MÁY,,,,
3.,Sắp xếp tổ chức bộ máy,"Các bộ, ngành, địa phương là chủ quản CSDLQG","Tập đoàn, doanh nghiệp công nghệ số",Trong năm 2025,Báo cáo
`;

describe("cchc validate: issue 10 table quirks", () => {
  it("3 tasks; the page-break row joined (info); two ministries without separator → multiple-leads; no stt-sequence", async () => {
    const file = tmp.file("page-break.csv");
    writeCsv(file, PAGE_BREAK);
    const r = await runCli("validate", file, "--year", "2025", "--format", "json");
    expect(r.code).toBe(0);
    const report = JSON.parse(r.out);
    expect(report.stats.tasks).toBe(3);
    expect(report.tasks.map((t: { lead: string | null }) => t.lead)).toEqual([
      "Bộ Tài nguyên và Môi trường",
      null,
      "Các bộ, ngành, địa phương là chủ quản CSDLQG",
    ]);
    expect(report.tasks[0].partners).toEqual(["Bộ Công an", "Bộ Nông nghiệp và phát triển nông thôn", "Bộ Khoa học và Công nghệ"]);
    expect(report.tasks[2].partners).toEqual(["Tập đoàn, doanh nghiệp công nghệ số"]);
    const codes = [...report.errors, ...report.warnings, ...report.infos].map((f: { code: string; row: number }) => `${f.code}@${f.row}`);
    expect(codes).toEqual(["multiple-leads@5", "continuation-row@4"]);
    const text = await runCli("validate", file, "--year", "2025");
    expect(text.out).toContain("B4  Dòng 4 không có số thứ tự và chỉ viết tiếp nội dung của dòng 3");
    expect(text.out).toContain('("Bộ Thông tin và Truyền thông", "Bộ Khoa học và Công nghệ")');
  });
});
