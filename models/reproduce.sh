#!/usr/bin/env bash
# Trains the shipped model and recomputes every figure of models/README.md into models/eval/.
# Run from the project directory: bash models/reproduce.sh [CORPUS_DIR]   (about 13 minutes on 2 cores)
set -euo pipefail
corpus="${1:-${WHOSAID_CORPUS:-../shared/corpus}}"
out=models/eval
mkdir -p "$out"

./whosaid train --data data/labeled --corpus "$corpus" -o models/whosaid.model 2> "$out/train.log"

# (a) whole held-out works, (b) 100 mixed passages spliced from them, (c) the quotation gold:
# leave one corpus work out (the seed's hand labels always train here)
./whosaid evaluate --cross-validate loo --group work --data data/labeled --corpus "$corpus" \
  --quotes data/quotes/quotes.csv --json "$out/works.json" > "$out/works.txt" 2> "$out/works.log"

# (d) the seed passage, scored by a model that never saw its labels (trained on the corpus alone)
./whosaid train --corpus "$corpus" -o "$out/corpus-only.model" 2> "$out/corpus-only.log"
./whosaid evaluate --model "$out/corpus-only.model" --gold data/labeled/seed.csv --data data/labeled \
  --corpus "$corpus" --json "$out/seed-unseen.json" > "$out/seed-unseen.txt" 2> "$out/seed-unseen.log"
rm -f "$out/corpus-only.model"

# how far two annotators of the seed agree (the procedure is in data/agreement/README.md)
./whosaid evaluate --compare data/labeled/seed.csv data/agreement/seed-blind-annotation.csv > "$out/seed-agreement.txt"

# ablation: each step left out (or, for the priors, which are off by default, added) in turn, same folds as (a)-(c)
for step in work-weighting decoding; do
  ./whosaid evaluate --cross-validate loo --group work --data data/labeled --corpus "$corpus" \
    --quotes data/quotes/quotes.csv --without "$step" \
    --json "$out/ablation-no-$step.json" > "$out/ablation-no-$step.txt" 2> /dev/null
done
./whosaid evaluate --cross-validate loo --group work --data data/labeled --corpus "$corpus" \
  --quotes data/quotes/quotes.csv --with priors \
  --json "$out/ablation-with-priors.json" > "$out/ablation-with-priors.txt" 2> /dev/null
# the style n-gram families (distorted character n-grams, function-word n-grams) left out
./whosaid evaluate --cross-validate loo --group work --data data/labeled --corpus "$corpus" \
  --quotes data/quotes/quotes.csv --features lexical,style,discourse,cues,context \
  --json "$out/ablation-no-style-ngrams.json" > "$out/ablation-no-style-ngrams.txt" 2> /dev/null
