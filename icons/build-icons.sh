#!/usr/bin/env bash
# Renders ksc-workbench.svg into the PNG sizes Linux, Windows and macOS want, plus .ico and .icns.
# Needs Debian's librsvg2-bin (rsvg-convert), imagemagick (convert) and icnsutils (png2icns).
set -euo pipefail
cd "$(dirname "$0")"
RES=../src/main/resources/io/stormcenter/workbench/ui/icons
mkdir -p png "$RES"
for size in 16 24 32 48 64 128 256 512 1024; do
  rsvg-convert -w "$size" -h "$size" ksc-workbench.svg -o "png/ksc-$size.png"
done
for size in 16 32 48 64 128 256 512; do
  cp "png/ksc-$size.png" "$RES/ksc-$size.png"
done
/usr/bin/convert png/ksc-16.png png/ksc-24.png png/ksc-32.png png/ksc-48.png png/ksc-64.png png/ksc-256.png ksc-workbench.ico
png2icns ksc-workbench.icns png/ksc-16.png png/ksc-32.png png/ksc-128.png png/ksc-256.png png/ksc-512.png png/ksc-1024.png >/dev/null
cp png/ksc-256.png ksc-workbench.png
