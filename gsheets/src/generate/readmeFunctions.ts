import type { FunctionSpec } from "@cchc/core";
import type { MenuItem } from "../menu/menuItems.js";
import { sheetsExample, sheetsParamDescription } from "./globalsSource.js";

export const README_START = "<!-- BEGIN: danh sách hàm, sinh tự động bởi gsheets/build.mjs -->";
export const README_END = "<!-- END: danh sách hàm -->";

/** The README's function and menu list, generated from the catalogue (between the markers). */
export function readmeFunctions(catalogue: readonly FunctionSpec[], menu: readonly MenuItem[]): string {
  const out: string[] = [README_START, ""];
  for (const spec of catalogue) {
    const sig = spec.params.map((p) => (p.optional ? `[${p.name}]` : p.name)).join("; ");
    out.push(`### \`CCHC_${spec.id}(${sig})\``, "", spec.description, "");
    if (spec.sheetsNote) out.push(`> ${spec.sheetsNote}`, "");
    out.push("| Đối số | Ý nghĩa |", "|---|---|");
    for (const p of spec.params) {
      out.push(`| ${p.name}${p.optional ? " (tùy chọn)" : ""} | ${sheetsParamDescription(spec, p).replace(/^Tùy chọn\. /, "").replace(/\|/g, "\\|")} |`);
    }
    out.push("", `Ví dụ: \`${sheetsExample(spec).replace(/ → /, "` → ")}`, "");
  }
  out.push("### Các lệnh trong menu Tiện ích mở rộng › CCHC", "");
  for (const item of menu) out.push(`- **${item.label}**`);
  out.push("", README_END);
  return out.join("\n");
}
