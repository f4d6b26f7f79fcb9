"""规范化评查: the 规范性 panel of a case and the 评查 page (issue #22)."""
