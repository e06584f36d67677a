"""``detente serve``: its help, its defaults, and a polite error without the web extra."""

from __future__ import annotations

import builtins
from pathlib import Path
from typing import Any

import pytest


def test_serve_has_help(cli) -> None:  # type: ignore[no-untyped-def]
    result = cli("serve", "--help")
    assert result.exit_code == 0
    for option in ("--store", "--host", "--port", "127.0.0.1", "Example:"):
        assert option in result.stdout


def test_serve_binds_loopback_by_default(cli, web_store: Path, monkeypatch: pytest.MonkeyPatch) -> None:  # type: ignore[no-untyped-def]
    import uvicorn

    seen: dict[str, Any] = {}

    def fake_run(app: Any, **kwargs: Any) -> None:
        seen.update(kwargs, app=app)
        with __import__("fastapi").testclient.TestClient(app, base_url="http://127.0.0.1") as client:
            seen["status"] = client.get("/status.json").status_code

    monkeypatch.setattr(uvicorn, "run", fake_run)
    result = cli("serve", "--store", str(web_store))
    assert result.exit_code == 0, result.stderr
    assert seen["host"] == "127.0.0.1" and seen["port"] == 8000 and seen["status"] == 200
    assert "http://127.0.0.1:8000/" in result.stderr and "warning" not in result.stderr
    result = cli("serve", "--store", str(web_store), "--host", "0.0.0.0", "--port", "8123")
    assert result.exit_code == 0 and seen["host"] == "0.0.0.0" and seen["port"] == 8123
    assert "reachable from other machines" in result.stderr


def test_serve_without_a_store_says_what_to_do(cli, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    result = cli("serve", "--store", str(tmp_path / "none.duckdb"))
    assert result.exit_code != 0 and "detente report" in result.stderr


def test_serve_rejects_a_bad_port(cli) -> None:  # type: ignore[no-untyped-def]
    assert cli("serve", "--port", "70000").exit_code == 2


@pytest.mark.parametrize("missing", ["fastapi", "uvicorn"])
def test_serve_without_the_web_extra_fails_politely(cli, monkeypatch: pytest.MonkeyPatch, missing: str) -> None:  # type: ignore[no-untyped-def]
    import sys

    real_import = builtins.__import__

    def fake_import(name: str, *args: Any, **kwargs: Any) -> Any:
        if name == missing or name.startswith(missing + "."):
            raise ImportError(f"No module named {name!r}", name=name)
        return real_import(name, *args, **kwargs)

    for mod in [m for m in sys.modules if m == "detente.web" or m.startswith("detente.web.")]:
        monkeypatch.delitem(sys.modules, mod)
    monkeypatch.setattr(builtins, "__import__", fake_import)
    result = cli("serve")
    assert result.exit_code == 2
    assert f"needs the '{missing}' package" in result.stderr and "pip install 'detente[web]'" in result.stderr
