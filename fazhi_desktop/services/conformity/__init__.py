"""规范化评查 (issue #22): the automatic findings of every case, the 评查 records, the 规范率."""
