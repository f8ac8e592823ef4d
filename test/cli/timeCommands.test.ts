import { describe, expect, it } from "vitest";
import { runCli, runJson } from "./runCli.js";

describe("cchc due", () => {
  it("prints the N-th working day after the start, skipping Tết 2025", async () => {
    const r = await runCli("due", "24/01/2025", "5");
    expect(r).toMatchObject({ code: 0, out: "2025-02-07\n", err: "" });
    expect(await runJson("due", "2025-01-24", "5")).toEqual({ start: "2025-01-24", workingDays: 5, due: "2025-02-07" });
  });

  it("goes back with a negative N and takes extra days off", async () => {
    expect((await runCli("due", "2025-02-07", "-5")).out).toBe("2025-01-24\n");
    expect((await runCli("due", "2025-01-24", "5", "--extra-days-off", "03/02/2025")).out).toBe("2025-02-10\n");
  });

  it.each([
    [["due", "31/02/2025", "5"], "không tồn tại"],
    [["due", "hôm nay", "5"], "ngày/tháng/năm"],
    [["due", "2025-01-24", "năm"], "số nguyên"],
    [["due", "2025-01-24", "2.5"], "số nguyên"],
    [["due", "2025-01-24", "99999999"], "quá lớn"],
    [["due", "01/01/1850", "5"], "1900–2100"],
    [["due", "2025-01-24"], "Thiếu số ngày"],
    [["due"], "Thiếu ngày nhận"],
    [["due", "2100-12-30", "10"], "1900–2100"],
    [["due", "2025-01-24", "5", "--format", "xml"], "Định dạng"],
  ])("%j → exit 2 with a Vietnamese message", async (argv, message) => {
    const r = await runCli(...argv);
    expect(r.code).toBe(2);
    expect(r.out).toBe("");
    expect(r.err).toContain(message);
  });
});

describe("cchc workdays", () => {
  it("counts both ends, like NETWORKDAYS (February 2025: 20, no make-up Saturday since issue 10 §6)", async () => {
    expect(await runJson("workdays", "01/02/2025", "28/02/2025")).toEqual({
      from: "2025-02-01",
      to: "2025-02-28",
      workingDays: 20,
    });
    expect((await runCli("workdays", "2025-02-28", "2025-02-01")).out).toBe("-20\n");
    expect((await runCli("workdays", "2025-01-01", "2025-12-31")).out).toBe("250\n");
  });

  it("--ngay-van-hoa makes Tuesday 24/11/2026 a day off, listed by holidays with its label", async () => {
    expect((await runCli("workdays", "2026-01-01", "2026-12-31")).out).toBe("250\n");
    expect((await runCli("workdays", "2026-01-01", "2026-12-31", "--ngay-van-hoa")).out).toBe("249\n");
    expect((await runCli("workdays", "--ngay-van-hoa", "2026-11-23", "2026-11-25")).out).toBe("2\n");
    expect((await runCli("due", "2026-11-23", "1", "--ngay-van-hoa")).out).toBe("2026-11-25\n");
    const on = (await runCli("holidays", "2026", "--ngay-van-hoa")).out;
    expect(on).toContain("Thứ Ba, 24/11/2026  Ngày Văn hóa Việt Nam (24/11) — ngày nghỉ tùy chọn, chưa có trong Bộ luật Lao động");
    expect(on).toContain("Năm 2026: 14 ngày nghỉ");
    const off = (await runCli("holidays", "2026")).out;
    expect(off).not.toContain("24/11/2026  Ngày Văn hóa");
    expect(off).toContain("Năm 2026: 13 ngày nghỉ");
    const j = (await runJson("holidays", "2026", "--ngay-van-hoa")) as { daysOff: string[]; sources: string[] };
    expect(j.daysOff).toContain("2026-11-24");
    expect(j.sources.join(" ")).toContain("chưa có trong Bộ luật Lao động");
    const bad = await runCli("holidays", "2026", "--ngay-van-hoa=co");
    expect(bad.code).toBe(2);
    expect(bad.err).toContain("--ngay-van-hoa không nhận giá trị");
  });

  it("rejects a missing end date", async () => {
    const r = await runCli("workdays", "2025-02-01");
    expect(r.code).toBe(2);
    expect(r.err).toContain("đến ngày");
  });
});

