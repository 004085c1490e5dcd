"""Shared pytest configuration: the --update-goldens option of tests/test_goldens.py."""


def pytest_addoption(parser):
    parser.addoption(
        "--update-goldens",
        action="store_true",
        default=False,
        help="rewrite fixtures/<case>/expected.json from the current extractor output "
             "(then review the change with `git diff fixtures/`)",
    )
