#!/usr/bin/env node
"use strict";
const path = require("node:path");
const fs = require("node:fs");
const { pathToFileURL } = require("node:url");
const bundle = path.join(__dirname, "..", "dist", "cchc.mjs");
if (!fs.existsSync(bundle)) {
  process.stderr.write("Chưa build công cụ cchc. Hãy chạy: npm run build (ở thư mục gốc của dự án).\n");
  process.exit(2);
}
import(pathToFileURL(bundle).href)
  .then((m) => m.main(process.argv.slice(2)))
  .then((code) => {
    process.exitCode = code;
  });
