# The results files' line parser, shared by bench/report, bench/cpu-per-read and bench/decompose: a line is a label, then
# key=value pairs ("admin requests=123 duration_us=456 ..."); kv(line) fills v[key] with its values.
function kv(line,   i, n, parts, pair) {
  delete v
  n = split(line, parts, " ")
  for (i = 2; i <= n; i++) { split(parts[i], pair, "="); v[pair[1]] = pair[2] }
}
