#!/usr/bin/env bash
# Measures the customer list the way README's benchmark table does: starts a standalone
# partnerdesk-sandbox with N customers, runs bench_customers against it R times, prints each
# run's JSON line, then the median and the best of every figure.
#
#   tests/bench/run_bench.sh [-b BUILD_DIR] [-r RUNS] [-n CUSTOMERS] [-- bench options]
#
# e.g. tests/bench/run_bench.sh -r 5 -- --view
set -euo pipefail
root=$(cd "$(dirname "$0")/../.." && pwd)
build=$root/build
runs=5
customers=100000
while getopts "b:r:n:" option; do
  case $option in
    b) build=$OPTARG ;;
    r) runs=$OPTARG ;;
    n) customers=$OPTARG ;;
    *) exit 2 ;;
  esac
done
shift $((OPTIND - 1))
[ "${1:-}" = "--" ] && shift

work=$(mktemp -d)
"$build/app/sandbox/partnerdesk-sandbox" --port 0 --customers "$customers" >"$work/server" &
server=$!
trap 'kill $server 2>/dev/null; rm -rf "$work"' EXIT
# The first line is the base URL, the second an access token; generating takes a moment.
while [ "$(wc -l <"$work/server")" -lt 2 ]; do
  kill -0 $server || exit 1
  sleep 0.2
done
url=$(sed -n 1p "$work/server")
sed -n 2p "$work/server" >"$work/token"

for ((i = 1; i <= runs; i++)); do
  "$build/tests/bench/bench_customers" --endpoint "$url" --access-token-file "$work/token" \
    --json "$@" | tee -a "$work/runs"
done

for key in first_rows_ms all_rows_ms floor_ms floor_ratio all_rows_cpu_ms floor_cpu_ms \
  gui_cpu_ms search_p95_ms clear_ms bytes_per_customer load_average; do
  sed -E "s/.*\"$key\":([0-9.e+-]+).*/\1/" "$work/runs" | sort -g |
    awk -v key="$key" '{ v[NR] = $1 }
      END { m = NR % 2 ? v[(NR + 1) / 2] : (v[NR / 2] + v[NR / 2 + 1]) / 2;
            printf "%-20s median %10.3f   best %10.3f\n", key, m, v[1] }'
done
