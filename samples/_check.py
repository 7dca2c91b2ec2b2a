import csv, json, re, os, yaml, glob
from collections import Counter
os.chdir(os.path.dirname(os.path.abspath(__file__)))
cb = yaml.safe_load(open("/work/shared/product/codebook.yaml"))
lab = {k: {c["label"] for c in cb[k]} for k in ["type_of_change", "type_of_change_cluster", "social_actor", "scale"]}
cid = {k: {c["id"] for c in cb[k]} for k in lab}
recs = []  # normalised: (file, id, status, harvest, country, year, desc, conf, neg, types)
errs = []

# md
text = open("harvest-2022.md", encoding="utf-8").read()
assert "StoryFragment" not in text
blocks = [b for b in re.split(r"(?m)^(?=\*\*FragmentID\*\*:)", text) if b.strip()]
for b in blocks:
    d = dict(re.findall(r"(?m)^\*\*(.+?)\*\*: ?(.*)$", b))
    for f, k in [("Social actor", "social_actor"), ("Scale", "scale"), ("TypeOfChangeCluster", "type_of_change_cluster")]:
        if d[f] not in lab[k]: errs.append(("md", d["FragmentID"], f, d[f]))
    types = [t.strip() for t in d["MCQType of change"].split(",")]
    for t in types:
        if t not in lab["type_of_change"]: errs.append(("md", d["FragmentID"], "type", t))
    recs.append(("md", d["FragmentID"], d["Outcome status"], d["OH-harvesting period"], d["coutnry"], int(d["Year"]),
                 d["Outcome description"], d["Outcome statements is CONFIDENTIAL"] == "YES", d["Outcome is negative"] == "YES", types,
                 d["Rating significance"], d["Rating contribution"]))
    assert "coutnry" in d and "Additional information (use if needed) " in d and "Link to Outcomes in Results Framework " in d

# csv
raw = open("harvest-2023.csv", "rb").read()
assert not raw.startswith(b"\xef\xbb\xbf")
with open("harvest-2023.csv", encoding="utf-8", newline="") as f:
    rows = list(csv.DictReader(f))
for d in rows:
    for f, k in [("Social actor", "social_actor"), ("Scale", "scale"), ("Cluster", "type_of_change_cluster")]:
        if d[f] not in lab[k]: errs.append(("csv", d["Outcome ID"], f, d[f]))
    types = [t.strip() for t in d["Type of change"].split(",")]
    for t in types:
        if t not in lab["type_of_change"]: errs.append(("csv", d["Outcome ID"], "type", t))
    recs.append(("csv", d["Outcome ID"], d["Status"], d["Harvest"], d["Country"], int(d["Year"]), d["Description"],
                 d["Confidential"] == "Yes", d["Negative"] == "Yes", types, d["Rating significance"], d["Rating contribution"]))
# record separators are CRLF: strip quoted fields, then every newline must be preceded by CR
unq = re.sub(rb'"(?:[^"]|"")*"', b"Q", raw)
assert unq.count(b"\n") == unq.count(b"\r\n") == 25, (unq.count(b"\n"), unq.count(b"\r\n"))

# jsonl
for line in open("harvest-2024.jsonl", encoding="utf-8"):
    o = json.loads(line)
    assert isinstance(o["year"], int) and all(isinstance(o[k], bool) for k in ("unintended", "confidential", "negative"))
    if o["socialActor"] not in cid["social_actor"]: errs.append(("jsonl", o["id"], "actor", o["socialActor"]))
    if o["scale"] not in cid["scale"]: errs.append(("jsonl", o["id"], "scale", o["scale"]))
    if o["cluster"] not in cid["type_of_change_cluster"]: errs.append(("jsonl", o["id"], "cluster", o["cluster"]))
    for t in o["typesOfChange"]:
        if t not in cid["type_of_change"]: errs.append(("jsonl", o["id"], "type", t))
    neg = o["negative"]
    recs.append(("jsonl", o["id"], o["status"], o["harvest"], o["country"], o["year"], o["description"], o["confidential"], neg,
                 ["Restriction or backlash" if t == "backlash" else t for t in o["typesOfChange"]],
                 o["ratingSignificance"], o["ratingContribution"]))

print("errors:", errs)
print("records per file:", Counter(r[0] for r in recs), "total", len(recs))
ids = [r[1] for r in recs]
print("unique ids:", len(set(ids)) == len(ids), len(set(ids)))
print("all have description:", all(r[6].strip() for r in recs))
print("years in 2021-2025:", all(2021 <= r[5] <= 2025 for r in recs))
print("ratings ok:", all(r[10] in cb["rating_significance"] and r[11] in cb["rating_contribution"] for r in recs))
print("status ok:", all(r[2] in cb["outcome_status"] for r in recs))
print("per country:", dict(sorted(Counter(r[4] for r in recs).items())), len(set(r[4] for r in recs)))
print("per year:", dict(sorted(Counter(r[5] for r in recs).items())))
print("per harvest:", dict(sorted(Counter(r[3] for r in recs).items())))
print("per status:", dict(Counter(r[2] for r in recs)))
print("confidential:", sum(r[7] for r in recs), [r[1] for r in recs if r[7]])
print("negative:", sum(r[8] for r in recs), [r[1] for r in recs if r[8]])
print("negative <=> backlash:", all(r[8] == ("Restriction or backlash" in r[9]) for r in recs))
for f in ("harvest-2022.md", "harvest-2023.csv", "harvest-2024.jsonl"):
    print(f, Counter((r[4]) for r in recs if f.endswith(r[0])).most_common(1), "per file")

# placeholders only in confidential records; each confidential record has one
allrec = {}
for b in blocks:
    d = dict(re.findall(r"(?m)^\*\*(.+?)\*\*: ?(.*)$", b)); allrec[d["FragmentID"]] = " ".join(d.values())
for d in rows: allrec[d["Outcome ID"]] = " ".join(d.values())
for line in open("harvest-2024.jsonl", encoding="utf-8"):
    o = json.loads(line); allrec[o["id"]] = json.dumps(o, ensure_ascii=False)
for r in recs:
    has = bool(re.search(r"<(person|LOC|redacted)>", allrec[r[1]]))
    if has != r[7]: print("PLACEHOLDER MISMATCH", r[1], has, r[7])

# no copied text from /work/shared: 7-word shingles
def sh(t):
    w = re.findall(r"[\w'<>-]+", t.lower()); return {" ".join(w[i:i+7]) for i in range(len(w) - 6)}
ours = set().union(*(sh(v) for v in allrec.values()))
shared = set()
for p in glob.glob("/work/shared/**/*", recursive=True):
    if os.path.isfile(p):
        try: shared |= sh(open(p, encoding="utf-8").read())
        except Exception: pass
common = ours & shared
print("7-word shingles shared with /work/shared:", len(common)); [print("  ", c) for c in sorted(common)]