describe("cchc holidays", () => {
  it("lists 2025's official days off and make-up Saturdays (Công văn 8726/VPCP-KGVX)", async () => {
    const r = (await runJson("holidays", "2025")) as {
      year: number;
      daysOff: string[];
      workingWeekends: string[];
      official: boolean;
      sources: string[];
    };
    expect(r.year).toBe(2025);
    expect(r.official).toBe(true);
    expect(r.daysOff).toEqual([
      "2025-01-01",
      "2025-01-27",
      "2025-01-28",
      "2025-01-29",
      "2025-01-30",
      "2025-01-31",
      "2025-04-07",
      "2025-04-30",
      "2025-05-01",
      "2025-05-02",
      "2025-09-01",
      "2025-09-02",
    ]);
    expect(r.workingWeekends).toEqual(["2025-04-26"]);
    expect(r.sources.join(" ")).toContain("8726");
  });

  it("falls back to the statutory rules for a year without an official table, and says so", async () => {
    const r = (await runJson("holidays", "2031")) as { official: boolean; sources: string[]; daysOff: string[] };
    expect(r.official).toBe(false);
    expect(r.daysOff).toContain("2031-04-30");
    expect(r.sources.join(" ")).toMatch(/Bộ luật Lao động/);
  });

  it("rejects years outside 1900–2100", async () => {
    const r = await runCli("holidays", "2101");
    expect(r.code).toBe(2);
    expect(r.err).toContain("1900–2100");
  });
});

describe("cchc lunar", () => {
  it("gives one object for one date and an array for several", async () => {
    expect(await runJson("lunar", "2025-01-29")).toEqual({
      solar: "2025-01-29",
      lunar: { day: 1, month: 1, year: 2025, leap: false },
    });
    const many = (await runJson("lunar", "2026-02-17", "1985-01-21")) as { lunar: { day: number; month: number } }[];
    expect(many).toHaveLength(2);
    expect(many.map((m) => [m.lunar.day, m.lunar.month])).toEqual([
      [1, 1],
      [1, 1],
    ]);
  });
});

describe("cchc deadline", () => {
  it("reads a quarter, a date, a continuous and an external schedule", async () => {
    expect(await runJson("deadline", "Quý I/2023", "--year", "2025")).toMatchObject({
      kind: "quarter",
      due: "2023-03-31",
      outsidePlanYear: true,
    });
    expect(await runJson("deadline", "Trước ngày 05/12/2025")).toMatchObject({ kind: "date", due: "2025-12-05" });
    expect(await runJson("deadline", "Thường xuyên")).toMatchObject({ kind: "continuous", due: null });
    expect(await runJson("deadline", "Theo kế hoạch của Bộ Nội vụ")).toMatchObject({
      kind: "external",
      due: null,
      authority: "Bộ Nội vụ",
    });
    expect(await runJson("deadline", "Trong năm 2025 (theo đề nghị của Sở Tư pháp)")).toMatchObject({
      kind: "year",
      due: "2025-12-31",
      note: "theo đề nghị của Sở Tư pháp",
    });
  });

  it("returns unknown text as a result, not an error", async () => {
    expect(await runJson("deadline", "làm cho đẹp")).toMatchObject({ kind: "unknown", due: null });
  });
});

describe("cchc", () => {
  it("prints help in Vietnamese and rejects unknown commands", async () => {
    const help = await runCli("--help");
    expect(help.code).toBe(0);
    expect(help.out).toContain("cchc due");
    const bad = await runCli("frobnicate");
    expect(bad.code).toBe(2);
    expect(bad.err).toContain("Không có lệnh");
  });
});
