// Entry bundled by build.mjs (in Node) to write the generated files. Pure: returns strings.
import { catalogue } from "@cchc/core";
import { menuItems, sidebarEndpoints } from "../menu/menuItems.js";
import { globalsSource } from "./globalsSource.js";
import { readmeFunctions } from "./readmeFunctions.js";

export function generatedGlobals(): string {
  return globalsSource(catalogue, menuItems, sidebarEndpoints);
}

export function generatedReadmeSection(): string {
  return readmeFunctions(catalogue, menuItems);
}
