#!/usr/bin/env bash
# A picture of the lead-unit drop-down of a blank template (`cchc template`) opened in LibreOffice
# Calc: the template is opened under a virtual X server (Xvfb), cell C7 ("Cơ quan chủ trì" of the
# first task) is selected, its validity list is opened with Alt+Down, and the screen is saved.
# NOT part of CI (it needs a display server and the GUI LibreOffice); run it by hand:
#
#   apt-get install -y xvfb xdotool imagemagick libreoffice-calc
#   npm run build            # cli/bin/cchc.cjs
#   scripts/screenshots/libreofficeDropDown.sh [out.png]   # default docs/screenshots/libreoffice-lead-dropdown.png
#
# The CI-safe check of the same lists is test/e2e/templateValidationLibreOffice.test.ts (headless
# conversion to .ods, the content-validations read from content.xml).
set -euo pipefail
cd "$(dirname "$0")/../.."
OUT="${1:-docs/screenshots/libreoffice-lead-dropdown.png}"
for tool in Xvfb xdotool import soffice; do
  command -v "$tool" >/dev/null || { echo "Thiếu $tool: apt-get install -y xvfb xdotool imagemagick libreoffice-calc" >&2; exit 2; }
done
[ -f cli/bin/cchc.cjs ] || { echo "Thiếu cli/bin/cchc.cjs: chạy npm run build trước." >&2; exit 2; }

WORK="$(mktemp -d /tmp/cchc-lo-shot-XXXXXX)"
DISPLAY_NO=":$((90 + RANDOM % 9))"
XVFB_PID=""
SOFFICE_PID=""
cleanup() {
  [ -n "$SOFFICE_PID" ] && kill "$SOFFICE_PID" 2>/dev/null || true
  [ -n "$XVFB_PID" ] && kill "$XVFB_PID" 2>/dev/null || true
  sleep 1
  rm -rf "$WORK"
}
trap cleanup EXIT

node cli/bin/cchc.cjs template --year 2026 --out "$WORK/phu-luc-2026.xlsx" >/dev/null

# a private profile: no tip of the day, no first-start wizard, no recovery dialog
mkdir -p "$WORK/profile/user"
cat >"$WORK/profile/user/registrymodifications.xcu" <<'XCU'
<?xml version="1.0" encoding="UTF-8"?>
<oor:items xmlns:oor="http://openoffice.org/2001/registry" xmlns:xs="http://www.w3.org/2001/XMLSchema" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance">
<item oor:path="/org.openoffice.Office.Common/Misc"><prop oor:name="ShowTipOfTheDay" oor:op="fuse"><value>false</value></prop></item>
<item oor:path="/org.openoffice.Office.Common/Misc"><prop oor:name="FirstRun" oor:op="fuse"><value>false</value></prop></item>
<item oor:path="/org.openoffice.Setup/Office"><prop oor:name="ooSetupInstCompleted" oor:op="fuse"><value>true</value></prop></item>
<item oor:path="/org.openoffice.Setup/Product"><prop oor:name="ooSetupLastVersion" oor:op="fuse"><value>7.4</value></prop></item>
<item oor:path="/org.openoffice.Office.Common/Misc"><prop oor:name="ShowDonation" oor:op="fuse"><value>false</value></prop></item>
</oor:items>
XCU

Xvfb "$DISPLAY_NO" -screen 0 1280x720x24 -nolisten tcp &
XVFB_PID=$!
export DISPLAY="$DISPLAY_NO"
sleep 2

soffice "-env:UserInstallation=file://$WORK/profile" --norestore --nologo --nodefault --calc "$WORK/phu-luc-2026.xlsx" &
SOFFICE_PID=$!

# the document window, maximised
WIN=""
for _ in $(seq 1 60); do
  WIN="$(xdotool search --onlyvisible --name 'phu-luc-2026' 2>/dev/null | head -1 || true)"
  [ -n "$WIN" ] && break
  sleep 1
done
[ -n "$WIN" ] || { echo "Không thấy cửa sổ LibreOffice của phu-luc-2026.xlsx sau 60 giây." >&2; import -window root "$WORK/no-window.png"; cp "$WORK/no-window.png" "${OUT%.png}-failed.png"; exit 1; }
xdotool windowactivate --sync "$WIN" 2>/dev/null || xdotool windowfocus --sync "$WIN"
xdotool windowsize "$WIN" 1280 720 windowmove "$WIN" 0 0
sleep 3

# C7: the lead unit of the first sample task, through the Name Box (Ctrl+Shift+F5 in LibreOffice 7)
xdotool key --window "$WIN" ctrl+shift+F5
sleep 0.5
xdotool key ctrl+a
xdotool type --delay 60 "C7"
xdotool key Return
sleep 1
# open the validity list of the cell
xdotool key alt+Down
sleep 2

mkdir -p "$(dirname "$OUT")"
import -window root "$WORK/screen.png"
# the sheet's top-left part holds the cell and its list; an 8-colour-bit palette keeps the file small
convert "$WORK/screen.png" -crop 1280x540+0+0 +repage -colors 128 "$OUT"
echo "Đã lưu $OUT ($(du -k "$OUT" | cut -f1) KB)."
