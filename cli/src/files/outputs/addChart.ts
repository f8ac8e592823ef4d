/**
 * A native Excel bar chart added to a workbook written by exceljs (which cannot write charts):
 * the .xlsx package is opened with JSZip and a DrawingML chart, its drawing, their relationships
 * and content types are added. The chart reads its data from cells (so it follows edits) and
 * carries a cache of the values (so it shows before any recalculation).
 */
import type JSZip from "jszip";

export interface ChartSeriesData {
  name: string;
  /** Cell holding the series name, e.g. "E4". */
  nameCell: string;
  /** Column letter of the values and their rows (inclusive). */
  column: string;
  values: (number | null)[];
  /** "#RRGGBB" */
  color?: string;
}

export interface BarChartData {
  /** Worksheet (by name) that shows the chart and holds the data. */
  sheet: string;
  /** Worksheet holding the data when it is not the one showing the chart. */
  dataSheet?: string;
  title: string;
  type: "stackedBar" | "column";
  /** Column letter of the category labels. */
  categoryColumn: string;
  categories: string[];
  /** First and last data row (1-based, inclusive). */
  firstRow: number;
  lastRow: number;
  series: ChartSeriesData[];
  /** Where the chart sits: 0-based column/row of its top-left and bottom-right cells. */
  anchor: { fromCol: number; fromRow: number; toCol: number; toRow: number };
}

const NS_MAIN = "http://schemas.openxmlformats.org/spreadsheetml/2006/main";
const REL_DRAWING = "http://schemas.openxmlformats.org/officeDocument/2006/relationships/drawing";
const REL_CHART = "http://schemas.openxmlformats.org/officeDocument/2006/relationships/chart";
const CT_DRAWING = "application/vnd.openxmlformats-officedocument.drawing+xml";
const CT_CHART = "application/vnd.openxmlformats-officedocument.drawingml.chart+xml";

export function xmlEscape(text: string): string {
  return text.replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;").replace(/"/g, "&quot;");
}

/** 'Sheet name'!$C$5:$C$15 */
function ref(sheet: string, column: string, from: number, to = from): string {
  const quoted = `'${sheet.replace(/'/g, "''")}'`;
  return from === to ? `${quoted}!$${column}$${from}` : `${quoted}!$${column}$${from}:$${column}$${to}`;
}

function strCache(values: string[]): string {
  return `<c:strCache><c:ptCount val="${values.length}"/>${values
    .map((v, i) => `<c:pt idx="${i}"><c:v>${xmlEscape(v)}</c:v></c:pt>`)
    .join("")}</c:strCache>`;
}

function numCache(values: (number | null)[]): string {
  return `<c:numCache><c:formatCode>General</c:formatCode><c:ptCount val="${values.length}"/>${values
    .map((v, i) => (v === null ? "" : `<c:pt idx="${i}"><c:v>${v}</c:v></c:pt>`))
    .join("")}</c:numCache>`;
}

function text(size: number, bold: boolean, body: string): string {
  return `<c:tx><c:rich><a:bodyPr/><a:lstStyle/><a:p><a:pPr><a:defRPr sz="${size}" b="${bold ? 1 : 0}"/></a:pPr><a:r><a:rPr lang="vi-VN" sz="${size}" b="${bold ? 1 : 0}"><a:latin typeface="Times New Roman"/></a:rPr><a:t>${xmlEscape(body)}</a:t></a:r></a:p></c:rich></c:tx>`;
}

const LABEL_FONT =
  '<c:txPr><a:bodyPr/><a:lstStyle/><a:p><a:pPr><a:defRPr sz="900"><a:latin typeface="Times New Roman"/></a:defRPr></a:pPr><a:endParaRPr lang="vi-VN"/></a:p></c:txPr>';

