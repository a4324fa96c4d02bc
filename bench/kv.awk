# The results files' line parser, shared by bench/report, bench/cpu-per-read and bench/decompose: a line is a
# label, then key=value pairs ("admin requests=123 duration_us=456 ..."); kv(line) fills v[key] with its values.
function kv(line,   i, n, parts, pair) {
  delete v
  n = split(line, parts, " ")
  for (i = 2; i <= n; i++) { split(parts[i], pair, "="); v[pair[1]] = pair[2] }
}

# Of a same-time run's line, after kv: the CPU per read of the instance on BASELINE_PORT over the side's, the side
# charged the other PostgreSQL processes too (bench/run's together_run). What the side serves as a share of it.
# With compiled set, without either JVM's JIT compiler threads (product_jit_us, baseline_jit_us; runs since 2026-12):
# what is left of the warm-up taken out, for comparing two builds of one code whose JITs settle at different times.
function together_share(compiled,   pj, bj) {
  if (compiled) { pj = v["product_jit_us"]; bj = v["baseline_jit_us"] }
  return (v["baseline_us"] - bj + v["baseline_pg_us"]) / v["baseline_requests"] \
      / ((v["product_us"] - pj + v["product_pg_us"] + v["other_pg_us"]) / v["product_requests"])
}
