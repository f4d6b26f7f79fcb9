"""Case ledgers (信访台账) as offices keep them, built in the tests with openpyxl."""

from __future__ import annotations

import random
from collections.abc import Iterator
from datetime import date, datetime, timedelta
from pathlib import Path
from typing import Any

import openpyxl

from fazhi_desktop.domain.idnumber import check_digit

HEADER = [
    "序号",
    "登记\n日期",
    "信访 形式",
    "来源",
    "信访人",
    "身份证号码",
    "联系电话",
    "家庭住址",
    "来访人数",
    "所属乡镇",
    "问题类别",
    "信访目的",
    "反映问题",
    "责任单位",
    "受理日期",
    "办结时间",
    "答复意见",
    "评价结果",
    "备注",
]


def valid_id(first17: str) -> str:
    return first17 + check_digit(first17)


ID_A = valid_id("43112719850315001")  # 张三
ID_B = valid_id("43112719900601002")  # 李四
#: An old 15-digit number: 431127 850315 003 → 43112719850315003 and its check digit.
ID_15 = "431127850315003"
BAD_CHECK = ID_B[:-1] + ("1" if ID_B[-1] != "1" else "2")

#: The data rows; the first is Excel row 6 (title, 填报单位, blank, header above).
DATA: list[list[Any]] = [
    # 6: a date cell, every field filled, closed and evaluated
    [
        1,
        date(2024, 3, 5),
        "来访",
        "本级登记",
        "张三",
        ID_A,
        "138-1234-5678",
        "塔峰镇城东村",
        "3人",
        "塔峰镇",
        "劳动报酬",
        "求决",
        "拖欠工资三个月未发",
        "县人力资源和社会保障局",
        date(2024, 3, 6),
        date(2024, 4, 20),
        "已督促企业支付工资",
        "满意",
        "老问题",
    ],
    # 7: dotted date, 网信, ID with spaces and lower-case x handled below, phone with spaces
    [
        2,
        "2024.3.20",
        "网信",
        "",
        "李四",
        " ".join([ID_B[:6], ID_B[6:14], ID_B[14:]]),
        "139 0000 1111",
        "",
        "",
        "总市镇",
        "物业管理",
        "",
        "小区电梯停运半年",
        "",
        None,
        None,
        None,
        None,
        None,
    ],
    # 8: 年月日 with full-width digits, 走访, a 15-digit ID stored as a number
    [
        3,
        "２０２４年４月８日",
        "走访",
        "",
        "王五",
        float(ID_15),
        "",
        "",
        1,
        "火星镇",
        "城乡建设",
        "",
        "宅基地纠纷",
        "",
        None,
        None,
        None,
        None,
        None,
    ],
    # 9: an Excel serial number, 来信, an 18-digit ID stored as a number (rounded by Excel)
    [
        4,
        45420,
        "来信",
        "上级交办",
        "赵六",
        431127198503150000,
        "0746-1234567",
        "",
        "",
        "塔峰镇",
        "其他",
        "申诉",
        "反映征地补偿标准过低",
        "",
        None,
        None,
        None,
        None,
        None,
    ],
    # 10: compact date, 来电, a bad check digit, an unknown channel-free 电话
    [
        5,
        "20240601",
        "电话",
        "",
        "钱七",
        BAD_CHECK,
        "12345",
        "",
        "",
        "",
        "",
        "",
        "噪声扰民",
        "",
        None,
        None,
        None,
        "基本满意",
        None,
    ],
    # 11: slashed date, 网上投诉, nobody named but content (anonymous)
    [
        6,
        "2024/7/1",
        "网上投诉",
        "",
        "",
        "",
        "",
        "",
        "",
        "",
        "",
        "",
        "匿名反映某单位违规收费",
        "",
        None,
        None,
        None,
        None,
        None,
    ],
    # 12: dashed date, 网上信访, named but no content
    [
        7,
        "2024-08-01",
        "网上信访",
        "",
        "孙八",
        "",
        "",
        "",
        "",
        "",
        "",
        "",
        "",
        "",
        None,
        None,
        None,
        None,
        None,
    ],
    # 13: rejected: no usable date
    [
        8,
        "2024年13月1日",
        "来访",
        "",
        "周九",
        "",
        "",
        "",
        "",
        "",
        "",
        "",
        "日期写错",
        "",
        None,
        None,
        None,
        None,
        None,
    ],
    # 14: rejected: neither a name nor content
    [9, "2024-08-02", "来访", "", "", "", "", "", "", "", "", "", "", "", None, None, None, None, None],
    # 15: 张三 again (repeat petitioner, linked by ID number), 来电
    [
        10,
        "2024-09-09",
        "来电",
        "",
        "张三",
        ID_A.lower(),
        "",
        "",
        "",
        "塔峰镇",
        "劳动报酬",
        "",
        "工资仍未结清",
        "",
        None,
        None,
        None,
        None,
        None,
    ],
    # 16: an unknown channel and an unknown township
    [
        11,
        "2024-10-10",
        "传真",
        "",
        "吴十",
        "",
        "",
        "",
        "",
        "某某乡",
        "",
        "",
        "反映道路损坏",
        "",
        None,
        None,
        None,
        None,
        None,
    ],
]
FIRST_ROW = 6
ROWS = len(DATA)
IMPORTED = ROWS - 2
REJECTED_ROWS = {13: "不是有效日期", 14: "既没有信访人姓名"}


