"""Users: log-in, the password rules, and the administrator's accounts (issue #17)."""
