from borgo_desktop.cli import main

raise SystemExit(main())
