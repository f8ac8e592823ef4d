import { a4Landscape, type CellSpec, type ColumnSpec, type DossierStatsResult, formII06aTable, OFFICIAL_SIGNATURE, type SheetSpec } from "@cchc/core";

/**
 * Presentation of core's II.06a table and KL 91 flags as a SheetSpec for Sheets (the figures,
 * verdicts and texts all come from core; this only lays them out in blocks). `source`: the
 * name of the sheet the dossiers were read from, shown under the title.
 */
export function dossierSheetSpec(r: DossierStatsResult, source?: string): SheetSpec {
  const t = formII06aTable(r);
  const columns: ColumnSpec[] = [
    ...t.columns.map((c): ColumnSpec => ({ header: c.group ? `${c.group} – ${c.header}` : c.header, kind: c.kind, width: c.width })),
    { header: "Tỷ lệ trễ hạn", kind: "percent", width: 10 },
  ];
  const row = (x: (typeof t.rows)[number]): CellSpec[] => [x.stt, x.name, ...x.figures, x.lateRate];
  const who = r.by === "unit" ? "Đơn vị" : "Cán bộ xử lý";
  return {
    name: "Thống kê hồ sơ",
    title: t.title.toUpperCase(),
    subtitle: source === undefined ? t.period : `${t.period} · Nguồn: trang "${source}", ${r.rowsRead} hồ sơ đã đọc`,
    blocks: [
      { title: "1. Biểu II.06a/VPCP/KSTT", columns, rows: t.rows.map(row), totalRow: row(t.total) },
      {
        title: "2. Kết luận 91-KL/TU: điều kiện xếp loại",
        columns: [
          { header: who, kind: "text", width: 36 },
          { header: "Tỷ lệ trễ hạn", kind: "percent", width: 10 },
          { header: "Không đủ điều kiện", kind: "text", width: 12 },
          { header: "Lý do", kind: "text", width: 80 },
        ],
        rows: r.groups.map((g) => [g.key, g.lateRate, g.kl91.notEligible ? "Có" : "Không", g.kl91.reason]),
      },
      {
        title: "3. Dòng không đọc được (không được tính)",
        columns: [
          { header: "Dòng", kind: "integer", width: 7 },
          { header: "Lý do", kind: "text", width: 100 },
        ],
        rows: r.invalidRows.map((x) => [x.row, x.message]),
      },
    ],
    notes: [...t.notes, ...r.warnings],
    // An official report: signed by the person who drew it up and the head of the unit.
    print: a4Landscape({ oneSheet: true, signature: OFFICIAL_SIGNATURE }),
  };
}
