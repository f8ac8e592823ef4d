import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { dayFromYMD, toISO } from "../../../core/src/dates/day.js";
import { KNOWN_AUTHORITIES } from "../../../core/src/schedule/authorities.js";
import { parseSchedule, parseScheduleUncached } from "../../../core/src/schedule/parseSchedule.js";
import type { Schedule } from "../../../core/src/schedule/types.js";
import { unicodeToTcvn3, unicodeToVni } from "../../../core/src/text/legacyEncoding.js";
import { stripDiacritics } from "../../../core/src/text/normalize.js";

const FIXTURES = join(__dirname, "../../fixtures");
const FIXTURE = join(FIXTURES, "ke-hoach-607-phu-luc.csv");
const SEEDS = join(FIXTURES, "seeds");

/** Minimal RFC 4180 reader (quotes, doubled quotes, commas and newlines inside quotes). */
function readCsv(text: string): string[][] {
  const rows: string[][] = [];
  let row: string[] = [];
  let cell = "";
  let quoted = false;
  const t = text.replace(/^\ufeff/, "");
  for (let i = 0; i < t.length; i++) {
    const c = t[i];
    if (quoted) {
      if (c === '"' && t[i + 1] === '"') {
        cell += '"';
        i++;
      } else if (c === '"') quoted = false;
      else cell += c;
    } else if (c === '"') quoted = true;
    else if (c === ",") {
      row.push(cell);
      cell = "";
    } else if (c === "\n" || c === "\r") {
      if (c === "\r" && t[i + 1] === "\n") i++;
      row.push(cell);
      rows.push(row);
      row = [];
      cell = "";
    } else cell += c;
  }
  if (cell !== "" || row.length > 0) {
    row.push(cell);
    rows.push(row);
  }
  return rows;
}

/** The comparable part of a result: kind, due (ISO), authority, note, recurrence, period, milestones. */
function view(s: Schedule) {
  return {
    kind: s.kind,
    due: s.due === null ? null : toISO(s.due),
    authority: s.authority,
    note: s.note,
    recurrence: s.recurrence,
    period: s.period ? `${toISO(s.period.start)}..${toISO(s.period.end)}` : undefined,
    milestones: s.milestones?.map((m) => toISO(m.due)),
    outsidePlanYear: s.outsidePlanYear,
  };
}

type Expect = { kind: Schedule["kind"]; due: string | null; authority?: string; note?: string; outside?: boolean };

/** Every schedule text of the real appendix of Kế hoạch 607/KH-KKTKCN (plan year 2025). */
const FIXTURE_EXPECTED: Record<string, Expect> = {
  "Trong năm 2025": { kind: "year", due: "2025-12-31" },
  "Trong năm 2025 (theo đề nghị của Sở Tư pháp)": { kind: "year", due: "2025-12-31", note: "theo đề nghị của Sở Tư pháp" },
  "Trước ngày 05/12/2025": { kind: "date", due: "2025-12-05" },
  "Thường xuyên": { kind: "continuous", due: null },
  "Theo quy định của Sở Nội vụ": { kind: "external", due: null, authority: "Sở Nội vụ" },
  "Theo kế hoạch của Bộ Nội vụ": { kind: "external", due: null, authority: "Bộ Nội vụ" },
  "Theo tiến độ triển khai của Trung ương": { kind: "external", due: null, authority: "Trung ương" },
  "Theo tiến độ triển khai của Sở Khoa học và Công nghệ": {
    kind: "external",
    due: null,
    authority: "Sở Khoa học và Công nghệ",
  },
  "Theo Kế hoạch kiểm tra năm 2025": { kind: "external", due: null },
  "Theo tiến độ thực hiện nhiệm vụ": { kind: "external", due: null },
};

function check(text: string, e: Expect, planYear = 2025) {
  const s = parseSchedule(text, planYear);
  expect({ text, kind: s.kind, due: s.due === null ? null : toISO(s.due) }).toEqual({ text, kind: e.kind, due: e.due });
  expect(s.authority).toBe(e.authority);
  expect(s.note).toBe(e.note);
  expect(s.outsidePlanYear).toBe(e.outside ?? false);
}

