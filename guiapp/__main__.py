"""``python -m guiapp`` starts Backprop Lab."""

from .app import main

if __name__ == "__main__":
    raise SystemExit(main())
