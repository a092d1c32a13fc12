#!/usr/bin/env bash
# Draws the Hydrascope icon (a dark rounded square with a five-headed network: one body, five necks, the head
# that gives the campaign away in amber) and writes it in every format the installers use:
#   packaging/linux/hydrascope.png    256x256 PNG (Linux app image, .deb, desktop entry)
#   packaging/windows/hydrascope.ico  16-256 px (Windows launcher, .msi/.exe)
#   packaging/macos/hydrascope.icns   16-1024 px (macOS .app, .dmg/.pkg)
#   app/src/main/resources/io/hydrascope/ui/icons/hydrascope-<size>.png  16-256 px (the window's own icon, for
#                                     Stage.getIcons(); the taskbar shows it when no desktop entry matches)
# The results are committed; run this only to change the icon. Needs ImageMagick 6 (convert) and, for the .icns,
# png2icns (Debian package icnsutils).
set -euo pipefail

here="$(cd "$(dirname "$0")" && pwd)"
packaging="$(dirname "$here")"
work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT
convert_cmd="${CONVERT:-convert}"

# Drawn at 1024 px and scaled down, so every size is antialiased from the same master.
"$convert_cmd" -size 1024x1024 gradient:'#22344f'-'#0d1726' \
  \( -size 1024x1024 xc:none -fill white -draw "roundrectangle 24,24 1000,1000 200,200" \) \
  -compose DstIn -composite "$work/background.png"

"$convert_cmd" "$work/background.png" -fill none -stroke '#5fb3c9' -strokewidth 34 -draw 'stroke-linecap round' \
  -draw "path 'M 512,790 C 300,760 330,560 250,430'" \
  -draw "path 'M 512,790 C 400,660 460,420 380,290'" \
  -draw "path 'M 512,790 C 470,600 560,420 512,230'" \
  -draw "path 'M 512,790 C 624,660 564,420 650,290'" \
  -draw "path 'M 512,790 C 724,760 694,560 780,430'" \
  -strokewidth 10 \
  -draw "stroke-opacity 0.55 line 250,430 380,290" -draw "stroke-opacity 0.55 line 380,290 512,230" \
  -draw "stroke-opacity 0.55 line 512,230 650,290" -draw "stroke-opacity 0.55 line 650,290 780,430" \
  -stroke none -fill '#9fe3f0' \
  -draw "circle 250,430 250,362" -draw "circle 380,290 380,222" \
  -draw "circle 650,290 650,222" -draw "circle 780,430 780,362" \
  -fill '#ffb347' -draw "circle 512,230 512,150" \
  -fill '#e8f4f8' -draw "circle 512,790 512,690" \
  -fill '#22344f' -draw "circle 512,790 512,740" \
  "$work/master.png"

for size in 16 24 32 48 64 128 256 512 1024; do
  "$convert_cmd" "$work/master.png" -filter Lanczos -resize "${size}x${size}" -depth 8 -strip "$work/icon-$size.png"
done

cp "$work/icon-256.png" "$packaging/linux/hydrascope.png"
window_icons="$(dirname "$packaging")/app/src/main/resources/io/hydrascope/ui/icons"
mkdir -p "$window_icons"
for size in 16 32 48 64 128 256; do
  cp "$work/icon-$size.png" "$window_icons/hydrascope-$size.png"
done
"$convert_cmd" "$work"/icon-{16,24,32,48,64,128,256}.png "$packaging/windows/hydrascope.ico"
if command -v png2icns >/dev/null 2>&1; then
  png2icns "$packaging/macos/hydrascope.icns" "$work"/icon-{16,32,128,256,512,1024}.png >/dev/null
else
  echo "png2icns not found (Debian package icnsutils): packaging/macos/hydrascope.icns left as it was" >&2
fi
echo "icons written under $packaging"
