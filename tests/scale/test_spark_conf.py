"""The driver memory of a local SparkSession: a default from the machine's memory, never over the user's setting.

The decision is a pure function of the caller's settings, the environment, the properties files and the machine's
memory (no JVM); two tests marked ``spark`` start a JVM in a process of their own and read its heap.
"""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

from detente.store._spark_conf import (
    default_driver_memory,
    driver_memory_setting,
    machine_memory,
    properties_files,
    read_properties,
    user_driver_memory,
)

GIB = 1 << 30
MACHINE = 23 * GIB + (600 << 20)  # 23.6 GiB, as on a 24 GB machine


def decide(master: str = "local[2]", config: dict[str, str] | None = None, environ: dict[str, str] | None = None,
           properties: dict[str, str] | None = None, total: int | None = MACHINE, jvm: bool = False) -> str | None:
    return driver_memory_setting(master, config or {}, environ or {}, properties or {}, total, jvm_running=jvm)


def test_default_is_half_the_memory_in_whole_gib_within_1g_and_31g() -> None:
    assert default_driver_memory(MACHINE) == "11g"
    assert default_driver_memory(16 * GIB) == "8g"
    assert default_driver_memory(3 * GIB) == "1g"
    assert default_driver_memory(GIB) == "1g"  # never below Spark's own default
    assert default_driver_memory(512 * GIB) == "31g"  # compressed object pointers end at 32 GB
    assert default_driver_memory(None) is None
    assert default_driver_memory(0) is None


def test_a_local_session_with_nothing_set_gets_the_default() -> None:
    assert decide() == "11g"
    assert decide("local") == "11g"
    assert decide("local[*]") == "11g"
    assert decide("local[4,2]") == "11g"
    other = {"spark.sql.shuffle.partitions": "2", "spark.executor.memory": "3g"}
    assert decide(config=other, environ={"PYSPARK_SUBMIT_ARGS": "--master local[2] pyspark-shell",
                                         "_JAVA_OPTIONS": "-Dfile.encoding=UTF-8"}) == "11g"


def test_nothing_is_added_where_it_would_not_count_or_not_be_ours() -> None:
    assert decide(jvm=True) is None  # the heap is fixed once the JVM runs
    assert decide("spark://head:7077") is None  # a cluster sizes its own driver
    assert decide("local-cluster[2,1,1024]") is None
    assert decide("yarn") is None
    assert decide(environ={"SPARK_REMOTE": "sc://localhost"}) is None  # Spark Connect: no local JVM
    assert decide(config={"spark.remote": "sc://localhost"}) is None
    assert decide(total=None) is None  # memory unknown: Spark's own default


@pytest.mark.parametrize(("config", "environ", "properties", "place", "value"), [
    ({"spark.driver.memory": "3g"}, {}, {}, "the spark.driver.memory setting", "3g"),
    ({}, {"PYSPARK_SUBMIT_ARGS": "--driver-memory 6g pyspark-shell"}, {}, "PYSPARK_SUBMIT_ARGS", "6g"),
    ({}, {"PYSPARK_SUBMIT_ARGS": "--master local[2] --driver-memory=5g pyspark-shell"}, {}, "PYSPARK_SUBMIT_ARGS",
     "5g"),
    ({}, {"PYSPARK_SUBMIT_ARGS": "--conf spark.driver.memory=4g pyspark-shell"}, {}, "PYSPARK_SUBMIT_ARGS", "4g"),
    ({}, {"PYSPARK_SUBMIT_ARGS": "-c 'spark.driver.memory=2500m' pyspark-shell"}, {}, "PYSPARK_SUBMIT_ARGS",
     "2500m"),
    ({}, {"SPARK_DRIVER_MEMORY": "7g"}, {}, "SPARK_DRIVER_MEMORY", "7g"),
    ({}, {"SPARK_MEM": "2g"}, {}, "SPARK_MEM", "2g"),
    ({}, {}, {"spark.driver.memory": "9g"}, "spark.driver.memory in a Spark properties file", "9g"),
    ({}, {"_JAVA_OPTIONS": "-Dx=1 -Xmx12g"}, {}, "_JAVA_OPTIONS", "-Xmx12g"),
    ({}, {"JAVA_TOOL_OPTIONS": "-Xmx800m"}, {}, "JAVA_TOOL_OPTIONS", "-Xmx800m"),
])
def test_the_users_value_wins_wherever_it_is_set(config: dict[str, str], environ: dict[str, str],
                                                 properties: dict[str, str], place: str, value: str) -> None:
    assert user_driver_memory(config, environ, properties) == (place, value)
    assert decide(config=config, environ=environ, properties=properties) is None  # nothing of ours over it


