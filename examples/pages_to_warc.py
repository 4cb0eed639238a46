"""Pack saved HTML pages into a WARC file of HTTP responses, e.g. to try a WARC pipeline offline.

    python examples/pages_to_warc.py samples/ crawl/samples.warc.gz --date 2024-03-05T12:00:00Z

Every *.html file of the folder becomes one 200 response record whose URL is --base-url plus
the file's name without its suffix, dated --date (the crawl time: "3 days ago" counts from it).
"""

import argparse
import io
from datetime import datetime, timezone
from pathlib import Path

from warcio.statusandheaders import StatusAndHeaders
from warcio.warcwriter import WARCWriter


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("folder", type=Path, help="folder of .html files")
    parser.add_argument("output", type=Path, help="the WARC file to write (.warc.gz: gzipped records)")
    parser.add_argument("--date", default=datetime.now(timezone.utc).strftime("%Y-%m-%dT%H:%M:%SZ"),
                        help="WARC-Date of every record (ISO 8601, default: now)")
    parser.add_argument("--base-url", default="https://samples.example/", help="URL prefix of the pages")
    args = parser.parse_args()

    args.output.parent.mkdir(parents=True, exist_ok=True)
    pages = sorted(args.folder.glob("*.html"))
    with open(args.output, "wb") as out:
        writer = WARCWriter(out, gzip=args.output.suffix == ".gz")
        for path in pages:
            http = StatusAndHeaders("200 OK", [("Content-Type", "text/html")], protocol="HTTP/1.1")
            record = writer.create_warc_record(
                args.base_url + path.stem, "response", payload=io.BytesIO(path.read_bytes()), http_headers=http,
                warc_headers_dict={"WARC-Date": args.date, "WARC-Identified-Payload-Type": "text/html"})
            writer.write_record(record)
    print(f"{len(pages)} pages -> {args.output}")


if __name__ == "__main__":
    main()
