"""The bundle's `fazhi` executable (the command line of DESIGN.md)."""

import sys

from fazhi_desktop.cli import main

if __name__ == "__main__":
    sys.exit(main())
