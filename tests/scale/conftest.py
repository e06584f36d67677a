"""Fixtures of the scale tests: one local SparkSession per test session.

Spark tests are marked ``spark``. Without Java or pyspark they skip with the reason, except in CI
(``CI=true``), where a missing Java fails them: CI installs it (``.ci/run``).
"""

from __future__ import annotations

import importlib.util
import os
from collections.abc import Iterator
from typing import Any

import pytest


def _spark_ready() -> str | None:
    """Why Spark cannot run here (None: it can)."""
    if importlib.util.find_spec("pyspark") is None:
        return "pyspark is not installed (pip install 'detente[spark]')"
    from detente.store._spark import java_path

    if java_path() is None:
        return "Java is not installed (apt-get install default-jre-headless)"
    return None


@pytest.fixture(scope="session")
def spark() -> Iterator[Any]:
    """One local[2] SparkSession for the whole test session."""
    reason = _spark_ready()
    if reason is not None:
        if os.environ.get("CI", "").lower() == "true":
            pytest.fail(f"spark tests cannot run in CI: {reason}")
        pytest.skip(reason)
    os.environ.setdefault("SPARK_LOCAL_IP", "127.0.0.1")
    from detente.store._spark import spark_session

    session = spark_session("local[2]")
    yield session
    session.stop()
