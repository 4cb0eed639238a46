"""Metadata recognisers: bylines and credits, dates and datelines, titles.

Pure functions of their text arguments, with word lists in rule data files
(``newsclean/rules/data/<lang>/``). The pipeline's metadata stages call them; they
can also be used on their own:

>>> from newsclean.metadata import bylines, dates, titles
>>> bylines.parse_byline("By Ann Lee and Bo Chen").authors
['Ann Lee', 'Bo Chen']
>>> dates.parse_date("2022-01-07T15:04:00Z").isoformat()
'2022-01-07T15:04:00+00:00'
>>> titles.strip_site_suffix("Storm closes schools | Daily Planet", "Daily Planet")
'Storm closes schools'
"""
