#!/usr/bin/env python3
"""Validate the claim spec suite: sentences.tsv + gold.csv (see README.md in this folder).

usage: python3 check_spec.py [DIR]        (DIR defaults to the folder of this script)

Errors (exit code 1): malformed files, unknown ids, anchors not found, overlapping anchors,
bad enumerations, units that do not fit the kind, bad values or times, metric or source not
copied from the text, relations pointing nowhere. Warnings: a value that disagrees with the
number written in the anchor (a cheap second reading of every anchor), rows out of reading
order, anchors that occur more than once (check the occurrence). Then a summary.
"""
import csv
import os
import re
import sys
from collections import Counter, defaultdict

COLS = ["doc", "gid", "anchor", "occurrence", "value", "value_max", "kind", "unit", "qualifier",
        "time", "metric", "source", "change_from", "compared_with", "required"]
KINDS = {"percent", "count", "money", "multiple", "rank", "measure"}
QUALS = {"exact", "approx", "more_than", "at_least", "less_than", "at_most", "vague"}
ISO = {"CNY", "USD", "EUR", "JPY", "HKD", "TWD", "GBP", "KRW", "RUB", "INR", "AUD", "CAD", "SGD", "CHF", "MOP"}
TIME = re.compile(r"^(?:\d{4}(?:-(?:0[1-9]|1[0-2])(?:-(?:0[1-9]|[12]\d|3[01]))?|-Q[1-4]|-H[12])?"
                  r"(?:/(?:\d{4}(?:-(?:0[1-9]|1[0-2])|-Q[1-4]|-H[12])?)?)?)?$")
DECIMAL = re.compile(r"^-?\d+(?:\.\d+)?$")

# characters that exist in only one script (for the Simplified / Traditional count)
TRAD = set("兩強領國臺灣億萬與為這會個說時來對發經濟統計處價長門開關總幣們過還產業體從後區電應實現層東車見書頭華貨際報導預網錄銀颱壽險災觀術營圖樓參與選權協廣於將專話當隊幾數歲")
SIMP = set("两强领国湾亿万与为这会个说时来对发经济统计处价长门开关总币们过还产业体从后区电应实现层东车见书头华货际报导预网录银飓寿险灾观术营图楼参选权协广于将专话当队几数岁")

CDIGIT = {"〇": 0, "零": 0, "○": 0, "一": 1, "二": 2, "两": 2, "兩": 2, "三": 3, "四": 4, "五": 5,
          "六": 6, "七": 7, "八": 8, "九": 9}
CUNIT = {"十": 10, "百": 100, "千": 1000}
CMAG = {"万": 10**4, "萬": 10**4, "亿": 10**8, "億": 10**8, "兆": 10**12}


def parse_numeral(s):
    """A second, independent reading of the first numeral in an anchor; None when unsure."""
    # 千 of 千瓦 / 千克 / 千米 is a unit prefix, not a numeral
    m = re.search(r"[0-9][0-9,.]*(?:[万萬亿億兆百十〇零一二两兩三四五六七八九0-9,.点點]|千(?![瓦克米])|多|余|餘)*"
                  r"|(?:[〇零一二两兩三四五六七八九十百万萬亿億兆点點]|千(?![瓦克米]))+", s)
    if not m:
        return None
    tok = re.sub(r"[多余餘,]", "", m.group(0))
    total, section, number, frac = 0.0, 0.0, None, None
    i = 0
    while i < len(tok):
        c = tok[i]
        if c.isdigit() or c == ".":
            j = i
            while j < len(tok) and (tok[j].isdigit() or tok[j] == "."):
                j += 1
            number = float(tok[i:j])
            i = j
            continue
        if c in "点點":
            frac = ""
            i += 1
            while i < len(tok) and tok[i] in CDIGIT:
                frac += str(CDIGIT[tok[i]])
                i += 1
            number = float(f"{int(number or 0)}.{frac}")
            continue
        if c in CDIGIT:
            number = CDIGIT[c]
        elif c in CUNIT:
            section += (number if number is not None else 1) * CUNIT[c]
            number = None
        elif c in CMAG:
            combined = section + (number or 0)
            if combined == 0 and total > 0:
                total *= CMAG[c]
            else:
                total += combined * CMAG[c]
            section, number = 0.0, None
        i += 1
    return total + section + (number or 0)


