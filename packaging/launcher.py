"""Entry point of the packaged executable (PyInstaller needs a script, not ``python -m``)."""

from guiapp.app import main

if __name__ == "__main__":
    raise SystemExit(main())
