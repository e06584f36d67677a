"""The self-contained HTML report (charts embedded; opens offline)."""

from detente.report._build import Report, ReportOptions, balance_figure, build_report, quad_figure
from detente.report._export import export_png
from detente.report._html import Section, render_page
from detente.report._judge_charts import cxi_traces

__all__ = ["Report", "ReportOptions", "Section", "balance_figure", "build_report", "cxi_traces", "export_png",
           "quad_figure", "render_page"]
