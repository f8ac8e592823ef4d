import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { MAX_SHEET_NAME, uniqueSheetName } from "../../../core/src/index.js";

describe("uniqueSheetName (every host)", () => {
  it("keeps a free name, else adds (2), (3)… compared without case or Unicode form", () => {
    expect(uniqueSheetName("Tổng hợp 2025", ["Trang tính1"])).toBe("Tổng hợp 2025");
    expect(uniqueSheetName("Tổng hợp 2025", ["tổng hợp 2025"])).toBe("Tổng hợp 2025 (2)");
    expect(uniqueSheetName("Tổng hợp 2025", ["Tổng hợp 2025".normalize("NFD"), "TỔNG HỢP 2025 (2)"])).toBe("Tổng hợp 2025 (3)");
  });
  it("keeps within 31 characters with the suffix and replaces characters Excel refuses", () => {
    const long = "Kết quả kiểm tra phụ lục kế hoạch cải cách hành chính";
    const name = uniqueSheetName(long, [long.slice(0, 31)]);
    expect(name.length).toBeLessThanOrEqual(MAX_SHEET_NAME);
    expect(name.endsWith(" (2)")).toBe(true);
    expect(uniqueSheetName("Báo cáo 1/2025: [nháp]?", [])).toBe("Báo cáo 1-2025- -nháp--");
    expect(uniqueSheetName("'Phụ lục'", [])).toBe("Phụ lục");
    expect(uniqueSheetName("  ", [])).toBe("CCHC");
  });
  it("property: always valid, NFC, and never the name of an existing sheet", () => {
    fc.assert(
      fc.property(fc.string({ maxLength: 60 }), fc.array(fc.string({ maxLength: 40 }), { maxLength: 12 }), (wanted, existing) => {
        const all = [...existing, uniqueSheetName(wanted, existing)];
        const name = all[all.length - 1];
        expect(name.length).toBeGreaterThan(0);
        expect(name.length).toBeLessThanOrEqual(MAX_SHEET_NAME);
        expect(name).not.toMatch(/[\\/?*[\]:]|^'|'$/);
        expect(name.normalize("NFC")).toBe(name);
        const key = (n: string) => n.normalize("NFC").toLocaleLowerCase("vi");
        expect(existing.map(key)).not.toContain(key(name));
      }),
    );
  });
});
