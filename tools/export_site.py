"""Export the executed course notebooks as a static HTML site in site/.

Reads the executed STUDENT version in target/executed-student/ (what a student opens: each
exercise's stub, its "not yet", the hidden worked solution; `tools/assignment.py check` writes
it, as `make site` does), writes one page per notebook plus index.html in course order, and ships
plotly.js once, as site/assets/plotly.min.js, taken from the pinned `plotly` package, and
MathJax 3 (npm) for the formulas. Each
figure stays plotly JSON in the notebook; on the page it becomes a <div> drawn by a one-line
Plotly.newPlot call. Pages work from file:// with the network off.

Every notebook page gets the course's contents (all notebooks, the current one marked), links
to the previous and next notebook, to the index and to the API reference. The index lists each
notebook with its learning goals, read from the bullets under "In this notebook you will" in
its first markdown cell. The API reference is the Javadoc that `mvn javadoc:javadoc` writes to
target/reports/apidocs (`make site` runs it), copied to site/api/.

Usage: python tools/export_site.py [--executed DIR] [--api DIR] [--out DIR]
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
from nbconvert.filters.markdown_mistune import markdown2html_mistune

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
MATHJAX_HEAD = """<script>window.MathJax = {tex: {inlineMath: [['$', '$'], ['\\\\(', '\\\\)']], processEscapes: true}, svg: {fontCache: 'global'}};</script>
<script src="assets/mathjax/tex-svg-full.js"></script>"""
LOCAL_HEAD = MATHJAX_HEAD + """
<script src="assets/plotly.min.js"></script>"""
# The javadoc tool's bookkeeping files (written with the plugin's debug option), not pages.
API_SKIP = shutil.ignore_patterns("options", "packages", "argfile", "javadoc.sh", "javadoc.bat", "files")
GOALS_HEADING = re.compile(r"in this notebook you will", re.I)

# The course's navigation, added to every notebook page. Its own class names, so nothing in
# JupyterLab's stylesheet applies to it. On a wide screen the contents are a column on the left;
# on a narrow one they flow in columns above the notebook.
NAV_CSS = """<style>
.nnlab-nav{font:14px/1.45 system-ui,-apple-system,"Segoe UI",sans-serif;color:#222}
.nnlab-nav a{color:#1a5fb4;text-decoration:none}.nnlab-nav a:hover{text-decoration:underline}
.nnlab-bar{display:flex;flex-wrap:wrap;gap:.4em 1.2em;align-items:baseline;padding:.6em 1em;
  border-bottom:1px solid #ddd;background:#f6f8fa}
.nnlab-bar .nnlab-home{font-weight:600}.nnlab-bar .nnlab-next{margin-left:auto}
.nnlab-toc{padding:.4em 1em .6em;border-bottom:1px solid #ddd}
.nnlab-toc h2{font-size:13px;text-transform:uppercase;letter-spacing:.05em;color:#666;margin:.4em 0}
.nnlab-toc ol{list-style:none;margin:0;padding:0;columns:16em}
.nnlab-toc li{padding:.1em .4em;break-inside:avoid;border-left:3px solid transparent}
.nnlab-toc li[aria-current]{border-left-color:#1a5fb4;background:#eef4fc;font-weight:600}
.nnlab-pager{display:flex;justify-content:space-between;gap:1em;margin:2em 1em;padding-top:1em;
  border-top:1px solid #ddd}
@media (min-width:1100px){
  body.jp-Notebook{padding-left:17.5em}
  .nnlab-toc{position:fixed;top:0;left:0;bottom:0;width:16em;overflow-y:auto;border:0;
    border-right:1px solid #ddd;background:#fafbfc;box-sizing:border-box;z-index:10}
  .nnlab-toc ol{columns:auto}}
</style>"""


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
            # An animated figure's frames (with its slider and play button in the layout) come along.
            payload = json.dumps({"data": fig.get("data", []), "layout": fig.get("layout", {}),
                                  "frames": fig.get("frames", []), "config": {"responsive": True}}).replace("</", "<\\/")
            out["data"]["text/html"] = (
                f'<div id="{div}" class="nnlab-plot"></div>\n'
                f'<script>(function(){{var f={payload};'
                f'Plotly.newPlot("{div}",f);}})();</script>')
            del out["data"][PLOTLY]
    return n


def title_of(nb, fallback: str) -> str:
    for cell in nb.cells:
        if cell.cell_type == "markdown":
            for line in cell.source.splitlines():
                if line.startswith("# "):
                    return line[2:].strip()
    return fallback


def learning_goals(nb) -> list:
    """The bullets under "In this notebook you will" in the notebook's first markdown cells
    (before its first code cell), as markdown; a bullet may continue on indented lines."""
    goals = []
    for cell in nb.cells:
        if cell.cell_type != "markdown":
            break
        lines = cell.source.splitlines()
        for i, line in enumerate(lines):
            if not GOALS_HEADING.search(line):
                continue
            for item in lines[i + 1:]:
                if not goals and not item.strip():
                    continue
                if item.lstrip().startswith(("- ", "* ")) and not item.startswith((" ", "\t")):
                    goals.append(item.lstrip()[2:].strip())
                elif item.startswith((" ", "\t")) and item.strip() and goals:
                    goals[-1] += " " + item.strip()
                else:
                    break
            return goals
    return goals


def summary(nb) -> str:
    """The first paragraph after the title, for a notebook without listed goals."""
    for cell in nb.cells:
        if cell.cell_type != "markdown":
            break
        for para in re.split(r"\n\s*\n", cell.source):
            para = para.strip()
            if para and not para.startswith("#"):
                return para
    return ""


def esc(text: str) -> str:
    return html.escape(text, quote=True)


def contents(entries, current: int) -> str:
    """The course's contents: every notebook, the one at index current marked."""
    items = []
    for i, e in enumerate(entries):
        if i == current:
            items.append(f'<li aria-current="page">{esc(e["title"])}</li>')
        else:
            items.append(f'<li><a href="{e["page"]}">{esc(e["title"])}</a></li>')
    return ('<nav class="nnlab-toc" aria-label="Contents"><h2><a href="index.html">Contents</a></h2><ol>\n'
            + "\n".join(items) + "\n</ol></nav>")


def navigation(entries, i: int):
    """The bar above a notebook page and the pager below it: previous, index, API, next."""
    prev = entries[i - 1] if i > 0 else None
    nxt = entries[i + 1] if i + 1 < len(entries) else None

    def link(e, rel, arrow_left):
        if e is None:
            return ""
        text = f"← {esc(e['title'])}" if arrow_left else f"{esc(e['title'])} →"
        return f'<a class="nnlab-{rel}" rel="{rel}" href="{e["page"]}">{text}</a>'

    top = ('<div class="nnlab-nav">\n<div class="nnlab-bar">'
           '<a class="nnlab-home" href="index.html">Training neural networks</a>'
           f'<span>{i + 1} / {len(entries)}</span>'
           + link(prev, "prev", True) + '<a href="api/index.html">API reference</a>'
           + link(nxt, "next", False) + '</div>\n' + contents(entries, i) + '\n</div>')
    bottom = ('<nav class="nnlab-nav nnlab-pager" aria-label="Previous and next">'
              + (link(prev, "prev", True) or "<span></span>") + '<a href="index.html">Contents</a>'
              + (link(nxt, "next", False) or "<span></span>") + '</nav>')
    return top, bottom


def add_navigation(body: str, top: str, bottom: str) -> str:
    """Puts the navigation right inside <body> and right before </body>."""
    body = body.replace("</head>", NAV_CSS + "\n</head>", 1)
    body = re.sub(r"(<body[^>]*>)", lambda m: m.group(1) + "\n" + top, body, count=1)
    i = body.rindex("</body>")
    return body[:i] + bottom + "\n" + body[i:]


def index_page(entries) -> str:
    items = []
    for e in entries:
        goals = e["goals"]
        text = ("\n".join(f"- {g}" for g in goals) if goals else e["summary"])
        items.append(f'<li><a href="{e["page"]}">{esc(e["title"])}</a>\n'
                     f'<div class="goals">{markdown2html_mistune(text)}</div></li>')
    return ("<!DOCTYPE html>\n<html lang=\"en\"><head><meta charset=\"utf-8\">"
            "<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">"
            "<title>nnlab: Training neural networks</title>\n" + MATHJAX_HEAD + "\n"
            "<style>body{font:16px/1.5 system-ui,-apple-system,\"Segoe UI\",sans-serif;max-width:52em;"
            "margin:2.5em auto;padding:0 1em;color:#222}a{color:#1a5fb4}"
            "ol.course{padding-left:1.2em}ol.course>li{margin:1.1em 0}ol.course>li>a{font-weight:600;font-size:1.1em}"
            ".goals p,.goals ul{margin:.25em 0}.goals{color:#333}.api{background:#f6f8fa;border:1px solid #ddd;"
            "padding:.6em 1em;border-radius:4px}</style></head>\n"
            "<body><h1>Training neural networks</h1>\n"
            "<p>The nnlab course, executed. Each page is a notebook with its outputs; the charts are "
            "interactive. Each notebook lists what you will do in it; read them in order, or jump to one.</p>\n"
            "<p class=\"api\"><a href=\"api/index.html\">API reference</a>: the Javadoc of every public "
            "class of nnlab, with the formulas each one computes.</p>\n"
            "<ol class=\"course\">\n" + "\n".join(items) + "\n</ol></body></html>\n")


def notebook_page(exporter, nb, stem: str):
    """(page, title, figure count) of one executed notebook, drawing offline from assets/;
    page None (and the reason on stderr) when nbconvert's page is not what this script expects."""
    count = figures_to_html(nb)
    title = title_of(nb, stem)
    body, _ = exporter.from_notebook_node(nb, resources={"metadata": {"name": title}})
    body, n_mathjax = CDN_MATHJAX.subn("", body)
    body, n_require = CDN_REQUIRE.subn("", body)
    if n_mathjax != 1 or n_require != 1 or not re.search(r"<body[^>]*>", body):
        print(f"error: nbconvert's page no longer looks as expected (MathJax blocks: {n_mathjax}, "
              f"RequireJS tags: {n_require}); update tools/export_site.py", file=sys.stderr)
        return None, title, count
    return body.replace("</head>", LOCAL_HEAD + "\n</head>", 1), title, count


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--executed", type=pathlib.Path, default=ROOT / "target" / "executed-student",
                    help="the executed notebooks (default: the student version, from tools/assignment.py check)")
    ap.add_argument("--api", type=pathlib.Path, default=ROOT / "target" / "reports" / "apidocs",
                    help="the Javadoc to publish as site/api (default: what `mvn javadoc:javadoc` writes)")
    ap.add_argument("--out", type=pathlib.Path, default=ROOT / "site")
    args = ap.parse_args()
    sources = sorted((ROOT / "notebooks").glob("[0-9][0-9]-*.ipynb"))
    missing = [s.name for s in sources if not (args.executed / s.name).is_file()]
    if missing:
        print(f"error: not executed yet: {', '.join(missing)}; run tools/run_notebooks.py, then "
              f"tools/assignment.py student and check (make assignment)", file=sys.stderr)
        return 2
    if not MATHJAX_JS.is_file():
        print(f"error: {MATHJAX_JS} is missing; run `npm ci` in tools/browser (make js-deps)", file=sys.stderr)
        return 2
    if not (args.api / "index.html").is_file():
        print(f"error: no API reference in {args.api}; run `mvn -q javadoc:javadoc` first (make site does)",
              file=sys.stderr)
        return 2
    (args.out / "assets" / "mathjax").mkdir(parents=True, exist_ok=True)
    shutil.copyfile(PLOTLY_JS, args.out / "assets" / "plotly.min.js")
    shutil.copyfile(MATHJAX_JS, args.out / "assets" / "mathjax" / "tex-svg-full.js")
    shutil.rmtree(args.out / "api", ignore_errors=True)
    shutil.copytree(args.api, args.out / "api", ignore=API_SKIP)
    exporter = HTMLExporter(template_name="lab")
    # First every notebook's page body and title, then the pages with links to their neighbours.
    entries = []
    for src in sources:
        nb = nbformat.read(args.executed / src.name, as_version=4)
        body, title, count = notebook_page(exporter, nb, src.stem)
        if body is None:
            return 2
        entries.append({"page": src.with_suffix(".html").name, "title": title, "figures": count, "body": body,
                        "goals": learning_goals(nb), "summary": summary(nb)})
    for i, e in enumerate(entries):
        top, bottom = navigation(entries, i)
        (args.out / e["page"]).write_text(add_navigation(e["body"], top, bottom), encoding="utf-8")
        goals = f"{len(e['goals'])} learning goals" if e["goals"] else "no learning goals (the index shows its first paragraph)"
        print(f"site/{e['page']:40s} {e['figures']} figures, {goals}")
    (args.out / "index.html").write_text(index_page(entries), encoding="utf-8")
    print(f"site/index.html: {len(entries)} notebooks; site/api/: the API reference")
    return 0


if __name__ == "__main__":
    sys.exit(main())
