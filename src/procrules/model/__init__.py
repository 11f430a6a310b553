"""Typed records (inputs) and results (outputs)."""
