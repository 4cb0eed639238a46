"""Clean the HTML pages of WARC files with datatrove and newsclean, into JSONL.

    pip install "newsclean[datatrove]"
    python examples/datatrove_pipeline.py crawl/ clean/ --tasks 4

Reads every *.warc / *.warc.gz under the input folder (datatrove's WarcReader: 2xx HTML
responses), cleans each page with newsclean where datatrove pipelines usually run
trafilatura, and writes <output>/<rank>.jsonl.gz: one document per line with the article
body as "text" and title, authors, published, language and removed-block counts in
"metadata". Per-step stats go to <output>/logs/stats.json.
"""

import argparse

from datatrove.executor import LocalPipelineExecutor
from datatrove.pipeline.readers import WarcReader
from datatrove.pipeline.writers import JsonlWriter

from newsclean.datatrove import Newsclean


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("warcs", help="folder of .warc / .warc.gz files")
    parser.add_argument("output", help="folder for the JSONL output (and logs/)")
    parser.add_argument("--tasks", type=int, default=1, help="tasks (the WARC files are shared among them)")
    parser.add_argument("--keep-empty", action="store_true", help="keep pages without an article body")
    args = parser.parse_args()

    LocalPipelineExecutor(
        pipeline=[
            WarcReader(args.warcs, glob_pattern="*.warc*"),
            Newsclean(keep_empty=args.keep_empty),    # where Trafilatura() would sit
            JsonlWriter(args.output),
        ],
        tasks=args.tasks,
        logging_dir=f"{args.output}/logs",
    ).run()


if __name__ == "__main__":  # datatrove runs tasks in worker processes
    main()
