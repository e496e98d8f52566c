#!/usr/bin/env python3
"""Validate gold.csv against texts/. Exit 1 on any error.
   --uncovered  also list numerals in the texts that no gold anchor covers (for review)."""
import csv, os, re, sys
ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
HEADER = "doc,gid,anchor,occurrence,value,value_max,kind,unit,qualifier,time,metric,source,change_from,compared_with,required"
KINDS = {"percent", "count", "money", "multiple", "rank", "measure"}
QUALS = {"exact", "approx", "more_than", "at_least", "less_than", "at_most", "vague"}
CUR = {"CNY", "USD", "EUR", "JPY", "HKD", "TWD", "GBP", "KRW", "MOP"}
TIME_RE = re.compile(r"^$|^\d{4}(-(0[1-9]|1[0-2]|Q[1-4]|H[12]))?(/(\d{4}(-(0[1-9]|1[0-2]|Q[1-4]|H[12]))?)?)?$")


def find_nth(text, sub, n):
    pos = -1
    for _ in range(max(1, n)):
        pos = text.find(sub, pos + 1)
        if pos < 0:
            return -1
    return pos


def isnum(s):
    try:
        float(s)
        return True
    except ValueError:
        return False


def main():
    errs, warns = [], []
    path = os.path.join(ROOT, "gold.csv")
    with open(path, encoding="utf-8", newline="") as f:
        first = f.readline().rstrip("\r\n")
    if first != HEADER:
        errs.append("header mismatch: " + first)
    with open(path, encoding="utf-8", newline="") as f:
        rows = list(csv.DictReader(f))
    texts = {}
    tdir = os.path.join(ROOT, "texts")
    for name in sorted(os.listdir(tdir)):
        texts[name] = open(os.path.join(tdir, name), encoding="utf-8").read()
        n = len(texts[name])
        if not 250 <= n <= 700:
            errs.append(f"{name}: length {n} outside 250..700")
    bydoc = {}
    for r in rows:
        bydoc.setdefault(r["doc"], []).append(r)
    spans = {}
    for doc, rs in bydoc.items():
        if doc not in texts:
            errs.append(f"{doc}: no text file")
            continue
        text = texts[doc]
        gids = [r["gid"] for r in rs]
        if gids != [str(i) for i in range(1, len(rs) + 1)]:
            errs.append(f"{doc}: gids not sequential from 1: {gids}")
        last_end = -1
        for r in rs:
            tag = f"{doc} gid {r['gid']} {r['anchor']!r}"
            occ = int(r["occurrence"] or 1)
            p = find_nth(text, r["anchor"], occ)
            if p < 0:
                errs.append(f"{tag}: anchor not found {occ} times")
                continue
            if p < last_end:
                errs.append(f"{tag}: out of reading order or overlapping previous anchor")
            last_end = p + len(r["anchor"])
            spans.setdefault(doc, []).append((p, last_end))
            if text.count(r["anchor"]) > 1 and not r["occurrence"]:
                warns.append(f"{tag}: anchor repeats; occurrence empty")
            v, vm = r["value"], r["value_max"]
            if v and not isnum(v):
                errs.append(f"{tag}: value {v!r} not a number")
            if vm and not isnum(vm):
                errs.append(f"{tag}: value_max {vm!r} not a number")
            if v and vm and isnum(v) and isnum(vm) and float(v) > float(vm):
                errs.append(f"{tag}: value > value_max")
            if vm and not v:
                errs.append(f"{tag}: value_max without value")
            if not v and r["qualifier"] != "vague":
                errs.append(f"{tag}: empty value but qualifier is not vague")
            k, u = r["kind"], r["unit"]
            if k not in KINDS:
                errs.append(f"{tag}: bad kind {k!r}")
            if k == "percent" and u not in ("%", "pp"):
                errs.append(f"{tag}: percent with unit {u!r}")
            if k == "multiple" and u != "x":
                errs.append(f"{tag}: multiple with unit {u!r}")
            if k == "money" and u not in CUR:
                errs.append(f"{tag}: money with unit {u!r}")
            if k not in ("percent", "multiple", "money") and u in {"%", "pp", "x"} | CUR:
                errs.append(f"{tag}: kind {k} with unit {u!r}")
            if r["qualifier"] not in QUALS:
                errs.append(f"{tag}: bad qualifier {r['qualifier']!r}")
            if not TIME_RE.match(r["time"]):
                errs.append(f"{tag}: bad time {r['time']!r}")
            if not r["metric"]:
                errs.append(f"{tag}: empty metric")
            elif r["metric"] not in text:
                errs.append(f"{tag}: metric {r['metric']!r} not in text")
            s = r["source"]
            if s and s != "unnamed" and s not in text:
                errs.append(f"{tag}: source {s!r} not in text")
            for col in ("change_from", "compared_with"):
                ref = r[col]
                if ref:
                    if ref not in gids:
                        errs.append(f"{tag}: {col} {ref} is not a gid in {doc}")
                    elif ref == r["gid"]:
                        errs.append(f"{tag}: {col} points at itself")
            if r["required"] not in ("yes", "optional"):
                errs.append(f"{tag}: required must be yes/optional")
    for name in texts:
        if name not in bydoc:
            warns.append(f"{name}: no gold rows")
    # summary
    req = sum(r["required"] == "yes" for r in rows)
    print(f"docs {len(texts)}, gold rows {len(rows)} (required {req}, optional {len(rows) - req})")
    kinds = {}
    for r in rows:
        kinds[r["kind"]] = kinds.get(r["kind"], 0) + 1
    print("by kind:", dict(sorted(kinds.items())))
    quals = {}
    for r in rows:
        quals[r["qualifier"]] = quals.get(r["qualifier"], 0) + 1
    print("by qualifier:", dict(sorted(quals.items())))
    print("rows with change_from:", sum(bool(r["change_from"]) for r in rows),
          " with compared_with:", sum(bool(r["compared_with"]) for r in rows),
          " with source:", sum(bool(r["source"]) for r in rows),
          " with time:", sum(bool(r["time"]) for r in rows))
    if "--uncovered" in sys.argv:
        num = re.compile(r"[0-9０-９][0-9０-９.,，]*|[零〇一二两兩三四五六七八九十百千万萬亿億]+")
        for name, text in texts.items():
            cov = spans.get(name, [])
            out = []
            for m in num.finditer(text):
                if not any(a < m.end() and m.start() < b for a, b in cov):
                    out.append(m.group())
            print(f"{name} uncovered: {' '.join(out)}")
    for w in warns:
        print("WARN", w)
    for e in errs:
        print("ERROR", e)
    sys.exit(1 if errs else 0)


if __name__ == "__main__":
    main()