/** Variants a planner or a scanner produces from the same text. */
function variants(text: string): Record<string, string> {
  return {
    "no diacritics": stripDiacritics(text),
    NFD: text.normalize("NFD"),
    "upper case": text.toUpperCase(),
    "lower case": text.toLowerCase(),
    "doubled spaces": `  ${text.replace(/ /g, "  ")}  `,
    "no diacritics, upper case, tabs": stripDiacritics(text).toUpperCase().replace(/ /g, " \t"),
  };
}

/** Same result as the original, except the authority, which must come back with diacritics. */
function expectSameAsOriginal(text: string, planYear?: number) {
  const base = view(parseSchedule(text, planYear));
  for (const [how, v] of Object.entries(variants(text))) {
    const got = view(parseSchedule(v, planYear));
    // Notes are free text: compared accent- and case-insensitively.
    const fold = (n?: string) => (n === undefined ? undefined : stripDiacritics(n).toLowerCase());
    // Known bodies come back with their proper name; unknown ones as typed.
    const known = base.authority !== undefined && KNOWN_AUTHORITIES.includes(base.authority);
    const auth = (a?: string) => (known ? a : fold(a));
    expect({ how, ...got, note: fold(got.note), authority: auth(got.authority) }).toEqual({
      how,
      ...base,
      note: fold(base.note),
      authority: auth(base.authority),
    });
  }
}

describe("parseSchedule — every schedule text of ke-hoach-607-phu-luc.csv", () => {
  const rows = readCsv(readFileSync(FIXTURE, "utf8"));
  const header = rows[0];
  const col = header.indexOf("Tiến độ thực hiện");
  const texts = rows.slice(1).map((r) => r[col] ?? "");

  it("finds the column and the 97 data rows", () => {
    expect(col).toBe(3);
    expect(texts.length).toBe(97);
  });

  it("knows every distinct text of the column (a new text must be added to the table)", () => {
    const distinct = [...new Set(texts.filter((t) => t.trim() !== ""))].sort();
    expect(distinct).toEqual(Object.keys(FIXTURE_EXPECTED).sort());
  });

  it("parses every row to the expected kind, due date, authority and note", () => {
    let checked = 0;
    for (const t of texts) {
      if (t.trim() === "") continue;
      check(t, FIXTURE_EXPECTED[t]);
      checked++;
    }
    expect(checked).toBe(74);
  });

  it("counts by kind: 61 year, 1 date, 6 continuous, 6 external; the 23 heading rows are empty → unknown", () => {
    const counts: Record<string, number> = {};
    for (const t of texts) {
      const k = parseSchedule(t, 2025).kind;
      counts[k] = (counts[k] ?? 0) + 1;
    }
    expect(counts).toEqual({ year: 61, date: 1, continuous: 6, external: 6, unknown: 23 });
  });

  it("gives the same results without diacritics, in NFD, in upper case and with doubled spaces", () => {
    for (const t of Object.keys(FIXTURE_EXPECTED)) expectSameAsOriginal(t, 2025);
  });

  it("gives the same results when the texts were typed with TCVN3 (.VnTime) or VNI fonts", () => {
    for (const t of [...Object.keys(FIXTURE_EXPECTED), ...FORMS.map(([f]) => f)]) {
      const base = view(parseSchedule(t, 2025));
      for (const [enc, legacy] of [["TCVN3", unicodeToTcvn3(t)], ["VNI", unicodeToVni(t)]]) {
        const s = parseSchedule(legacy, 2025);
        expect({ enc, t, ...view(s) }).toEqual({ enc, t, ...base });
        // TCVN3 has no capitals for many letters (Ủ is typed with the .VnTimeH font): compare in lower case.
        if (legacy !== t && s.kind !== "unknown") expect(s.text.toLowerCase()).toBe(parseSchedule(t).text.toLowerCase());
      }
    }
  });

  it("writes authorities with diacritics even when the text had none", () => {
    expect(parseSchedule("THEO KE HOACH CUA BO NOI VU").authority).toBe("Bộ Nội vụ");
    expect(parseSchedule("theo tien do trien khai cua trung uong").authority).toBe("Trung ương");
    expect(parseSchedule("Theo quy dinh cua So Noi vu").authority).toBe("Sở Nội vụ");
    expect(parseSchedule("Theo tien do trien khai cua So Khoa hoc va Cong nghe").authority).toBe("Sở Khoa học và Công nghệ");
  });
});