export function chartXml(d: BarChartData): string {
  const horizontal = d.type === "stackedBar";
  const series = d.series
    .map((s, i) => {
      const fill = s.color ? `<c:spPr><a:solidFill><a:srgbClr val="${s.color.replace("#", "").toUpperCase()}"/></a:solidFill></c:spPr>` : "";
      return (
        `<c:ser><c:idx val="${i}"/><c:order val="${i}"/>` +
        `<c:tx><c:strRef><c:f>${xmlEscape(ref(d.dataSheet ?? d.sheet, s.nameCell.replace(/\d+$/, ""), Number(s.nameCell.replace(/^[A-Z]+/, ""))))}</c:f>${strCache([s.name])}</c:strRef></c:tx>` +
        `${fill}<c:invertIfNegative val="0"/>` +
        `<c:cat><c:strRef><c:f>${xmlEscape(ref(d.dataSheet ?? d.sheet, d.categoryColumn, d.firstRow, d.lastRow))}</c:f>${strCache(d.categories)}</c:strRef></c:cat>` +
        `<c:val><c:numRef><c:f>${xmlEscape(ref(d.dataSheet ?? d.sheet, s.column, d.firstRow, d.lastRow))}</c:f>${numCache(s.values)}</c:numRef></c:val>` +
        `</c:ser>`
      );
    })
    .join("");
  return (
    `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n` +
    `<c:chartSpace xmlns:c="http://schemas.openxmlformats.org/drawingml/2006/chart" xmlns:a="http://schemas.openxmlformats.org/drawingml/2006/main" xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships">` +
    `<c:roundedCorners val="0"/>` +
    `<c:chart><c:title>${text(1200, true, d.title)}<c:overlay val="0"/></c:title><c:autoTitleDeleted val="0"/>` +
    `<c:plotArea><c:layout/>` +
    `<c:barChart><c:barDir val="${horizontal ? "bar" : "col"}"/><c:grouping val="${horizontal ? "stacked" : "clustered"}"/><c:varyColors val="0"/>` +
    series +
    `<c:gapWidth val="50"/>${horizontal ? '<c:overlap val="100"/>' : ""}<c:axId val="50010"/><c:axId val="50020"/></c:barChart>` +
    // Categories top to bottom in table order: reversed axis, value axis kept at the bottom.
    `<c:catAx><c:axId val="50010"/><c:scaling><c:orientation val="${horizontal ? "maxMin" : "minMax"}"/></c:scaling><c:delete val="0"/>` +
    `<c:axPos val="${horizontal ? "l" : "b"}"/><c:numFmt formatCode="General" sourceLinked="0"/><c:majorTickMark val="none"/><c:minorTickMark val="none"/>` +
    `<c:tickLblPos val="nextTo"/>${LABEL_FONT}<c:crossAx val="50020"/><c:crosses val="autoZero"/><c:auto val="1"/><c:lblAlgn val="ctr"/><c:lblOffset val="100"/><c:noMultiLvlLbl val="0"/></c:catAx>` +
    `<c:valAx><c:axId val="50020"/><c:scaling><c:orientation val="minMax"/></c:scaling><c:delete val="0"/>` +
    `<c:axPos val="${horizontal ? "b" : "l"}"/><c:majorGridlines/><c:numFmt formatCode="0" sourceLinked="0"/><c:majorTickMark val="out"/><c:minorTickMark val="none"/>` +
    `<c:tickLblPos val="nextTo"/>${LABEL_FONT}<c:crossAx val="50010"/><c:crosses val="${horizontal ? "max" : "autoZero"}"/><c:crossBetween val="between"/></c:valAx>` +
    `</c:plotArea>` +
    `<c:legend><c:legendPos val="b"/><c:overlay val="0"/>${LABEL_FONT}</c:legend><c:plotVisOnly val="1"/><c:dispBlanksAs val="gap"/>` +
    `</c:chart></c:chartSpace>`
  );
}

function drawingXml(d: BarChartData, name: string): string {
  const a = d.anchor;
  return (
    `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n` +
    `<xdr:wsDr xmlns:xdr="http://schemas.openxmlformats.org/drawingml/2006/spreadsheetDrawing" xmlns:a="http://schemas.openxmlformats.org/drawingml/2006/main">` +
    `<xdr:twoCellAnchor editAs="oneCell">` +
    `<xdr:from><xdr:col>${a.fromCol}</xdr:col><xdr:colOff>0</xdr:colOff><xdr:row>${a.fromRow}</xdr:row><xdr:rowOff>0</xdr:rowOff></xdr:from>` +
    `<xdr:to><xdr:col>${a.toCol}</xdr:col><xdr:colOff>0</xdr:colOff><xdr:row>${a.toRow}</xdr:row><xdr:rowOff>0</xdr:rowOff></xdr:to>` +
    `<xdr:graphicFrame macro=""><xdr:nvGraphicFramePr><xdr:cNvPr id="2" name="${xmlEscape(name)}"/><xdr:cNvGraphicFramePr/></xdr:nvGraphicFramePr>` +
    `<xdr:xfrm><a:off x="0" y="0"/><a:ext cx="0" cy="0"/></xdr:xfrm>` +
    `<a:graphic><a:graphicData uri="http://schemas.openxmlformats.org/drawingml/2006/chart">` +
    `<c:chart xmlns:c="http://schemas.openxmlformats.org/drawingml/2006/chart" xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships" r:id="rId1"/>` +
    `</a:graphicData></a:graphic></xdr:graphicFrame><xdr:clientData/></xdr:twoCellAnchor></xdr:wsDr>`
  );
}

