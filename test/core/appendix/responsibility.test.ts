import { describe, expect, it } from "vitest";
import { parseLeadAndPartners, parseResponsibility, splitUnits } from "../../../core/src/appendix/responsibility.js";

describe("parseResponsibility (one 'Trách nhiệm thực hiện' cell)", () => {
  it.each([
    ["Văn phòng chủ trì, phối hợp các phòng, đơn vị trực thuộc xây dựng báo cáo.", "Văn phòng", ["các phòng, đơn vị trực thuộc"]],
    ["Văn phòng chủ trì, phối hợp Sở Nội vụ, Sở Tư pháp và các phòng chuyên môn thực hiện", "Văn phòng", ["Sở Nội vụ", "Sở Tư pháp", "các phòng chuyên môn"]],
    ["Văn phòng thực hiện.", "Văn phòng", []],
    ["Văn phòng phối hợp với Sở Tư pháp thực hiện", "Văn phòng", ["Sở Tư pháp"]],
    ["Văn phòng (Bộ phận Kế toán) phối hợp các phòng thực hiện.", "Văn phòng (Bộ phận Kế toán)", ["các phòng"]],
    ["Phòng Kế hoạch – Đầu tư và Xúc tiến chủ trì, phối hợp các phòng, đơn vị trực thuộc thực hiện.", "Phòng Kế hoạch – Đầu tư và Xúc tiến", ["các phòng, đơn vị trực thuộc"]],
    ["Tổ kiểm tra CCHC của Ban Quản lý", "Tổ kiểm tra CCHC của Ban Quản lý", []],
    ["Phòng Tổ chức cán bộ thực hiện", "Phòng Tổ chức cán bộ", []],
    ["Sở Khoa học và Công nghệ chủ trì; phối hợp: Sở Nội vụ", "Sở Khoa học và Công nghệ", ["Sở Nội vụ"]],
    ["Van phong chu tri, phoi hop cac phong, don vi truc thuoc", "Van phong", ["cac phong, don vi truc thuoc"]],
  ])("%s", (text, lead, partners) => {
    const r = parseResponsibility(text);
    expect(r.lead).toBe(lead);
    expect(r.partners).toEqual(partners);
    expect(r.multipleLeads).toBe(false);
  });

  it("blanket assignments: all units, a legal assignment", () => {
    for (const text of [
      "Tất cả các phòng, đơn vị trực thuộc thực hiện.",
      "Tất cả các phòng, đơn vị trực thuộc thực hiện nhiệm vụ được phân công.",
      "Tất cả các phòng, đơn vị trực thuộc.",
      "Tat ca cac phong, don vi truc thuoc thuc hien",
    ]) {
      const r = parseResponsibility(text);
      expect(r.blanket).toBe(true);
      expect(r.multipleLeads).toBe(false);
      expect(r.lead?.toLowerCase()).toMatch(/^t(ấ|a)t c(ả|a) c(á|a)c ph(ò|o)ng, (đ|d)(ơ|o)n v(ị|i) tr(ự|u)c thu(ộ|o)c$/);
    }
  });

  it("several units and none marked chủ trì → multipleLeads, no lead", () => {
    const r = parseResponsibility("Văn phòng, các phòng chuyên môn thực hiện");
    expect(r).toMatchObject({ lead: null, multipleLeads: true, candidates: ["Văn phòng", "các phòng chuyên môn"] });
    expect(parseResponsibility("Văn phòng và các phòng chuyên môn giải quyết TTHC thực hiện.").multipleLeads).toBe(true);
    expect(parseResponsibility("Văn phòng, Ban Quản lý dự án hạ tầng thực hiện.").candidates).toEqual(["Văn phòng", "Ban Quản lý dự án hạ tầng"]);
  });

  it("bullets: '- X làm A. - Y làm B.'", () => {
    const r = parseResponsibility(
      "- Văn phòng lập danh sách lãnh đạo quản lý gửi Sở Nội vụ tổng hợp. - Lãnh đạo Ban Quản lý, lãnh đạo các phòng thực hiện phiếu khảo sát của Bộ Nội vụ.",
    );
    expect(r.multipleLeads).toBe(true);
    expect(r.candidates).toEqual(["Văn phòng", "Lãnh đạo Ban Quản lý", "lãnh đạo các phòng"]);
    const two = parseResponsibility("- Phòng Doanh nghiệp chủ trì tổ chức đối thoại. - Văn phòng chủ trì kiểm tra việc giải quyết TTHC.");
    expect(two).toMatchObject({ lead: "Phòng Doanh nghiệp", multipleLeads: true });
  });

  it("empty text has no lead", () => {
    expect(parseResponsibility("")).toMatchObject({ lead: null, partners: [], blanket: false, multipleLeads: false });
    expect(parseResponsibility("Phối hợp với Sở Nội vụ").lead).toBeNull();
  });
});

describe("split columns: Cơ quan chủ trì + Cơ quan phối hợp", () => {
  it("one lead, partner lists on , ; và and bullets", () => {
    expect(parseLeadAndPartners("Sở Nội vụ", "Các sở, ban, ngành; UBND cấp huyện")).toMatchObject({
      lead: "Sở Nội vụ",
      partners: ["Các sở, ban, ngành", "UBND cấp huyện"],
      multipleLeads: false,
    });
    expect(parseLeadAndPartners("Sở Tư pháp", "- Sở Nội vụ\n- Văn phòng UBND tỉnh").partners).toEqual(["Sở Nội vụ", "Văn phòng UBND tỉnh"]);
  });

  it("collectives in the lead column: blanket assignment; one named unit with collectives leads", () => {
    expect(parseLeadAndPartners("Các sở, ban, ngành; UBND cấp huyện", "")).toMatchObject({
      lead: "Các sở, ban, ngành; UBND cấp huyện",
      blanket: true,
      multipleLeads: false,
    });
    expect(parseLeadAndPartners("Sở Nội vụ; các sở, ban, ngành", "")).toMatchObject({
      lead: "Sở Nội vụ",
      partners: ["các sở, ban, ngành"],
      blanket: false,
      multipleLeads: false,
    });
    expect(parseResponsibility("Các sở, ban, ngành thực hiện").blanket).toBe(true);
  });

  it("several leads: marked one wins, else warning", () => {
    expect(parseLeadAndPartners("Sở Nội vụ (chủ trì), Sở Tư pháp", "")).toMatchObject({ lead: "Sở Nội vụ", partners: ["Sở Tư pháp"], multipleLeads: false });
    expect(parseLeadAndPartners("Sở Nội vụ, Sở Tư pháp", "")).toMatchObject({ lead: null, multipleLeads: true });
    expect(parseLeadAndPartners("", "Sở Tư pháp")).toMatchObject({ lead: null, partners: ["Sở Tư pháp"] });
  });
});

describe("splitUnits", () => {
  it("keeps collectives and names with 'và' whole", () => {
    expect(splitUnits("các phòng, đơn vị trực thuộc")).toEqual(["các phòng, đơn vị trực thuộc"]);
    expect(splitUnits("Sở Khoa học và Công nghệ, Sở Nội vụ")).toEqual(["Sở Khoa học và Công nghệ", "Sở Nội vụ"]);
    expect(splitUnits("Văn thư và các phòng")).toEqual(["Văn thư", "các phòng"]);
    expect(splitUnits("Văn phòng (Bộ phận Kế toán, Văn thư); Ban Quản lý dự án")).toEqual(["Văn phòng (Bộ phận Kế toán, Văn thư)", "Ban Quản lý dự án"]);
  });
});
