"""台账: 领导包案, 积案 and 专项 registers of matters, their 化解 decisions, notes, import and outputs."""
