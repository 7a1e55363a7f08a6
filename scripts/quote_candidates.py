#!/usr/bin/env python3
"""Quotation-span candidates for the whosaid quotation gold set (data/quotes/quotes.csv).

Deterministic; standard library only; contains no corpus text.  Run from anywhere:

    python3 scripts/quote_candidates.py                 # chosen spans (TSV, offsets only)
    python3 scripts/quote_candidates.py --all           # every candidate (TSV)
    python3 scripts/quote_candidates.py --summary       # candidates / chosen per file
    python3 scripts/quote_candidates.py --show          # chosen spans with context, for reading
                                                        # (prints corpus text to the terminal only;
                                                        #  never redirect it into the repository)
    python3 scripts/quote_candidates.py --mode marks    # the marks-only sample (see MARKS MODE below)

Options: --corpus DIR (default: the environment variable WHOSAID_CORPUS, else ../shared/corpus beside the
repository, as for whosaid's own corpus tests), --seed FILE (default data/passages/seed.txt in the repository).

MARKS MODE (--mode marks): a sample that does not lean on the quotation sieves' rules
  The default mode finds colon quotations with a speech-verb list much like the sieves' own, and
  stratifies by the name nearest before each span, so its sample over-represents what the sieves
  find.  --mode marks picks quotations by their marks alone, whatever frames them:
  (m) text between matching marks inside a paragraph, at least MARKS_MIN_WORDS words: “…” „…“ «…»
      ‹…› ‚…‘ ‘…’ and straight "…" (a ’ before a letter, or after an s and before a lower-case
      word, is an apostrophe, not a closing mark).  A quotation still open at the end of its
      paragraph (one running over several paragraphs) runs to the paragraph's end;
  (k) block quotations after a colon: a paragraph that ends with ':' (any words, no speech verb
      needed) followed by a paragraph that does not open with a mark (those are (m)); the span is
      that paragraph's first sentence.
  Spans overlapping a span of data/quotes/quotes.csv are left out (the new sample is new text).
  Sampling: every source (corpus files, then the seed) in sorted order, candidates in order; one
  random.Random(MARKS_SEED) shuffles the whole list, and spans are taken in that order, at most
  MARKS_PER_SOURCE per source, until MARKS_SAMPLE are chosen.  Output: source, start, end, rule;
  data/quotes/marks_sample.csv holds the committed output and scripts/quote_candidates.py
  --mode marks --check verifies that this script still reproduces it.

Text and offsets
  Each file is read as UTF-8; a leading BOM is stripped.  Offsets are Python str
  (Unicode code point) indices into that text, end exclusive, and cover the quoted
  words only (never the quotation marks).

Candidate rules
  (a) marked: text between matching quotation marks with at least 6 words
      (a word = a run of letters/digits, inner apostrophes and hyphens allowed).
      Marks are paired inside one paragraph (paragraph = block between blank lines):
      “…”  «…»  „…“  and straight "…".  A straight " opens when it follows the
      paragraph start, whitespace or one of ( [ { — – - / and is not followed by
      whitespace; it closes when it follows a non-space character; otherwise it is
      ignored.  An opener of the same kind while one is open restarts the quote at the
      new opener (the earlier one was never closed); an opener of another kind inside
      an open quote is a nested quote and is ignored; a quote still open at the end of
      the paragraph (multi-paragraph quotes) is dropped.  Leading/trailing whitespace
      inside the marks is trimmed.  Single quotes ‘…’ / '…' are not used (they are
      mostly apostrophes or nested quotes).
  (b) colon-introduced, unmarked: a ':' followed by whitespace, not inside any paired
      quotation marks, whose sentence (from the previous sentence end in the same
      paragraph up to the colon) contains a speech verb (SPEECH_VERB below).  The
      quoted words start at the next non-space character (which may be at the start of
      the next paragraph when the colon ends its paragraph) and run to the end of that
      sentence (sentence end: . ! or ? plus any closing brackets, followed by
      whitespace and an upper-case letter, digit or opening bracket/quote, where the
      word before the full stop is not a single letter or a listed abbreviation; or the
      end of the paragraph).  Skipped when the quoted words start with a quotation mark
      (rule (a) covers them) or are fewer than 2 words.  A (b) span overlapping an (a)
      span is dropped.

Sampling (seed 7)
  All candidates of the seed passage are chosen.  For the corpus, each file's candidate
  list (sorted by start) is shuffled with one random.Random(7) generator, files taken in
  sorted order.  Every candidate gets a sampling hint (never a label): the name among
  Lenin (Lenin, Ilyich, Ilych), Trotsky (Trotsky, Trotzky) and Stalin whose last mention
  in the HINT_WINDOW code points before the span is nearest to it, or "self" when a
  first-person pronoun (I, we, me, my, our, us) in the SELF_WINDOW code points before the
  span is nearer still, else "other".  Chosen from the corpus:
    1. per file, the first BASE_PER_FILE candidates of its shuffled order
       (BASE_PER_FILE_LARGE for files with at least LARGE_FILE candidates), so every
       work that has candidates contributes;
    2. per hint stratum Lenin, Trotsky, Stalin, self (in that order), candidates with
       that hint are taken round-robin over the files (sorted), each file in its
       shuffled order, until HINT_QUOTA[hint] chosen candidates carry that hint
       (counting those chosen before) or the stratum is exhausted;
    3. near-speaker stratum: a candidate is "near" a name when the name and a speech
       verb both occur in the NEAR_BEFORE code points before the span, or both in the
       NEAR_AFTER code points after it.  For each name in NEAR_QUOTA, near candidates
       are added the same round-robin way until NEAR_QUOTA[name] chosen candidates are
       near it.  (Added because steps 1-2 gave too few quotations of Stalin; with the
       quota of 30 the whole near-Stalin stratum, 30 candidates, is chosen.)
  Raising a quota only adds spans (each step takes a prefix of fixed orders).
  Candidates that turn out not to be quotations (scare quotes, titles, terms, or an
  introducer whose quotation is missing) are skipped by the annotator while labelling;
  the skipped ones are listed in QUOTES.md.
"""
import argparse
import csv
import os
import random
import re
import sys

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
SEED = 7
BASE_PER_FILE = 2
BASE_PER_FILE_LARGE = 4
LARGE_FILE = 40
HINT_QUOTA = {"Lenin": 45, "Trotsky": 40, "Stalin": 22, "self": 25}
HINT_WINDOW = 300
NEAR_BEFORE = 100
NEAR_AFTER = 60
NEAR_QUOTA = {"Stalin": 30}
MIN_WORDS_A = 6
MIN_WORDS_B = 2

