#!/usr/bin/env bash
# Installs Graphviz (the Debian package `graphviz`, which has `dot`) when `dot` is missing, so
# that the tests can check that `iacs-assess diagram --format dot` writes DOT Graphviz accepts
# (tests/cli_diagram.rs; without `dot` they skip that check with a note).
# Quiet; says what it did; never fails the build: where it cannot install (no apt-get, no root,
# no network), it prints a note and exits 0.
set -u

if command -v dot >/dev/null 2>&1; then
    echo "install-graphviz: dot is installed ($(dot -V 2>&1 | head -n 1))."
    exit 0
fi
if ! command -v apt-get >/dev/null 2>&1; then
    echo "install-graphviz: note: dot is missing and there is no apt-get; the DOT checks will be skipped."
    exit 0
fi
sudo=""
if [ "$(id -u)" != 0 ]; then
    if command -v sudo >/dev/null 2>&1 && sudo -n true 2>/dev/null; then
        sudo="sudo -n"
    else
        echo "install-graphviz: note: dot is missing and installing needs root; the DOT checks will be skipped."
        exit 0
    fi
fi
export DEBIAN_FRONTEND=noninteractive
if $sudo apt-get update -qq >/dev/null 2>&1 &&
    $sudo apt-get install -y -qq --no-install-recommends graphviz >/dev/null 2>&1 &&
    command -v dot >/dev/null 2>&1; then
    echo "install-graphviz: installed graphviz with apt-get ($(dot -V 2>&1 | head -n 1))."
else
    echo "install-graphviz: note: apt-get could not install graphviz; the DOT checks will be skipped."
fi
exit 0
