#!/usr/bin/env python3
"""A full-size stand-in for the 2016-2024 corpus, built from the real pages at hand.

../shared/editions holds all nine years only for nine countries (the others: 2023 and 2024). The
full corpus is about 195 countries x 9 years (1,748 pages, 496 MB). Here every country of 2023 or
2024 gets nine years: the nine real pages, 2016-2024, of one of the nine countries (in turn), with
the canonical address, og:url, headline and title changed to the country's own. Every page is a real
state.gov page and every year pair a real year-to-year change (the 2024 restructuring included),
so parsing, lineage and storage do the work of a real corpus; the nine countries' reports are a
little longer than the average (308 KB against 284 KB), so the model errs on the heavy side.

    python3 tests/bench/scale_corpus.py OUT [CORPUS]    # writes OUT/state-gov/<year>/<slug>.html
"""
import os
import re
import sys

NINE = ["kazakhstan", "kyrgyz-republic", "uzbekistan", "tajikistan", "turkmenistan", "russia", "ukraine", "mexico", "nigeria"]
YEARS = range(2016, 2025)
CANONICAL = re.compile(rb'(<link rel="canonical" href="https://www\.state\.gov/reports/\d{4}-country-reports-on-human-rights-practices/)[a-z0-9-]+(?=/?")')
OG_URL = re.compile(rb'(<meta property="og:url" content="https://www\.state\.gov/reports/\d{4}-country-reports-on-human-rights-practices/)[a-z0-9-]+(?=/?")')
TITLE = re.compile(rb"<title>[^<]*</title>")
HEADLINE = re.compile(rb"(<h1 [^>]*>\s*\d{4} Country Reports on Human Rights Practices: )[^<]*<")


def source_page(corpus, slug, year):
    # Kyrgyzstan's slug changes between years: one country, two names.
    names = ["kyrgyz-republic", "kyrgyzstan"] if slug == "kyrgyz-republic" else [slug]
    for name in names:
        path = os.path.join(corpus, "state-gov", str(year), name + ".html")
        if os.path.exists(path):
            return path
    raise SystemExit(f"scale_corpus.py: no {year} page of {slug} in {corpus}")


def main():
    if len(sys.argv) not in (2, 3):
        raise SystemExit(__doc__)
    out = sys.argv[1]
    corpus = sys.argv[2] if len(sys.argv) == 3 else "../shared/editions"
    slugs = sorted({f[:-5] for y in (2023, 2024) for f in os.listdir(os.path.join(corpus, "state-gov", str(y))) if f.endswith(".html")} - {"kyrgyzstan"})
    # "the-bahamas" and "thebahamas" are one country (one key) under two slugs of the site.
    keys = set()
    others = []
    for slug in slugs:
        if slug not in NINE and slug.replace("-", "") not in keys:
            others.append(slug)
        keys.add(slug.replace("-", ""))
    pages = total = 0
    for index, slug in enumerate(NINE + others):
        source = NINE[index % len(NINE)]
        name = slug.replace("-", " ").title().encode()
        for year in YEARS:
            with open(source_page(corpus, source, year), "rb") as f:
                page = f.read()
            if slug != source:
                page = CANONICAL.sub(rb"\g<1>" + slug.encode(), page, count=1)
                page = OG_URL.sub(rb"\g<1>" + slug.encode(), page, count=1)
                page = HEADLINE.sub(rb"\g<1>" + name + b"\n<", page, count=1)
                page = TITLE.sub(b"<title>" + name + b" - United States Department of State</title>", page, count=1)
            folder = os.path.join(out, "state-gov", str(year))
            os.makedirs(folder, exist_ok=True)
            with open(os.path.join(folder, slug + ".html"), "wb") as f:
                f.write(page)
            pages += 1
            total += len(page)
    print(f"{pages} pages of {len(NINE) + len(others)} countries, {total / 1e6:.0f} MB, in {out}")


if __name__ == "__main__":
    main()
