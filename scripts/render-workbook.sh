#!/usr/bin/env bash
# Render a workbook the way a customer prints it: LibreOffice turns it into a PDF, each page
# becomes a PNG, and the page count of every sheet is printed.
#
#   scripts/render-workbook.sh WORKBOOK.xlsx [OUT_DIR]
#
# Installs LibreOffice and poppler-utils (Debian packages) when they are missing. Output:
# OUT_DIR/NAME.pdf, OUT_DIR/NAME-page-NNN.png (72 dpi), and on stdout one line per sheet:
# "pages  sheet". OUT_DIR defaults to the workbook's folder.
set -euo pipefail

if [ $# -lt 1 ] || [ ! -f "$1" ]; then
    echo "usage: $0 WORKBOOK.xlsx [OUT_DIR]" >&2
    exit 2
fi
book=$(realpath "$1")
out=$(realpath -m "${2:-$(dirname "$book")}")
mkdir -p "$out"
name=$(basename "${book%.*}")

need=()
command -v soffice >/dev/null || need+=(libreoffice-calc-nogui)
command -v pdftoppm >/dev/null || need+=(poppler-utils)
if [ ${#need[@]} -gt 0 ]; then
    echo "installing ${need[*]} ..." >&2
    sudo=""
    [ "$(id -u)" -ne 0 ] && sudo=sudo
    $sudo apt-get update -qq >&2
    DEBIAN_FRONTEND=noninteractive $sudo apt-get install -y -qq --no-install-recommends "${need[@]}" >&2
fi

# A profile of our own: a LibreOffice already open by the user would otherwise take the job.
profile=$(mktemp -d)
trap 'rm -rf "$profile"' EXIT
soffice -env:UserInstallation=file://"$profile" --headless --convert-to pdf --outdir "$out" "$book" >/dev/null 2>&1
pdf="$out/$name.pdf"
[ -f "$pdf" ] || { echo "LibreOffice made no PDF of $book" >&2; exit 1; }

rm -f "$out/$name"-page-*.png
pdftoppm -r 72 -png "$pdf" "$out/$name-page"

# Pages per sheet: the footer of every page names its sheet ("… | SHEET | page N of M"), so the
# text of each page tells which sheet it belongs to. Workbooks without such a footer are counted
# as a whole.
pages=$(pdfinfo "$pdf" | awk '/^Pages:/ {print $2}')
python3 - "$pdf" "$pages" <<'PY'
import subprocess, sys, collections
pdf, pages = sys.argv[1], int(sys.argv[2])
counts = collections.OrderedDict()
for p in range(1, pages + 1):
    text = subprocess.run(["pdftotext", "-f", str(p), "-l", str(p), "-layout", pdf, "-"],
                          capture_output=True, text=True).stdout
    lines = [l.strip() for l in text.splitlines() if l.strip()]
    sheet = "(no footer)"
    if lines and "|" in lines[-1]:
        parts = [x.strip() for x in lines[-1].split("|")]
        if len(parts) >= 3:
            sheet = parts[1]
    counts[sheet] = counts.get(sheet, 0) + 1
for sheet, n in counts.items():
    print(f"{n:5}  {sheet}")
print(f"{pages:5}  pages in all: {pdf}")
PY
