#!/usr/bin/env bash
# Trains the shipped model and recomputes every figure of models/README.md into models/eval/.
# Run from the project directory: bash models/reproduce.sh [CORPUS_DIR]   (about 30 minutes on 2 cores)
set -euo pipefail
corpus="${1:-../shared/corpus}"
out=models/eval
mkdir -p "$out"
all=lexical,style,discourse,cues,context

./whosaid train --data data/labeled --corpus "$corpus" --out models/whosaid.model

# (a)+(b) leave one corpus work out: whole held-out works, and 100 mixed passages spliced from them
./whosaid evaluate --cross-validate loo --group work --data data/labeled --corpus "$corpus" \
  --json "$out/works.json" > "$out/works.txt"
# (c) the seed passage in 5 contiguous blocks, each tested by a model trained on the corpus and the other blocks
./whosaid evaluate --cross-validate 5 --group block --data data/labeled --corpus "$corpus" \
  --json "$out/seed-blocks.json" > "$out/seed-blocks.txt"
# (d) a model that never saw the seed, scored on it
./whosaid train --corpus "$corpus" --out "$out/corpus-only.model"
./whosaid evaluate --model "$out/corpus-only.model" --gold data/labeled/seed.csv --corpus "$corpus" \
  --json "$out/seed-corpus-only.json" > "$out/seed-corpus-only.txt"
rm -f "$out/corpus-only.model"

# how far two annotators of the seed agree
./whosaid evaluate --compare data/labeled/seed.csv data/agreement/seed-second-annotation.csv > "$out/seed-agreement.txt"

# ablation: each feature family removed in turn (works without calibration folds, to keep the run short)
./whosaid evaluate --cross-validate loo --group work --data data/labeled --corpus "$corpus" --calibration-folds 0 \
  --json "$out/ablation-works-all.json" > "$out/ablation-works-all.txt"
for family in ${all//,/ }; do
  rest=$(echo ",$all," | sed "s/,$family,/,/; s/^,//; s/,$//")
  ./whosaid evaluate --cross-validate 5 --group block --data data/labeled --corpus "$corpus" --features "$rest" \
    --json "$out/ablation-blocks-no-$family.json" > "$out/ablation-blocks-no-$family.txt"
  ./whosaid evaluate --cross-validate loo --group work --data data/labeled --corpus "$corpus" --features "$rest" \
    --calibration-folds 0 --json "$out/ablation-works-no-$family.json" > "$out/ablation-works-no-$family.txt"
done
