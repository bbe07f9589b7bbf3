#!/bin/bash
# Fails on any QLatin1String / QLatin1Char / QLatin1StringView literal (or u8-less "..."_L1) with
# bytes outside ASCII in the given source folders: Latin-1 reads UTF-8 bytes as "Â·" and "â".
set -u
# --self-test: the check must reject a sample holding a middle dot in QLatin1String.
if [ "${1:-}" = "--self-test" ]; then
    sample=$(mktemp -d)
    trap 'rm -rf "$sample"' EXIT
    printf 'QString s = QLatin1String(" \xc2\xb7 ");\n' > "$sample/Sample.cpp"
    printf 'QString s = QLatin1String(" - ");\n' > "$sample/Fine.cpp"
    if bash "$0" "$sample" > /dev/null 2>&1; then
        echo "the check let a non-ASCII Latin-1 literal through" >&2
        exit 1
    fi
    rm "$sample/Sample.cpp"
    if ! bash "$0" "$sample"; then
        echo "the check rejected an ASCII Latin-1 literal" >&2
        exit 1
    fi
    exit 0
fi
status=0
for dir in "$@"; do
    if [ ! -d "$dir" ]; then
        echo "no such folder: $dir" >&2
        exit 2
    fi
    found=$(grep -rnP --include='*.cpp' --include='*.h' \
        'QLatin1(String|Char|StringView)\s*\(\s*("([^"\\]|\\.)*[^\x00-\x7F]|'"'"'[^'"'"']*[^\x00-\x7F])|"([^"\\]|\\.)*[^\x00-\x7F]([^"\\]|\\.)*"_L1' "$dir")
    if [ -n "$found" ]; then
        echo "$found"
        status=1
    fi
done
if [ $status -ne 0 ]; then
    echo "Non-ASCII text in a Latin-1 literal: write it with QStringLiteral or u\"\"." >&2
fi
exit $status
