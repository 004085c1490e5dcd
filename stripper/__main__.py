"""python -m stripper: the same command line as the `stripper` script."""
from .cli import main

if __name__ == "__main__":
    raise SystemExit(main())
