"""newsclean.dask on a real distributed.LocalCluster with two worker processes started here."""

from __future__ import annotations

import dask.bag as db
import dask.dataframe as dd
import pandas as pd
import pytest
from distributed import Client, LocalCluster

from newsclean.batch import record_columns
from newsclean.dask import clean_bag, clean_dataframe

STORY = ("Night trains return to the coast line\n\n"
         "The night train between the capital and the coast will run again from June, the rail operator said on Monday.\n\n"
         "Tickets go on sale next week, with sleeper cabins priced below last year's fares and seats for half of that.\n\n"
         "The service stopped three years ago when the old carriages failed a safety review, and the line has since"
         " relied on a single evening bus.")


@pytest.fixture(scope="module")
def client():
    cluster = LocalCluster(n_workers=2, threads_per_worker=1, processes=True, dashboard_address=":0")
    with Client(cluster) as c:
        yield c
    cluster.close()


def pages(n: int) -> list[dict]:
    items = [{"id": f"p{i}", "text": STORY.replace("June", f"June ({i})"), "url": f"https://rail.example/{i}"}
             for i in range(n)]
    items[3]["text"] = "  "  # unusable: recorded as an error
    return items


def test_clean_bag_on_a_local_cluster(client):
    bag = db.from_sequence(pages(12), npartitions=4)
    records = clean_bag(bag).compute()
    assert [r["id"] for r in records] == [f"p{i}" for i in range(12)]
    assert list(records[0]) == record_columns()
    assert records[3]["status"] == "error" and records[3]["error_type"] == "EmptyInputError"
    ok = [r for r in records if r["status"] == "ok"]
    assert len(ok) == 11
    assert all("sleeper cabins" in r["body"] for r in ok)
    assert records[5]["url"] == "https://rail.example/5" and "June (5)" in records[5]["body"]
    # the work ran on both worker processes
    assert len(client.scheduler_info()["workers"]) == 2


def test_clean_bag_skip_mode(client):
    bag = db.from_sequence(pages(8), npartitions=2)
    records = clean_bag(bag, errors="skip").compute()
    assert len(records) == 7 and all(r["status"] == "ok" for r in records)


def test_clean_dataframe_keeps_the_index(client):
    frame = pd.DataFrame(pages(10)).set_index("id")
    ddf = dd.from_pandas(frame, npartitions=3)
    result = clean_dataframe(ddf, column="text", url_column="url")
    assert list(result.columns) == record_columns()
    got = result.compute()
    assert list(got.index) == list(frame.index)
    assert list(got["id"]) == list(frame.index)  # the index value is the id
    assert got.loc["p3", "status"] == "error"
    assert (got["status"] == "ok").sum() == 9
    assert got.loc["p7", "url"] == "https://rail.example/7"
    joined = ddf.join(result[["title", "body"]]).compute()
    assert "sleeper cabins" in joined.loc["p0", "body"]


def test_clean_dataframe_error_modes(client):
    ddf = dd.from_pandas(pd.DataFrame(pages(6)), npartitions=2)
    skipped = clean_dataframe(ddf, column="text", id_column="id", errors="skip").compute()
    assert len(skipped) == 5 and "p3" not in set(skipped["id"])
    with pytest.raises(Exception, match="p3"):
        clean_dataframe(ddf, column="text", id_column="id", errors="raise").compute()
