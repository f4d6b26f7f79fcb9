"""The 研判 board: red and yellow open cases grouped by tier, for the weekly review meeting."""
