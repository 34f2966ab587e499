"""Export one executed notebook that is not part of the course (a browser check fixture) as a
page drawn exactly as the site's pages are (tools/export_site.py's notebook_page: plotly.js and
MathJax from assets/, offline), without the course's navigation.

Usage: python tools/browser/export_page.py EXECUTED.ipynb OUT_DIR   (writes OUT_DIR/NAME.html)
"""
import pathlib
import shutil
import sys

import nbformat
from nbconvert import HTMLExporter

sys.path.insert(0, str(pathlib.Path(__file__).resolve().parent.parent))
import export_site  # noqa: E402


def main() -> int:
    src, out = pathlib.Path(sys.argv[1]), pathlib.Path(sys.argv[2])
    (out / "assets" / "mathjax").mkdir(parents=True, exist_ok=True)
    shutil.copyfile(export_site.PLOTLY_JS, out / "assets" / "plotly.min.js")
    shutil.copyfile(export_site.MATHJAX_JS, out / "assets" / "mathjax" / "tex-svg-full.js")
    body, _, count = export_site.notebook_page(HTMLExporter(template_name="lab"), nbformat.read(src, as_version=4), src.stem)
    if body is None:
        return 2
    (out / src.with_suffix(".html").name).write_text(body, encoding="utf-8")
    print(f"{out / src.with_suffix('.html').name}: {count} figures")
    return 0


if __name__ == "__main__":
    sys.exit(main())
