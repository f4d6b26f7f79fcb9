"""The bundle's `fazhi-desktop` executable (the window; `--self-test` checks the bundle)."""

import sys

from fazhi_desktop.ui.app import main

if __name__ == "__main__":
    sys.exit(main())
