#!/bin/sh
# Regenerates the committed sample maps: export/<sample>.svg for each bundled sample journey (light theme, natural
# size, deterministic bytes) and export/<sample>.png for the README (rsvg-convert, 2400 px wide); for the onboarding
# sample also its slide (export/onboarding-90-days.slide.svg/.png, 1920 px) and its A3 sheet(s)
# (export/onboarding-90-days.a3-N.svg, the first page as .a3.png, all pages in .a3.pdf).
#
#   scripts/render-samples.sh           regenerate SVG and PNG
#   scripts/render-samples.sh --check   regenerate the SVGs into a temporary directory and fail (exit 1) if
#                                       any differs from the committed export/*.svg (PNGs are not checked:
#                                       fonts differ between machines)
set -eu
root=$(cd "$(dirname "$0")/.." && pwd)
cd "$root"
check=0
[ "${1:-}" = "--check" ] && check=1

swift build --product journeymap >/dev/null
bin="$(swift build --show-bin-path)/journeymap"

if [ "$check" = 1 ]; then
    out=$(mktemp -d "${TMPDIR:-/tmp}/journeymap-export.XXXXXX")
    trap 'rm -rf "$out"' EXIT
else
    out="$root/export"
    mkdir -p "$out"
fi

status=0
for journey in journeys/complaint-escalation.yaml journeys/day-in-the-life.yaml journeys/onboarding-90-days.yaml; do
    name=$(basename "$journey" .yaml)
    "$bin" render "$journey" -o "$out/$name.svg" --force >/dev/null
    if [ "$check" = 1 ]; then
        if ! cmp -s "$out/$name.svg" "export/$name.svg"; then
            echo "render-samples: export/$name.svg is out of date; run scripts/render-samples.sh and commit export/" >&2
            status=1
        fi
    elif command -v rsvg-convert >/dev/null 2>&1; then
        rsvg-convert -w 2400 "$out/$name.svg" -o "$out/$name.png"
    else
        echo "render-samples: rsvg-convert not found (apt-get install librsvg2-bin); PNGs not updated" >&2
    fi
done
# The onboarding sample as a slide and on A3: the README shows both.
slide="$out/onboarding-90-days.slide.svg"
"$bin" render journeys/onboarding-90-days.yaml --size slide -o "$slide" --force >/dev/null
rm -f "$out"/onboarding-90-days.a3-*.svg
"$bin" render journeys/onboarding-90-days.yaml --size a3 -o "$out/onboarding-90-days.a3.svg" --force >/dev/null
if [ "$check" = 1 ]; then
    for file in "$out"/onboarding-90-days.slide.svg "$out"/onboarding-90-days.a3*.svg; do
        name=$(basename "$file")
        if ! cmp -s "$file" "export/$name"; then
            echo "render-samples: export/$name is out of date; run scripts/render-samples.sh and commit export/" >&2
            status=1
        fi
    done
elif command -v rsvg-convert >/dev/null 2>&1; then
    rsvg-convert -w 1920 "$slide" -o "$out/onboarding-90-days.slide.png"
    # one page: onboarding-90-days.a3.svg; several: onboarding-90-days.a3-1.svg, -2.svg …
    first=$(ls "$out"/onboarding-90-days.a3.svg "$out"/onboarding-90-days.a3-1.svg 2>/dev/null | head -1)
    rsvg-convert -w 2400 "$first" -o "$out/onboarding-90-days.a3.png"
    "$bin" render journeys/onboarding-90-days.yaml --size a3 -o "$out/onboarding-90-days.a3.pdf" --force >/dev/null
fi
[ "$status" = 0 ] && echo "render-samples: export/*.svg $( [ "$check" = 1 ] && echo "up to date" || echo "regenerated")"
exit "$status"
