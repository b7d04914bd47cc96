#!/usr/bin/env python3
"""Consistency check for the talks-da gold set (run: python3 check.py [dir]).

Checks, for every NNN-*.txt: a matching .gold.tsv exists; the header lines are
url/kind/split in that order; split is dev for odd NNN and test for even NNN; row
types come in the order talk, person, organisation, municipality; talk line numbers
lie within the .txt and never decrease (several talks may start on the same line when
a document describes them in one line); every talk speaker is also a person row;
every person/organisation/municipality name (or one of its ` || ` forms) occurs in
the .txt, a genitive -s/-'s being allowed; municipalities are among the 98 kommuner;
no duplicate rows. Known exceptions are listed in EXCEPTIONS and in README.md.
Also checks that pages.tsv lists exactly the documents, sorted.
"""
import os, re, sys, glob

KOMMUNER = """Albertslund Allerød Assens Ballerup Billund Bornholm Brøndby Brønderslev Dragør
Egedal Esbjerg Fanø Favrskov Faxe Fredensborg Fredericia Frederiksberg Frederikshavn
Frederikssund Furesø Faaborg-Midtfyn Gentofte Gladsaxe Glostrup Greve Gribskov Guldborgsund
Haderslev Halsnæs Hedensted Helsingør Herlev Herning Hillerød Hjørring Holbæk Holstebro
Horsens Hvidovre Høje-Taastrup Hørsholm Ikast-Brande Ishøj Jammerbugt Kalundborg Kerteminde
Kolding København Køge Langeland Lejre Lemvig Lolland Lyngby-Taarbæk Læsø Mariagerfjord
Middelfart Morsø Norddjurs Nordfyn Nyborg Næstved Odder Odense Odsherred Randers Rebild
Ringkøbing-Skjern Ringsted Roskilde Rudersdal Rødovre Samsø Silkeborg Skanderborg Skive
Slagelse Solrød Sorø Stevns Struer Svendborg Syddjurs Sønderborg Thisted Tønder Tårnby
Vallensbæk Varde Vejen Vejle Vesthimmerland Viborg Vordingborg Ærø Aabenraa Aalborg
Aarhus""".split()
assert len(KOMMUNER) == 98, len(KOMMUNER)

# Municipality names written in the text other than their official form:
# (document number, name) -> form that occurs in the .txt
EXCEPTIONS = {
    ("049", "Ringkøbing-Skjern"): "Ringkøbing?Skjern",
    ("049", "Ikast-Brande"): "Ikast?Brande",
}

# Held-out pages whose URL is also a page of ../extraction-da's dev split, found on 2026-12-07 (the
# batches' URL check had not read that list): their text was open to the developers through the
# extraction set, so they are dev here too.
SEEN_IN_EXTRACTION_DEV = {232, 239, 247, 255, 274, 276}

def occurs(name, text):
    """name occurs as a whole word sequence, optionally followed by a genitive s/'s."""
    pat = r"(?<!\w)" + re.escape(name) + r"(?:s|'s|’s)?(?!\w)"
    return re.search(pat, text) is not None

