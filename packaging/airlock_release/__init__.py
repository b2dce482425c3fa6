"""How `make release` turns this tree into a release medium and an `app` bundle source.

Run through `packaging/build_release.py` (the Makefile's `release` target); never imported
by Airlock itself. Each step writes only under the build directory and is cached by what it
was made from, so a second run on the same commit is quick and gives the same bytes.
"""
