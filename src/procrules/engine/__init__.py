"""Evaluators of the IR: compiled Python (default, the oracle) and the durable-rules adapter."""
