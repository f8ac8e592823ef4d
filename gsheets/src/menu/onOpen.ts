import { menuItems } from "./menuItems.js";

/**
 * Build the add-on menu. Runs in AuthMode.NONE/LIMITED too: it only touches the UI, reads no
 * cells and calls no service that needs authorization.
 */
export function onOpen(_e?: unknown): void {
  const menu = SpreadsheetApp.getUi().createAddonMenu();
  for (const item of menuItems) {
    if (item.separatorBefore) menu.addSeparator();
    menu.addItem(item.label, item.handler);
  }
  menu.addToUi();
}
