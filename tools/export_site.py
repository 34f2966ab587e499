"""Export the executed course notebooks as a static HTML site in site/.

Reads the executed copies in target/executed/ (run tools/run_notebooks.py first, as
`make site` does), writes one page per notebook plus index.html in course order, and ships
plotly.js once, as site/assets/plotly.min.js, taken from the pinned `plotly` package, and
MathJax 3 (npm) for the formulas. Each
figure stays plotly JSON in the notebook; on the page it becomes a <div> drawn by a one-line
Plotly.newPlot call. Pages work from file:// with the network off.

Usage: python tools/export_site.py [--executed DIR] [--out DIR]
"""
import argparse
import html
import json
import pathlib
import re
import shutil
import sys

import nbformat
import plotly
from nbconvert import HTMLExporter

PLOTLY = "application/vnd.plotly.v1+json"
ROOT = pathlib.Path(__file__).resolve().parent.parent
PLOTLY_JS = pathlib.Path(plotly.__file__).parent / "package_data" / "plotly.min.js"
# MathJax 3 from npm (tools/browser/package.json), SVG output: one file, no web fonts to fetch.
MATHJAX_JS = ROOT / "tools" / "browser" / "node_modules" / "mathjax" / "es5" / "tex-svg-full.js"

# nbconvert's lab template loads MathJax 2 and RequireJS from a CDN. Neither works offline,
# and RequireJS would even hide plotly.js (its UMD wrapper registers with RequireJS instead of
# setting window.Plotly), so both are replaced by local copies: MathJax 3 and plotly.js.
CDN_MATHJAX = re.compile(r"<!-- Load mathjax -->.*?<!-- End of mathjax configuration -->", re.S)
CDN_REQUIRE = re.compile(r'<script src="[^"]*require(\.min)?\.js"></script>')
LOCAL_HEAD = """<script>window.MathJax = {tex: {inlineMath: [['$', '$'], ['\\\\(', '\\\\)']], processEscapes: true}, svg: {fontCache: 'global'}};</script>
<script src="assets/mathjax/tex-svg-full.js"></script>
<script src="assets/plotly.min.js"></script>"""


def figures_to_html(nb) -> int:
    """Give every plotly output a text/html twin that draws it; returns the figure count."""
    n = 0
    for cell in nb.cells:
        for out in cell.get("outputs", []):
            fig = out.get("data", {}).get(PLOTLY)
            if fig is None:
                continue
            n += 1
            div = f"nnlab-plot-{n}"
            payload = json.dumps({"data": fig.get("data", []), "layout": fig.get("layout", {})}).replace("</", "<\\/")
            out["data"]["text/html"] = (
                f'<div id="{div}" class="nnlab-plot"></div>\n'
                f'<script>(function(){{var f={payload};'
                f'Plotly.newPlot("{div}",f.data,f.layout,{{responsive:true}});}})();</script>')
            del out["data"][PLOTLY]
    return n


def title_of(nb, fallback: str) -> str:
    for cell in nb.cells:
        if cell.cell_type == "markdown":
            for line in cell.source.splitlines():
                if line.startswith("# "):
                    return line[2:].strip()
    return fallback


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--executed", type=pathlib.Path, default=ROOT / "target" / "executed")
    ap.add_argument("--out", type=pathlib.Path, default=ROOT / "site")
    args = ap.parse_args()
    sources = sorted((ROOT / "notebooks").glob("[0-9][0-9]-*.ipynb"))
    missing = [s.name for s in sources if not (args.executed / s.name).is_file()]
    if missing:
        print(f"error: not executed yet: {', '.join(missing)}; run tools/run_notebooks.py first", file=sys.stderr)
        return 2
    if not MATHJAX_JS.is_file():
        print(f"error: {MATHJAX_JS} is missing; run `npm ci` in tools/browser (make js-deps)", file=sys.stderr)
        return 2
    (args.out / "assets" / "mathjax").mkdir(parents=True, exist_ok=True)
    shutil.copyfile(PLOTLY_JS, args.out / "assets" / "plotly.min.js")
    shutil.copyfile(MATHJAX_JS, args.out / "assets" / "mathjax" / "tex-svg-full.js")
    exporter = HTMLExporter(template_name="lab")
    entries = []
    for src in sources:
        nb = nbformat.read(args.executed / src.name, as_version=4)
        count = figures_to_html(nb)
        title = title_of(nb, src.stem)
        body, _ = exporter.from_notebook_node(nb, resources={"metadata": {"name": title}})
        body, n_mathjax = CDN_MATHJAX.subn("", body)
        body, n_require = CDN_REQUIRE.subn("", body)
        if n_mathjax != 1 or n_require != 1:
            print(f"error: nbconvert's page no longer looks as expected (MathJax blocks: {n_mathjax}, "
                  f"RequireJS tags: {n_require}); update tools/export_site.py", file=sys.stderr)
            return 2
        body = body.replace("</head>", LOCAL_HEAD + "\n</head>", 1)
        page = src.with_suffix(".html").name
        (args.out / page).write_text(body, encoding="utf-8")
        entries.append((page, title, count))
        print(f"site/{page:40s} {count} figures")
    items = "\n".join(f'<li><a href="{p}">{html.escape(t)}</a></li>' for p, t, _ in entries)
    (args.out / "index.html").write_text(
        "<!DOCTYPE html>\n<html><head><meta charset=\"utf-8\"><title>nnlab: Training neural networks</title>\n"
        "<style>body{font-family:sans-serif;max-width:46em;margin:3em auto;line-height:1.5}</style></head>\n"
        "<body><h1>Training neural networks</h1>\n<p>The nnlab course, executed. Each page is a notebook "
        "with its outputs; the charts are interactive.</p>\n<ol>\n" + items + "\n</ol></body></html>\n",
        encoding="utf-8")
    print(f"site/index.html: {len(entries)} notebooks")
    return 0


if __name__ == "__main__":
    sys.exit(main())
