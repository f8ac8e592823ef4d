/**
 * How a report sheet prints, as data on its SheetSpec: every host renderer reads the same
 * settings (the CLI writes them into the .xlsx; hosts with a page-layout API apply them).
 */

/** The signature block of an official report, printed under the tables. */
export interface SignatureSpec {
  /** "…, ngày … tháng … năm …", printed above the right-hand signature. */
  dateLine: string;
  /** Left column: who drew up the table; right column: the head of the unit. */
  left: { title: string; note: string };
  right: { title: string; note: string };
}

export interface PrintSpec {
  paper: "A4";
  orientation: "landscape" | "portrait";
  /**
   * All tables one under another on one worksheet, sharing its columns (fewer, fuller pages),
   * instead of one worksheet per table.
   */
  oneSheet: boolean;
  /** Page numbers ("Trang 1/3") in the footer. */
  pageNumbers: boolean;
  /** Printed after the last table and notes. */
  signature?: SignatureSpec;
}

/** The signature block of a department's report (người lập biểu, thủ trưởng đơn vị). */
export const OFFICIAL_SIGNATURE: SignatureSpec = {
  dateLine: "……………, ngày …… tháng …… năm ………",
  left: { title: "NGƯỜI LẬP BIỂU", note: "(Ký, ghi rõ họ tên)" },
  right: { title: "THỦ TRƯỞNG ĐƠN VỊ", note: "(Ký, ghi rõ họ tên và đóng dấu)" },
};

/** A4 landscape, page numbers; tables on one sheet when `oneSheet`. */
export function a4Landscape(o: { oneSheet: boolean; signature?: SignatureSpec }): PrintSpec {
  return { paper: "A4", orientation: "landscape", oneSheet: o.oneSheet, pageNumbers: true, ...(o.signature ? { signature: o.signature } : {}) };
}
