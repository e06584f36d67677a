"""The local dashboard (``detente serve``): server-rendered pages, each with a JSON twin, over a read-only
snapshot of the store. Needs the ``web`` extra: ``pip install 'detente[web]'``.

>>> from detente.web import create_app  # doctest: +SKIP
"""

from detente.web._app import LOOPBACK_HOSTS, create_app

__all__ = ["LOOPBACK_HOSTS", "create_app"]
