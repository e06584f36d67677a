"""The driver memory of a local SparkSession the engine starts itself: a default from the machine's memory, never
over the user's own setting.

Spark's own default heap for the driver is 1 GB, and in ``local[N]`` the driver JVM is also the executor: every task
runs in it, so the world table over a few million events runs out of memory there. ``spark.driver.memory`` sizes
that heap (``-Xmx``) and counts only when it is known before the JVM starts; pyspark starts the JVM through
``spark-submit`` and hands it the builder's settings as ``--conf`` options, so a setting given to the builder of
the first session in a process counts, and one given after that is ignored.

The user's setting wins wherever it is made, in Spark's own places: ``spark.driver.memory`` in the ``config`` the
caller passes, ``--driver-memory`` or ``--conf spark.driver.memory=...`` in ``PYSPARK_SUBMIT_ARGS``, the
``SPARK_DRIVER_MEMORY`` or ``SPARK_MEM`` variables, a properties file (``spark-defaults.conf`` in ``SPARK_CONF_DIR``
or ``SPARK_HOME/conf``, or the file of ``--properties-file``), or ``-Xmx`` in ``_JAVA_OPTIONS`` or
``JAVA_TOOL_OPTIONS``. Only when none of these says anything, the master is local and no JVM runs yet does the
engine set :func:`default_driver_memory`: half of the machine's memory (or of the process's memory limit, when one
is set and lower), in whole GiB, at least 1g and at most 31g (from 32 GB on, the JVM stops compressing its object
pointers, so a heap just above 32 GB holds less than one of 31 GB).
"""

from __future__ import annotations

import os
import re
import shlex
from collections.abc import Mapping, Sequence
from pathlib import Path

__all__ = [
    "DRIVER_MEMORY_SHARE",
    "default_driver_memory",
    "driver_memory_setting",
    "machine_memory",
    "properties_files",
    "read_properties",
    "user_driver_memory",
]

DRIVER_MEMORY_SHARE = 0.5
"""The share of the machine's memory a local driver gets when the user sets none."""

_GIB = 1 << 30
_MIN_GIB = 1  # Spark's own default
_MAX_GIB = 31  # the largest heap with compressed object pointers
_KEY = "spark.driver.memory"
_XMX = re.compile(r"(?:^|\s)-Xmx\S+")


def default_driver_memory(total_bytes: int | None, share: float = DRIVER_MEMORY_SHARE) -> str | None:
    """``share`` of ``total_bytes`` as a JVM size in whole GiB (``"11g"``), clamped to 1g..31g; None if unknown."""
    if total_bytes is None or total_bytes <= 0:
        return None
    gib = int(total_bytes * share) // _GIB
    return f"{min(max(gib, _MIN_GIB), _MAX_GIB)}g"


def _submit_args_memory(submit_args: str) -> str | None:
    """The driver memory ``PYSPARK_SUBMIT_ARGS`` sets (``--driver-memory X``, ``--conf spark.driver.memory=X``)."""
    try:
        words = shlex.split(submit_args)
    except ValueError:  # unbalanced quotes: spark-submit will complain itself; assume nothing is set
        return None
    found: str | None = None
    for i, word in enumerate(words):
        following = words[i + 1] if i + 1 < len(words) else ""
        if word == "--driver-memory":
            found = following or found
        elif word.startswith("--driver-memory="):
            found = word.split("=", 1)[1]
        elif word in ("--conf", "-c") and following.partition("=")[0].strip() == _KEY:
            found = following.partition("=")[2].strip()
        elif word.startswith("--conf=") and word[len("--conf="):].partition("=")[0].strip() == _KEY:
            found = word[len("--conf="):].partition("=")[2].strip()
    return found


