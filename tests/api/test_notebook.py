"""examples/analyst.ipynb runs, top to bottom, in a real Jupyter kernel, offline, on the bundled record."""

from __future__ import annotations

import json
import os
import sys
from pathlib import Path

import pytest

NOTEBOOK = Path(__file__).resolve().parents[2] / "examples" / "analyst.ipynb"


def test_the_notebook_is_committed_clean() -> None:
    """Committed without outputs, so what a reader sees is what their own run makes."""
    data = json.loads(NOTEBOOK.read_text(encoding="utf-8"))
    code = [c for c in data["cells"] if c["cell_type"] == "code"]
    assert len(code) >= 12
    assert all(not c["outputs"] and c["execution_count"] is None for c in code)


def test_the_notebook_runs(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    nbformat = pytest.importorskip("nbformat")
    nbclient = pytest.importorskip("nbclient")
    # the kernel inherits this environment: the store it builds lands in this test's folder (DETENTE_STORE is
    # set by tests/conftest.py), it runs in tmp_path, and its "python" is this interpreter (the python3 kernel
    # spec that ipykernel installs starts "python" from PATH)
    monkeypatch.setenv("PATH", f"{Path(sys.executable).parent}{os.pathsep}{os.environ.get('PATH', '')}")
    notebook = nbformat.read(NOTEBOOK, as_version=4)
    client = nbclient.NotebookClient(notebook, timeout=600, kernel_name="python3",
                                     resources={"metadata": {"path": str(tmp_path)}})
    client.execute()
    code = [c for c in notebook.cells if c.cell_type == "code"]
    assert all(c.execution_count for c in code)
    errors = [o for c in code for o in c.outputs if o.output_type == "error"]
    assert errors == []
    text = "\n".join(o.get("text", "") for c in code for o in c.outputs if o.output_type == "stream")
    assert "events from 1990" in text and "USA-PRK as of 2019-02-14:" in text
    figures = [o for c in code for o in c.outputs
               if o.output_type in ("display_data", "execute_result") and "application/vnd.plotly.v1+json" in o.data]
    assert len(figures) == 3  # the index, the index with its interval and the peace steps, the simulated outcomes
    assert (Path(os.environ["DETENTE_STORE"])).exists()
