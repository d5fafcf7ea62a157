// A budget's verdict from the measured commands: PASS, FAIL, or NOT MEASURED (peak memory
// without GNU time, or a reference command such as ajv-cli that could not run), which --check
// counts as FAIL. An okr command that failed its check fails every budget it is part of.

const s3 = (x) => (x >= 100 ? x.toFixed(1) : x.toFixed(3));
const secs = (x) => `${x >= 10 ? x.toFixed(1) : x.toFixed(2)} s`;

/**
 * `results` maps a command id to { label, median, peakMB, error, facts }. Returns
 * { id, group, kind, limit, status, value, measured, budget, against, detail }: `measured`
 * and `budget` are short texts for the table ("1.43×", "≤ 1.5×"), `against` names the peer,
 * `detail` gives the figures the ratio came from.
 */
export function evaluateBudget(b, results, { haveGnuTime }) {
  const of = results[b.of];
  const to = b.to ? results[b.to] : null;
  const base = { id: b.id, group: b.group, kind: b.kind, limit: b.limit };
  const broken = [of, to].find((r) => r && r.error);
  const unmeasured = (verdict) => ({ ...verdict, status: 'NOT MEASURED', value: null, measured: 'n/a', detail: `not measured: ${broken.label}: ${broken.error}` });
  const failedCheck = (verdict) => ({ ...verdict, status: 'FAIL', value: null, measured: 'error', detail: `${broken.label}: ${broken.error}` });
  const fromBroken = (verdict) => (broken.reference ? unmeasured(verdict) : failedCheck(verdict));
  if (b.kind === 'ratio') {
    const verdict = { ...base, budget: `≤ ${b.limit.toFixed(1)}×`, against: to.label };
    if (broken) return fromBroken(verdict);
    const value = of.median / to.median;
    return {
      ...verdict, value, status: value <= b.limit ? 'PASS' : 'FAIL', measured: `${value.toFixed(2)}×`,
      detail: `${s3(of.median)} s vs ${s3(to.median)} s`,
    };
  }
  if (b.kind === 'within') {
    const verdict = { ...base, against: `${b.seconds.toFixed(1)} s + ${to.label}` };
    if (broken) return fromBroken({ ...verdict, budget: `≤ ${b.seconds.toFixed(1)} s + ${to.label}` });
    const allowed = b.seconds + to.median;
    const value = of.median / allowed;
    return {
      ...verdict, budget: `≤ ${s3(allowed)} s`, value, status: of.median <= allowed ? 'PASS' : 'FAIL', measured: `${s3(of.median)} s`,
      detail: `${s3(of.median)} s vs ${b.seconds.toFixed(1)} s + ${s3(to.median)} s`,
    };
  }
  if (b.kind === 'seconds') {
    const verdict = { ...base, budget: `≤ ${b.limit} s`, against: 'wall time' };
    if (broken) return fromBroken(verdict);
    return {
      ...verdict, value: of.median, status: of.median <= b.limit ? 'PASS' : 'FAIL', measured: secs(of.median),
      detail: `${(of.median / to.median).toFixed(1)}× ${to.label} (${s3(to.median)} s)`,
    };
  }
  if (b.kind === 'per-kr') {
    const verdict = { ...base, budget: `≤ ${b.limit.toLocaleString('en')} B`, against: 'per key result' };
    if (broken) return fromBroken(verdict);
    const value = of.facts.bytesPerKr;
    return { ...verdict, value, status: value <= b.limit ? 'PASS' : 'FAIL', measured: `${Math.round(value).toLocaleString('en')} B`, detail: '' };
  }
  if (b.kind === 'memory') {
    const verdict = { ...base, budget: `≤ ${b.limit.toLocaleString('en')} MB`, against: 'peak RSS' };
    if (broken) return fromBroken(verdict);
    if (!haveGnuTime || of.peakMB === null) {
      return { ...verdict, status: 'NOT MEASURED', value: null, measured: 'n/a', detail: 'not measured: peak memory needs GNU time (/usr/bin/time, or set BENCH_GNU_TIME)' };
    }
    return {
      ...verdict, value: of.peakMB, status: of.peakMB <= b.limit ? 'PASS' : 'FAIL',
      measured: `${Math.round(of.peakMB).toLocaleString('en')} MB`, detail: `largest of ${of.runs} run${of.runs === 1 ? '' : 's'}`,
    };
  }
  // size: of the file the command writes, taken in its warm-up
  const verdict = { ...base, budget: `< ${b.limit} MB`, against: 'file size' };
  if (broken) return fromBroken(verdict);
  const mb = of.facts.sizeMB;
  return { ...verdict, value: mb, status: mb < b.limit ? 'PASS' : 'FAIL', measured: `${mb.toFixed(2)} MB`, detail: '' };
}
