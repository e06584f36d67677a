"""Export the report's charts as images."""

from __future__ import annotations

from pathlib import Path

from detente.errors import OptionalDependencyError
from detente.report._build import Report

__all__ = ["export_png"]


def export_png(report: Report, folder: Path) -> list[Path]:
    """Write each chart of ``report`` as ``<folder>/<name>.png``; needs the ``kaleido`` package (extra ``png``)."""
    try:
        import kaleido  # noqa: F401
    except ImportError:
        raise OptionalDependencyError("kaleido", "png", "--png (charts as images)") from None
    folder.mkdir(parents=True, exist_ok=True)
    written: list[Path] = []
    for name, fig in report.figures.items():
        path = folder / f"{name}.png"
        fig.write_image(str(path), width=1100, height=450)
        written.append(path)
    return written
