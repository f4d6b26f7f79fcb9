"""Messy ledgers as offices keep them, built in the tests with openpyxl."""

from __future__ import annotations

from datetime import date, datetime
from pathlib import Path
from typing import Any

import openpyxl

HEADER = [
    "序号",
    "活动\n日期",
    "活动 主题",
    "活动类别",
    "活动地点",
    "乡镇",
    "宣传单（份）",
    "宣传手册（份）",
    "展板（块）",
    "横幅（条）",
    "咨询人次",
    "覆盖人次",
    "联合单位",
    "备注",
]
#: (Excel row, cells) of the data rows; the first row of data is row 5.
DATA: list[list[Any]] = [
    [
        1,
        date(2024, 3, 5),
        "《信访工作条例》宣传进社区",
        "进社区",
        "塔峰镇文化广场",
        "塔峰镇",
        2000,
        "1000份",
        3,
        5,
        120,
        3000,
        "公安局、法院",
        "",
    ],
    [
        2,
        "2024.3.20",
        "《信访工作条例》宣传进乡村",
        "",
        "总市镇集市",
        "",
        "3000",
        "4000",
        5,
        10,
        "200人次",
        "5万",
        "",
        "",
    ],
    [3, "2024年4月8日", "法治进校园", "进学校", "县第一中学", "", 500, 0, 2, 1, 30, 1200, "", ""],
    [4, 45420, "送法进企业", "进企业", "工业园", "", 300, 200, None, 2, 15, 400, "", ""],
    [5, "2024/6/1", "条例进机关", "进单位", "县政府", "火星镇", 100, 100, 1, 1, 5, 150, "", ""],
    [6, "20240715", "宪法宣传周", "宪法宣传日／周", "步行街", "", 1000, 1000, 2, 2, 50, 2000, "", ""],
    [7, "２０２４－０８－０１", "集中宣传日", "集中宣传", "县城广场", "", 600, 400, 1, 1, 20, 800, "", ""],
    [8, "2024年13月1日", "日期写错的一行", "其他", "某地", "", 1, 1, 0, 0, 0, 1, "", ""],
    [9, "2024-09-09", "", "其他", "某地", "", 1, 1, 0, 0, 0, 1, "", ""],
    [10, "2024-10-10", "份数写不清的一行", "集中宣传", "某地", "", "很多", 1, 0, 0, 0, 1, "", ""],
]
IMPORTED = 7
BAD_ROWS = {12: "不是有效日期", 13: "活动主题是空的", 14: "宣传单「很多」无法识别"}


def messy_ledger(path: Path) -> Path:
    """A title merged over the table, a 填报单位 line, a header of wrapped names, dates in every form,
    a subtotal row, a footnote and a signature line."""
    wb = openpyxl.Workbook()
    ws = wb.active
    assert ws is not None
    ws.title = "2024年"
    ws["A1"] = "蓝山县信访局2024年《信访工作条例》宣传活动台账"
    ws.merge_cells("A1:N1")
    ws["A2"] = "填报单位：蓝山县信访局（盖章）"
    ws["H2"] = "填报日期：2024年12月31日"
    ws.append([])
    ws.append(HEADER)
    for row in DATA:
        ws.append(row)
    ws.append(["合计", None, None, None, None, None, 8601, 6702, 14, 22, 441, 57552])
    ws.append([])
    ws.append(["注：覆盖人次为估算数，宣传单含折页。"])
    ws.append(["填表人：张三", None, None, None, "审核人：李四"])
    ws["B5"].number_format = "yyyy-mm-dd"
    wb.save(path)
    return path


def cover_sheet_then_ledger(path: Path) -> Path:
    """An instructions sheet first; the table on the second sheet under a header of two rows."""
    wb = openpyxl.Workbook()
    cover = wb.active
    assert cover is not None
    cover.title = "说明"
    cover["A1"] = "本台账按月填报，报送县信访局。"
    ws = wb.create_sheet("台账")
    ws.append(["宣传活动登记表"])
    ws.append(["日期", "活动主题", "地点", "发放资料", None, "覆盖人次"])
    ws.merge_cells("D2:E2")
    ws.append([None, None, None, "宣传单", "宣传手册", None])
    ws.append([datetime(2024, 5, 1, 9, 30), "劳动节宣传", "县城广场", 800, 200, 1500])
    wb.save(path)
    return path
