// Cutting responsibility text into units (issue 10 §2). Texts are real: the table, the
// appendix of the Government's action programme for Nghị quyết 57-NQ/TW (140 tasks; transcribed in
// github.com/thetrungdtt/VNMasterplan, ketquadaura03.md, column "Đơn vị chủ trì"), the 607/KH-KKTKCN
// 2025 plan (test/fixtures/ke-hoach-607-phu-luc.csv), and provincial plans' usual wording.
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { parseLeadAndPartners, parseResponsibility } from "../../../core/src/appendix/responsibility.js";
import { PUBLIC_BODIES } from "../../../core/src/units/publicBodies.js";
import { splitUnits } from "../../../core/src/units/splitUnits.js";
import { UnitNames } from "../../../core/src/units/unitNames.js";

describe("splitUnits on real responsibility texts", () => {
  it.each<[string, string[]]>([
    // issue 10
    ["Bộ Tài nguyên và Môi trường", ["Bộ Tài nguyên và Môi trường"]],
    ["Bộ Văn hóa, Thể thao và Du lịch", ["Bộ Văn hóa, Thể thao và Du lịch"]],
    ["Sở Nông nghiệp và Phát triển nông thôn", ["Sở Nông nghiệp và Phát triển nông thôn"]],
    ["Sở Khoa học và Công nghệ", ["Sở Khoa học và Công nghệ"]],
    ["Bộ, ngành, địa phương", ["Bộ, ngành, địa phương"]],
    ["Các bộ, ngành, địa phương là chủ quản CSDLQG", ["Các bộ, ngành, địa phương là chủ quản CSDLQG"]],
    ["Tập đoàn, doanh nghiệp công nghệ số", ["Tập đoàn, doanh nghiệp công nghệ số"]],
    ["UBND các huyện, thị xã, thành phố", ["UBND các huyện, thị xã, thành phố"]],
    ["Bộ Thông tin và Truyền thông Bộ Khoa học và Công nghệ", ["Bộ Thông tin và Truyền thông", "Bộ Khoa học và Công nghệ"]],
    ["Sở Tư pháp, Văn phòng UBND tỉnh", ["Sở Tư pháp", "Văn phòng UBND tỉnh"]],
    [
      "Bộ Tài nguyên và Môi trường, Bộ Nông nghiệp và phát triển nông thôn, Bộ Khoa học và Công nghệ",
      ["Bộ Tài nguyên và Môi trường", "Bộ Nông nghiệp và phát triển nông thôn", "Bộ Khoa học và Công nghệ"],
    ],
    // Nghị quyết 57 action programme, "Đơn vị chủ trì"
    ["Bộ Tài chính, Bộ Khoa học và Công nghệ", ["Bộ Tài chính", "Bộ Khoa học và Công nghệ"]],
    ["Các bộ, ngành liên quan", ["Các bộ, ngành liên quan"]],
    ["Các bộ, ngành", ["Các bộ, ngành"]],
    ["Bộ Tài chính, Bộ Công Thương", ["Bộ Tài chính", "Bộ Công Thương"]],
    ["Bộ Khoa học và Công nghệ, Bộ Tài nguyên và môi trường", ["Bộ Khoa học và Công nghệ", "Bộ Tài nguyên và môi trường"]],
    [
      "Bộ Công Thương, Bộ Tài nguyên và môi trường, Bộ Xây dựng, Bộ Giao thông vận tải",
      ["Bộ Công Thương", "Bộ Tài nguyên và môi trường", "Bộ Xây dựng", "Bộ Giao thông vận tải"],
    ],
    ["Các bộ, ngành, địa phương", ["Các bộ, ngành, địa phương"]],
    ["Địa phương được lựa chọn", ["Địa phương được lựa chọn"]],
    ["Các thành phố trực thuộc Trung ương và một số tỉnh đủ điều kiện", ["Các thành phố trực thuộc Trung ương và một số tỉnh đủ điều kiện"]],
    ["Các địa phương", ["Các địa phương"]],
    ["Bộ Công An", ["Bộ Công An"]],
    [
      "Viện Hàn lâm Khoa học và Công nghệ Việt Nam, Viện Hàn lâm Khoa học Xã hội Việt Nam",
      ["Viện Hàn lâm Khoa học và Công nghệ Việt Nam", "Viện Hàn lâm Khoa học Xã hội Việt Nam"],
    ],
    ["Văn phòng Chính phủ", ["Văn phòng Chính phủ"]],
    ["Bộ Khoa học và Công nghệ, Bộ Quốc phòng, Bộ Công an", ["Bộ Khoa học và Công nghệ", "Bộ Quốc phòng", "Bộ Công an"]],
    [
      "Bộ Công an, Bộ Lao động - Thương binh và Xã hội, Bộ Tài nguyên và Môi trường, Bộ Giao thông vận tải, Ngân hàng nhà nước Việt Nam, Bộ Nông nghiệp và Phát triển nông thôn, Bộ Khoa học và Công nghệ, Bộ Tài chính",
      [
        "Bộ Công an",
        "Bộ Lao động - Thương binh và Xã hội",
        "Bộ Tài nguyên và Môi trường",
        "Bộ Giao thông vận tải",
        "Ngân hàng nhà nước Việt Nam",
        "Bộ Nông nghiệp và Phát triển nông thôn",
        "Bộ Khoa học và Công nghệ",
        "Bộ Tài chính",
      ],
    ],
    ["Văn phòng Chính phủ; Bộ Công an", ["Văn phòng Chính phủ", "Bộ Công an"]],
    ["Bộ Công an, Bộ Tài chính, Bộ Công Thương, Bộ Khoa học và Công nghệ", ["Bộ Công an", "Bộ Tài chính", "Bộ Công Thương", "Bộ Khoa học và Công nghệ"]],
    ["Các tỉnh, thành phố trực thuộc TW", ["Các tỉnh, thành phố trực thuộc TW"]],
    ["Bộ Khoa học và Công nghệ, Bộ Giáo dục và Đào tạo, Bộ Quốc phòng", ["Bộ Khoa học và Công nghệ", "Bộ Giáo dục và Đào tạo", "Bộ Quốc phòng"]],
    ["VTV, VOV, TTXVN, các địa phương", ["VTV", "VOV", "TTXVN", "các địa phương"]],
    // NQ 03/NQ-CP PL II task 70: "CSDL" (cơ sở dữ liệu) names a thing, not a unit.
    ["Các bộ, ngành, địa phương là chủ quản CSDLQG, CSDL chuyên ngành", ["Các bộ, ngành, địa phương là chủ quản CSDLQG, CSDL chuyên ngành"]],
    ["Bộ Công an, CSDL dân cư, TTXVN", ["Bộ Công an, CSDL dân cư", "TTXVN"]],
    ["Bộ Khoa học và Công nghệ và các địa phương", ["Bộ Khoa học và Công nghệ", "các địa phương"]],
    ["Bộ Kế hoạch và Đầu tư", ["Bộ Kế hoạch và Đầu tư"]],
    ["Ngân hàng Nhà nước", ["Ngân hàng Nhà nước"]],
    // provincial plans
    ["Các sở, ban, ngành; UBND cấp huyện", ["Các sở, ban, ngành", "UBND cấp huyện"]],
    ["Sở Lao động – Thương binh và Xã hội, Sở Y tế và Bảo hiểm xã hội tỉnh", ["Sở Lao động – Thương binh và Xã hội", "Sở Y tế", "Bảo hiểm xã hội tỉnh"]],
    ["Sở Văn hóa, Thể thao và Du lịch, Sở Thông tin và Truyền thông", ["Sở Văn hóa, Thể thao và Du lịch", "Sở Thông tin và Truyền thông"]],
    ["Sở Kế hoạch và Đầu tư; Sở Giao thông vận tải", ["Sở Kế hoạch và Đầu tư", "Sở Giao thông vận tải"]],
    ["Sở Giáo dục và Đào tạo, Văn phòng UBND tỉnh, Ban Dân tộc", ["Sở Giáo dục và Đào tạo", "Văn phòng UBND tỉnh", "Ban Dân tộc"]],
    ["Sở TN&MT, Sở KH&ĐT", ["Sở TN&MT", "Sở KH&ĐT"]],
    ["Văn phòng HĐND và UBND huyện", ["Văn phòng HĐND và UBND huyện"]],
    ["Phòng Tài nguyên và Môi trường và các xã", ["Phòng Tài nguyên và Môi trường", "các xã"]],
    ["Bộ Công an (Trung tâm dữ liệu quốc gia), Bộ Tư pháp", ["Bộ Công an (Trung tâm dữ liệu quốc gia)", "Bộ Tư pháp"]],
    ["Ủy ban Dân tộc và các bộ, ngành liên quan", ["Ủy ban Dân tộc", "các bộ, ngành liên quan"]],
    ["Ban Quản lý Khu kinh tế Vân Phong, Sở Tài chính", ["Ban Quản lý Khu kinh tế Vân Phong", "Sở Tài chính"]],
    ["So Tu phap, So Noi vu", ["So Tu phap", "So Noi vu"]],
    // 607/KH-KKTKCN 2025 (one responsibility column)
    ["các phòng, đơn vị trực thuộc", ["các phòng, đơn vị trực thuộc"]],
    ["Văn phòng, Thanh tra, các phòng chuyên môn", ["Văn phòng", "Thanh tra", "các phòng chuyên môn"]],
    ["Lãnh đạo Ban Quản lý, lãnh đạo các phòng", ["Lãnh đạo Ban Quản lý", "lãnh đạo các phòng"]],
    ["Phòng Kế hoạch – Đầu tư và Xúc tiến", ["Phòng Kế hoạch – Đầu tư và Xúc tiến"]],
  ])("%s", (text, units) => {
    expect(splitUnits(text)).toEqual(units);
  });

  it("empty and wordless text gives no unit", () => {
    expect(splitUnits("")).toEqual([]);
    expect(splitUnits(" , ; - ")).toEqual([]);
    expect(splitUnits(undefined as never)).toEqual([]);
  });
});