def test_the_callers_setting_comes_before_the_environment() -> None:
    found = user_driver_memory({"spark.driver.memory": "3g"}, {"SPARK_DRIVER_MEMORY": "7g"}, {})
    assert found == ("the spark.driver.memory setting", "3g")


def test_unreadable_submit_args_set_nothing() -> None:
    assert user_driver_memory({}, {"PYSPARK_SUBMIT_ARGS": "--driver-memory 'unclosed"}, {}) is None


def test_properties_files_are_found_and_read(tmp_path: Path) -> None:
    conf = tmp_path / "conf"
    conf.mkdir()
    (conf / "spark-defaults.conf").write_text(
        "# a comment\n! another\n\nspark.driver.memory   5g\nspark.executor.memory=2g\nother.key 1\n", encoding="utf-8")
    extra = tmp_path / "extra.conf"
    extra.write_text("spark.driver.memory: 8g\n", encoding="utf-8")

    assert properties_files({}, str(tmp_path)) == [conf / "spark-defaults.conf"]  # SPARK_HOME/conf
    assert properties_files({"SPARK_CONF_DIR": str(conf)}, None) == [conf / "spark-defaults.conf"]
    assert properties_files({"SPARK_CONF_DIR": str(tmp_path / "none")}, str(tmp_path)) == []
    named = properties_files({"PYSPARK_SUBMIT_ARGS": f"--properties-file {extra} pyspark-shell"}, str(tmp_path))
    assert named == [extra, conf / "spark-defaults.conf"]

    assert read_properties([conf / "spark-defaults.conf"]) == {"spark.driver.memory": "5g",
                                                              "spark.executor.memory": "2g"}
    assert read_properties(named)["spark.driver.memory"] == "8g"  # the named file first, as Spark reads it
    assert read_properties([tmp_path / "missing.conf"]) == {}


@pytest.mark.skipif(not sys.platform.startswith("linux"), reason="reads Linux's memory figures")
def test_machine_memory_is_read() -> None:
    total = machine_memory()
    assert total is not None and total > 256 << 20
    assert total <= os.sysconf("SC_PAGE_SIZE") * os.sysconf("SC_PHYS_PAGES")


_HEAP = """
import json, os
from detente.store._spark import spark_session
from detente.store._spark_conf import machine_memory
spark = spark_session("local[1]")
conf = spark.sparkContext.getConf()
runtime = spark.sparkContext._jvm.java.lang.Runtime.getRuntime()
print(json.dumps({"heap": runtime.maxMemory(), "conf": conf.get("spark.driver.memory", None),
                  "machine": machine_memory()}))
spark.stop()
"""


def _heap(env_extra: dict[str, str]) -> dict[str, int | str | None]:
    """Start a local session in a fresh process (no JVM yet) and read the driver JVM's maximum heap."""
    pytest.importorskip("pyspark")
    from detente.store._spark import java_path

    if java_path() is None:
        if os.environ.get("CI", "").lower() == "true":
            pytest.fail("spark tests cannot run in CI: Java is not installed")
        pytest.skip("Java is not installed (apt-get install default-jre-headless)")
    env = {k: v for k, v in os.environ.items()
           if k not in ("PYSPARK_SUBMIT_ARGS", "SPARK_DRIVER_MEMORY", "SPARK_MEM", "_JAVA_OPTIONS",
                        "JAVA_TOOL_OPTIONS", "SPARK_CONF_DIR", "SPARK_REMOTE")}
    env.setdefault("SPARK_LOCAL_IP", "127.0.0.1")
    env.update(env_extra)
    done = subprocess.run([sys.executable, "-c", _HEAP], capture_output=True, text=True, env=env, timeout=600,
                          check=False)
    assert done.returncode == 0, done.stderr[-2000:]
    result: dict[str, int | str | None] = json.loads(done.stdout.strip().splitlines()[-1])
    return result


@pytest.mark.spark
def test_a_users_driver_memory_sizes_the_jvm_and_ours_is_not_added() -> None:
    got = _heap({"SPARK_DRIVER_MEMORY": "600m"})
    assert got["conf"] == "600m"  # Spark's launcher records the user's value; none of ours replaced it
    heap = got["heap"]
    assert isinstance(heap, int) and 300 << 20 < heap <= 600 << 20  # the JVM got the user's 600m, not 1g or more


@pytest.mark.spark
def test_the_default_reaches_the_jvm_before_it_starts() -> None:
    got = _heap({})
    machine = got["machine"]
    assert isinstance(machine, int)
    expected = default_driver_memory(machine)
    assert got["conf"] == expected
    assert expected is not None
    heap = got["heap"]
    assert isinstance(heap, int) and heap >= 0.8 * int(expected[:-1]) * GIB  # the heap is the setting's size
