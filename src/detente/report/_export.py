"""Export the report's charts as images."""

from __future__ import annotations

from pathlib import Path

from detente.errors import OptionalDependencyError
from detente.report._build import Report

__all__ = ["export_png"]


def export_png(report: Report, folder: Path) -> list[Path]:
    """Write each chart of ``report`` as ``<folder>/<name>.png``; needs the ``kaleido`` package (extra ``png``)."""
    try:
        import kaleido
    except ImportError:
        raise OptionalDependencyError("kaleido", "png", "--png (charts as images)") from None
    folder.mkdir(parents=True, exist_ok=True)
    if not report.figures:
        return []
    # one browser for every chart (kaleido otherwise starts one per image, seconds each), unless the caller
    # runs kaleido's server already
    server = getattr(kaleido, "_global_server", None)
    own = server is not None and not server.is_running()
    if own:
        kaleido.start_sync_server(silence_warnings=True)
    written: list[Path] = []
    try:
        for name, fig in report.figures.items():
            path = folder / f"{name}.png"
            fig.write_image(str(path), width=1100, height=450)
            written.append(path)
    finally:
        if own:
            kaleido.stop_sync_server(silence_warnings=True)
    return written
