#!/usr/bin/env bash
# Render a workbook the way a customer prints it: LibreOffice turns it into a PDF, each page
# becomes a PNG, and the page count of every sheet is printed.
#
#   scripts/render-workbook.sh WORKBOOK.xlsx [OUT_DIR]
#
# Installs LibreOffice, poppler-utils and the Carlito font (Debian packages) when they are missing. Output:
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
# Carlito has the widths of Calibri, the workbooks' font: without it LibreOffice falls back to a
# wider font and wraps lines that Excel keeps whole.
fc-list 2>/dev/null | grep -qi carlito || need+=(fonts-crosextra-carlito)
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
python3 - "$book" "$pdf" "$pages" <<'PY'
import collections, html, re, subprocess, sys, zipfile
book, pdf, pages = sys.argv[1], sys.argv[2], int(sys.argv[3])
with zipfile.ZipFile(book) as z:
    names = [html.unescape(n) for n in re.findall(r'<sheet [^>]*name="([^"]*)"', z.read("xl/workbook.xml").decode())]
counts = collections.OrderedDict()
for p in range(1, pages + 1):
    text = subprocess.run(["pdftotext", "-f", str(p), "-l", str(p), "-raw", pdf, "-"],
                          capture_output=True, text=True).stdout
    flat = " ".join(text.split())
    # The footer says "title | sheet | classification": the sheet named there, the last one
    # on the page if several names could match.
    found = [(flat.rfind(f"| {n} |"), n) for n in names if f"| {n} |" in flat]
    sheet = max(found)[1] if found else "(no footer)"
    counts[sheet] = counts.get(sheet, 0) + 1
for sheet, n in counts.items():
    print(f"{n:5}  {sheet}")
print(f"{pages:5}  pages in all: {pdf}")
PY
