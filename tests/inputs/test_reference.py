"""as_reference_date: the one reading of a reference_date argument (extract, extract_many, CLI, readers)."""

from datetime import date, datetime, timedelta, timezone

import pytest

from newsclean.errors import InvalidReferenceDateError, NewscleanError
from newsclean.inputs.reference import as_reference_date


@pytest.mark.parametrize("value, expected", [
    (None, None),
    (date(2022, 1, 12), date(2022, 1, 12)),
    (datetime(2022, 1, 12, 8, 30), datetime(2022, 1, 12, 8, 30)),
    ("2022-01-12", date(2022, 1, 12)),
    ("  2022-01-12\n", date(2022, 1, 12)),
    ("2022-01-12T08:30", datetime(2022, 1, 12, 8, 30)),
    ("2022-01-12 08:30:00", datetime(2022, 1, 12, 8, 30)),
    ("2022-01-12T08:30:00Z", datetime(2022, 1, 12, 8, 30, tzinfo=timezone.utc)),
    ("2022-01-12T08:30:00+02:00", datetime(2022, 1, 12, 8, 30, tzinfo=timezone(timedelta(hours=2)))),
])
def test_accepted_forms(value, expected):
    got = as_reference_date(value)
    assert got == expected and type(got) is type(expected)


@pytest.mark.parametrize("value, says", [
    (20220112, "got int 20220112"),
    (1641945600.0, "got float"),
    (True, "got bool True"),
    (b"2022-01-12", "got bytes"),
    (["2022-01-12"], "got list"),
    ("12/01/2022", "'12/01/2022' is not an ISO 8601 date"),
    ("2022-13-40", "is not an ISO 8601 date"),
    ("yesterday", "is not an ISO 8601 date"),
    ("", "is an empty string"),
    ("   ", "is an empty string"),
])
def test_anything_else_is_refused_with_a_clear_typed_error(value, says):
    with pytest.raises(InvalidReferenceDateError) as info:
        as_reference_date(value)
    assert says in str(info.value)
    assert "'2022-01-12'" in str(info.value)  # the message shows an accepted form


def test_the_error_is_a_newsclean_error_and_both_builtin_kinds():
    # callers that caught TypeError (wrong type) or ValueError (bad string) before still catch it
    assert issubclass(InvalidReferenceDateError, NewscleanError)
    assert issubclass(InvalidReferenceDateError, TypeError)
    assert issubclass(InvalidReferenceDateError, ValueError)


def test_the_argument_name_is_in_the_message():
    with pytest.raises(InvalidReferenceDateError, match="NEWSCLEAN_REFERENCE_DATE"):
        as_reference_date(3, name="NEWSCLEAN_REFERENCE_DATE")


def test_a_missing_pandas_timestamp_is_no_date():
    pd = pytest.importorskip("pandas")
    assert as_reference_date(pd.NaT) is None
    assert as_reference_date(pd.Timestamp("2022-01-12")) == datetime(2022, 1, 12)
