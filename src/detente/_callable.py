"""Packages that are also functions: ``detente.judge(...)`` and ``detente.simulate(...)``.

``detente.judge`` is the judgement package (``detente.judge.Verdict``, ``detente.judge.paradigms``) and, called,
the top-level function :func:`detente._analysis.judge`; likewise ``detente.simulate``. Python sets a package as
an attribute of its parent when it is imported, so a function of the same name could not stay there; instead
each package's module object is made callable when the package is imported (``make_callable`` at the end of its
``__init__``), and behaves the same whichever way it was reached first.
"""

from __future__ import annotations

import importlib
import inspect
import sys
from collections.abc import Callable
from types import ModuleType
from typing import Any

__all__ = ["make_callable"]


def _function(module: ModuleType) -> Callable[..., Any]:
    analysis = importlib.import_module("detente._analysis")
    function: Callable[..., Any] = getattr(analysis, module.__name__.rpartition(".")[2])
    return function


class _CallablePackage(ModuleType):
    """A package whose call is the top-level function of the same name."""

    def __call__(self, *args: Any, **kwargs: Any) -> Any:
        return _function(self)(*args, **kwargs)

    @property
    def __signature__(self) -> inspect.Signature:
        return inspect.signature(_function(self))


def make_callable(name: str) -> None:
    """Make the imported package ``name`` (``detente.judge``, ``detente.simulate``) callable."""
    module = sys.modules[name]
    if not isinstance(module, _CallablePackage):
        module.__class__ = _CallablePackage
