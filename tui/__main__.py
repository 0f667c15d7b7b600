from tui.cli import main

# Guarded: worker processes (spawned for analysis) import the main module again.
if __name__ == "__main__":
    raise SystemExit(main())
