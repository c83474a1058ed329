"""Runs workbench under Spark's RDD.pipe, as a user with a cluster would.

Needs `pip install pyspark` (and Java), a release build (`swift build -c release`) and
`../shared/corpora/news/saudinewsnet_sample.jsonl`. Spark runs locally on two cores; each
partition's records go through one workbench process as JSON Lines, one broken record is
added to show it coming back as an error record instead of failing the task.

    python3 experiments/spark_pipe.py
"""
import json
import os

from pyspark.sql import SparkSession

here = os.path.dirname(os.path.abspath(__file__))
root = os.path.dirname(here)
corpus = os.path.join(root, "..", "shared", "corpora", "news", "saudinewsnet_sample.jsonl")
binary = os.path.join(root, ".build", "release", "workbench")
chain = os.path.join(root, "chains", "default.json")

spark = SparkSession.builder.master("local[2]").appName("workbench").config("spark.ui.enabled", "false").getOrCreate()
sc = spark.sparkContext
records = sc.textFile(corpus, minPartitions=4).union(sc.parallelize(["not json"]))
command = f"{binary} run --chain {chain} --input-format jsonl --format jsonl --error-records --jobs 1"
out = records.pipe(command).map(json.loads).cache()
briefs = out.filter(lambda d: "error" not in d).count()
errors = out.filter(lambda d: "error" in d).collect()
people = out.filter(lambda d: "annotations" in d).map(
    lambda d: sum(len(a["data"].get("people", [])) for a in d["annotations"] if a["kind"] == "brief")).sum()
print(f"{briefs} briefs, {len(errors)} error records ({errors[0]['error'] if errors else '-'}), {people} people")
spark.stop()
