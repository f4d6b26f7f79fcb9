"""统计报表: the statistics view, its charts, and the lists of cases behind a figure."""
