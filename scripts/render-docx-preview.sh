#!/usr/bin/env bash
# Renders the first page of a .docx as a PNG, for the README: docx -> PDF with LibreOffice, page 1 -> PNG with pdftoppm.
#
# Usage: scripts/render-docx-preview.sh IN.docx OUT.png [DPI]   (DPI defaults to 80)
#
# Needs soffice (libreoffice-writer or libreoffice-writer-nogui), pdftoppm (poppler-utils) and a CJK font
# (fonts-noto-cjk); fonts-liberation2 (Times New Roman's metrics) and fonts-arphic-ukai (a 楷体) make it truer. The 公文 faces (方正小标宋简体, 黑体, 楷体_GB2312, 仿宋_GB2312) are rarely installed on Linux: a
# private fontconfig maps them to the Noto CJK faces (黑体 -> Noto Sans CJK SC, the others -> Noto Serif CJK SC; 楷体
# -> AR PL UKai CN when fonts-arphic-ukai is installed), so the picture shows the layout, not the real faces.
set -euo pipefail

if [[ $# -lt 2 || $# -gt 3 ]]; then
  echo "usage: $0 IN.docx OUT.png [DPI]" >&2
  exit 2
fi
in=$1
out=$2
dpi=${3:-80}
[[ -f $in ]] || { echo "$0: no such file: $in" >&2; exit 2; }
for tool in soffice pdftoppm; do
  command -v "$tool" >/dev/null || { echo "$0: $tool not found (apt-get install libreoffice-writer-nogui poppler-utils fonts-noto-cjk)" >&2; exit 1; }
done

work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT

# Aliases for the 公文 faces, on top of the system's fontconfig.
kai="Noto Serif CJK SC"
fc-list : family | grep -q "AR PL UKai CN" && kai="AR PL UKai CN"
alias() { # alias NAME TARGET
  printf '  <alias binding="same"><family>%s</family><prefer><family>%s</family></prefer></alias>\n' "$1" "$2"
}
{
  echo '<?xml version="1.0"?><!DOCTYPE fontconfig SYSTEM "fonts.dtd"><fontconfig>'
  echo '  <include ignore_missing="yes">/etc/fonts/fonts.conf</include>'
  for name in 方正小标宋简体 宋体 SimSun 仿宋_GB2312 仿宋 FangSong; do alias "$name" "Noto Serif CJK SC"; done
  for name in 黑体 SimHei; do alias "$name" "Noto Sans CJK SC"; done
  for name in 楷体_GB2312 楷体 KaiTi; do alias "$name" "$kai"; done
  echo '</fontconfig>'
} >"$work/fonts.conf"

# A profile of its own, so a running LibreOffice or the user's settings don't get in the way.
FONTCONFIG_FILE="$work/fonts.conf" soffice --headless --norestore "-env:UserInstallation=file://$work/profile" \
  --convert-to pdf --outdir "$work" "$in" >"$work/soffice.log" 2>&1 || { cat "$work/soffice.log" >&2; exit 1; }
pdf="$work/$(basename "${in%.*}").pdf"
[[ -f $pdf ]] || { echo "$0: LibreOffice wrote no PDF" >&2; cat "$work/soffice.log" >&2; exit 1; }

pdftoppm -png -r "$dpi" -f 1 -l 1 -singlefile "$pdf" "$work/page"
mv "$work/page.png" "$out"
echo "$out"
