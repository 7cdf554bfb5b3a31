#!/usr/bin/env python3
"""Builds a Sahifa JSON export of the sample article annotated by hand, from its gold file.

The gold file (crates/core/tests/data/seed.gold.json) lists entity names, and quotes by their first and last words, speaker and
cue, without offsets. This script finds them in the text of a Sahifa JSON export of the sample and writes the same
export with entities, clusters and quotes filled in (schema: docs/JSON_SCHEMA.md), so that the examples show what
the exports look like on a fully annotated article before, or independently of, the app's own analysis.

usage: gold_annotations.py EXPORT.json GOLD.json > ANNOTATED.json
"""

import json
import sys

CLITICS = set("وفبلك")
WORD_BREAK = set(" \n\t،,.:;؛!?؟«»“”\"'()[]{}-")


def occurrences(text, name):
    """Start offsets (code points) of `name` where it stands as a word, possibly after clitic letters."""
    out, i = [], text.find(name)
    while i >= 0:
        j = i
        while j > 0 and text[j - 1] in CLITICS and i - j < 3:
            j -= 1
        before_ok = j == 0 or text[j - 1] in WORD_BREAK
        end = i + len(name)
        after_ok = end == len(text) or text[end] in WORD_BREAK
        if before_ok and after_ok:
            out.append(i)
        i = text.find(name, i + 1)
    return out


def main():
    export = json.load(open(sys.argv[1], encoding="utf-8"))
    gold = json.load(open(sys.argv[2], encoding="utf-8"))
    text = export["text"]

    # Entities: longest names first, no overlaps.
    names = sorted(
        ((label, name) for label, ns in gold["entities"].items() for name in ns),
        key=lambda p: -len(p[1]),
    )
    taken, spans = [], []
    for label, name in names:
        for s in occurrences(text, name):
            e = s + len(name)
            if any(s < te and ts < e for ts, te in taken):
                continue
            taken.append((s, e))
            spans.append((s, e, label, name))
    spans.sort()

    # Clusters: a shorter person name that ends a longer one ("X Y" and "Y") is the same person.
    canon = {}
    for _, _, label, name in spans:
        key = (label, name)
        if key in canon:
            continue
        longer = [n for l, n in canon.values() if l == label and n.endswith(" " + name)]
        canon[key] = (label, longer[0]) if label == "PER" and longer else (label, name)
    for _, _, label, name in spans:
        if label == "PER":
            longer = [n for (l, n) in canon if l == "PER" and n != name and n.endswith(" " + name)]
            if longer:
                canon[(label, name)] = (label, longer[0])
    cluster_ids, clusters, entities = {}, [], []
    for i, (s, e, label, name) in enumerate(spans):
        c = canon[(label, name)]
        if c not in cluster_ids:
            cluster_ids[c] = len(clusters)
            clusters.append({"id": len(clusters), "label": label, "canonical": c[1], "mentions": []})
        cid = cluster_ids[c]
        clusters[cid]["mentions"].append(i)
        entities.append({"id": i, "label": label, "start": s, "end": e, "text": text[s:e],
                         "entity": cid, "source": "rule", "confidence": 1.0})

    def nearest_before(needle, pos, fallback_after=True):
        best = text.rfind(needle, 0, pos)
        if best < 0 and fallback_after:
            best = text.find(needle, pos)
        return best

    quotes = []
    for q in gold["quotes"]:
        start = text.find(q["start"])
        if start < 0:
            print(f"quote not found: {q['start']}", file=sys.stderr)
            continue
        end_at = text.find(q["end"], start)
        end = end_at + len(q["end"]) if end_at >= 0 else start + len(q["start"])
        cue = None
        if q.get("cue"):
            c = nearest_before(q["cue"], start)
            if c >= 0:
                cue = {"text": q["cue"], "start": c, "end": c + len(q["cue"])}
        speaker = None
        if q.get("speaker"):
            name = q["speaker"]
            s = nearest_before(name, start)
            if s >= 0:
                cid = cluster_ids.get(canon.get(("PER", name), ("PER", name)))
                speaker = {"text": name, "start": s, "end": s + len(name), "entity": cid}
        quotes.append({"id": 0, "kind": q["kind"], "start": start, "end": end, "text": text[start:end],
                       "speaker": speaker, "cue": cue})
    quotes.sort(key=lambda q: q["start"])
    for i, q in enumerate(quotes):
        q["id"] = i

    export.update(entities=entities, clusters=clusters, quotes=quotes)
    json.dump(export, sys.stdout, ensure_ascii=False, indent=2)
    sys.stdout.write("\n")


if __name__ == "__main__":
    main()
