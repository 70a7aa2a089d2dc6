"""Peer for bench/html.ts and `sitrep eval extraction`: readability-lxml (Debian's python3-readability).

  python3 readability_lxml.py DATA WARMUP       timing: one JSON line {name, pages, megabytes, seconds (CPU), wallSeconds, peakRssMb}
  python3 readability_lxml.py DATA --texts     texts: one JSON line {set, name, text} per page

DATA is the extraction folder (SET/input/NAME.html.gz). Pages are read in the order the TypeScript side
uses: sets in a fixed order, names sorted; CleanEval's <text ...> wrapper is removed the same way.
"""
import gzip
import json
import os
import re
import resource
import sys
import time

import lxml.html
from readability import Document

SETS = ["cleaneval-dev", "readability", "page-signal-master"]
CLEANEVAL_WRAPPER = re.compile(r"^\s*<text id=[^>]*>\s*")


def decode(data):
    try:
        return data.decode("utf-8")
    except UnicodeDecodeError:
        return data.decode("windows-1252", errors="replace")


def pages(folder):
    for name in SETS:
        inputs = os.path.join(folder, name, "input")
        for file in sorted(f for f in os.listdir(inputs) if f.endswith(".html.gz")):
            if not os.path.exists(os.path.join(folder, name, "gold", file[: -len(".html.gz")] + ".txt")):
                continue
            with open(os.path.join(inputs, file), "rb") as fh:
                html = decode(gzip.decompress(fh.read())).lstrip("\ufeff")
            wrapper = CLEANEVAL_WRAPPER.match(html)
            if wrapper:
                html = re.sub(r"</text>\s*$", "", html[wrapper.end():])
            yield name, file[: -len(".html.gz")], html


def text_of(html):
    try:
        summary = Document(html).summary(html_partial=True)
        return lxml.html.fromstring(summary).text_content() if summary.strip() else ""
    except Exception:
        return ""


def main():
    folder = sys.argv[1]
    if sys.argv[2] == "--texts":
        for set_name, name, html in pages(folder):
            print(json.dumps({"set": set_name, "name": name, "text": text_of(html)}))
        return
    warmup = int(sys.argv[2])
    all_pages = [html for _, _, html in pages(folder)]
    for html in all_pages[:warmup]:
        text_of(html)
    start, cpu_start = time.perf_counter(), time.process_time()
    for html in all_pages:
        text_of(html)
    seconds = time.process_time() - cpu_start
    wall_seconds = time.perf_counter() - start
    megabytes = sum(len(h.encode("utf-8")) for h in all_pages) / 1e6
    peak = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    print(json.dumps({"name": "readability-lxml", "pages": len(all_pages), "megabytes": megabytes, "seconds": seconds, "wallSeconds": wall_seconds, "peakRssMb": peak}))


if __name__ == "__main__":
    main()
