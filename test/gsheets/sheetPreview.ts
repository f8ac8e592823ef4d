/**
 * An HTML picture of a fake sheet, to look at what the commands wrote: values shown through
 * their number formats (dd/mm/yyyy serials, percentages), bold, backgrounds, our conditional
 * highlights, and a red corner on cells with a note. An approximation of Sheets, for review.
 */
import type { FakeSheet } from "./fakeSpreadsheetApp.js";

function show(v: unknown, format: string): string {
  if (v === "" || v === null || v === undefined) return "";
  if (typeof v === "string" && v.startsWith("=HYPERLINK(")) return v.replace(/^=HYPERLINK\("[^"]*","(.*)"\)$/, "🔗 $1");
  if (typeof v === "number") {
    if (format === "dd/mm/yyyy") {
      const d = new Date((v - 25569) * 86_400_000);
      return `${String(d.getUTCDate()).padStart(2, "0")}/${String(d.getUTCMonth() + 1).padStart(2, "0")}/${d.getUTCFullYear()}`;
    }
    if (format === "0.00%") return `${(v * 100).toFixed(2).replace(".", ",")}%`;
    return Number.isInteger(v) ? v.toLocaleString("vi-VN") : String(v).replace(".", ",");
  }
  if (Object.prototype.toString.call(v) === "[object Date]") {
    const d = new Date((v as Date).getTime() + 7 * 3_600_000);
    return `${String(d.getUTCDate()).padStart(2, "0")}/${String(d.getUTCMonth() + 1).padStart(2, "0")}/${d.getUTCFullYear()}`;
  }
  return String(v);
}

const esc = (s: string) => s.replace(/&/g, "&amp;").replace(/</g, "&lt;");

export function sheetPreviewHtml(sheet: FakeSheet, rows: [number, number], maxColumns = 14): string {
  const highlight = new Map<string, string>();
  for (const rule of sheet.ruleData()) {
    for (const a1 of rule.ranges) {
      const m = /^([A-Z]+)(\d+)(?::[A-Z]+(\d+))?$/.exec(a1);
      if (!m) continue;
      const col = [...m[1]].reduce((n, ch) => n * 26 + ch.charCodeAt(0) - 64, 0);
      for (let r = Number(m[2]); r <= Number(m[3] ?? m[2]); r++) if (!highlight.has(`${r},${col}`)) highlight.set(`${r},${col}`, rule.background);
    }
  }
  const width = Math.min(maxColumns, sheet.getLastColumn());
  const head = Array.from({ length: width }, (_, c) => `<th style="width:${Math.round((sheet.columnWidths[c + 1] ?? 100) * 0.8)}px">${String.fromCharCode(65 + c)}</th>`).join("");
  let body = "";
  for (let r = rows[0]; r <= Math.min(rows[1], sheet.getLastRow()); r++) {
    body += `<tr><th>${r}</th>`;
    for (let c = 1; c <= width; c++) {
      const bg = highlight.get(`${r},${c}`) ?? sheet.backgrounds.get(r - 1, c - 1);
      const bold = sheet.weights.get(r - 1, c - 1) === "bold";
      const note = sheet.notes.get(r - 1, c - 1);
      const text = show(sheet.values.get(r - 1, c - 1), sheet.formats.get(r - 1, c - 1));
      body += `<td style="background:${bg};${bold ? "font-weight:bold;" : ""}" class="${note ? "note" : ""}" title="${esc(note)}">${esc(text)}</td>`;
    }
    body += "</tr>";
  }
  return `<!DOCTYPE html><html lang="vi"><meta charset="utf-8"><style>
  body{font:12px Arial,sans-serif;margin:8px} table{border-collapse:collapse;table-layout:fixed}
  th{background:#f1f3f4;color:#5f6368;font-weight:normal;border:1px solid #dadce0;padding:2px 4px}
  td{border:1px solid #e2e3e3;padding:2px 4px;white-space:nowrap;overflow:hidden;text-overflow:ellipsis;max-width:400px;position:relative}
  td.note::after{content:"";position:absolute;top:0;right:0;border-top:7px solid #e8710a;border-left:7px solid transparent}
  caption{text-align:left;font-weight:bold;padding:4px 0}
  </style><table><caption>Trang "${esc(sheet.name)}"</caption><tr><th></th>${head}</tr>${body}</table></html>`;
}
