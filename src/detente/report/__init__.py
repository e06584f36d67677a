"""The self-contained HTML report (charts embedded; opens offline)."""

from detente.report._build import Report, ReportOptions, build_report
from detente.report._export import export_png
from detente.report._html import Section, render_page

__all__ = ["Report", "ReportOptions", "Section", "build_report", "export_png", "render_page"]
