#!/bin/sh
# libFuzzer targets for the readers of outside files: the catalogue, registration imports,
# calendars (.ics) and mail messages.
# Not part of the SwiftPM build. Needs a Swift toolchain for Linux with libFuzzer (swift.org's has it).
#
#   Fuzz/run.sh [catalogue|import|calendar|mail|all] [seconds]   default: all, 180 seconds each (two at a time)
#
# Everything it makes goes under $FUZZ_OUT (default: fuzz-out/ at the top of the repository):
#   build/               the instrumented objects and the fuzzer binaries
#   corpus/<target>/     the corpus, grown from Fuzz/seeds/<target> and sample-data
#   crashes/<target>/    crash-*, timeout-*, oom-* inputs: make each a test in FuzzRegressionTests.swift
#   <target>.log         libFuzzer's output; the last lines give executions and coverage
# Reproduce one input: fuzz-out/build/<target>-fuzzer fuzz-out/crashes/<target>/crash-…
set -eu

here=$(cd "$(dirname "$0")" && pwd)
root=$(dirname "$here")
out=${FUZZ_OUT:-$root/fuzz-out}
which=${1:-all}
seconds=${2:-180}
case $which in catalogue|import|calendar|mail|all) ;; *) echo "usage: $0 [catalogue|import|calendar|mail|all] [seconds]" >&2; exit 64 ;; esac

# The model depends on CSV.swift: its sources come from the SwiftPM checkout.
csv=$root/.build/checkouts/CSV.swift/Sources/CSV
if [ ! -d "$csv" ]; then
    (cd "$root" && swift package resolve)
fi

build=$out/build
mkdir -p "$build"
flags="-sanitize=fuzzer,address -parse-as-library -O -g -swift-version 6"

echo "compiling CSV.swift and AgendaModel with coverage and AddressSanitizer…" >&2
swiftc $flags -wmo -module-name CSV -emit-module -emit-module-path "$build/CSV.swiftmodule" \
    -c "$csv"/*.swift -o "$build/CSV.o"
# shellcheck disable=SC2046
swiftc $flags -wmo -module-name AgendaModel -I "$build" -emit-module -emit-module-path "$build/AgendaModel.swiftmodule" \
    -c $(find "$root/Sources/AgendaModel" -name '*.swift' | sort) -o "$build/AgendaModel.o"
# The language tables: every problem found must be put into words without a crash.
swiftc $flags -wmo -module-name AgendaWords -I "$build" -emit-module -emit-module-path "$build/AgendaWords.swiftmodule" \
    -c $(find "$root/Sources/AgendaWords" -name '*.swift' | sort) -o "$build/AgendaWords.o"

# libFuzzer reports a crash itself; the Swift runtime's backtracer would only hold it up.
SWIFT_BACKTRACE=enable=no
export SWIFT_BACKTRACE

fuzz() {
    target=$1 entry=$2
    swiftc $flags -use-ld=lld -I "$build" "$here/$entry" "$build/AgendaModel.o" "$build/AgendaWords.o" "$build/CSV.o" -o "$build/$target-fuzzer"
    mkdir -p "$out/corpus/$target" "$out/crashes/$target"
    # -detect_leaks=0: the Swift runtime keeps metadata caches for the life of the process.
    "$build/$target-fuzzer" "$out/corpus/$target" "$here/seeds/$target" "$out/sample/$target" \
        -dict="$here/$target.dict" -max_total_time="$seconds" -timeout=10 -rss_limit_mb=4096 \
        -max_len=65536 -detect_leaks=0 -print_final_stats=1 \
        -artifact_prefix="$out/crashes/$target/" >"$out/$target.log" 2>&1
}

# The sample files are seeds too, beside the small ones of Fuzz/seeds.
mkdir -p "$out/sample/catalogue" "$out/sample/import" "$out/sample/calendar" "$out/sample/mail"
cp "$root/sample-data/catalogue.json" "$out/sample/catalogue/"
cp "$root/sample-data/inscriptions.csv" "$out/sample/import/"
status=0
# Two at a time: one a core on the development machine.
run_pair() {
    pids=""
    for target in "$@"; do
        case $target in
            catalogue) entry=CatalogueFuzzer.swift ;;
            import) entry=ImportFuzzer.swift ;;
            calendar) entry=CalendarFuzzer.swift ;;
            mail) entry=MailFuzzer.swift ;;
        esac
        fuzz "$target" "$entry" & pids="$pids $!"
    done
    for pid in $pids; do wait "$pid" || status=1; done
}
if [ "$which" = all ]; then
    run_pair catalogue import
    run_pair calendar mail
else
    run_pair "$which"
fi

for target in catalogue import calendar mail; do
    [ -f "$out/$target.log" ] || continue
    runs=$(sed -n 's/^stat::number_of_executed_units: *//p' "$out/$target.log" | tail -1)
    crashes=$(find "$out/crashes/$target" -type f | wc -l)
    echo "$target: ${runs:-?} executions, $crashes crash/timeout/oom input(s) in $out/crashes/$target ($out/$target.log)"
done
exit $status