WORD = re.compile(r"\w+(?:['’\-]\w+)*")
SPEECH_VERB = re.compile(
    r"\b(?:"
    r"says?|said|saying|writes?|wrote|written|writing|declar(?:e|es|ed|ing)|stat(?:es|ed|ing)|"
    r"announc(?:e|es|ed|ing)|remark(?:s|ed)?|repl(?:y|ies|ied)|answer(?:s|ed)|add(?:s|ed)|"
    r"exclaim(?:s|ed)?|insist(?:s|ed)|argu(?:e|es|ed)|assert(?:s|ed)|proclaim(?:s|ed)?|"
    r"tells?|told|ask(?:s|ed)|continu(?:es|ed)|conclud(?:es|ed)|explain(?:s|ed)|"
    r"observ(?:es|ed)|quot(?:e|es|ed|ing)|cit(?:es|ed|ing)|repeat(?:s|ed|ing)|urg(?:es|ed)|"
    r"speaks?|spoke|telegraph(?:s|ed)|recall(?:s|ed)|admit(?:s|ted)?|maintain(?:s|ed)|"
    r"comment(?:s|ed)|demand(?:s|ed)|protest(?:s|ed)|respond(?:s|ed)|warn(?:s|ed)|"
    r"emphasi[sz](?:e|es|ed)|reads|runs|ran|shout(?:s|ed)|cr(?:y|ies|ied)|retort(?:s|ed)|"
    r"affirm(?:s|ed)|claim(?:s|ed)|confess(?:es|ed)|formulat(?:es|ed)|express(?:es|ed)|put\s+it"
    r")\b",
    re.IGNORECASE,
)
ABBREV = {
    "mr", "mrs", "dr", "st", "vol", "vols", "p", "pp", "cf", "no", "nos", "ch", "op", "cit",
    "ibid", "viz", "vs", "ed", "eds", "trans", "jan", "feb", "mar", "apr", "aug", "sept",
    "sep", "oct", "nov", "dec", "gen", "col", "lt", "capt", "prof", "rev", "art", "fig",
    "e.g", "i.e", "comp", "ca", "approx",
}
SELF_WINDOW = 80
SELF = re.compile(r"\b(?:I|we|We|me|my|My|our|Our|us)\b")
HINTS = [
    ("Lenin", re.compile(r"Lenin|Ilyich|Ilych")),
    ("Trotsky", re.compile(r"Trotsk|Trotzk")),
    ("Stalin", re.compile(r"Stalin")),
]
QUOTE_START_CHARS = "“\"«„‘'"