const rels = (items: string) =>
  `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">${items}</Relationships>`;

/** Path of the worksheet part named `sheet`, from workbook.xml and its relationships. */
async function sheetPart(zip: JSZip, sheet: string): Promise<string> {
  const workbook = await zip.file("xl/workbook.xml")!.async("string");
  const wbRels = await zip.file("xl/_rels/workbook.xml.rels")!.async("string");
  const unescape = (s: string) => s.replace(/&quot;/g, '"').replace(/&lt;/g, "<").replace(/&gt;/g, ">").replace(/&apos;/g, "'").replace(/&amp;/g, "&");
  for (const m of workbook.matchAll(/<sheet\b[^>]*>/g)) {
    const name = /\bname="([^"]*)"/.exec(m[0])?.[1];
    const rid = /\br:id="([^"]*)"/.exec(m[0])?.[1];
    if (name === undefined || rid === undefined || unescape(name) !== sheet) continue;
    const rel = [...wbRels.matchAll(/<Relationship\b[^>]*>/g)].map((r) => r[0]).find((r) => r.includes(`Id="${rid}"`));
    const target = rel && /\bTarget="([^"]*)"/.exec(rel)?.[1];
    if (target) return target.startsWith("/") ? target.slice(1) : `xl/${target}`;
  }
  throw new Error(`worksheet "${sheet}" not found in the package`);
}

/** Elements that must come after <drawing> in a worksheet (CT_Worksheet order). */
const AFTER_DRAWING = ["<legacyDrawing", "<legacyDrawingHF", "<drawingHF", "<picture", "<oleObjects", "<controls", "<webPublishItems", "<tableParts", "<extLst"];

/** Add bar charts to an .xlsx package; returns the new package. */
export async function addBarCharts(xlsx: Uint8Array, charts: BarChartData[]): Promise<Uint8Array> {
  if (charts.length === 0) return xlsx;
  const { default: JSZipLib } = await import("jszip"); // loaded only when a chart is written
  const zip = await JSZipLib.loadAsync(xlsx);
  let types = await zip.file("[Content_Types].xml")!.async("string");
  for (const [i, d] of charts.entries()) {
    const n = i + 1;
    const part = await sheetPart(zip, d.sheet);
    const relsPath = part.replace(/([^/]+)$/, "_rels/$1.rels");
    const rId = `rIdCchcChart${n}`;
    const existing = zip.file(relsPath) ? await zip.file(relsPath)!.async("string") : rels("");
    zip.file(relsPath, existing.replace("</Relationships>", `<Relationship Id="${rId}" Type="${REL_DRAWING}" Target="../drawings/drawing${n}.xml"/></Relationships>`));
    let xml = await zip.file(part)!.async("string");
    if (xml.includes("<drawing ")) throw new Error(`worksheet "${d.sheet}" already has a drawing`);
    if (!xml.includes('xmlns:r="')) xml = xml.replace(`<worksheet xmlns="${NS_MAIN}"`, `<worksheet xmlns="${NS_MAIN}" xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships"`);
    const at = Math.min(...AFTER_DRAWING.map((t) => xml.indexOf(t)).filter((k) => k >= 0), xml.lastIndexOf("</worksheet>"));
    xml = `${xml.slice(0, at)}<drawing r:id="${rId}"/>${xml.slice(at)}`;
    zip.file(part, xml);
    zip.file(`xl/drawings/drawing${n}.xml`, drawingXml(d, `Biểu đồ ${n}`));
    zip.file(`xl/drawings/_rels/drawing${n}.xml.rels`, rels(`<Relationship Id="rId1" Type="${REL_CHART}" Target="../charts/chart${n}.xml"/>`));
    zip.file(`xl/charts/chart${n}.xml`, chartXml(d));
    types = types.replace(
      "</Types>",
      `<Override PartName="/xl/drawings/drawing${n}.xml" ContentType="${CT_DRAWING}"/><Override PartName="/xl/charts/chart${n}.xml" ContentType="${CT_CHART}"/></Types>`,
    );
  }
  zip.file("[Content_Types].xml", types);
  return zip.generateAsync({ type: "uint8array", compression: "DEFLATE" });
}