def user_driver_memory(config: Mapping[str, str], environ: Mapping[str, str],
                       properties: Mapping[str, str]) -> tuple[str, str] | None:
    """Where the user set the driver's memory and to what (``(place, value)``), or None when nowhere.

    ``config`` is the caller's Spark settings, ``environ`` the environment, ``properties`` the settings read from
    the properties files Spark would read (:func:`properties_files`, :func:`read_properties`).
    """
    if config.get(_KEY):
        return (f"the {_KEY} setting", config[_KEY])
    submitted = _submit_args_memory(environ.get("PYSPARK_SUBMIT_ARGS", ""))
    if submitted:
        return ("PYSPARK_SUBMIT_ARGS", submitted)
    for name in ("SPARK_DRIVER_MEMORY", "SPARK_MEM"):
        if environ.get(name):
            return (name, environ[name])
    if properties.get(_KEY):
        return (f"{_KEY} in a Spark properties file", properties[_KEY])
    for name in ("_JAVA_OPTIONS", "JAVA_TOOL_OPTIONS"):
        xmx = _XMX.search(environ.get(name, ""))
        if xmx:
            return (name, xmx.group(0).strip())
    return None


def _is_local(master: str) -> bool:
    """``local``, ``local[N]``, ``local[*]``, ``local[N,F]``: one JVM does everything (not ``local-cluster``)."""
    return master == "local" or master.startswith("local[")


def driver_memory_setting(master: str, config: Mapping[str, str], environ: Mapping[str, str],
                          properties: Mapping[str, str], total_bytes: int | None, *,
                          jvm_running: bool) -> str | None:
    """The ``spark.driver.memory`` the engine adds to a session it starts, or None to add nothing.

    Something only for a local master, when no JVM runs yet in this process (the heap is fixed once it does), the
    session is not a Spark Connect client, and the user set the driver's memory nowhere (:func:`user_driver_memory`).
    """
    if jvm_running or not _is_local(master):
        return None
    if config.get("spark.remote") or environ.get("SPARK_REMOTE") or environ.get("SPARK_CONNECT_MODE_ENABLED"):
        return None
    if user_driver_memory(config, environ, properties) is not None:
        return None
    return default_driver_memory(total_bytes)


def properties_files(environ: Mapping[str, str], spark_home: str | None) -> list[Path]:
    """The properties files Spark's launcher may read: ``--properties-file`` of ``PYSPARK_SUBMIT_ARGS`` and
    ``spark-defaults.conf`` of ``SPARK_CONF_DIR`` (else ``spark_home/conf``); those that exist."""
    found: list[Path] = []
    try:
        words = shlex.split(environ.get("PYSPARK_SUBMIT_ARGS", ""))
    except ValueError:
        words = []
    for i, word in enumerate(words):
        if word == "--properties-file" and i + 1 < len(words):
            found.append(Path(words[i + 1]))
        elif word.startswith("--properties-file="):
            found.append(Path(word.split("=", 1)[1]))
    conf_dir = environ.get("SPARK_CONF_DIR") or (str(Path(spark_home) / "conf") if spark_home else None)
    if conf_dir:
        found.append(Path(conf_dir) / "spark-defaults.conf")
    return [p for p in found if p.is_file()]


def read_properties(paths: Sequence[Path]) -> dict[str, str]:
    """The ``spark.*`` settings of Java properties files (``key value``, ``key=value`` or ``key: value``; ``#`` and
    ``!`` start comments); a later file does not replace a key an earlier one set. Unreadable files are skipped."""
    settings: dict[str, str] = {}
    for path in paths:
        try:
            text = path.read_text(encoding="utf-8", errors="replace")
        except OSError:
            continue
        for raw in text.splitlines():
            line = raw.strip()
            if not line or line[0] in "#!":
                continue
            match = re.match(r"([^\s=:]+)\s*[=:\s]\s*(.*)$", line)
            if match and match.group(1).startswith("spark."):
                settings.setdefault(match.group(1), match.group(2).strip())
    return settings


def machine_memory() -> int | None:
    """The memory this process may use, in bytes: the machine's physical memory, or the cgroup's limit when one is
    set and lower (containers); None where neither can be read."""
    total: int | None = None
    try:
        total = os.sysconf("SC_PAGE_SIZE") * os.sysconf("SC_PHYS_PAGES")
    except (AttributeError, ValueError, OSError):
        total = None
    for limit_file in ("/sys/fs/cgroup/memory.max", "/sys/fs/cgroup/memory/memory.limit_in_bytes"):
        try:
            text = Path(limit_file).read_text(encoding="ascii").strip()
        except OSError:
            continue
        if text.isdigit():
            limit = int(text)
            total = limit if total is None else min(total, limit)
        break
    return total if total is not None and total > 0 else None
