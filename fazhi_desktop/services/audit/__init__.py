"""The audit trail as the 审计员 sees it: list and filter it, export it, verify it against a head."""
