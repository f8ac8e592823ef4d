// A small public surface of @cchc/core for byte-level readers of exports (the CLI's scan worker
// thread): what turns a date cell's bytes or text into a day, and the shapes of a pre-read row,
// without the rest of core (a worker parses only this). Also exported from the main entry.
export { everydayDay } from "./dossiers/quickDate.js";
export { preReadDay, PRE_READ_DATE_COLUMNS, PRE_READ_TEXT_COLUMNS } from "./dossiers/preReadRow.js";
export type { PreReadColumns, PreReadDossierRow, PreReadText } from "./dossiers/preReadRow.js";
