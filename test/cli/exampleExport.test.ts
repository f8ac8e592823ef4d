// The invented one-stop export of examples/ (so a new user can try `cchc dossiers` without own data):
// the figures counted by hand in examples/README.md.
import { resolve } from "node:path";
import { describe, expect, it } from "vitest";
import { runCli, runJson } from "./runCli.js";

const example = resolve(__dirname, "../../examples/xuat-mot-cua-vi-du.csv");

describe("examples/xuat-mot-cua-vi-du.csv through cchc dossiers", () => {
  it("gives the hand-counted figures: 65 dossiers, 5 late (7.69 %), 4 still within the deadline", async () => {
    const j = (await runJson("dossiers", example, "--from", "2025-01-01", "--to", "2025-12-31")) as {
      received: number;
      carriedOver: number;
      resolved: { total: number; early: number; onTime: number; late: number };
      pending: { total: number; withinDeadline: number; overdue: number };
      lateRate: number;
      groups: { key: string; resolved: { late: number }; pending: { overdue: number } }[];
    };
    expect(j.received + j.carriedOver).toBe(65);
    expect(j.carriedOver).toBe(1);
    expect(j.resolved).toEqual({ total: 60, early: 42, onTime: 14, late: 4, returned: 0 });
    expect(j.pending).toEqual({ total: 5, withinDeadline: 4, overdue: 1, waitingSupplement: 0 });
    expect(j.lateRate).toBeCloseTo(5 / 65, 12);
    const late = Object.fromEntries(j.groups.map((g) => [g.key, g.resolved.late + g.pending.overdue]));
    expect(late).toEqual({
      "Phòng Quản lý doanh nghiệp": 3,
      "Phòng Quản lý đầu tư": 1,
      "Phòng Quản lý quy hoạch và xây dựng": 1,
      "Phòng Quản lý tài nguyên và môi trường": 0,
    });
  });

  it("says it is invented data in its first row", async () => {
    const { readFileSync } = await import("node:fs");
    expect(readFileSync(example, "utf8").split("\n")[0]).toContain("DỮ LIỆU GIẢ ĐỊNH");
    const r = await runCli("dossiers", example, "--from", "2025-01-01", "--to", "2025-12-31", "--by", "staff");
    expect(r.code).toBe(0);
    expect(r.out).toContain("Theo cán bộ xử lý (7)");
  });
});
