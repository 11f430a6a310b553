"""procrules: a rules and compliance engine for the UK Procurement Act 2023."""

from __future__ import annotations

__version__ = "0.1.0"

from procrules.errors import ProcrulesError
from procrules.model.record import Record

__all__ = ["ProcrulesError", "Record", "__version__"]
