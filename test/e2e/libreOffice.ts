/**
 * LibreOffice headless as a real spreadsheet engine for the tests: recalculates a workbook on
 * load (forced through a private profile) and saves it again, so the formulas' results can be
 * read back. Found on the PATH (Debian: libreoffice-calc-nogui); outside CI a missing LibreOffice
 * skips the suites with one line, with CI=true it fails them.
 */
import { execFileSync, spawnSync } from "node:child_process";
import { mkdirSync, mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { basename, join } from "node:path";

export function findSoffice(): string | null {
  for (const name of ["soffice", "libreoffice"]) {
    const r = spawnSync("sh", ["-c", `command -v ${name}`], { encoding: "utf8" });
    if (r.status === 0 && r.stdout.trim() !== "") return r.stdout.trim();
  }
  return null;
}

export const SOFFICE = findSoffice();
export const SKIP_LINE =
  "LibreOffice (soffice) không có trên máy này: bỏ qua các kiểm thử tính lại bằng LibreOffice. Cài bằng: apt-get install -y libreoffice-calc-nogui";

if (SOFFICE === null) {
  if (process.env.CI === "true") throw new Error("CI=true nhưng thiếu LibreOffice (soffice): .ci/run phải cài libreoffice-calc-nogui.");
  console.warn(SKIP_LINE);
}

const RECALC_ALWAYS = `<?xml version="1.0" encoding="UTF-8"?>
<oor:items xmlns:oor="http://openoffice.org/2001/registry" xmlns:xs="http://www.w3.org/2001/XMLSchema" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance">
<item oor:path="/org.openoffice.Office.Calc/Formula/Load"><prop oor:name="OOXMLRecalcMode" oor:op="fuse"><value>0</value></prop></item>
<item oor:path="/org.openoffice.Office.Calc/Formula/Load"><prop oor:name="ODFRecalcMode" oor:op="fuse"><value>0</value></prop></item>
</oor:items>
`;

let profile: string | null = null;
function profileDir(): string {
  if (profile === null) {
    profile = mkdtempSync(join(tmpdir(), "cchc-lo-profile-"));
    mkdirSync(join(profile, "user"), { recursive: true });
    writeFileSync(join(profile, "user", "registrymodifications.xcu"), RECALC_ALWAYS);
  }
  return profile;
}

/** Open `file` in LibreOffice with recalculation forced, convert it (default: .xlsx) into `outDir`; returns the new path. */
export function recalculate(file: string, outDir: string, filter = "xlsx:Calc MS Excel 2007 XML"): string {
  if (SOFFICE === null) throw new Error(SKIP_LINE);
  execFileSync(SOFFICE, [`-env:UserInstallation=file://${profileDir()}`, "--headless", "--convert-to", filter, "--outdir", outDir, file], {
    stdio: "pipe",
    timeout: 180_000,
  });
  const ext = filter.split(":")[0]!;
  return join(outDir, basename(file).replace(/\.[^.]+$/, `.${ext}`));
}