/**
 * Schedule phrases found in the OCR text of the seeds, as the OCR wrote them (cells that the OCR
 * split over several lines are joined with one space). Source file and line in the comment.
 */
const SEED_EXPECTED: Array<[string, string, Expect, number?]> = [
  // 002 = OCR of Kế hoạch 607 (the fixture's source)
  ["002:242", "Trong nam 2025", { kind: "year", due: "2025-12-31" }],
  ["002:600", "Trong nim 2025", { kind: "year", due: "2025-12-31" }],
  ["002:308", "Trong ndm 2025", { kind: "year", due: "2025-12-31" }],
  ["002:1015", "Trone nim 2025", { kind: "year", due: "2025-12-31" }],
  ["002:300-304", "Trud ngay 05/12/2025", { kind: "date", due: "2025-12-05" }],
  [
    "002:545-551",
    "Theoti€n do trién khai cua Trun uong",
    { kind: "external", due: null, authority: "Trung ương" },
  ],
  [
    "002:681-688",
    "Theo tién do trién khaicta So Khoa hoc va Cong nghé",
    { kind: "external", due: null, authority: "Sở Khoa học và Công nghệ" },
  ],
  ["002:129-132", "Theo Ké hoach kiém tra nim 2025", { kind: "external", due: null }],
  [
    "002:636-641",
    "- Pén 31/12/2025: Hoan thanh ti thiéu 90% ké hoach duge giao. - Pén 31/01/2026: Hoan thanh 100% ké hoach dugc giao.",
    { kind: "milestones", due: "2026-01-31" },
  ],
  // 000 = Kết luận 91-KL/TU (OCR without diacritics)
  ["000:266", "Quy I nam 2023", { kind: "quarter", due: "2023-03-31", outside: true }],
  ["000:244", "giai doan 2021 - 2025", { kind: "range", due: "2025-12-31" }],
  ["000:223", "Thuong xuyen", { kind: "continuous", due: null }],
  // 003 = Báo cáo tổng kết CCHC 2022 (plan year 2022)
  ["003:38", "Trong nam 2022", { kind: "year", due: "2022-12-31" }, 2022],
  ["003:13", "giai doan 2021-2030", { kind: "range", due: "2030-12-31" }, 2022],
  ["003:243", "giai doan 2022-2025", { kind: "range", due: "2025-12-31" }, 2022],
  ["003:359", "quy 1/2022", { kind: "quarter", due: "2022-03-31" }, 2022],
  ["003:365", "quy 11/2022", { kind: "quarter", due: "2022-06-30" }, 2022],
  ["003:365", "quy 111/2022", { kind: "quarter", due: "2022-09-30" }, 2022],
  ["003:365", "quy 1V/2022", { kind: "quarter", due: "2022-12-31" }, 2022],
  ["003:341", "cuoi thang 12/2022", { kind: "month", due: "2022-12-31" }, 2022],
  // 004 = Chương trình hành động KL 91 (plan year 2022)
  ["004:251", "hoàn thành trước ngày 31/12/2022", { kind: "date", due: "2022-12-31" }, 2022],
  ["004:25", "Trong giai đoạn 2022 - 2030", { kind: "range", due: "2030-12-31" }, 2022],
  ["004:197", "giai đoạn 2023-2025", { kind: "range", due: "2025-12-31", outside: true }, 2022],
  ["004:175", "hàng năm", { kind: "recurring", due: "2022-12-31" }, 2022],
  [
    "004:255",
    "Định kỳ quý, 06 tháng và hàng năm (theo hướng dẫn)",
    { kind: "recurring", due: null, note: "theo hướng dẫn" },
    2022,
  ],
];

