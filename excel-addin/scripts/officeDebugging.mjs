// `npm run start` / `start:web` / `stop`: runs office-addin-debugging, the Office tool that sideloads
// the add-in into Excel. It is pinned in package-lock.json (7.0.0) as an *optional* devDependency of
// this workspace: it needs the native package keytar (through @microsoft/m365agentstoolkit-cli), which
// npm builds from a prebuilt binary on Windows and macOS but, on Linux, only with libsecret and a C++
// tool chain. Marked optional, a machine that cannot build keytar still installs everything else
// (`npm ci` passes) and this script says, in Vietnamese, what is missing and what still works.
import { spawnSync } from "node:child_process";
import { createRequire } from "node:module";
import { dirname, join } from "node:path";

const require = createRequire(import.meta.url);
const TOOL = process.env.CCHC_OFFICE_DEBUGGING ?? "office-addin-debugging";

function findTool() {
  try {
    const manifest = require.resolve(`${TOOL}/package.json`);
    const pkg = require(manifest);
    const bin = typeof pkg.bin === "string" ? pkg.bin : pkg.bin?.["office-addin-debugging"];
    return bin ? { bin: join(dirname(manifest), bin), version: pkg.version } : null;
  } catch {
    return null;
  }
}

const tool = findTool();
if (!tool) {
  console.error(
    [
      "Chưa cài công cụ nạp phần bổ trợ office-addin-debugging (bản 7.0.0, ghi trong package-lock.json là phụ thuộc tùy chọn).",
      "npm bỏ qua công cụ này khi không dựng được gói keytar mà nó cần:",
      "  - Windows, macOS: chạy lại `npm install` khi máy có Internet (npm tải bản dựng sẵn của keytar).",
      "  - Linux: cài `sudo apt-get install -y libsecret-1-dev build-essential python3` rồi chạy lại `npm install`.",
      "Không có công cụ này vẫn nạp được phần bổ trợ bằng tay: `npm run certs -w excel-addin`, `npm run serve -w excel-addin`,",
      "rồi trong Excel chọn Trang đầu › Phần bổ trợ › Tải lên phần bổ trợ của tôi và chọn manifest.xml (xem excel-addin/README.md).",
    ].join("\n"),
  );
  process.exit(1);
}
const run = spawnSync(process.execPath, [tool.bin, ...process.argv.slice(2)], { stdio: "inherit" });
process.exit(run.status ?? 1);
