"""Open data both ways: OCDS (as Find a Tender publishes it) into records, and records into notices.

    iter_ocds_records(path)            stream OCDS releases/records/JSON Lines → OcdsRecord
    read_records(paths)                the same, every release of an ocid compiled together
    build_notice(code, record)         a release package for one UK notice (UK1-UK16)
    validate_package(data)             procrules' notice schemas (and, given, an official one)
    is_ocds(path)                      whether a file is OCDS rather than procrules records
"""

from __future__ import annotations

from procrules.ocds.build import BUILDABLE, build_notice
from procrules.ocds.read import OcdsRecord, iter_ocds_records, read_records
from procrules.ocds.stream import Position, is_ocds
from procrules.ocds.validate import validate_package

__all__ = ["BUILDABLE", "OcdsRecord", "Position", "build_notice", "is_ocds", "iter_ocds_records", "read_records",
           "validate_package"]