describe("parseSchedule — schedule phrases of the OCR seeds", () => {
  it("the phrases are really in the seed files (accent-insensitive, ignoring line breaks)", () => {
    const all = readdirSync(SEEDS)
      .map((f) => readFileSync(join(SEEDS, f), "utf8"))
      .join(" ")
      .normalize("NFC")
      .replace(/\s+/g, " ")
      .toLowerCase();
    // Phrases that sit on one line in the OCR text.
    for (const p of ["Trong nam", "Trong nim", "Trong ndm", "Trone nim", "Quy I nam 2023", "giai doan 2021 - 2025", "quy 111/2022", "quy 1V/2022", "hoàn thành trước ngày 31/12/2022", "Định kỳ quý, 06 tháng và hàng năm (theo hướng dẫn)", "Pén 31/12/2025: Hoan thanh ti thiéu 90%", "Theoti€n", "Trong giai đoạn 2022 - 2030", "giai đoạn 2023-2025"]) {
      expect(all.includes(p.toLowerCase()), p).toBe(true);
    }
  });

  for (const [where, text, e, planYear] of SEED_EXPECTED) {
    it(`${where}: "${text.slice(0, 60)}"`, () => {
      check(text, e, planYear ?? 2025);
    });
  }

  it("gives the same results for the seed phrases in the other typings", () => {
    for (const [, text, , planYear] of SEED_EXPECTED) expectSameAsOriginal(text, planYear ?? 2025);
  });

  it("reads both milestones of the disbursement target with their labels", () => {
    const s = parseSchedule(SEED_EXPECTED[8][1], 2025);
    expect(s.milestones?.map((m) => [toISO(m.due), m.label])).toEqual([
      ["2025-12-31", "Pén 31/12/2025: Hoan thanh ti thiéu 90% ké hoach duge giao"],
      ["2026-01-31", "Pén 31/01/2026: Hoan thanh 100% ké hoach dugc giao"],
    ]);
  });
});