def load(path):
    with open(path, encoding="utf-8") as f:
        text = f.read()
    if text.startswith("\ufeff"):
        text = text[1:]
    return text


def paragraphs(text):
    """(start, end) of blocks separated by blank lines, whitespace-trimmed."""
    out = []
    pos = 0
    for m in re.finditer(r"\n[ \t\r]*\n", text):
        out.append((pos, m.start()))
        pos = m.end()
    out.append((pos, len(text)))
    res = []
    for s, e in out:
        seg = text[s:e]
        ls = len(seg) - len(seg.lstrip())
        rs = len(seg.rstrip())
        if rs > ls:
            res.append((s + ls, s + rs))
    return res


def nwords(s):
    return len(WORD.findall(s))


def paired_quotes(text, p0, p1):
    """All paired quotation regions in text[p0:p1]: (open_pos, close_pos)."""
    spans = []
    cur = None  # (kind, pos)
    i = p0
    while i < p1:
        ch = text[i]
        kind = role = None
        if ch == "“":
            if cur is not None and cur[0] == "low":
                kind, role = "low", "close"
            else:
                kind, role = "curly", "open"
        elif ch == "”":
            kind, role = "curly", "close"
        elif ch == "«":
            kind, role = "guil", "open"
        elif ch == "»":
            kind, role = "guil", "close"
        elif ch == "„":
            kind, role = "low", "open"
        elif ch == '"':
            prev = text[i - 1] if i > p0 else " "
            nxt = text[i + 1] if i + 1 < p1 else " "
            if (prev.isspace() or prev in "([{—–-/" or i == p0) and not nxt.isspace():
                kind, role = "straight", "open"
            elif not prev.isspace():
                kind, role = "straight", "close"
        if kind is not None:
            if role == "open":
                if cur is None or cur[0] == kind:
                    cur = (kind, i)
            elif cur is not None and cur[0] == kind:
                spans.append((cur[1], i))
                cur = None
        i += 1
    return spans


SENT_END = re.compile(r"[.!?][)\]’”\"']*(?=\s+[A-Z0-9(\[“\"‘«„]|\s*$)")


def is_abbrev_end(text, dot_pos, lo):
    if text[dot_pos] != ".":
        return False
    j = dot_pos
    while j > lo and not text[j - 1].isspace():
        j -= 1
    tok = text[j:dot_pos].strip("([“\"'‘").lower()
    if len(tok) == 1 and tok.isalpha():
        return True
    return tok in ABBREV


def sentence_end(text, start, p1):
    """End (exclusive) of the sentence starting at start, within paragraph end p1."""
    for m in SENT_END.finditer(text, start, p1):
        if m.start() <= start:
            continue
        if is_abbrev_end(text, m.start(), start):
            continue
        return m.end()
    return p1


def sentence_start(text, pos, p0):
    """Start of the sentence containing pos (search back to paragraph start p0)."""
    best = p0
    for m in SENT_END.finditer(text, p0, pos):
        if is_abbrev_end(text, m.start(), p0):
            continue
        best = m.end()
    while best < pos and text[best].isspace():
        best += 1
    return best


