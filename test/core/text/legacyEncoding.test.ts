import fc from "fast-check";
import { describe, expect, it } from "vitest";
import {
  detectLegacyEncoding,
  isDecomposed,
  legacyToUnicode,
  toUnicodeText,
  unicodeToTcvn3,
  unicodeToVni,
} from "../../../core/src/text/legacyEncoding.js";
import { readFixture607 } from "../helpers/csv.js";

describe("TCVN3 (ABC, .VnTime)", () => {
  it.each([
    ["Trong n¨m 2025", "Trong năm 2025"],
    ["Qu¶n lý", "Quản lý"],
    ["Nhiªm vô", "Nhiêm vụ"],
    ["V¨n phßng chñ tr×, phèi hîp c¸c phßng, ®¬n vÞ trùc thuéc", "Văn phòng chủ trì, phối hợp các phòng, đơn vị trực thuộc"],
    ["Tr­íc ngµy 05/12/2025", "Trước ngày 05/12/2025"],
    ["§¬n vÞ", "Đơn vị"],
    ["C¶i c¸ch hµnh chÝnh", "Cải cách hành chính"],
    ["KiÓm tra, xö lý VBQPPL", "Kiểm tra, xử lý VBQPPL"],
  ])("%s → %s", (legacy, unicode) => {
    expect(detectLegacyEncoding(legacy)).toBe("tcvn3");
    expect(legacyToUnicode(legacy, "tcvn3")).toBe(unicode);
  });

  it("capitals typed with .VnTimeH (lower-case codes) come back as capitals", () => {
    expect(legacyToUnicode("CHØ Sè HµI LßNG", "tcvn3")).toBe("CHỈ SỐ HÀI LÒNG");
    expect(legacyToUnicode("KÕ HO¹CH C¶I C¸CH HµNH CHÝNH", "tcvn3")).toBe("KẾ HOẠCH CẢI CÁCH HÀNH CHÍNH");
  });
});

describe("VNI Windows", () => {
  it.each([
    ["Trong naêm 2025", "Trong năm 2025"],
    ["Vieät Nam", "Việt Nam"],
    ["Vaên phoøng chuû trì, phoái hôïp caùc phoøng", "Văn phòng chủ trì, phối hợp các phòng"],
    ["Tröôùc ngaøy 05/12/2025", "Trước ngày 05/12/2025"],
    ["Ñôn vò tröïc thuoäc", "Đơn vị trực thuộc"],
    ["CAÛI CAÙCH HAØNH CHÍNH", "CẢI CÁCH HÀNH CHÍNH"],
    // short texts whose only VNI bytes are tone marks that are also Latin-1 letters (ù, õ)
    ["Thaùng 6/2025", "Tháng 6/2025"],
    ["Theo doõi, baùo caùo", "Theo dõi, báo cáo"],
    ["Quyù I/2023", "Quý I/2023"],
  ])("%s → %s", (legacy, unicode) => {
    expect(detectLegacyEncoding(legacy)).toBe("vni");
    expect(legacyToUnicode(legacy, "vni")).toBe(unicode);
  });
});

describe("detection leaves other text alone", () => {
  it.each([
    "Trong năm 2025",
    "Hoàn thành",
    "Tiến độ thực hiện",
    "STT",
    "© 2025",
    "Café crème",
    "Hoà Bình, thuý, tuỳ",
    "Tháng 6/2025, theo dõi, báo cáo",
    "Giá: 100 €",
    "«Giải trình để phục vụ»",
    "",
    "Trước ngày 05/12/2025".normalize("NFD"),
  ])("%j is not legacy", (text) => {
    expect(detectLegacyEncoding(text)).toBeNull();
  });

  it("every cell of the Unicode fixture is left alone", () => {
    for (const row of readFixture607()) for (const v of row) if (v) expect(detectLegacyEncoding(v)).toBeNull();
  });

  it("flags NFD text and composes it", () => {
    const nfd = "Cải cách hành chính".normalize("NFD");
    expect(isDecomposed(nfd)).toBe(true);
    expect(isDecomposed("Cải cách hành chính")).toBe(false);
    expect(toUnicodeText(nfd)).toEqual({ text: "Cải cách hành chính", from: "nfd" });
    expect(toUnicodeText("Qu¶n lý")).toEqual({ text: "Quản lý", from: "tcvn3" });
    expect(toUnicodeText("Quản lý")).toEqual({ text: "Quản lý", from: null });
  });
});

describe("round trips over the real texts of the 607 appendix", () => {
  const texts = readFixture607().flat().filter((v): v is string => !!v && /[^\x00-\x7f]/.test(v));

  it("VNI: Unicode → VNI → detected → Unicode is the identity", () => {
    for (const t of texts) {
      const v = unicodeToVni(t);
      expect(detectLegacyEncoding(v)).toBe("vni");
      expect(legacyToUnicode(v, "vni")).toBe(t);
    }
  });

  it("TCVN3: the same, up to the capitals TCVN3 cannot write", () => {
    for (const t of texts) {
      const v = unicodeToTcvn3(t);
      expect(detectLegacyEncoding(v)).toBe("tcvn3");
      expect(legacyToUnicode(v, "tcvn3").toLowerCase()).toBe(t.toLowerCase());
    }
  });

  it("never throws and always returns NFC (property)", () => {
    fc.assert(
      fc.property(fc.string({ unit: "binary", maxLength: 60 }), (s) => {
        const enc = detectLegacyEncoding(s);
        const r = toUnicodeText(s);
        expect(r.text).toBe(r.text.normalize("NFC"));
        if (enc) expect(legacyToUnicode(s, enc)).toBe(legacyToUnicode(s, enc).normalize("NFC"));
      }),
      { numRuns: 500 },
    );
  });
});
