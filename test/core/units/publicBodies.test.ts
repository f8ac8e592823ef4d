// The public-body list (issue 10 §2): sources, both sides of the 2025 reorganisation, and the key
// units are compared on.
import { describe, expect, it } from "vitest";
import { BODY_SOURCES, PUBLIC_BODIES } from "../../../core/src/units/publicBodies.js";
import { isKnownUnit, mostCommonSpelling, unitKey } from "../../../core/src/units/unitKey.js";

const names = new Set(PUBLIC_BODIES.map((b) => b.name));

describe("PUBLIC_BODIES (data)", () => {
  it("every entry has a source, NFC names, no duplicate name or alias key", () => {
    const keys = new Map<string, string>();
    for (const b of PUBLIC_BODIES) {
      expect(BODY_SOURCES[b.source], b.name).toBeTruthy();
      for (const n of [b.name, ...(b.aliases ?? [])]) {
        expect(n, b.name).toBe(n.normalize("NFC"));
        const k = unitKey(n);
        expect(keys.get(k) === undefined || keys.get(k) === b.name, `${n} (${b.name} / ${keys.get(k)})`).toBe(true);
        keys.set(k, b.name);
      }
    }
  });

  it("ministries before the 2025 reorganisation point to their successors, which are in the list", () => {
    const successor = (n: string) => PUBLIC_BODIES.find((b) => b.name === n)?.successor;
    expect(successor("Bộ Tài nguyên và Môi trường")).toBe("Bộ Nông nghiệp và Môi trường");
    expect(successor("Bộ Nông nghiệp và Phát triển nông thôn")).toBe("Bộ Nông nghiệp và Môi trường");
    expect(successor("Bộ Kế hoạch và Đầu tư")).toBe("Bộ Tài chính");
    expect(successor("Bộ Giao thông vận tải")).toBe("Bộ Xây dựng");
    expect(successor("Bộ Thông tin và Truyền thông")).toBe("Bộ Khoa học và Công nghệ");
    expect(successor("Bộ Lao động – Thương binh và Xã hội")).toBe("Bộ Nội vụ");
    expect(successor("Ủy ban Dân tộc")).toBe("Bộ Dân tộc và Tôn giáo");
    for (const b of PUBLIC_BODIES) if (b.successor) expect(names.has(b.successor), b.successor).toBe(true);
  });

  it("holds the 22 ministry-level bodies of 2021 and the 17 of 2025", () => {
    const gov2021 = PUBLIC_BODIES.filter((b) => b.source === "GOV_2021");
    expect(gov2021).toHaveLength(22);
    const after = [...gov2021.filter((b) => b.successor === undefined), ...PUBLIC_BODIES.filter((b) => b.source === "GOV_2025")];
    expect(after.map((b) => b.name).sort()).toEqual(
      [
        "Bộ Quốc phòng", "Bộ Công an", "Bộ Ngoại giao", "Bộ Nội vụ", "Bộ Tư pháp", "Bộ Tài chính", "Bộ Công Thương",
        "Bộ Nông nghiệp và Môi trường", "Bộ Xây dựng", "Bộ Văn hóa, Thể thao và Du lịch", "Bộ Khoa học và Công nghệ",
        "Bộ Giáo dục và Đào tạo", "Bộ Y tế", "Bộ Dân tộc và Tôn giáo", "Ngân hàng Nhà nước Việt Nam", "Thanh tra Chính phủ",
        "Văn phòng Chính phủ",
      ].sort(),
    );
  });

  it("has the standard provincial departments the issue names, and the blanket groups", () => {
    for (const n of [
      "Sở Nông nghiệp và Phát triển nông thôn", "Sở Khoa học và Công nghệ", "Sở Văn hóa, Thể thao và Du lịch",
      "Sở Lao động – Thương binh và Xã hội", "Sở Tài nguyên và Môi trường", "Sở Thông tin và Truyền thông",
      "Sở Giáo dục và Đào tạo", "Sở Kế hoạch và Đầu tư", "Sở Giao thông vận tải", "Văn phòng UBND tỉnh", "Ban Dân tộc",
      "Sở Nông nghiệp và Môi trường", "Sở Dân tộc và Tôn giáo",
    ]) expect(names.has(n), n).toBe(true);
    for (const n of ["Bộ, ngành, địa phương", "Các bộ, ngành, địa phương là chủ quản CSDLQG", "Tập đoàn, doanh nghiệp công nghệ số", "UBND các huyện, thị xã, thành phố", "Các sở, ban, ngành"]) {
      expect(PUBLIC_BODIES.find((b) => b.name === n)?.level, n).toBe("group");
    }
  });
});

describe("unitKey", () => {
  it("'Sở Tư Pháp', 'sở tư pháp' and 'So Tu phap' are one unit", () => {
    expect(unitKey("Sở Tư Pháp")).toBe(unitKey("sở tư pháp"));
    expect(unitKey("So Tu phap")).toBe(unitKey("Sở Tư pháp"));
    expect(unitKey("  Sở   Tư pháp ")).toBe("so tu phap");
  });
  it("abbreviations and dashes: one key per body; old and new bodies stay apart", () => {
    expect(unitKey("Sở TN&MT")).toBe(unitKey("Sở Tài nguyên và Môi trường"));
    expect(unitKey("Văn phòng Ủy ban nhân dân tỉnh")).toBe(unitKey("Văn phòng UBND tỉnh"));
    expect(unitKey("VP UBND tỉnh")).toBe(unitKey("Văn phòng UBND tỉnh"));
    expect(unitKey("Bộ Lao động - Thương binh và Xã hội")).toBe(unitKey("Bộ Lao động – Thương binh và Xã hội"));
    expect(unitKey("Bộ LĐ-TB&XH")).toBe(unitKey("Bộ Lao động – Thương binh và Xã hội"));
    expect(unitKey("Bộ Tài nguyên và Môi trường")).not.toBe(unitKey("Bộ Nông nghiệp và Môi trường"));
    expect(unitKey("")).toBe("");
  });
  it("isKnownUnit and mostCommonSpelling", () => {
    expect(isKnownUnit("Sở TN&MT")).toBe(true);
    expect(isKnownUnit("Bộ, ngành, địa phương")).toBe(true);
    expect(isKnownUnit("Văn phòng")).toBe(false);
    expect(isKnownUnit("Sở Tư pháp tỉnh Khánh Hòa")).toBe(false);
    expect(mostCommonSpelling(new Map([["Sở Tư Pháp", 1], ["Sở Tư pháp", 3], ["So Tu phap", 1]]))).toBe("Sở Tư pháp");
    expect(mostCommonSpelling(new Map([["A", 2], ["B", 2]]))).toBe("A");
  });
});
