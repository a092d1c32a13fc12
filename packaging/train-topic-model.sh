#!/usr/bin/env bash
# Rebuilds the built-in topic and chain-of-thought model from the labelled data, byte for byte:
#   - app/training/topics/*.jsonl        prompts written for this project in twelve languages (project licence)
#   - app/training/topics/generator-families.csv  labels of the scenario generator's prompt families
#   - app/training/topics/realdata-labels.csv     per-row labels of the two mixed public instruction sets
#   - ../shared/realdata/prompts/        public prompt sets (licences in ../shared/realdata/MANIFEST.md; read in
#                                        place, never copied into the repository)
# The test split (one prompt in five, by a hash of its text) is held out and its figures are printed.
# Usage: packaging/train-topic-model.sh [REALDATA_DIR]   (default: ../shared/realdata beside the repository)
set -euo pipefail
cd "$(dirname "$0")/.."
REALDATA="${1:-../shared/realdata}"
if [ ! -d "$REALDATA/prompts" ]; then
  echo "train-topic-model: $REALDATA/prompts not found; pass the realdata folder as the first argument" >&2
  exit 2
fi
JAR=app/target/hydrascope.jar
if [ ! -f "$JAR" ]; then
  mvn -B -q -DskipTests package
fi
java -jar "$JAR" train-topics \
  --name built-in \
  --data app/training/topics \
  --generator-labels app/training/topics/generator-families.csv \
  --realdata "$REALDATA" \
  --realdata-labels app/training/topics/realdata-labels.csv \
  --out app/src/main/resources/io/hydrascope/analysis/topics/topic-model.bin --force
sha256sum app/src/main/resources/io/hydrascope/analysis/topics/topic-model.bin