def candidates(text):
    paras = paragraphs(text)
    marked = []  # all paired regions (any length), for excluding colons inside quotes
    out = []
    for p0, p1 in paras:
        for o, c in paired_quotes(text, p0, p1):
            marked.append((o, c))
            s, e = o + 1, c
            while s < e and text[s].isspace():
                s += 1
            while e > s and text[e - 1].isspace():
                e -= 1
            if nwords(text[s:e]) >= MIN_WORDS_A:
                out.append((s, e, "a"))
    a_spans = [(s, e) for s, e, _ in out]
    for pi, (p0, p1) in enumerate(paras):
        for m in re.finditer(":", text[p0:p1]):
            cpos = p0 + m.start()
            nxt = text[cpos + 1] if cpos + 1 < len(text) else "\n"
            if not nxt.isspace():
                continue
            if any(o < cpos < c for o, c in marked):
                continue
            intro = text[sentence_start(text, cpos, p0):cpos]
            if not SPEECH_VERB.search(intro):
                continue
            q = cpos + 1
            if q >= p1:  # colon ends the paragraph: quoted words open the next one
                if pi + 1 >= len(paras):
                    continue
                q, qend = paras[pi + 1]
            else:
                qend = p1
                while q < qend and text[q].isspace():
                    q += 1
            if q >= qend or text[q] in QUOTE_START_CHARS:
                continue
            e = sentence_end(text, q, qend)
            while e > q and text[e - 1].isspace():
                e -= 1
            if nwords(text[q:e]) < MIN_WORDS_B:
                continue
            if any(q < ae and as_ < e for as_, ae in a_spans):
                continue
            out.append((q, e, "b"))
    out.sort()
    # drop (b) spans that overlap an earlier kept span (two colons reaching the same sentence)
    kept = []
    for s, e, r in out:
        if kept and s < kept[-1][1]:
            continue
        kept.append((s, e, r))
    return kept


def hint(text, start):
    lo = max(0, start - HINT_WINDOW)
    window = text[lo:start]
    best, best_pos = "other", -1
    for name, rx in HINTS:
        for m in rx.finditer(window):
            if m.start() > best_pos:
                best, best_pos = name, m.start()
    for m in SELF.finditer(text, max(0, start - SELF_WINDOW), start):
        if m.start() > best_pos:
            best, best_pos = "self", m.start()
    return best


def near_speakers(text, start, end):
    """Names (Lenin/Trotsky/Stalin) that occur together with a speech verb in the
    NEAR_BEFORE code points before the span or in the NEAR_AFTER code points after it."""
    out = set()
    for window in (text[max(0, start - NEAR_BEFORE):start], text[end:end + NEAR_AFTER]):
        if SPEECH_VERB.search(window):
            for name, rx in HINTS:
                if rx.search(window):
                    out.add(name)
    return out


def collect(corpus_dir, seed_path):
    files = []
    for voice in sorted(os.listdir(corpus_dir)):
        d = os.path.join(corpus_dir, voice)
        if not os.path.isdir(d):
            continue
        for fn in sorted(os.listdir(d)):
            if fn.endswith(".txt"):
                files.append(("corpus:%s/%s" % (voice, fn), os.path.join(d, fn)))
    files.append(("data/passages/seed.txt", seed_path))
    allc = {}
    for src, path in files:
        text = load(path)
        allc[src] = (path, text, [(s, e, r, hint(text, s)) for s, e, r in candidates(text)])
    return allc


def choose(allc):
    rng = random.Random(SEED)
    chosen = {}  # (src, start) -> reason
    order = {}
    for src in sorted(allc):
        cands = allc[src][2]
        if src.startswith("corpus:"):
            lst = list(cands)
            rng.shuffle(lst)
            order[src] = lst
        else:
            for c in cands:
                chosen[(src, c[0])] = "seed"
    for src, lst in order.items():
        k = BASE_PER_FILE_LARGE if len(lst) >= LARGE_FILE else BASE_PER_FILE
        for c in lst[:k]:
            chosen[(src, c[0])] = "base"
    for h in ("Lenin", "Trotsky", "Stalin", "self"):
        have = sum(1 for (src, s), why in chosen.items() if src.startswith("corpus:")
                   and any(c[0] == s and c[3] == h for c in allc[src][2]))
        queues = {src: [c for c in lst if c[3] == h and (src, c[0]) not in chosen]
                  for src, lst in order.items()}
        queues = {k: v for k, v in queues.items() if v}
        while have < HINT_QUOTA[h] and queues:
            for src in sorted(list(queues)):
                if have >= HINT_QUOTA[h]:
                    break
                c = queues[src].pop(0)
                chosen[(src, c[0])] = "hint-" + h
                have += 1
                if not queues[src]:
                    del queues[src]
    for h in sorted(NEAR_QUOTA):
        texts = {src: allc[src][1] for src in order}
        have = sum(1 for src, lst in order.items() for c in lst
                   if (src, c[0]) in chosen and h in near_speakers(texts[src], c[0], c[1]))
        queues = {src: [c for c in lst if (src, c[0]) not in chosen
                        and h in near_speakers(texts[src], c[0], c[1])]
                  for src, lst in order.items()}
        queues = {k: v for k, v in queues.items() if v}
        while have < NEAR_QUOTA[h] and queues:
            for src in sorted(list(queues)):
                if have >= NEAR_QUOTA[h]:
                    break
                c = queues[src].pop(0)
                chosen[(src, c[0])] = "near-" + h
                have += 1
                if not queues[src]:
                    del queues[src]
    return chosen


