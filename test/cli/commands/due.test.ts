// cchc due with a receipt time and --cutoff (2025 calendar: Tết 27–31/01 off, no make-up Saturday for Tết; Saturday 26/04 worked).
import { describe, expect, it } from "vitest";
import { runCli, runJson } from "../runCli.js";

describe("cchc due --cutoff", () => {
  it("24/01/2025 16:30 with --cutoff 15:00 counts from Monday 03/02: 5 working days → 2025-02-10", async () => {
    expect(await runCli("due", "24/01/2025 16:30", "5", "--cutoff", "15:00")).toEqual({ code: 0, out: "2025-02-10\n", err: "" });
    expect(await runJson("due", "2025-01-24 16:30", "5", "--cutoff", "15:00")).toEqual({
      start: "2025-01-24",
      workingDays: 5,
      due: "2025-02-10",
      cutoff: "15:00",
      receivedTime: "16:30",
      countedFrom: "2025-02-03",
    });
  });
  it("15:00 exactly is on time; 15:01 is not", async () => {
    expect((await runCli("due", "24/01/2025 15:00", "5", "--cutoff", "15:00")).out).toBe("2025-02-07\n");
    expect((await runCli("due", "24/01/2025 15:01", "5", "--cutoff", "15:00")).out).toBe("2025-02-10\n");
  });
  it("accepts the time without quotes and the cut-off as 15h, '15 giờ', --cutoff=15:00", async () => {
    expect((await runCli("due", "24/01/2025", "16:30", "5", "--cutoff", "15h")).out).toBe("2025-02-10\n");
    expect((await runCli("due", "2025-01-24T16:30", "5", "--cutoff", "15 giờ")).out).toBe("2025-02-10\n");
    expect((await runCli("due", "16h30 24/01/2025", "5", "--cutoff=15:00")).out).toBe("2025-02-10\n");
  });
  it("no time known: the WORKDAY result, with receivedTime null", async () => {
    expect(await runJson("due", "2025-01-24", "5", "--cutoff", "15:00")).toEqual({
      start: "2025-01-24",
      workingDays: 5,
      due: "2025-02-07",
      cutoff: "15:00",
      receivedTime: null,
      countedFrom: "2025-01-24",
    });
  });
  it("without --cutoff the contract is unchanged, even when the start has a time", async () => {
    expect(await runJson("due", "2025-01-24 16:30", "5")).toEqual({ start: "2025-01-24", workingDays: 5, due: "2025-02-07" });
    expect((await runCli("due", "24/01/2025 16:30", "5")).out).toBe("2025-02-07\n");
  });
  it("Friday 25/04/2025 16:00: the next working day is the make-up Saturday 26/04, 1 day → 2025-04-28", async () => {
    expect(await runJson("due", "25/04/2025 16:00", "1", "--cutoff", "15:00")).toMatchObject({ due: "2025-04-28", countedFrom: "2025-04-26" });
  });
  it("negative N counts back from the day counted from", async () => {
    expect((await runCli("due", "24/01/2025 16:30", "-5", "--cutoff", "15:00")).out).toBe("2025-01-20\n");
  });
  it("--extra-days-off still applies", async () => {
    expect((await runCli("due", "24/01/2025 16:30", "5", "--cutoff", "15:00", "--extra-days-off", "03/02/2025")).out).toBe("2025-02-11\n");
  });
  it.each([
    [["due", "24/01/2025 16:30", "5", "--cutoff", "25:00"], 'Giờ chốt --cutoff: giờ "25:00" không hợp lệ'],
    [["due", "24/01/2025 16:30", "5", "--cutoff", "abc"], 'Giờ chốt --cutoff: không đọc được giờ "abc"'],
    [["due", "24/01/2025 16:30", "5", "--cutoff"], "Thiếu giờ chốt"],
    [["due", "24/01/2025 25:00", "5", "--cutoff", "15:00"], 'Giờ nhận: giờ "25:00" không hợp lệ'],
    [["due", "2025-01-24T16:30:00Z", "5", "--cutoff", "15:00"], "múi giờ"],
    [["due", "24/01/2025 abc", "5"], 'không đọc được giờ "abc"'],
    [["due", "31/02/2025 16:30", "5", "--cutoff", "15:00"], "không tồn tại"],
    [["due", "24/01/2025", "16:30", "5", "6"], "Thừa tham số"],
  ])("%j → exit 2 with a Vietnamese message", async (argv, message) => {
    const r = await runCli(...argv);
    expect(r.code).toBe(2);
    expect(r.out).toBe("");
    expect(r.err).toContain(message);
  });
  it("--help shows --cutoff with an example", async () => {
    const r = await runCli("due", "--help");
    expect(r.out).toContain("[--cutoff HH:mm]");
    expect(r.out).toContain('cchc due "24/01/2025 16:30" 5 --cutoff 15:00');
  });
});

describe("cchc due --cutoff on a non-working day (issue 10 §6)", () => {
  it("Saturday 22/02/2025 09:00, 3 days, cut-off 15:00: counted from Monday 24/02 → 2025-02-27; without the cut-off WORKDAY gives 2025-02-26", async () => {
    expect(await runJson("due", "22/02/2025 09:00", "3", "--cutoff", "15:00")).toEqual({
      start: "2025-02-22",
      workingDays: 3,
      due: "2025-02-27",
      cutoff: "15:00",
      receivedTime: "09:00",
      countedFrom: "2025-02-24",
      receivedOnDayOff: true,
    });
    expect((await runCli("due", "22/02/2025", "3")).out).toBe("2025-02-26\n");
    // no time known: the receipt day still counts as a day off
    expect((await runCli("due", "22/02/2025", "3", "--cutoff", "15:00")).out).toBe("2025-02-27\n");
  });
});
