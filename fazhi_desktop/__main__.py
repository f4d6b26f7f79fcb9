from fazhi_desktop.cli import main

raise SystemExit(main())
