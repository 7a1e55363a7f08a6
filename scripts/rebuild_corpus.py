#!/usr/bin/env python3
"""Rebuild the reference corpus from its public origins (see data/CORPUS.md).

    python3 scripts/rebuild_corpus.py DIR

downloads each origin file at the repository commit recorded here, applies the cleaning steps below, writes
DIR/<voice>/<file>.txt, and checks every file against the SHA-256 recorded in data/corpus-manifest.csv. It says, file
by file, what it rebuilt exactly, what came out different, and which files it has no recipe for (their origins are
named in data/CORPUS.md; those were cut by hand and cannot be rebuilt by a script). Nothing is downloaded unless you
run it; a file already in DIR is never written over.

Python 3.8 or later, standard library only. Instead of downloading, --clones ROOT reads the origins from git clones
ROOT/<owner>/<name> (git must be installed).

Then check the folder: ./whosaid corpus verify DIR
"""
import argparse
import csv
import hashlib
import json
import os
import re
import subprocess
import sys
import urllib.request

HERE = os.path.dirname(os.path.abspath(__file__))
MANIFEST = os.path.join(HERE, os.pardir, "data", "corpus-manifest.csv")

MEAGHANBASS = ("meaghanbass/russian-resources-project", "fc049bf0f43994fcb2d5e6b3196b18fb25017f18")
ML_LENINISM = ("sergioyahni/ML_Leninism", "2c3de91bd3f8cddfd3fec73c71161243de2df500")
THAT_NLG = ("Sulla2012/that-nlg", "8f259615c6032172aba3fe2f54570f152bac0e6e")


# ---- cleaning steps, one function each (tested in scripts/test_rebuild_corpus.py) ----

def strip_front_matter(text):
    """A Markdown page's header between two '---' lines, at the very top, is not part of the work."""
    if text.startswith("---\n"):
        end = text.find("\n---\n", 4)
        if end >= 0:
            return text[end + 5:]
    return text


def paragraphs(text):
    """Blocks between blank lines, each made one line: its lines stripped of list markers ('- ', '* ') and joined
    by one space, so that a list runs together into a single paragraph."""
    result = []
    for block in re.split(r"\n[ \t]*\n", text.replace("\r\n", "\n")):
        lines = [re.sub(r"^\s*[-*]\s+", "", line).strip() for line in block.split("\n")]
        joined = " ".join(line for line in lines if line)
        if joined:
            result.append(joined)
    return result


def drop_headings(paras):
    """Markdown headings ('# ...' to '###### ...') are page structure, not the author's prose."""
    return [p for p in paras if not p.startswith("#")]


def drop_short(paras, minimum=40):
    """Paragraphs under `minimum` characters (section numbers, 'Such are the facts.') were left out."""
    return [p for p in paras if len(p) >= minimum]


def spaced_dashes(paras):
    """A double hyphen between words, 'America--insofar', written with a space either side: 'America -- insofar'."""
    return [re.sub(r"\s*--\s*", " -- ", p) for p in paras]


def json_work(text, publication):
    """The records of one work in sergioyahni/ML_Leninism's lenin_dataset.json, in the file's order, each one
    paragraph stripped of surrounding white space."""
    return [r["statement"].strip() for r in json.loads(text) if r.get("publication") == publication]


def first_lines(text, count, prefix=""):
    """The first `count` lines of a file (the rest is another work), with `prefix` put back in front of the first
    (a letter the source lost)."""
    return prefix + "\n".join(text.split("\n")[:count])


def corpus_text(paras):
    """The corpus layout: one paragraph per line, a blank line between paragraphs, a line end at the end."""
    return "\n\n".join(paras) + "\n"


def markdown_page(text):
    return corpus_text(drop_short(drop_headings(paragraphs(strip_front_matter(text)))))


# ---- what each file is made from ----

def _page(name):
    return (MEAGHANBASS, "content/russia/%s.md" % name, markdown_page)


def _json(publication):
    return (ML_LENINISM, "lenin_dataset.json", lambda text: corpus_text(json_work(text, publication)))


