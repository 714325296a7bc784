"""Peer table extractors for `npm run bench` (section pdf), run as whole processes.

    python3 scripts/bench/pdf-peers.py TOOL FILE...

TOOL is `pdfplumber` (page.extract_tables() with its default, ruling-line strategy) or
`camelot` (read_pdf(pages='all', flavor='lattice'), the mode for bordered tables). Prints one
JSON object: {file: [table, ...]} where a table is a list of rows and a row a list of cell
texts (cells a merge covers are empty or null, as the tool reports them). Exit code 3 when
the tool is not installed, so the bench can say so.
"""
import json
import sys


def pdfplumber_tables(path):
    import pdfplumber
    with pdfplumber.open(path) as pdf:
        return [table for page in pdf.pages for table in page.extract_tables()]


def camelot_tables(path):
    import camelot
    found = camelot.read_pdf(path, pages="all", flavor="lattice")
    return [table.df.values.tolist() for table in found]


TOOLS = {"pdfplumber": pdfplumber_tables, "camelot": camelot_tables}


def main():
    if len(sys.argv) < 2 or sys.argv[1] not in TOOLS:
        sys.stderr.write("usage: pdf-peers.py %s FILE...\n" % "|".join(TOOLS))
        return 2
    tool = sys.argv[1]
    try:
        __import__(tool)
    except ImportError as e:
        sys.stderr.write("%s is not installed: %s\n" % (tool, e))
        return 3
    out = {}
    for path in sys.argv[2:]:
        try:
            out[path] = TOOLS[tool](path)
        except Exception as e:  # one bad file costs only itself, as in our extractor
            sys.stderr.write("%s failed on %s: %s\n" % (tool, path, e))
            out[path] = None
    json.dump(out, sys.stdout, ensure_ascii=False)
    return 0


if __name__ == "__main__":
    sys.exit(main())
