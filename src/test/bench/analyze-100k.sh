#!/usr/bin/env bash
# Whole-process timing of `java -jar target/ksc.jar analyze` on a generated 100,000-node model.
# Usage: src/test/bench/analyze-100k.sh [NODES=100000] [SEED=42]
# Builds the jar and test classes when missing, writes the model once, then times the command with
# hyperfine when installed (apt-get install -y hyperfine), else with /usr/bin/time. Also times the
# JVM options that cannot go into a jar manifest (-XX:TieredStopAtLevel=1, an AppCDS archive).
# TIMELINE=1: instead, print where one cold run spends its time, from the first load of the class
# that starts each phase (-Xlog:class+load), three runs.
# FLOOR=1: instead, time analyze against its floor: Jackson reading every token of the model while
# picocli starts a command, building nothing (benchmark.ParseFloor).
set -euo pipefail
cd "$(dirname "$0")/../../.."
nodes="${1:-100000}"
seed="${2:-42}"
work="target/bench"
model="$work/random-$nodes-$seed.json"
mkdir -p "$work"
if [[ ! -f target/ksc.jar || ! -d target/test-classes/io/stormcenter/workbench/benchmark ]]; then
  mvn -B -q package -DskipTests
fi
if [[ ! -f "$model" ]]; then
  java -cp target/test-classes:target/ksc.jar io.stormcenter.workbench.benchmark.WriteBenchmarkModel "$model" "$nodes" "$seed"
fi
if [[ "${TIMELINE:-}" == 1 ]]; then
  phases=(Main cli.ModelFiles format.NativeReader model.TreeIndex model.TreeValidator
    analysis.EvaluationPlan analysis.KBestScenarios cli.AnalysisText)
  for run in 1 2 3; do
    start=$(date +%s%N)
    java -Xlog:class+load:file="$work/classes.log":uptime -jar target/ksc.jar analyze "$model" > /dev/null
    end=$(date +%s%N)
    for phase in "${phases[@]}"; do
      printf '%s %s  ' "$(grep -m1 " io.stormcenter.workbench.$phase " "$work/classes.log" | cut -d' ' -f1)" "${phase##*.}"
    done
    echo "| whole process $(( (end - start) / 1000000 )) ms"
  done
  exit 0
fi
if [[ "${FLOOR:-}" == 1 ]]; then
  small=sample-models/secret-theft.json
  classpath="target/test-classes:target/ksc.jar"
  hyperfine -N --warmup 2 --runs "${RUNS:-15}" \
    "java -jar target/ksc.jar analyze $model" \
    "java -cp $classpath io.stormcenter.workbench.benchmark.ParseFloor $model $small"
  exit 0
fi
archive="$work/ksc-analyze.jsa"
if [[ ! -f "$archive" ]]; then # AppCDS: record the classes one analyze run loads
  java -XX:ArchiveClassesAtExit="$archive" -jar target/ksc.jar analyze "$model" > /dev/null 2>&1 || true
fi
variants=(
  "java -jar target/ksc.jar analyze $model"
  "java -XX:TieredStopAtLevel=1 -jar target/ksc.jar analyze $model"
  "java -XX:SharedArchiveFile=$archive -jar target/ksc.jar analyze $model"
  "java -XX:SharedArchiveFile=$archive -XX:TieredStopAtLevel=1 -jar target/ksc.jar analyze $model"
  "java -jar target/ksc.jar --version"
)
if command -v hyperfine > /dev/null; then
  hyperfine --warmup 1 --runs "${RUNS:-5}" --export-markdown "$work/analyze-$nodes.md" "${variants[@]}"
else
  for command in "${variants[@]}"; do
    echo "== $command"
    for run in 1 2 3; do
      /usr/bin/time -f "%e s wall, %U s user, %S s sys, %M KB" $command > /dev/null
    done
  done
fi
