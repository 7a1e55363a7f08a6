#!/usr/bin/env bash
# Trains the shipped model and recomputes every figure of models/README.md into models/eval/.
# Run from the project directory: bash models/reproduce.sh [CORPUS_DIR]   (about 6 minutes on 2 free cores)
set -euo pipefail
corpus="${1:-${WHOSAID_CORPUS:-../shared/corpus}}"
out=models/eval
mkdir -p "$out"
rm -f "$out"/*.json "$out"/*.txt "$out"/*.log

./whosaid train --data data/labeled --corpus "$corpus" -o models/whosaid.model 2> "$out/train.log"

# (1) whole held-out works (and work-level accuracy), (2) composed pages, (3) paragraph-spliced pages,
# (4) sentence-spliced passages, (6) encyclopedia articles, and the quotation gold: ten folds of corpus works,
# every work held out once, every spliced or composed page drawn from the works of one fold and labeled by the
# model of that fold (the seed's hand labels always train here)
./whosaid evaluate --cross-validate 10 --group work --data data/labeled --corpus "$corpus" \
  --quotes data/quotes/quotes.csv data/quotes/quotes_marks.csv --json "$out/works.json" > "$out/works.txt" 2> "$out/works.log"

# (5) the seed passage, scored by a model that never saw its labels (trained on the corpus alone)
./whosaid train --corpus "$corpus" -o "$out/corpus-only.model" 2> "$out/corpus-only.log"
./whosaid evaluate --model "$out/corpus-only.model" --gold data/labeled/seed.csv --data data/labeled \
  --corpus "$corpus" --json "$out/seed-unseen.json" > "$out/seed-unseen.txt" 2> "$out/seed-unseen.log"
rm -f "$out/corpus-only.model"

# how far two annotators of the seed agree (the procedure is in data/agreement/README.md)
./whosaid evaluate --compare data/labeled/seed.csv data/agreement/seed-blind-annotation.csv > "$out/seed-agreement.txt"

# ablation: decoding by the older voice chain instead of frame voice and sections, on the same folds
./whosaid evaluate --cross-validate 10 --group work --data data/labeled --corpus "$corpus" \
  --quotes data/quotes/quotes.csv data/quotes/quotes_marks.csv --without frame \
  --json "$out/ablation-no-frame.json" > "$out/ablation-no-frame.txt" 2> /dev/null