MARKS_SEED = 19
MARKS_SAMPLE = 120
MARKS_PER_SOURCE = 3
MARKS_MIN_WORDS = 6
# opening mark -> closing mark; the same table as whosaid's own (src/main/java/whosaid/text/QuotationMarks.java)
CLOSER = {"“": "”", "„": "“", "«": "»", "‘": "’", "‚": "‘", "‹": "›", '"': '"'}


def is_opener(text, i, p0, p1):
    ch = text[i]
    if ch == '"':
        prev = text[i - 1] if i > p0 else " "
        nxt = text[i + 1] if i + 1 < p1 else " "
        return (prev.isspace() or prev in "([{—–-" or i == p0) and not nxt.isspace()
    return ch in CLOSER


def is_closer(text, i, closer, p1):
    ch = text[i]
    if closer == "“" and ch == "”":
        return True
    if ch != closer:
        return False
    if closer == "’":
        nxt = text[i + 1] if i + 1 < p1 else " "
        if nxt.isalpha():
            return False  # don’t
        if text[i - 1] == "s" and nxt == " " and i + 2 < p1 and text[i + 2].islower():
            return False  # the workers’ party
    return True


def marked_spans(text, p0, p1):
    """(start, end, rule) of the words between marks in text[p0:p1], marks excluded."""
    out = []
    i = p0
    while i < p1:
        if not is_opener(text, i, p0, p1):
            i += 1
            continue
        closer = CLOSER[text[i]]
        j = i + 1
        while j < p1 and not is_closer(text, j, closer, p1):
            j += 1
        s, e = i + 1, j
        while s < e and text[s].isspace():
            s += 1
        while e > s and text[e - 1].isspace():
            e -= 1
        if nwords(text[s:e]) >= MARKS_MIN_WORDS:
            out.append((s, e, "m"))
        i = j + 1
    return out


def marks_candidates(text):
    paras = paragraphs(text)
    out = []
    for pi, (p0, p1) in enumerate(paras):
        out.extend(marked_spans(text, p0, p1))
        if text[p0:p1].rstrip().endswith(":") and pi + 1 < len(paras):
            q, qend = paras[pi + 1]
            if is_opener(text, q, q, qend):
                continue
            e = sentence_end(text, q, qend)
            while e > q and text[e - 1].isspace():
                e -= 1
            if nwords(text[q:e]) >= 2:
                out.append((q, e, "k"))
    return sorted(set(out))


def old_gold(path):
    spans = {}
    if os.path.exists(path):
        with open(path, encoding="utf-8") as f:
            for row in csv.DictReader(f):
                spans.setdefault(row["source"], []).append((int(row["start"]), int(row["end"])))
    return spans


