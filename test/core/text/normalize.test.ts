import { describe, expect, it } from "vitest";
import { cellText, cleanText, foldKey, isNotNFC, stripDiacritics } from "../../../core/src/text/normalize.js";

describe("text normalisation", () => {
  it("folds case, diacritics, đ and spaces", () => {
    expect(foldKey("Trong  Năm 2025")).toBe("trong nam 2025");
    expect(foldKey("ĐỊNH KỲ 6 THÁNG")).toBe("dinh ky 6 thang");
    expect(foldKey("Trách nhiệm\u00a0thực hiện")).toBe("trach nhiem thuc hien");
  });

  it("folds NFD and NFC to the same key", () => {
    const nfc = "Cải cách hành chính";
    const nfd = nfc.normalize("NFD");
    expect(isNotNFC(nfd)).toBe(true);
    expect(foldKey(nfd)).toBe(foldKey(nfc));
    expect(cleanText(nfd)).toBe(nfc);
  });

  it("strips diacritics but keeps case", () => {
    expect(stripDiacritics("Quý I/2023 – Đến")).toBe("Quy I/2023 – Den");
  });

  it("turns any cell into text", () => {
    expect(cellText(null)).toBe("");
    expect(cellText(12)).toBe("12");
    expect(cellText("  a  b ")).toBe("a b");
  });
});

describe("invisible marks pasted with text", () => {
  it("cleanText and foldKey drop bidi marks, embeddings, isolates and the zero-width joiner", () => {
    const dirty = "\u200fTrước\u200d ngày\u202a 30/6/2025\u202c\u2066\u2069\u200e";
    expect(cleanText(dirty)).toBe("Trước ngày 30/6/2025");
    expect(foldKey(dirty)).toBe("truoc ngay 30/6/2025");
    expect(foldKey("Qu\u200cý\u2060 III")).toBe("quy iii");
  });
});
