"""Reading corpora (files, folders, globs, JSONL, WARC) and writing results (JSONL, Parquet, CSV).

>>> from newsclean.corpus import output_format
>>> output_format("out/clean.parquet")
'parquet'
"""

from newsclean.corpus.readers import InputError, iter_inputs, read_jsonl, read_warc
from newsclean.corpus.writers import OutputError, done_ids, open_writer, output_format

__all__ = [
    "InputError",
    "OutputError",
    "done_ids",
    "iter_inputs",
    "open_writer",
    "output_format",
    "read_jsonl",
    "read_warc",
]