def expected_value(anchor):
    """What the anchor's words say the value is, or None when this reader does not know."""
    if re.search(r"[几幾数數]|半碼|秒\d|翻", anchor):
        return None
    m = re.search(r"(百|千)分之(.+)", anchor)
    if m:
        v = parse_numeral(m.group(2))
        return None if v is None else v * (1 if m.group(1) == "百" else 0.1)
    m = re.search(r"(.+?)分之(.+)", anchor)
    if m:
        den = parse_numeral(m.group(1)[-2:]) if m.group(1) else None
        num = parse_numeral(m.group(2))
        return None if not den or num is None else num / den * 100
    if "一半" in anchor:
        return 50.0
    v = parse_numeral(anchor)
    if v is None:
        return None
    if re.search(r"[〇零一二两兩三四五六七八九十]成", anchor):
        return v * 10
    if "‰" in anchor:
        return v / 10
    return v


def main():
    here = sys.argv[1] if len(sys.argv) > 1 else os.path.dirname(os.path.abspath(__file__))
    errors, warnings = [], []
    texts = {}
    with open(os.path.join(here, "sentences.tsv"), encoding="utf-8", newline="") as f:
        lines = f.read().split("\n")
    if lines and lines[-1] == "":
        lines.pop()
    if not lines or lines[0] != "sid\ttext":
        errors.append("sentences.tsv: header must be 'sid<TAB>text'")
    for n, line in enumerate(lines[1:], 2):
        parts = line.split("\t")
        if len(parts) != 2 or not parts[1].strip():
            errors.append(f"sentences.tsv line {n}: expected 2 non-empty fields")
            continue
        sid, text = parts
        if "\r" in line:
            errors.append(f"sentences.tsv line {n}: carriage return")
        if sid != f"s{n - 1:03d}":
            errors.append(f"sentences.tsv line {n}: id {sid}, expected s{n - 1:03d}")
        if sid in texts:
            errors.append(f"sentences.tsv: duplicate id {sid}")
        texts[sid] = text

    with open(os.path.join(here, "gold.csv"), encoding="utf-8", newline="") as f:
        reader = csv.reader(f, strict=True)
        header = next(reader)
        rows = [dict(zip(COLS, r)) for r in reader if r]
        f.seek(0)
        widths = {len(r) for r in csv.reader(f) if r}
    if header != COLS:
        errors.append(f"gold.csv: header {header} != {COLS}")
    if widths != {len(COLS)}:
        errors.append(f"gold.csv: rows with {widths} columns")

    by_doc = defaultdict(list)
    for r in rows:
        by_doc[r["doc"]].append(r)
    spans = {}
    for doc, rs in by_doc.items():
        if doc not in texts:
            errors.append(f"{doc}: not in sentences.tsv")
            continue
        text = texts[doc]
        gids = [r["gid"] for r in rs]
        if gids != [str(i) for i in range(1, len(rs) + 1)]:
            errors.append(f"{doc}: gids {gids} are not 1..{len(rs)} in order")
        for r in rs:
            where = f"{doc} gid {r['gid']} {r['anchor']!r}"
            occ = int(r["occurrence"]) if r["occurrence"].isdigit() else 0
            if occ < 1:
                errors.append(f"{where}: occurrence must be a positive integer")
                continue
            count = text.count(r["anchor"]) if r["anchor"] else 0
            if count < occ:
                errors.append(f"{where}: anchor occurs {count} times, occurrence {occ}")
                continue
            if count > 1:
                warnings.append(f"{where}: anchor occurs {count} times; occurrence {occ} is used")
            pos = -1
            for _ in range(occ):
                pos = text.find(r["anchor"], pos + 1)
            spans[(doc, r["gid"])] = (pos, pos + len(r["anchor"]))
            # enumerations and units
            k, u, q = r["kind"], r["unit"], r["qualifier"]
            if k not in KINDS:
                errors.append(f"{where}: kind {k!r}")
            if q not in QUALS:
                errors.append(f"{where}: qualifier {q!r}")
            if r["required"] not in ("yes", "optional"):
                errors.append(f"{where}: required {r['required']!r}")
            if k == "percent" and u not in ("%", "pp"):
                errors.append(f"{where}: percent needs unit % or pp, not {u!r}")
            if k == "multiple" and u != "x":
                errors.append(f"{where}: multiple needs unit x, not {u!r}")
            if k == "money" and u not in ISO:
                errors.append(f"{where}: money needs an ISO 4217 code, not {u!r}")
            if k in ("count", "measure", "rank") and u in ISO | {"%", "pp", "x"}:
                errors.append(f"{where}: {k} with unit {u!r}")
            # values
            v, vm = r["value"], r["value_max"]
            if v and not DECIMAL.match(v):
                errors.append(f"{where}: value {v!r} is not a plain decimal")
            if vm and not DECIMAL.match(vm):
                errors.append(f"{where}: value_max {vm!r} is not a plain decimal")
            if not v and q != "vague":
                errors.append(f"{where}: empty value is only for vague amounts")
            if not v and vm:
                errors.append(f"{where}: value_max without value")
            if v and vm and DECIMAL.match(v) and DECIMAL.match(vm) and float(vm) <= float(v):
                errors.append(f"{where}: value_max {vm} <= value {v}")
            if v and DECIMAL.match(v):
                exp = expected_value(r["anchor"])
                if exp is not None and not any(abs(exp - float(x)) <= 1e-9 * max(1, abs(exp))
                                               for x in (v, vm) if x):
                    warnings.append(f"{where}: anchor reads as {exp:g}, value is {v}{'..' + vm if vm else ''}")
            if not TIME.match(r["time"]):
                errors.append(f"{where}: time {r['time']!r}")
            # copied text
            if not r["metric"]:
                errors.append(f"{where}: empty metric")
            elif r["metric"] not in text:
                errors.append(f"{where}: metric {r['metric']!r} is not copied from the text")
            s = r["source"]
            if s and s != "unnamed" and s not in text:
                errors.append(f"{where}: source {s!r} is not copied from the text")
            # relations
            for col in ("change_from", "compared_with"):
                ref = r[col]
                if not ref:
                    continue
                if ref == r["gid"]:
                    errors.append(f"{where}: {col} points at itself")
                target = next((x for x in rs if x["gid"] == ref), None)
                if target is None:
                    errors.append(f"{where}: {col} {ref} is not a gid of {doc}")
                elif col == "change_from" and (target["kind"], target["unit"]) != (k, u):
                    errors.append(f"{where}: change_from {ref} has another kind or unit")
        # overlaps and reading order
        ordered = sorted(((spans[(doc, r["gid"])], r["gid"]) for r in rs if (doc, r["gid"]) in spans))
        for (a, ga), (b, gb) in zip(ordered, ordered[1:]):
            if b[0] < a[1]:
                errors.append(f"{doc}: anchors of gid {ga} and {gb} overlap")
        if [g for _, g in ordered] != [r["gid"] for r in rs if (doc, r["gid"]) in spans]:
            warnings.append(f"{doc}: gids are not in reading order")

    # summary
    def script(t):
        tr, si = sum(c in TRAD for c in t), sum(c in SIMP for c in t)
        return "Traditional" if tr > si else "Simplified"
    no_claim = [sid for sid in texts if sid not in by_doc]
    req = [r for r in rows if r["required"] == "yes"]
    sc = Counter(script(t) for t in texts.values())
    print(f"sentences: {len(texts)}  (Simplified {sc['Simplified']}, Traditional {sc['Traditional']}; "
          f"no claim {len(no_claim)}: {sum(script(texts[s]) == 'Simplified' for s in no_claim)} Simplified, "
          f"{sum(script(texts[s]) == 'Traditional' for s in no_claim)} Traditional)")
    print(f"gold rows: {len(rows)}  (required {len(req)}, optional {len(rows) - len(req)})")
    print(f"rows with change_from {sum(bool(r['change_from']) for r in rows)}, "
          f"compared_with {sum(bool(r['compared_with']) for r in rows)}, "
          f"source {sum(bool(r['source']) for r in rows)} (unnamed {sum(r['source'] == 'unnamed' for r in rows)}), "
          f"time {sum(bool(r['time']) for r in rows)}")
    print("kinds: " + ", ".join(f"{k} {n}" for k, n in Counter(r["kind"] for r in rows).most_common()))
    print("qualifiers: " + ", ".join(f"{k} {n}" for k, n in Counter(r["qualifier"] for r in rows).most_common()))
    print("money units: " + ", ".join(f"{k} {n}" for k, n in Counter(r["unit"] for r in rows if r["kind"] == "money").most_common()))
    print("time forms: " + ", ".join(f"{k} {n}" for k, n in Counter(
        re.sub(r"\d", "9", r["time"]) for r in rows if r["time"]).most_common()))
    for w in warnings:
        print("warning:", w)
    for e in errors:
        print("ERROR:", e)
    print(f"{len(errors)} errors, {len(warnings)} warnings")
    return 1 if errors else 0


if __name__ == "__main__":
    sys.exit(main())