/** The forms of DOMAIN.md §2 and of the brief, with plan year 2025 unless said otherwise. */
const FORMS: Array<[string, Expect & { recurrence?: string; period?: string }]> = [
  ["Trước ngày 05/12/2025", { kind: "date", due: "2025-12-05" }],
  ["Trước 31/12/2022", { kind: "date", due: "2022-12-31", outside: true }],
  ["Hoàn thành trước ngày 30/6/2025", { kind: "date", due: "2025-06-30" }],
  ["Trước ngày 05/12/ 2025", { kind: "date", due: "2025-12-05" }],
  ["Truoc ngay 05/12/2025", { kind: "date", due: "2025-12-05" }],
  ["Chậm nhất ngày 15/11/2025", { kind: "date", due: "2025-11-15" }],
  ["05/12/2025", { kind: "date", due: "2025-12-05" }],
  ["Trước ngày 05 tháng 12 năm 2025", { kind: "date", due: "2025-12-05" }],
  ["Trước ngày 3l/12/2O25", { kind: "date", due: "2025-12-31" }],
  ["Trước ngày 15/12", { kind: "date", due: "2025-12-15" }],
  ["Trong năm 2025", { kind: "year", due: "2025-12-31", period: "2025-01-01..2025-12-31" }],
  ["Năm 2025", { kind: "year", due: "2025-12-31" }],
  ["2025", { kind: "year", due: "2025-12-31" }],
  ["Cuối năm 2025", { kind: "year", due: "2025-12-31" }],
  ["Trong năm", { kind: "year", due: "2025-12-31" }],
  ["Năm 2024", { kind: "year", due: "2024-12-31", outside: true }],
  ["Quý I năm 2023", { kind: "quarter", due: "2023-03-31", outside: true, period: "2023-01-01..2023-03-31" }],
  ["Quý I/2023", { kind: "quarter", due: "2023-03-31", outside: true }],
  ["Quý l/2023", { kind: "quarter", due: "2023-03-31", outside: true }],
  ["quý 1 năm 2023", { kind: "quarter", due: "2023-03-31", outside: true }],
  ["Quý II/2025", { kind: "quarter", due: "2025-06-30" }],
  ["Quý III năm 2025", { kind: "quarter", due: "2025-09-30" }],
  ["Quý IV", { kind: "quarter", due: "2025-12-31", period: "2025-10-01..2025-12-31" }],
  ["Trong quý IV/2025", { kind: "quarter", due: "2025-12-31" }],
  ["Quí 2/2025", { kind: "quarter", due: "2025-06-30" }],
  ["Quý I, II năm 2025", { kind: "quarter", due: "2025-06-30", period: "2025-01-01..2025-06-30" }],
  ["Tháng 6/2025", { kind: "month", due: "2025-06-30", period: "2025-06-01..2025-06-30" }],
  ["tháng 6 năm 2025", { kind: "month", due: "2025-06-30" }],
  ["Tháng 2/2024", { kind: "month", due: "2024-02-29", outside: true }],
  ["Trong tháng 11", { kind: "month", due: "2025-11-30" }],
  ["12/2025", { kind: "month", due: "2025-12-31" }],
  ["6 tháng đầu năm 2025", { kind: "half", due: "2025-06-30", period: "2025-01-01..2025-06-30" }],
  ["06 tháng cuối năm 2025", { kind: "half", due: "2025-12-31", period: "2025-07-01..2025-12-31" }],
  ["6 tháng cuối năm", { kind: "half", due: "2025-12-31" }],
  ["2021-2025", { kind: "range", due: "2025-12-31", period: "2021-01-01..2025-12-31" }],
  ["Giai đoạn 2021-2025", { kind: "range", due: "2025-12-31" }],
  ["2021 - 2030", { kind: "range", due: "2030-12-31" }],
  ["Giai đoạn 2021 – 2030", { kind: "range", due: "2030-12-31" }],
  ["Từ năm 2021 đến năm 2025", { kind: "range", due: "2025-12-31" }],
  ["Giai đoạn 2016-2020", { kind: "range", due: "2020-12-31", outside: true }],
  ["Từ 01/3/2025 đến 30/9/2025", { kind: "range", due: "2025-09-30", period: "2025-03-01..2025-09-30" }],
  ["Năm 2021 và các năm tiếp theo", { kind: "recurring", due: "2025-12-31", recurrence: "yearly" }],
  ["Hằng năm", { kind: "recurring", due: "2025-12-31", recurrence: "yearly" }],
  ["Hàng năm", { kind: "recurring", due: "2025-12-31", recurrence: "yearly" }],
  ["Thường niên", { kind: "recurring", due: "2025-12-31", recurrence: "yearly" }],
  ["Trước ngày 15/12 hằng năm", { kind: "recurring", due: "2025-12-15", recurrence: "yearly" }],
  ["Theo quý", { kind: "recurring", due: null, recurrence: "quarterly" }],
  ["Hằng quý", { kind: "recurring", due: null, recurrence: "quarterly" }],
  ["Hằng tháng", { kind: "recurring", due: null, recurrence: "monthly" }],
  ["Hàng tháng", { kind: "recurring", due: null, recurrence: "monthly" }],
  ["Định kỳ 6 tháng", { kind: "recurring", due: null, recurrence: "half-yearly" }],
  ["6 tháng/lần", { kind: "recurring", due: null, recurrence: "half-yearly" }],
  ["Định kỳ hằng quý", { kind: "recurring", due: null, recurrence: "quarterly" }],
  ["Thường xuyên", { kind: "continuous", due: null }],
  ["Thường xuyên, liên tục", { kind: "continuous", due: null }],
  ["Theo kế hoạch của Bộ Nội vụ", { kind: "external", due: null, authority: "Bộ Nội vụ" }],
  ["Theo tiến độ của Trung ương", { kind: "external", due: null, authority: "Trung ương" }],
  ["Theo tiến độ triển khai của Trung ương", { kind: "external", due: null, authority: "Trung ương" }],
  ["Theo quy định của Sở Nội vụ", { kind: "external", due: null, authority: "Sở Nội vụ" }],
  ["Theo hướng dẫn của Sở Tư pháp", { kind: "external", due: null, authority: "Sở Tư pháp" }],
  ["Theo hướng dẫn của UBND tỉnh", { kind: "external", due: null, authority: "UBND tỉnh" }],
  ["Theo chỉ đạo của Ủy ban nhân dân tỉnh", { kind: "external", due: null, authority: "UBND tỉnh" }],
  ["Theo yêu cầu của Chính phủ", { kind: "external", due: null, authority: "Chính phủ" }],
  ["Theo hướng dẫn của Sở Nội vụ và Sở Tư pháp", { kind: "external", due: null, authority: "Sở Nội vụ và Sở Tư pháp" }],
  ["Theo hướng dẫn của Phòng Văn hóa xã", { kind: "external", due: null, authority: "Phòng Văn hóa xã" }],
  ["Theo Kế hoạch kiểm tra năm 2025", { kind: "external", due: null, period: "2025-01-01..2025-12-31" }],
  ["Thực hiện theo lộ trình được phê duyệt", { kind: "external", due: null }],
  ["Theo tiến độ thực hiện nhiệm vụ", { kind: "external", due: null }],
  ["Khi có yêu cầu", { kind: "external", due: null }],
  ["Theo dõi thường xuyên", { kind: "continuous", due: null }],
  ["Đến 31/12/2025: giải ngân ≥ 90%; Đến 31/01/2026: giải ngân 100%", { kind: "milestones", due: "2026-01-31" }],
  ["Giai đoạn 2022-2023: thí điểm; Giai đoạn 2024-2030: nhân rộng", { kind: "milestones", due: "2030-12-31" }],
  ["Đến 31/12/2025: hoàn thành 90%", { kind: "date", due: "2025-12-31" }],
  ["2025-12-31", { kind: "date", due: "2025-12-31" }],
  ["45996", { kind: "date", due: "2025-12-05" }],
  ["05/12/2025; 20/12/2025", { kind: "date", due: "2025-12-20" }],
  ["Quý I/2025, Quý III/2025", { kind: "quarter", due: "2025-09-30", period: "2025-01-01..2025-09-30" }],
  ["Trong năm 2025 và năm 2026", { kind: "range", due: "2026-12-31", period: "2025-01-01..2026-12-31" }],
  ["Quý I hằng năm", { kind: "recurring", due: "2025-03-31", recurrence: "yearly" }],
  ["Tháng 12 hằng năm", { kind: "recurring", due: "2025-12-31", recurrence: "yearly" }],
  ["Hằng năm, trước ngày 15/12", { kind: "recurring", due: "2025-12-15", recurrence: "yearly" }],
  ["Trước ngày 20 hằng tháng", { kind: "recurring", due: null, recurrence: "monthly" }],
  ["Sau khi có hướng dẫn của Bộ Nội vụ", { kind: "external", due: null, authority: "Bộ Nội vụ" }],
  ["Trước ngày 31/02/2025", { kind: "unknown", due: null }],
  ["Quý V/2025", { kind: "unknown", due: null }],
  ["Tháng 13/2025", { kind: "unknown", due: null }],
  ["Giai đoạn 2030-2021", { kind: "unknown", due: null }],
  ["Năm 2300", { kind: "unknown", due: null }],
  ["", { kind: "unknown", due: null }],
  ["Chưa xác định", { kind: "unknown", due: null }],
  ["Xây dựng báo cáo gửi Sở", { kind: "unknown", due: null }],
];

