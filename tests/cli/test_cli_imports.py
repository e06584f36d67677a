"""The command line and the dashboard are thin shells over the library's public functions: no module of cli/ or
web/ imports a private module (or a private name) of another part of detente. Their own modules (detente.cli._x,
detente.web._x) may import each other."""

from __future__ import annotations

import ast
from pathlib import Path

import pytest

SRC = Path(__file__).resolve().parents[2] / "src" / "detente"
SHELLS = ("cli", "web")

#: modules that still reach into private modules, each with what would make it public; the list may only shrink
PENDING: dict[str, str] = {}


def _private(part: str) -> bool:
    return part.startswith("_") and not (part.startswith("__") and part.endswith("__"))


def private_imports(path: Path, own: str = "cli") -> list[str]:
    """Each ``line: module[.name]`` of ``path`` that imports a private module or name from outside detente.<own>."""
    found = []
    for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"), filename=str(path))):
        if isinstance(node, ast.ImportFrom) and node.module and node.level == 0:
            modules, names = [node.module], [alias.name for alias in node.names]
        elif isinstance(node, ast.Import):
            modules, names = [alias.name for alias in node.names], []
        else:
            continue
        for module in modules:
            parts = module.split(".")
            if parts[0] != "detente" or parts[:2] == ["detente", own]:
                continue
            if any(_private(p) for p in parts[1:]):
                found.append(f"{node.lineno}: {module}")
            found += [f"{node.lineno}: {module}.{name}" for name in names if _private(name)]
    return found


def test_the_rule_finds_private_imports(tmp_path: Path) -> None:
    sample = tmp_path / "sample.py"
    sample.write_text("from detente.measure._sql import index_on\nimport detente.store._check\n"
                      "from detente import _api, __version__, open_store\nfrom detente.cli._common import x\n"
                      "def f():\n    from detente._api import paradigm_simulation\n")
    assert private_imports(sample) == ["1: detente.measure._sql", "2: detente.store._check", "3: detente._api",
                                       "6: detente._api"]


@pytest.mark.parametrize("path", sorted(p for shell in SHELLS for p in (SRC / shell).glob("*.py")),
                         ids=lambda p: f"{p.parent.name}/{p.name}")
def test_shell_modules_import_public_names_only(path: Path) -> None:
    name = f"{path.parent.name}/{path.name}"
    found = private_imports(path, own=path.parent.name)
    if name in PENDING:
        assert found, f"{name} imports only public names now: remove it from PENDING"
        return
    assert not found, (f"{name} imports private modules of the library: {found}; call a public function "
                       "instead (detente.<function>, or a name a package lists in __all__)")
