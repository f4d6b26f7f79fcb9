"""The 台账/专项 page: 包案, 积案 and 专项 registers, their matters, plans, 化解 and notes."""