describe("parseSchedule — the forms of DOMAIN.md §2", () => {
  for (const [text, e] of FORMS) {
    it(`"${text}"`, () => {
      const s = parseSchedule(text, 2025);
      expect({ kind: s.kind, due: s.due === null ? null : toISO(s.due) }).toEqual({ kind: e.kind, due: e.due });
      expect(s.outsidePlanYear).toBe(e.outside ?? false);
      if (e.authority !== undefined || s.kind === "external") expect(s.authority).toBe(e.authority);
      if (e.recurrence) expect(s.recurrence).toBe(e.recurrence);
      if (e.period) expect(view(s).period).toBe(e.period);
    });
  }

  it("gives the same results in every typing for every form", () => {
    for (const [text] of FORMS) expectSameAsOriginal(text, 2025);
  });
});

describe("parseSchedule — details", () => {
  it("reads dd/mm/yyyy day first: 05/12/2025 is 5 December, never 12 May", () => {
    expect(parseSchedule("Trước ngày 05/12/2025").due).toBe(dayFromYMD(2025, 12, 5));
    expect(parseSchedule("Trước ngày 12/05/2025").due).toBe(dayFromYMD(2025, 5, 12));
    expect(parseSchedule("Trước ngày 13/05/2025").due).toBe(dayFromYMD(2025, 5, 13));
    expect(parseSchedule("Trước ngày 05/13/2025").kind).toBe("unknown");
  });

  it("explains impossible dates and missing years in `problem`", () => {
    expect(parseSchedule("Trước ngày 31/02/2025").problem).toBe("Ngày 31/02/2025 không tồn tại.");
    expect(parseSchedule("Trước ngày 29/02/2024").kind).toBe("date");
    expect(parseSchedule("Trước ngày 29/02/2025").kind).toBe("unknown");
    const noYear = parseSchedule("Quý IV");
    expect(noYear).toMatchObject({ kind: "quarter", due: null, problem: "Không ghi năm: cần năm kế hoạch để tính hạn." });
  });

  it("keeps the text cleaned and the note in parentheses", () => {
    const s = parseSchedule("  Trong   năm 2025  (theo đề nghị của   Sở Tư pháp) ", 2025);
    expect(s.text).toBe("Trong năm 2025 (theo đề nghị của Sở Tư pháp)");
    expect(s.note).toBe("theo đề nghị của Sở Tư pháp");
    expect(parseSchedule("Quý II/2025 (báo cáo sơ kết) (nếu có)").note).toBe("báo cáo sơ kết; nếu có");
    expect(parseSchedule("(Thường xuyên)").kind).toBe("continuous");
    expect(parseSchedule("(Thường xuyên)").note).toBeUndefined();
    expect(parseSchedule("Trong năm 2025 (chưa đóng").note).toBe("chưa đóng");
  });

  it('"Theo dõi" (monitor) is not "theo" (according to)', () => {
    expect(parseSchedule("Theo dõi, báo cáo", 2025).kind).toBe("unknown");
    expect(parseSchedule("Theo doi, bao cao", 2025).kind).toBe("unknown");
  });

  it("keeps an unknown authority as written, cleaned", () => {
    expect(parseSchedule("Theo kế hoạch của  Hội Nông dân tỉnh.").authority).toBe("Hội Nông dân tỉnh");
  });

  it("without a plan year: no due for year-less texts, never outsidePlanYear", () => {
    expect(parseSchedule("Hằng năm")).toMatchObject({ kind: "recurring", due: null, recurrence: "yearly", outsidePlanYear: false });
    expect(parseSchedule("Trong năm")).toMatchObject({ kind: "year", due: null });
    expect(parseSchedule("Quý I/2023").outsidePlanYear).toBe(false);
  });

  it("a yearly schedule that starts after the plan year is due at the end of its first year, outside the plan year", () => {
    const s = parseSchedule("Năm 2027 và các năm tiếp theo", 2025);
    expect(s).toMatchObject({ kind: "recurring", recurrence: "yearly", due: dayFromYMD(2027, 12, 31), outsidePlanYear: true });
    expect(parseSchedule("Từ năm 2021", 2025)).toMatchObject({ due: dayFromYMD(2025, 12, 31), outsidePlanYear: false });
  });

  it("a plan year outside 1900–2100 or not an integer is ignored", () => {
    expect(parseSchedule("Hằng năm", 1800).due).toBeNull();
    expect(parseSchedule("Hằng năm", 2025.5).due).toBeNull();
    expect(parseSchedule("Hằng năm", Number.NaN).due).toBeNull();
  });

  it("range over the plan year is not outside it; milestones are outside only when none falls in it", () => {
    expect(parseSchedule("2021-2030", 2025).outsidePlanYear).toBe(false);
    expect(parseSchedule("2026-2030", 2025).outsidePlanYear).toBe(true);
    expect(parseSchedule("Đến 31/12/2025: A; Đến 31/01/2026: B", 2025).outsidePlanYear).toBe(false);
    expect(parseSchedule("Đến 31/12/2025: A; Đến 31/01/2026: B", 2027).outsidePlanYear).toBe(true);
  });

  it("cached and uncached results are equal, and callers cannot spoil the cache", () => {
    for (const [text] of FORMS) expect(parseSchedule(text, 2025)).toEqual(parseScheduleUncached(text, 2025));
    const a = parseSchedule("Quý I/2023", 2025);
    a.due = 0;
    a.kind = "unknown";
    expect(parseSchedule("Quý I/2023", 2025)).toMatchObject({ kind: "quarter", due: dayFromYMD(2023, 3, 31) });
    expect(Object.isFrozen(parseSchedule("Quý I/2023", 2025).period)).toBe(true);
  });

  it("takes any value without throwing (spreadsheet cells are not always strings)", () => {
    for (const v of [null, undefined, 42, {}, [], Symbol.iterator, 45000n]) {
      expect(() => parseSchedule(v as unknown as string, 2025)).not.toThrow();
    }
    expect(parseSchedule(null as unknown as string).kind).toBe("unknown");
    expect(parseSchedule(2025 as unknown as string, 2025)).toMatchObject({ kind: "year", due: dayFromYMD(2025, 12, 31) });
    expect(parseSchedule("x".repeat(100_000)).kind).toBe("unknown");
  });

  it("stays fast and correct on huge cells (a spreadsheet cell holds up to 32,767 characters)", () => {
    const start = performance.now();
    const many = parseSchedule("Đến 31/12/2025: a; ".repeat(1700) + "Đến 31/01/2026: b", 2025);
    expect(many).toMatchObject({ kind: "milestones", due: dayFromYMD(2026, 1, 31) });
    expect(many.milestones).toHaveLength(1701);
    for (const t of ["quy " + "i-".repeat(16000) + "x", "2025 " + "a ".repeat(16000) + "hang nam", "(".repeat(32000), "- ".repeat(16000)]) {
      expect(parseSchedule(t, 2025).kind).toBe("unknown");
    }
    expect(performance.now() - start).toBeLessThan(5000);
  });
});

describe("parseSchedule: invisible marks", () => {
  it("reads schedule texts with bidi marks and zero-width joiners as the clean text", () => {
    for (const [dirty, clean] of [
      ["Quý\u200d III/2025", "Quý III/2025"],
      ["\u200fTrước ngày 30/6/2025\u200e", "Trước ngày 30/6/2025"],
      ["Trong năm\u202a 2025\u202c", "Trong năm 2025"],
      ["\u2066Tháng 6/2025\u2069", "Tháng 6/2025"],
    ]) {
      const a = parseSchedule(dirty, 2025);
      const b = parseSchedule(clean, 2025);
      expect(a.kind, dirty).not.toBe("unknown");
      expect({ kind: a.kind, due: a.due, text: a.text }).toEqual({ kind: b.kind, due: b.due, text: b.text });
    }
  });
});