def main(d):
    ok = True
    def err(msg):
        nonlocal ok
        ok = False
        print("ERROR:", msg)
    txts = sorted(glob.glob(os.path.join(d, "[0-9][0-9][0-9]-*.txt")))
    names = []
    counts = {}
    for t in txts:
        base = os.path.basename(t)[:-4]
        names.append(base)
        num = base[:3]
        g = os.path.join(d, base + ".gold.tsv")
        if not os.path.exists(g):
            err(f"{base}: no .gold.tsv"); continue
        text = open(t, encoding="utf-8").read()
        nlines = len(text.split("\n")) - (1 if text.endswith("\n") else 0)
        rows = open(g, encoding="utf-8").read().rstrip("\n").split("\n")
        hdr = [r.split("\t") for r in rows[:3]]
        if [h[0] for h in hdr] != ["# url", "# kind", "# split"]:
            err(f"{base}: bad header {hdr}")
        kind = hdr[1][1]; split = hdr[2][1]
        if kind not in ("programme", "report", "news"):
            err(f"{base}: bad kind {kind}")
        # 001-050: odd dev, even test; 051-254 later dev batches (081-104 held out until 2026-12-07's third
        # session read it, 135-158 until its fifth, 159-182 until its sixth, 183-206 and 207-230 until its
        # seventh, 231-254 until its eighth, 255-278, 279-302 and 303-326 until its ninth, 327-350 and 351-374 until its
        # tenth, 375-398 and 399-422 until 2026-12-08's first); 423-446, 447-470, 471-494 and 495-518 held out
        n = int(num)
        if 51 <= n <= 422 or n in SEEN_IN_EXTRACTION_DEV:
            want = "dev"
        elif 423 <= n <= 518:
            want = "heldout"
        else:
            want = "dev" if n % 2 else "test"
        if split != want:
            err(f"{base}: split {split}, want {want}")
        order = {"talk": 0, "person": 1, "organisation": 2, "municipality": 3}
        last_t = 0; last_line = 0; persons = set(); speakers = []; seen = set()
        c = counts.setdefault((split, kind), {"docs": 0, "talks": 0, "speakers": 0,
            "persons": 0, "organisations": 0, "municipalities": 0})
        c["docs"] += 1
        for r in rows[3:]:
            f = r.split("\t")
            typ = f[0]
            if typ not in order:
                err(f"{base}: unknown row {r!r}"); continue
            if order[typ] < last_t:
                err(f"{base}: row out of order {r!r}")
            last_t = order[typ]
            if r in seen:
                err(f"{base}: duplicate row {r!r}")
            seen.add(r)
            if typ == "talk":
                if len(f) != 4:
                    err(f"{base}: talk row needs 4 fields: {r!r}"); continue
                ln = int(f[1])
                if not (1 <= ln <= nlines):
                    err(f"{base}: talk line {ln} outside 1..{nlines}")
                if ln < last_line:
                    err(f"{base}: talk line {ln} before {last_line}")
                last_line = ln
                if not f[2].strip():
                    err(f"{base}: empty talk title")
                sp = [s for s in f[3].split(" | ") if s] if f[3] else []
                speakers += sp
                c["talks"] += 1; c["speakers"] += len(sp)
                continue
            if len(f) != 2 or not f[1].strip():
                err(f"{base}: bad row {r!r}"); continue
            name = f[1]
            forms = name.split(" || ")
            if typ == "person":
                persons.add(name); c["persons"] += 1
            elif typ == "organisation":
                c["organisations"] += 1
            else:
                c["municipalities"] += 1
                if name not in KOMMUNER:
                    err(f"{base}: {name} is not one of the 98 kommuner")
            found = False
            for form in forms:
                alt = EXCEPTIONS.get((num, form))
                if occurs(form, text) or (alt and alt in text):
                    found = True
            if not found:
                err(f"{base}: {typ} {name!r} does not occur in the text")
        for s in speakers:
            if s not in persons:
                err(f"{base}: speaker {s!r} has no person row")
    # pages.tsv
    p = os.path.join(d, "pages.tsv")
    if os.path.exists(p):
        prow = [l.split("\t") for l in open(p, encoding="utf-8").read().rstrip("\n").split("\n")]
        if [r[0] for r in prow] != names:
            err("pages.tsv does not list exactly the documents, sorted")
        for r in prow:
            g = open(os.path.join(d, r[0] + ".gold.tsv"), encoding="utf-8").read().split("\n")
            if g[0] != "# url\t" + r[3] or g[1] != "# kind\t" + r[2] or g[2] != "# split\t" + r[1]:
                err(f"pages.tsv row for {r[0]} disagrees with its .gold.tsv")
    else:
        err("pages.tsv missing")
    # counts
    print("split\tkind\tdocs\ttalks\tspeakers\tpersons\torganisations\tmunicipalities")
    tot = {}
    for split in ("dev", "test", "heldout"):
        st = {}
        for (s, k), c in sorted(counts.items()):
            if s != split: continue
            print(split, k, *c.values(), sep="\t")
            for key, v in c.items():
                st[key] = st.get(key, 0) + v; tot[key] = tot.get(key, 0) + v
        print(split, "all", *st.values(), sep="\t")
    print("all", "all", *tot.values(), sep="\t")
    print("OK" if ok else "FAILED")
    return 0 if ok else 1

if __name__ == "__main__":
    sys.exit(main(sys.argv[1] if len(sys.argv) > 1 else os.path.dirname(os.path.abspath(__file__))))
