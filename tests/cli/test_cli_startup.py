"""Start-up: the command line imports a command's module (and the libraries it uses) only when that command runs.

Timing goals live in benchmarks/startup; these tests check what is imported, and that the root help listed
without importing the commands is the same as the commands' own.
"""

from __future__ import annotations

import json
import subprocess
import sys

import pytest
import typer
import typer.main
from typer.testing import CliRunner

from detente.cli import COMMANDS, build_app

#: libraries that take a tenth of a second or more to import; none is needed to list the commands
HEAVY = ("scipy", "ruptures", "plotly", "pyarrow", "duckdb", "numpy", "httpx", "rich", "pydantic", "trafilatura",
         "lxml", "dateparser", "fastapi", "pyspark", "pandas")


def _modules_after(code: str) -> set[str]:
    out = subprocess.run([sys.executable, "-c", f"{code}\nimport json, sys; print(json.dumps(sorted(sys.modules)))"],
                         capture_output=True, text=True, check=True, env={"COLUMNS": "100", "PATH": ""})
    return set(json.loads(out.stdout.strip().splitlines()[-1]))


def _heavy(modules: set[str]) -> list[str]:
    return sorted(name for name in HEAVY if name in modules)


def test_importing_the_cli_imports_no_heavy_library() -> None:
    assert _heavy(_modules_after("import detente.cli")) == []


def test_root_help_imports_no_command_module() -> None:
    code = ("import contextlib, io\nfrom detente.cli import main\n"
            "with contextlib.redirect_stdout(io.StringIO()), contextlib.suppress(SystemExit):\n    main(['--help'])")
    modules = _modules_after(code)
    assert _heavy(modules) == []
    assert not {m for m in modules if m.startswith("detente.cli._")} - {"detente.cli._common"}


def test_a_command_loads_its_own_module_only() -> None:
    code = ("import contextlib, io\nfrom detente.cli import main\n"
            "with contextlib.redirect_stdout(io.StringIO()), contextlib.suppress(SystemExit):\n"
            "    main(['tournament', '--help'])")
    modules = _modules_after(code)
    assert "detente.cli._simulate" in modules
    assert "detente.cli._judge" not in modules and "detente.cli._ingest" not in modules
    assert "scipy" not in modules


def test_import_detente_is_light() -> None:
    modules = _modules_after("import detente")
    assert _heavy(modules) == [] and "detente.store" not in modules
    assert _modules_after("import detente; detente.Store") >= {"detente.store", "duckdb"}


def test_lazy_public_names_resolve() -> None:
    import detente

    for name in detente.__all__:
        assert getattr(detente, name) is not None, name
    assert set(detente.__all__) <= set(dir(detente))
    with pytest.raises(AttributeError):
        _ = detente.no_such_name


def test_the_command_table_agrees_with_the_commands() -> None:
    full = typer.main.get_command(build_app(lazy=False))
    assert isinstance(full, typer.core.TyperGroup)
    assert set(full.commands) == set(COMMANDS), "COMMANDS in detente/cli/__init__.py lists every command"
    for name, (module, summary) in COMMANDS.items():
        command = full.commands[name]
        callback = getattr(command, "callback", None)
        if callback is not None and getattr(callback, "__module__", "").startswith("detente.cli._"):
            assert callback.__module__ == module, name
        placeholder = typer.core.TyperCommand(name=name, help=summary)
        for width in (20, 45, 80, 300):
            assert placeholder.get_short_help_str(width) == command.get_short_help_str(width), (
                f"{name}: COMMANDS must hold the first sentence of the command's help")


@pytest.mark.parametrize("args", [["--help"], [], ["read", "--help"], ["eval", "--help"], ["sql", "--help"]])
def test_lazy_help_is_the_full_help(args: list[str]) -> None:
    runner = CliRunner()
    env = {"COLUMNS": "100", "NO_COLOR": "1", "TERM": "dumb"}
    lazy = runner.invoke(build_app(), args, prog_name="detente", env=env)
    full = runner.invoke(build_app(lazy=False), args, prog_name="detente", env=env)
    assert lazy.output == full.output
    assert "Commands:" in lazy.output or "Options:" in lazy.output


def test_unknown_command_is_a_usage_error() -> None:
    result = CliRunner().invoke(build_app(), ["reed"], prog_name="detente")
    assert result.exit_code == 2 and "No such command" in result.output


def test_main_runs_a_command_lazily() -> None:
    code = ("from detente.cli import main\n"
            "try:\n    main(['tournament', '--players', 'cooperator,defector', '--turns', '10'])\n"
            "except SystemExit as stop:\n    assert not stop.code\n")
    code += "import sys; print('judge', 'detente.cli._judge' in sys.modules)"
    out = subprocess.run([sys.executable, "-c", code],
                         capture_output=True, text=True, check=True, env={"COLUMNS": "100", "PATH": ""})
    assert "defector" in out.stdout.lower() and "50" in out.stdout  # Defector scores 50 against Cooperator
    assert out.stdout.strip().endswith("judge False")


def test_the_full_app_is_built_on_first_use() -> None:
    import detente.cli

    assert isinstance(detente.cli.app, typer.Typer)
    with pytest.raises(SystemExit) as stop:
        detente.cli.main(["--debug", "no-such-command"])
    assert stop.value.code == 2