describe("parseResponsibility / parseLeadAndPartners with the body list", () => {
  it("the issue's leads: one unit each, no multiple-leads", () => {
    for (const lead of ["Bộ Tài nguyên và Môi trường", "Bộ Văn hóa, Thể thao và Du lịch", "Sở Nông nghiệp và Phát triển nông thôn", "Sở Khoa học và Công nghệ", "Sở Tư pháp"]) {
      expect(parseLeadAndPartners(lead, "")).toMatchObject({ lead, multipleLeads: false });
    }
    expect(parseLeadAndPartners("Sở Nông nghiệp và Phát triển nông thôn", "Sở Tư pháp, Văn phòng UBND tỉnh").partners).toEqual(["Sở Tư pháp", "Văn phòng UBND tỉnh"]);
    expect(parseLeadAndPartners("Sở Khoa học và Công nghệ", "UBND các huyện, thị xã, thành phố").partners).toEqual(["UBND các huyện, thị xã, thành phố"]);
  });

  it("blanket groups of the list are blanket assignments", () => {
    expect(parseLeadAndPartners("Bộ, ngành, địa phương", "")).toMatchObject({ lead: "Bộ, ngành, địa phương", blanket: true, multipleLeads: false });
    expect(parseLeadAndPartners("Các bộ, ngành, địa phương là chủ quản CSDLQG", "Bộ Công an")).toMatchObject({ blanket: true, partners: ["Bộ Công an"] });
    expect(parseLeadAndPartners("Tập đoàn, doanh nghiệp công nghệ số", "")).toMatchObject({ blanket: true, multipleLeads: false });
    expect(parseLeadAndPartners("UBND các huyện, thị xã, thành phố", "")).toMatchObject({ blanket: true, multipleLeads: false });
  });

  it("a named unit and a collective of another kind are two leads (NQ 03/NQ-CP PL II task 46)", () => {
    expect(parseLeadAndPartners("Bộ Khoa học và Công nghệ và các địa phương", "Bộ Ngoại giao")).toMatchObject({
      lead: null,
      multipleLeads: true,
      candidates: ["Bộ Khoa học và Công nghệ", "các địa phương"],
    });
    // Of its kind ("Bộ" in "các bộ, ngành"): the named unit leads.
    expect(parseLeadAndPartners("Bộ Tài chính và các bộ, ngành", "")).toMatchObject({ lead: "Bộ Tài chính", partners: ["các bộ, ngành"], multipleLeads: false });
    expect(parseLeadAndPartners("Các bộ, ngành, địa phương là chủ quản CSDLQG, CSDL chuyên ngành", "Bộ Công an")).toMatchObject({
      lead: "Các bộ, ngành, địa phương là chủ quản CSDLQG, CSDL chuyên ngành",
      blanket: true,
      multipleLeads: false,
    });
  });

  it("two ministries with no separator are two leads", () => {
    expect(parseLeadAndPartners("Bộ Thông tin và Truyền thông Bộ Khoa học và Công nghệ", "")).toMatchObject({
      lead: null,
      multipleLeads: true,
      candidates: ["Bộ Thông tin và Truyền thông", "Bộ Khoa học và Công nghệ"],
    });
  });

  it("a known name with a verb inside stays whole; verbs after it still cut", () => {
    expect(parseResponsibility("Bộ phận tiếp nhận và trả kết quả thực hiện")).toMatchObject({ lead: "Bộ phận tiếp nhận và trả kết quả", multipleLeads: false });
    expect(parseResponsibility("Bộ Thông tin và Truyền thông chủ trì, phối hợp với các bộ, ngành, địa phương triển khai")).toMatchObject({
      lead: "Bộ Thông tin và Truyền thông",
      partners: ["các bộ, ngành, địa phương"],
      multipleLeads: false,
    });
    expect(parseResponsibility("Sở Văn hóa, Thể thao và Du lịch chủ trì, phối hợp Sở Tư pháp, Sở Nội vụ thực hiện")).toMatchObject({
      lead: "Sở Văn hóa, Thể thao và Du lịch",
      partners: ["Sở Tư pháp", "Sở Nội vụ"],
    });
  });

  it("learned names are not cut", () => {
    const names = new UnitNames(["Văn phòng Đoàn ĐBQH, HĐND và UBND tỉnh"]);
    expect(splitUnits("Văn phòng Đoàn ĐBQH, HĐND và UBND tỉnh, Sở Nội vụ")).toEqual(["Văn phòng Đoàn ĐBQH", "HĐND", "UBND tỉnh", "Sở Nội vụ"]);
    expect(splitUnits("Văn phòng Đoàn ĐBQH, HĐND và UBND tỉnh, Sở Nội vụ", names)).toEqual(["Văn phòng Đoàn ĐBQH, HĐND và UBND tỉnh", "Sở Nội vụ"]);
  });
});

