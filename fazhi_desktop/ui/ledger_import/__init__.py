"""The wizard that imports an Excel case ledger (导入台账): file and sheet, column mapping, check, import."""
