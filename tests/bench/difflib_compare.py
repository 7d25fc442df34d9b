#!/usr/bin/env python3
"""The reference `kzdiff compare` is measured against (issue 14, item 6): reads two state.gov
HTML pages, strips the tags crudely and prints a unified diff of the lines. It does less than
kzdiff (no sections, sentences or words): a floor for a whole process of this kind, not a rival."""
import difflib
import html
import re
import sys

TAG = re.compile(r"<(script|style)\b.*?</\1>|<[^>]+>", re.S | re.I)


def lines(path):
    with open(path, encoding="utf-8", errors="replace") as f:
        text = html.unescape(TAG.sub("\n", f.read()))
    return [line.strip() for line in text.splitlines() if line.strip()]


def main(old, new):
    sys.stdout.writelines(line + "\n" for line in difflib.unified_diff(lines(old), lines(new), old, new, lineterm=""))


if __name__ == "__main__":
    if len(sys.argv) != 3:
        sys.exit("usage: difflib_compare.py OLD.html NEW.html")
    main(sys.argv[1], sys.argv[2])