describe("properties", () => {
  const bodies = PUBLIC_BODIES.filter((b) => b.level !== "group");
  const body = fc.constantFrom(...bodies.map((b) => b.name));
  const sep = fc.constantFrom(", ", "; ", " và ", "\n", ",", " ; ");

  it("a list of known bodies joined by , ; và or line breaks splits back into those bodies", () => {
    fc.assert(
      fc.property(fc.array(body, { minLength: 1, maxLength: 6 }), fc.array(sep, { minLength: 6, maxLength: 6 }), (names, seps) => {
        const text = names.map((n, k) => (k === 0 ? n : seps[k - 1] + n)).join("");
        expect(splitUnits(text)).toEqual(names);
      }),
      { numRuns: 400 },
    );
  });

  it("ministries and departments written one after the other with no separator are still cut apart", () => {
    const top = fc.constantFrom(...bodies.filter((b) => /^(Bộ|Sở|Ủy ban|Ngân hàng|Thanh tra|Văn phòng) /.test(b.name) && !b.name.startsWith("Bộ phận")).map((b) => b.name));
    fc.assert(
      fc.property(fc.array(top, { minLength: 2, maxLength: 4 }), (names) => {
        expect(splitUnits(names.join(" "))).toEqual(names);
      }),
      { numRuns: 400 },
    );
  });

  it("never throws, and every unit is a piece of the text", () => {
    fc.assert(
      fc.property(fc.oneof(fc.string({ maxLength: 80 }), fc.string({ maxLength: 80, unit: fc.constantFrom(..."Bộ Sở và, ;()\n-–&Tư pháp các UBND Văn phòng ngành địa phương") })), (s) => {
        for (const u of splitUnits(s)) expect(s.normalize("NFC").replace(/\s+/g, " ")).toContain(u);
      }),
      { numRuns: 500 },
    );
  });
});
