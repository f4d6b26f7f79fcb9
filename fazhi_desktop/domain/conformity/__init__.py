"""规范化评查: every case's handling checked against the rules of 《信访工作条例》 (issue #22).

`view` holds the typed view of one case the rules read, `rules` the rule set (data: id, article, text,
weight, check), `judge` runs the enabled rules over a view and scores it. Import from the modules.
"""
