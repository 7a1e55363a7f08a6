#!/usr/bin/env python3
"""Where labeling spends its time: a Java Flight Recorder profile summed by stage.

Standard library only. Record a profile of one-thread labeling, then sum its samples:

    WHOSAID_JAVA_OPTS="-XX:FlightRecorderOptions=stackdepth=256 -XX:StartFlightRecording=filename=label.jfr,settings=profile" \\
        ./whosaid label --threads 1 -o /tmp/out.csv INPUT...
    python3 scripts/profile_stages.py label.jfr
    python3 scripts/profile_stages.py before.jfr after.jfr     # two profiles side by side

At a fixed sampling rate the sample counts of two profiles of the same input compare as times.

Each execution sample is charged to the stage of its innermost frame that names one (a speaker-name scan inside
the quotation sieves counts as speaker names; the shared dot product counts for the scorer that called it). Samples in no whosaid or OpenNLP frame (the JVM's own threads:
compiler, collector, model loading) are "other". JFR samples Java code only, so garbage collection shows as
nothing; the shares are of sampled time, not of wall time.
"""
import collections
import re
import subprocess
import sys

# (stage, frame prefix), innermost match wins; the first rule that matches a frame names its stage
RULES = [
    ("frame: pooling paragraphs and sections", "whosaid.features.PooledFeatures."),
    ("frame: document classifier", "whosaid.model.FrameClassifier."),
    ("frame: decoder and the rest", "whosaid.decode.FrameDecoder."),
    ("frame: decoder and the rest", "whosaid.model.FrameDecoding."),
    ("frame: decoder and the rest", "whosaid.label.Labeler.byFrame"),
    ("analysis: speaker names", "whosaid.text.Speakers."),
    ("analysis: words", "whosaid.features.Tokens."),
    ("analysis: words", "whosaid.features.WordClasses."),
    ("quotation sieves on probabilities", "whosaid.quote.ClassifierSieves."),
    ("analysis: quotation rule sieves", "whosaid.quote.QuoteSieves."),
    ("analysis: quotation rule sieves", "whosaid.quote."),
    ("features: character n-grams", "whosaid.features.DistortedCharFeatures."),
    ("features: function words", "whosaid.features.FunctionWordFeatures."),
    ("features: word n-grams", "whosaid.features.LexicalFeatures."),
    ("features: style", "whosaid.features.StyleFeatures."),
    ("features: discourse", "whosaid.features.DiscourseFeatures."),
    ("features: cues and context", "whosaid.features.CueFeatures."),
    ("features: cues and context", "whosaid.features.ContextFeatures."),
    ("dictionary: known features, weighting", "whosaid.features.FeatureSink.toKnown"),
    ("features: the unit's table", "whosaid.features.FeatureSink."),
    ("features: the unit's table", "whosaid.features.FeaturePipeline."),
    ("dictionary: known features, weighting", "whosaid.features.FeatureSpace."),
    ("unit scores and calibration", "whosaid.model.LinearScorer."),
    ("unit scores and calibration", "whosaid.decode.Calibration."),
    ("unit scores and calibration", "whosaid.label.Labeler.emission"),
    ("analysis: the rest", "whosaid.features.Analyzer."),
    ("analysis: the rest", "whosaid.features.Featurizer.analyze"),
    ("sentences and units (OpenNLP, quotation splits)", "whosaid.text."),
    ("sentences and units (OpenNLP, quotation splits)", "opennlp."),
    ("writing output", "whosaid.label.CsvLabelWriter"),
    ("writing output", "whosaid.label.JsonlLabelWriter"),
    ("writing output", "whosaid.label.LabelWriter"),
    ("writing output", "whosaid.label.LabelColumns"),
    ("writing output", "org.apache.commons.csv."),
    ("reading input", "whosaid.io."),
]

FRAME = re.compile(r"^\s+([\w.$<>]+)\(.*line:", re.M)


def stage_of(frames):
    for frame in frames:
        for stage, prefix in RULES:
            if frame.startswith(prefix):
                return stage
    if any(frame.startswith("whosaid.") for frame in frames):
        return "labeling: the rest"
    return "other (JVM threads, model loading)"


def stages(path):
    text = subprocess.run(["jfr", "print", "--stack-depth", "256", "--events", "jdk.ExecutionSample", path],
                          check=True, capture_output=True, text=True).stdout
    counts = collections.Counter()
    for event in text.split("jdk.ExecutionSample")[1:]:
        frames = FRAME.findall(event)
        if frames:
            counts[stage_of(frames)] += 1
    return counts


def main(paths):
    profiles = [stages(path) for path in paths]
    totals = [sum(p.values()) for p in profiles]
    order = sorted(set().union(*profiles), key=lambda stage: -profiles[0][stage])
    print("| stage | " + " | ".join(f"{path}: samples (share)" for path in paths) + " |")
    print("| --- |" + " --- |" * len(paths))
    for stage in order:
        cells = [f"{p[stage]} ({100 * p[stage] / t:.0f}%)" for p, t in zip(profiles, totals)]
        print(f"| {stage} | " + " | ".join(cells) + " |")
    print("| all | " + " | ".join(f"{t} (100%)" for t in totals) + " |")


if __name__ == "__main__":
    if len(sys.argv) < 2:
        sys.exit("usage: profile_stages.py FILE.jfr [MORE.jfr ...]   (several: side by side, rows by the first)")
    main(sys.argv[1:])