def marks_sample(corpus_dir, seed_path, gold_path):
    sources = []
    for voice in sorted(os.listdir(corpus_dir)):
        d = os.path.join(corpus_dir, voice)
        if os.path.isdir(d):
            for fn in sorted(os.listdir(d)):
                if fn.endswith(".txt"):
                    sources.append(("corpus:%s/%s" % (voice, fn), os.path.join(d, fn)))
    sources.append(("data/passages/seed.txt", seed_path))
    gold = old_gold(gold_path)
    cands = []
    for src, path in sources:
        for s, e, r in marks_candidates(load(path)):
            if not any(s < ge and gs < e for gs, ge in gold.get(src, [])):
                cands.append((src, s, e, r))
    random.Random(MARKS_SEED).shuffle(cands)
    chosen, per = [], {}
    for c in cands:
        if len(chosen) >= MARKS_SAMPLE:
            break
        if per.get(c[0], 0) < MARKS_PER_SOURCE:
            per[c[0]] = per.get(c[0], 0) + 1
            chosen.append(c)
    return sorted(chosen), {src: path for src, path in sources}


def default_corpus():
    env = os.environ.get("WHOSAID_CORPUS", "")
    return env if env.strip() else os.path.join(ROOT, "..", "shared", "corpus")


def main():
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--corpus", default=None)
    ap.add_argument("--seed", default=os.path.join(ROOT, "data", "passages", "seed.txt"))
    ap.add_argument("--mode", choices=["gold", "marks"], default="gold")
    ap.add_argument("--check", action="store_true",
                    help="--mode marks: compare with data/quotes/marks_sample.csv, exit 1 if it differs")
    ap.add_argument("--all", action="store_true")
    ap.add_argument("--summary", action="store_true")
    ap.add_argument("--show", action="store_true")
    ap.add_argument("--context", type=int, default=700)
    args = ap.parse_args()
    corpus = args.corpus or default_corpus()
    if not os.path.isdir(corpus):
        print("quote_candidates.py: no corpus at %s (give --corpus DIR or set WHOSAID_CORPUS)" % corpus,
              file=sys.stderr)
        return 2
    if args.mode == "marks":
        return marks_main(args, corpus)
    allc = collect(corpus, args.seed)
    chosen = choose(allc)
    if args.summary:
        tot_c = tot_ch = 0
        print("source\tcandidates\ta\tb\tchosen")
        for src in sorted(allc):
            cs = allc[src][2]
            n = sum(1 for c in cs if (src, c[0]) in chosen)
            print("%s\t%d\t%d\t%d\t%d" % (src, len(cs), sum(c[2] == "a" for c in cs),
                                          sum(c[2] == "b" for c in cs), n))
            tot_c += len(cs)
            tot_ch += n
        print("total\t%d\t\t\t%d" % (tot_c, tot_ch))
        return
    print("source\tstart\tend\trule\thint\tchosen")
    for src in sorted(allc):
        path, text, cs = allc[src]
        for s, e, r, h in cs:
            why = chosen.get((src, s), "")
            if not (args.all or why):
                continue
            print("%s\t%d\t%d\t%s\t%s\t%s" % (src, s, e, r, h, why))
            if args.show:
                lo = max(0, s - args.context)
                hi = min(len(text), e + 200)
                print("    ..." + text[lo:s].replace("\n", " / ") + " [[[" + text[s:e] + "]]] "
                      + text[e:hi].replace("\n", " / ") + "...")
                print()


def marks_main(args, corpus):
    chosen, paths = marks_sample(corpus, args.seed, os.path.join(ROOT, "data", "quotes", "quotes.csv"))
    lines = ["source,start,end,rule"] + ["%s,%d,%d,%s" % c for c in chosen]
    if args.check:
        committed_path = os.path.join(ROOT, "data", "quotes", "marks_sample.csv")
        with open(committed_path, encoding="utf-8") as f:
            committed = f.read().splitlines()
        if committed != lines:
            diff = sorted(set(committed) ^ set(lines))
            print("quote_candidates.py: %s differs from what the script chooses now, e.g. %s"
                  % (committed_path, diff[:3]), file=sys.stderr)
            return 1
        print("%s: reproduced (%d spans)" % (committed_path, len(lines) - 1))
        return 0
    for i, line in enumerate(lines):
        print(line)
        if args.show and i > 0:
            src, s, e, _ = chosen[i - 1]
            text = load(paths[src])
            print("    ..." + text[max(0, s - args.context):s].replace("\n", " / ") + " [[[" + text[s:e]
                  + "]]] " + text[e:e + 200].replace("\n", " / ") + "...")
            print()
    return 0


if __name__ == "__main__":
    sys.exit(main())
