import csv, json, os, re, yaml
from collections import defaultdict
os.chdir(os.path.dirname(os.path.abspath(__file__)))
from _data import H2022, H2023, H2024, OBJECTIVES, PARTNERS

cb = yaml.safe_load(open("/work/shared/product/codebook.yaml"))
L = {k: {c["id"]: c["label"] for c in cb[k]} for k in ["type_of_change", "type_of_change_cluster", "social_actor", "scale"]}

counter = defaultdict(int)
ids = {}
for harvest, recs in (("Harvest 2022", H2022), ("Harvest 2023", H2023), ("Harvest 2024", H2024)):
    for r in recs:
        counter[r["obj"]] += 1
        r["id"] = f"CVP-{r['iso']}/{r['obj']}{counter[r['obj']]:03d}"
        r["harvest"] = harvest
        ids[r["key"]] = r["id"]
for recs in (H2022, H2023, H2024):
    for r in recs:
        for f in ("description", "significance", "additionalInfo", "contributionProgramme", "contributionOthers"):
            r[f] = re.sub(r"\{([A-Z]{3}\d)\}", lambda m: ids[m.group(1)], r[f])

yn = lambda b: "YES" if b else "NO"

# 1. key-value markdown
out = []
for r in H2022:
    rows = [
        ("FragmentID", r["id"]), ("Outcome status", r["status"]), ("OH-harvesting period", r["harvest"]),
        ("coutnry", r["country"]), ("Year", str(r["year"])), ("Outcome description", r["description"]),
        ("Significance of the outcome", r["significance"]),
        ("Additional information (use if needed) ", r["additionalInfo"]),
        ("Rating significance", r["ratingSignificance"]), ("Social actor", L["social_actor"][r["socialActor"]]),
        ("Scale", L["scale"][r["scale"]]), ("Contribution of the programme", r["contributionProgramme"]),
        ("Contribution of other actors and factors", r["contributionOthers"]),
        ("Rating contribution", r["ratingContribution"]), ("The change was unintended", yn(r["unintended"])),
        ("Evidence supporting the outcome statement", r["evidence"]),
        ("Outcome statements is CONFIDENTIAL", yn(r["confidential"])),
        ("Link to Outcomes in Results Framework ", r["resultsFramework"]),
        ("Link to SCC Specific Objectives", OBJECTIVES[r["obj"]]),
        ("Outcome is negative", yn(r["negative"])),
        ("MCQType of change", ", ".join(L["type_of_change"][t] for t in r["typesOfChange"])),
        ("TypeOfChangeCluster", L["type_of_change_cluster"][r["cluster"]]),
    ]
    for k, v in rows:
        assert "\n" not in v
        out.append(f"**{k}**: {v}")
    out.append("")
open("harvest-2022.md", "w", encoding="utf-8", newline="\n").write("\n".join(out))

# 2. CSV
hdr = ["Outcome ID", "Status", "Harvest", "Country", "Year", "Description", "Significance", "Additional information", "Social actor",
       "Scale", "Type of change", "Cluster", "Contribution of the programme", "Contribution of others",
       "Rating significance", "Rating contribution", "Unintended", "Negative", "Confidential", "Evidence", "Partner"]
yn2 = lambda b: "Yes" if b else "No"
with open("harvest-2023.csv", "w", encoding="utf-8", newline="") as f:
    w = csv.writer(f, lineterminator="\r\n", quoting=csv.QUOTE_MINIMAL)
    w.writerow(hdr)
    for r in H2023:
        w.writerow([r["id"], r["status"], r["harvest"], r["country"], r["year"], r["description"],
                    r["significance"], r["additionalInfo"],
                    L["social_actor"][r["socialActor"]], L["scale"][r["scale"]],
                    ", ".join(L["type_of_change"][t] for t in r["typesOfChange"]),
                    L["type_of_change_cluster"][r["cluster"]], r["contributionProgramme"], r["contributionOthers"],
                    r["ratingSignificance"], r["ratingContribution"], yn2(r["unintended"]), yn2(r["negative"]),
                    yn2(r["confidential"]), r["evidence"], PARTNERS[r["iso"]]])

# 3. JSONL
keys = ["id", "status", "harvest", "country", "year", "description", "significance", "additionalInfo",
        "ratingSignificance", "socialActor", "scale", "contributionProgramme", "contributionOthers",
        "ratingContribution", "unintended", "evidence", "confidential", "negative", "typesOfChange", "cluster"]
with open("harvest-2024.jsonl", "w", encoding="utf-8", newline="\n") as f:
    for r in H2024:
        o = {k: r[k] for k in keys}
        o["resultsFramework"] = r["resultsFramework"]
        o["objectives"] = OBJECTIVES[r["obj"]]
        f.write(json.dumps(o, ensure_ascii=False) + "\n")
print("written", len(H2022), len(H2023), len(H2024))
