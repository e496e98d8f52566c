#!/usr/bin/env python3
"""Write texts/*.txt and gold.csv from texts_data.py and gold_data.py."""
import csv, os, sys
HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.dirname(HERE)
sys.path.insert(0, HERE)
from texts_data import TEXTS
from gold_data import G

HEADER = ["doc", "gid", "anchor", "occurrence", "value", "value_max", "kind", "unit", "qualifier",
          "time", "metric", "source", "change_from", "compared_with", "required"]


def find_nth(text, sub, n):
    pos = -1
    for _ in range(max(1, n)):
        pos = text.find(sub, pos + 1)
        if pos < 0:
            return -1
    return pos


def count_overlapping(text, sub):
    n, pos = 0, text.find(sub)
    while pos >= 0:
        n += 1
        pos = text.find(sub, pos + 1)
    return n


def main():
    os.makedirs(os.path.join(ROOT, "texts"), exist_ok=True)
    for name, text in TEXTS.items():
        with open(os.path.join(ROOT, "texts", name), "w", encoding="utf-8", newline="\n") as f:
            f.write(text)
    errors = []
    rows = []
    for name in sorted(G):
        text = TEXTS[name]
        for i, r in enumerate(G[name], 1):
            anchor, where = r[0], r[1]
            if where is None:
                c = count_overlapping(text, anchor)
                if c != 1:
                    errors.append(f"{name} gid {i}: anchor {anchor!r} occurs {c} times; give an occurrence or locator")
                    continue
                p = text.find(anchor)
            elif isinstance(where, int):
                p = find_nth(text, anchor, where)
            else:
                if count_overlapping(text, where) != 1:
                    errors.append(f"{name} gid {i}: locator {where!r} not unique")
                    continue
                p = text.find(where) + where.find(anchor)
            occ = next(k for k in range(1, 100) if find_nth(text, anchor, k) == p)
            rows.append([name, str(i), anchor, str(occ)] + list(r[2:]))
    if errors:
        print("\n".join(errors))
        sys.exit(1)
    with open(os.path.join(ROOT, "gold.csv"), "w", encoding="utf-8", newline="") as f:
        w = csv.writer(f, lineterminator="\n")
        w.writerow(HEADER)
        w.writerows(rows)
    print(f"wrote {len(TEXTS)} texts, {len(rows)} gold rows")


if __name__ == "__main__":
    main()
