// Entry of dist/functions.js: registers every catalogue function with Excel.
// Runs in the shared runtime but never touches the DOM (it is also loaded in a Node vm by tests).
import { associations } from "./generated.js";

// Outside Office (e.g. the page opened in a plain browser) there is nothing to register with.
if (typeof CustomFunctions !== "undefined") {
  for (const [id, fn] of associations) CustomFunctions.associate(id, fn);
}