RECIPES = {
    "Stalin/dialectical-and-historical-materialism.txt": _page("dialectical-and-historical-materialism"),
    "Stalin/marxism-and-the-national-question.txt": _page("marxism-and-the-national-question"),
    "Stalin/trotskyism-or-leninism.txt": _page("trotskyism-or-leninism"),
    "narrator/kollontai-workers-opposition.txt": _page("workers-opposition"),
    "narrator/programme-of-the-socialist-revolutionary-party.txt": _page(
        "programme-of-the-socialist-revolutionary-party"),
    "narrator/programme-of-the-union-of-the-russian-people.txt": _page("programme-of-the-union-of-the-russian-people"),
    "Lenin/1913_the_three_sources_and_three_component_parts_of_marxism.txt": _json(
        "1913_the_three_sources_and_three_component_parts_of_marxism"),
    "Lenin/1914_karl_marx_a_brief_biographical_sketch_with_an_exposition_of_marxism.txt": _json(
        "1914_karl_marx_a_brief_biographical_sketch_with_an_exposition_of_marxism"),
    "Lenin/1914_the_right_of_nations_to_self_determination.txt": _json(
        "1914_the_right_of_nations_to_self_determination"),
    "Lenin/1916_imperialism_the_highest_stage_of_capitalism.txt": _json(
        "1916_Imperialism_the_highest_stage_of_capitalism"),
    "Lenin/1917_the_state_and_revolution.txt": _json("1917_the_state_and_revolution"),
    "narrator/1899_berenstein.txt": _json("1899_berenstein"),
    "narrator/1902_karl_kautzki.txt": _json("1902_karl_kautzki"),
    "Lenin/1918-letter-to-american-workingmen.txt": (
        THAT_NLG, "texts/lenin.txt",
        lambda text: corpus_text(spaced_dashes(paragraphs(first_lines(text, 436, prefix="C"))))),
}


# ---- fetching and checking ----

def read_manifest(path=MANIFEST):
    with open(path, newline="", encoding="utf-8") as f:
        return {row["voice"] + "/" + row["file"]: row for row in csv.DictReader(f)}


def fetch_url(repo, commit, path):
    url = "https://raw.githubusercontent.com/%s/%s/%s" % (repo, commit, path)
    with urllib.request.urlopen(url, timeout=120) as response:
        return response.read()


def fetch_clone(root):
    def fetch(repo, commit, path):
        clone = os.path.join(root, *repo.split("/"))
        return subprocess.run(["git", "-C", clone, "show", "%s:%s" % (commit, path)], check=True,
                              stdout=subprocess.PIPE).stdout
    return fetch


def rebuild(target_dir, fetch, manifest, only=None):
    """Writes every file a recipe makes; returns (file, status) pairs, status 'exact', 'different', 'kept' (already
    there, not written over), 'failed: ...' or 'no recipe'."""
    cache = {}
    report = []
    for name in sorted(manifest):
        if only and name not in only:
            continue
        recipe = RECIPES.get(name)
        if recipe is None:
            report.append((name, "no recipe"))
            continue
        out = os.path.join(target_dir, *name.split("/"))
        if os.path.exists(out):
            report.append((name, "kept"))
            continue
        (repo, commit), path, clean = recipe
        key = (repo, commit, path)
        try:
            if key not in cache:
                cache[key] = fetch(repo, commit, path).decode("utf-8")
            data = clean(cache[key]).encode("utf-8")
        except Exception as e:  # one origin out of reach must not stop the others
            report.append((name, "failed: %s" % e))
            continue
        os.makedirs(os.path.dirname(out), exist_ok=True)
        with open(out + ".part", "wb") as f:
            f.write(data)
        os.replace(out + ".part", out)
        same = hashlib.sha256(data).hexdigest() == manifest[name]["sha256"]
        report.append((name, "exact" if same else "different"))
    return report


def main(argv=None):
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("dir", help="folder to rebuild the corpus in (DIR/<voice>/<file>.txt)")
    parser.add_argument("--clones", metavar="ROOT", help="read origins from git clones ROOT/<owner>/<name>")
    parser.add_argument("--only", nargs="*", metavar="VOICE/FILE", help="rebuild these files only")
    args = parser.parse_args(argv)
    manifest = read_manifest()
    fetch = fetch_clone(args.clones) if args.clones else fetch_url
    report = rebuild(args.dir, fetch, manifest, set(args.only) if args.only else None)
    counts = {}
    for name, status in report:
        print("%-10s %s" % (status.split(":")[0], name) + (status[6:] if status.startswith("failed") else ""))
        counts[status.split(":")[0]] = counts.get(status.split(":")[0], 0) + 1
    print("; ".join("%d %s" % (n, s) for s, n in sorted(counts.items())) + ". Files with no recipe: see "
          "data/CORPUS.md for their origins. Check the folder with: ./whosaid corpus verify " + args.dir,
          file=sys.stderr)
    return 0 if not any(s.startswith("failed") or s == "different" for _, s in report) else 2


if __name__ == "__main__":
    sys.exit(main())
