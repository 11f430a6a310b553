"""The rule language: YAML rule packs parsed and checked into one internal form (the IR)."""
