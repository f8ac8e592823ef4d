// Public surface of @cchc/core. Each module adds its own export line here.
export * from "./dates/day.js";
export * from "./dates/parseDate.js";
export * from "./text/normalize.js";
export * from "./calendar/types.js";
export * from "./schedule/types.js";
export * from "./status/types.js";
export * from "./catalogue/types.js";
export * from "./catalogue/readArg.js";
export * from "./catalogue/evaluate.js";
export * from "./catalogue/functions.js";
