"""Reading inputs (record files with positions) and writing outputs."""