def messy_ledger(path: Path) -> Path:
    """A merged title, a 填报单位/填报日期 line, a blank row, wrapped header names, every date form,
    a 合计 row, 小计 and 总计 rows, a footnote and a signature line."""
    wb = openpyxl.Workbook()
    ws = wb.active
    assert ws is not None
    ws.title = "2024年台账"
    ws["A1"] = "蓝山县信访局2024年信访事项登记台账"
    ws.merge_cells("A1:S1")
    ws["A2"] = "填报单位：蓝山县信访局（盖章）"
    ws["L2"] = "填报日期：2024年11月1日"
    ws.append([])
    ws.append(HEADER)
    ws.append([None] * len(HEADER))  # a blank row under the header
    for row in DATA:
        ws.append(row)
    ws.append(["小计", None, None, None, None, None, None, None, 9])
    ws.append(["合计", None, None, None, None, None, None, None, 12])
    ws.append([None, "总计：11 件"])
    ws.append([])
    ws.append(["注：本台账按月报送县信访局。"])
    ws.append(["填表人：张三", None, None, None, "审核人：李四"])
    ws.cell(row=FIRST_ROW, column=2).number_format = "yyyy-mm-dd"
    wb.save(path)
    return path


EXPORT_HEADER = [
    "序号", "信访件编号", "登记日期", "信访形式", "来源", "信访人", "身份证号", "联系电话", "住址", "人数", "问题属地",
    "内容分类", "信访目的", "主要诉求", "责任单位", "受理日期", "办结日期", "办理结果", "满意度", "备注",
]  # fmt: skip


def exported_ledger(path: Path, rows: list[list[Any]]) -> Path:
    """The layout the ledger export writes: a title row, the header, dates as date cells."""
    wb = openpyxl.Workbook()
    ws = wb.active
    assert ws is not None
    ws.title = "信访台账"
    ws.append(["蓝山县信访局信访台账（2024-01-01 至 2024-11-20）"])
    ws.append(EXPORT_HEADER)
    for n, row in enumerate(rows, 1):
        ws.append([n, *row])
    wb.save(path)
    return path


def online_export(path: Path) -> Path:
    """The national online-petition system's export: its own column names."""
    wb = openpyxl.Workbook()
    ws = wb.active
    assert ws is not None
    ws.append(
        ["信访件编号", "信访日期", "信访形式", "问题属地", "内容分类", "信访目的", "概况信息", "信访人"]
    )
    ws.append(["WX2024051200001", "2024-05-12 10:32:11", "网上信访", "塔峰镇", "城乡建设-物业管理", "求决",
               "小区物业乱收费", "郑某"])  # fmt: skip
    ws.append(["WX2024051300002", datetime(2024, 5, 13, 9, 0), "网上投诉", "", "劳动和社会保障", "咨询",
               "咨询社保转移手续", "冯某"])  # fmt: skip
    wb.save(path)
    return path


TOWNSHIPS = ["塔峰镇", "总市镇", "所城镇", "新圩镇", "祠堂圩镇", "楠市镇", "土市镇", "毛俊镇", "犁头镇"]
CHANNELS = ["来访", "来信", "网上信访", "来电", "走访", "网信"]
CATEGORIES = ["劳动报酬", "物业管理", "土地征收", "社会救助", "医疗纠纷", "环境污染", "其他"]
SURNAMES = "王李张刘陈杨黄赵吴周徐孙马朱胡郭何高林罗"
GIVEN = "伟芳娜敏静丽强磊军洋勇艳杰娟涛明超秀霞平刚桂英华"
GRIEVANCES = [
    "反映拖欠工资问题，要求用人单位尽快支付",
    "反映小区物业服务质量差，电梯长期停运",
    "反映征地补偿款未足额发放",
    "申请最低生活保障未获批准",
    "反映医院收费不合理",
    "反映工厂夜间噪声扰民",
    "反映村道年久失修，出行困难",
]


def big_ledger(path: Path, count: int, *, seed: int = 7, columns: int = 20) -> Path:
    """`count` rows of realistic values in the export's 20 columns (write_only: fast to write)."""
    wb = openpyxl.Workbook(write_only=True)
    ws = wb.create_sheet("台账")
    for row in big_ledger_rows(count, seed=seed, columns=columns):
        ws.append(row)
    wb.save(path)
    return path


def big_ledger_rows(count: int, *, seed: int = 7, columns: int = 20) -> Iterator[list[Any]]:
    """The title, the header and `count` rows of `big_ledger`."""
    rng = random.Random(seed)
    yield ["蓝山县信访局信访台账"]
    yield EXPORT_HEADER[:columns]
    start = date(2021, 1, 1)
    for n in range(1, count + 1):
        day = start + timedelta(days=rng.randrange(1400))
        born = date(1950, 1, 1) + timedelta(days=rng.randrange(20000))
        person = valid_id(f"431127{born:%Y%m%d}{rng.randrange(1000):03d}") if rng.random() < 0.8 else ""
        closed = day + timedelta(days=rng.randint(10, 80)) if rng.random() < 0.6 else None
        row = [
            n,
            f"LS{day:%Y%m%d}{n:07d}" if rng.random() < 0.3 else "",
            day,
            rng.choice(CHANNELS),
            "本级登记",
            rng.choice(SURNAMES) + rng.choice(GIVEN) + rng.choice(GIVEN),
            person,
            f"13{rng.randrange(10**9):09d}" if rng.random() < 0.9 else "",
            f"{rng.choice(TOWNSHIPS)}{rng.choice(GIVEN)}家村{rng.randint(1, 12)}组",
            rng.choice(["1", "1", "1", "2人", "3"]),
            rng.choice(TOWNSHIPS),
            rng.choice(CATEGORIES),
            rng.choice(["求决", "申诉", "咨询", "建议意见"]),
            f"{rng.choice(GRIEVANCES)}（第{n}号）",
            "",
            day + timedelta(days=rng.randint(0, 5)),
            closed,
            "已答复信访人" if closed else "",
            rng.choice(["满意", "基本满意", "不满意", ""]) if closed else "",
            "",
        ]
        yield row[:columns]
