#!/usr/bin/env python3
"""Check the NNN-*.txt / NNN-*.labels.tsv pairs in this folder.

For every pair it verifies:
  - both files are UTF-8, the .txt ends with a newline;
  - the three header lines: '# url<TAB>…', '# title<TAB>…', '# split<TAB>dev|test|heldout';
  - exactly one row 'LABEL<TAB>line' per non-blank line of the .txt
    (blank = line.strip() == ''), in order, the line byte-identical;
  - labels are one of content, info, chrome.
Also checks that the pages are numbered from 001 without gaps and that pages.tsv matches
the pairs (name, split, url).  Prints per-page and total counts.  Exit code 1 on any error.
"""
import os
import re
import sys

D = os.path.dirname(os.path.abspath(__file__))
LABELS = {"content", "info", "chrome"}
errors = []


def err(msg):
    errors.append(msg)
    print("ERROR:", msg)


txts = sorted(f for f in os.listdir(D) if re.match(r"^\d{3}-.+\.txt$", f))
labs = sorted(f for f in os.listdir(D) if re.match(r"^\d{3}-.+\.labels\.tsv$", f))
names = [f[:-4] for f in txts]
if sorted(f[: -len(".labels.tsv")] for f in labs) != names:
    err("the .txt and .labels.tsv files do not pair up")

nums = [int(n[:3]) for n in names]
if nums != list(range(1, len(nums) + 1)):
    err(f"page numbers are not 001..{len(nums):03d} without gaps: {nums}")

totals = {"content": 0, "info": 0, "chrome": 0}
pages_with_chrome = 0
urls = {}
splits = {}
for name in names:
    try:
        txt = open(os.path.join(D, name + ".txt"), "rb").read().decode("utf-8")
        tsv = open(os.path.join(D, name + ".labels.tsv"), "rb").read().decode("utf-8")
    except (OSError, UnicodeDecodeError) as e:
        err(f"{name}: {e}")
        continue
    if not txt.endswith("\n"):
        err(f"{name}.txt does not end with a newline")
    if "\r" in txt or "\r" in tsv:
        err(f"{name}: carriage return found")
    lines = txt.split("\n")[:-1]
    nonblank = [l for l in lines if l.strip() != ""]
    if not tsv.endswith("\n"):
        err(f"{name}.labels.tsv does not end with a newline")
    rows = tsv.split("\n")[:-1]
    if len(rows) < 3:
        err(f"{name}: fewer than three header lines")
        continue
    m_url = re.match(r"^# url\t(\S.*)$", rows[0])
    m_title = re.match(r"^# title\t(\S.*)$", rows[1])
    if not m_url:
        err(f"{name}: bad url header {rows[0]!r}")
    else:
        u = m_url.group(1)
        if u in urls:
            err(f"{name}: url also used by {urls[u]}")
        urls[u] = name
    if not m_title:
        err(f"{name}: bad title header {rows[1]!r}")
    m_split = re.match(r"^# split\t(dev|test|heldout)$", rows[2])
    if not m_split:
        err(f"{name}: bad split header {rows[2]!r}")
    else:
        splits[name] = m_split.group(1)
    body = rows[3:]
    if len(body) != len(nonblank):
        err(f"{name}: {len(body)} label rows for {len(nonblank)} non-blank lines")
    counts = {"content": 0, "info": 0, "chrome": 0}
    for i, (row, line) in enumerate(zip(body, nonblank), 1):
        if "\t" not in row:
            err(f"{name} row {i}: no tab")
            continue
        label, rest = row.split("\t", 1)
        if label not in LABELS:
            err(f"{name} row {i}: bad label {label!r}")
        else:
            counts[label] += 1
        if rest.encode("utf-8") != line.encode("utf-8"):
            err(f"{name} row {i}: line differs: {rest!r} vs {line!r}")
    for k in totals:
        totals[k] += counts[k]
    if counts["chrome"]:
        pages_with_chrome += 1
    print(f"{name:70s} c={counts['content']:3d} i={counts['info']:3d} x={counts['chrome']:3d} "
          f"n={sum(counts.values()):3d}")

rows = open(os.path.join(D, "pages.tsv"), encoding="utf-8").read().split("\n")
if rows and rows[-1] == "":
    rows = rows[:-1]
want = [f"{n}\t{splits.get(n)}\t{u}" for n in names for u, v in urls.items() if v == n]
if rows != want:
    err("pages.tsv does not match the pairs (name, split, url; sorted by name)")

n = sum(totals.values())
print(f"\npages={len(names)} content={totals['content']} info={totals['info']} "
      f"chrome={totals['chrome']} labelled={n} pages_with_chrome={pages_with_chrome}")
if errors:
    print(f"\n{len(errors)} error(s)")
    sys.exit(1)
print("OK")
