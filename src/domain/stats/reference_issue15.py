"""Reference values for src/domain/stats/{welch,largeCounts,sequential}.test.ts.

Run with python3 3.11, scipy 1.17.1 and mpmath 1.3.0:  python3 src/domain/stats/reference_issue15.py

Every value is computed independently of the TypeScript implementation:
- Welch's test: scipy.stats.ttest_ind_from_stats(equal_var=False) for t and p, the
  Welch-Satterthwaite df from its formula, the interval difference +- scipy.stats.t.ppf(1 - alpha/2, df) * se;
  t and p cross-checked with mpmath (betainc at 30 digits);
- Student t CDF and quantile: scipy.stats.t.cdf / t.ppf, cross-checked with mpmath;
- sample ratio mismatch: scipy.stats.chisquare(f_exp=...), cross-checked with mpmath erfc;
- Fisher's exact test at large counts: the probabilities of every table within 40 standard
  deviations of the mean (the rest is below 1e-300) no more likely than the observed one (R's
  relative tolerance of 1e-7), from mpmath's log-gamma at 40 digits at the mean and exact
  ratios in long double elsewhere; cross-checked with scipy.stats.fisher_exact (whose
  log-gamma arithmetic at 10^9 is only good to about 1e-5 relative);
- chance to beat control at large counts: scipy.integrate.quad of f_t(x) F_c(x) (scipy.stats.beta
  pdf, scipy.special.betainc), split around the posterior mass, as reference.py's beat_large,
  cross-checked against the normal approximation of the Beta difference (to 1e-3);
- always-valid intervals: the normal-mixture half-width (GrowthBook; Waudby-Smith et al. 2023,
  eq. 9) in mpmath, for the arithmetic only (their validity is the simulation in sequential.test.ts);
- sample size of a mean: 2 sd^2 (z_{1-alpha/2} + z_power)^2 / mde^2 with scipy.stats.norm.ppf.
"""

import json

import mpmath as mp
import numpy as np
from scipy import integrate, special, stats

mp.mp.dps = 30
out = {}

# ---- Welch ----
for name, c, t, alpha in [
    ("ordinary", (100, 50.0, 12.0), (120, 54.0, 15.0), 0.05),
    ("small", (5, 3.1, 1.2), (7, 5.4, 2.9), 0.05),
    ("minimal", (2, 10.0, 1.0), (2, 14.0, 3.0), 0.05),
    ("negative", (400, 1200.0, 800.0), (380, 1100.0, 700.0), 0.1),
    ("farTail", (1000, 10.0, 2.0), (1000, 11.0, 2.5), 0.05),
    ("huge", (10**9, 30.0, 200.0), (10**9, 30.02, 210.0), 0.05),
    ("revenue", (140, 18.5, 55.0), (150, 31.2, 80.0), 0.01),
    ("oneFlat", (30, 0.0, 0.0), (40, 0.4, 0.8), 0.05),
    ("equalMeans", (50, 7.0, 2.0), (60, 7.0, 3.0), 0.05),
]:
    (n1, m1, s1), (n2, m2, s2) = c, t
    r = stats.ttest_ind_from_stats(m2, s2, n2, m1, s1, n1, equal_var=False)
    v1, v2 = s1**2 / n1, s2**2 / n2
    se = np.sqrt(v1 + v2)
    df = (v1 + v2) ** 2 / (v1**2 / (n1 - 1) + v2**2 / (n2 - 1))
    q = stats.t.ppf(1 - alpha / 2, df)
    d = m2 - m1
    # mpmath cross-check: p = I_{df/(df+t^2)}(df/2, 1/2).
    tt = mp.mpf(d) / mp.sqrt(mp.mpf(s1) ** 2 / n1 + mp.mpf(s2) ** 2 / n2)
    dfm = mp.mpf(df)
    pm = mp.betainc(dfm / 2, mp.mpf(1) / 2, 0, dfm / (dfm + tt**2), regularized=True)
    assert abs(float(tt) - r.statistic) <= 1e-9 * max(1, abs(float(tt))), (name, tt, r.statistic)
    assert abs(float(pm) - r.pvalue) <= 1e-10 + 1e-8 * float(pm), (name, pm, r.pvalue)
    out["welch_" + name] = {"t": float(r.statistic), "p": float(r.pvalue), "df": float(df), "se": float(se),
                            "lo": float(d - q * se), "hi": float(d + q * se)}

# ---- Student t CDF / quantile ----
for df, x in [(1, 1.0), (1, -30.0), (2, 2.5), (3.5, 0.3), (10, -4.0), (30, 2.042), (1e5, 1.96), (1e9, -2.5), (7, 12.0), (50000, 2.0), (2e5, -8.0), (2e5, -30.0)]:
    v = stats.t.cdf(x, df)
    vm = float(mp.betainc(mp.mpf(df) / 2, 0.5, 0, mp.mpf(df) / (df + mp.mpf(x) ** 2), regularized=True) / 2)
    vm = vm if x < 0 else 1 - vm
    assert abs(v - vm) <= 1e-12 + 1e-9 * vm, (df, x, v, vm)
    out[f"tcdf_{df}_{x}"] = float(vm)
for df, p in [(1, 0.975), (2, 0.975), (3.5, 0.9), (10, 0.995), (30, 0.025), (1e5, 0.975), (1e9, 0.975), (1.2, 0.9995), (4, 1e-10), (50000, 0.975)]:
    out[f"tq_{df}_{p}"] = float(stats.t.ppf(p, df))

# ---- SRM ----
for name, (nc, nt, share) in {
    "balanced": (5000, 5000, 0.5),
    "slight": (1000, 1040, 0.5),
    "broken": (1000, 1200, 0.5),
    "uneven": (300, 700, 0.3),
    "unevenBroken": (300, 700, 0.5),
    "tiny": (1, 0, 0.5),
    "huge": (10**9, 10**9 + 40000, 0.5),
    "farTail": (10000, 12000, 0.5),
}.items():
    tot = nc + nt
    r = stats.chisquare([nc, nt], f_exp=[tot * share, tot * (1 - share)])
    chi2 = mp.mpf(nc - tot * mp.mpf(share)) ** 2 / (tot * mp.mpf(share)) + mp.mpf(nt - tot * (1 - mp.mpf(share))) ** 2 / (tot * (1 - mp.mpf(share)))
    pm = mp.erfc(mp.sqrt(chi2 / 2))
    assert abs(float(pm) - r.pvalue) <= 1e-12 + 1e-7 * float(pm), (name, pm, r.pvalue)
    out["srm_" + name] = float(pm) if pm < 1e-6 else float(r.pvalue)

# ---- Fisher at large counts ----
def fisher_window(nc, xc, nt, xt):
    # log pmf at the mean by mpmath's log-gamma at 40 digits; elsewhere in the window by adding
    # the logs of the exact ratios pmf(x+1)/pmf(x) in 80-bit long double. The sum is of the
    # probabilities themselves (not normalised), over every table within 40 standard
    # deviations of the mean (the rest is below 1e-300).
    k = xc + xt
    N = nc + nt
    mean = k * nc / N
    sd = np.sqrt(k * (nc / N) * (nt / N) * (N - k) / max(1, N - 1))
    lo, hi = max(0, k - nt), min(k, nc)
    a, b = max(lo, int(mean - 40 * sd) - 1), min(hi, int(mean + 40 * sd) + 1)
    a, b = min(a, xc), max(b, xc)
    anchor = int(round(mean))
    with mp.workdps(40):
        lg = lambda v: mp.loggamma(v + 1)
        la = lg(nc) - lg(anchor) - lg(nc - anchor) + lg(nt) - lg(k - anchor) - lg(nt - k + anchor) - lg(N) + lg(k) + lg(N - k)
    ld = np.longdouble
    xs = np.arange(a, b, dtype=np.int64).astype(ld)
    m, n, kk = ld(nc), ld(nt), ld(k)
    logr = np.log(((m - xs) * (kk - xs)) / ((xs + 1) * (n - kk + xs + 1)))  # log pmf(x+1) - log pmf(x)
    cum = np.concatenate([[ld(0)], np.cumsum(logr)])  # log pmf(x) - log pmf(a), x = a..b
    lp = cum - cum[anchor - a] + ld(str(la))
    lobs = lp[xc - a]
    mask = lp <= lobs + np.log1p(ld(1e-7))
    return float(np.exp(lp[mask]).sum())

for name, c, t in [
    ("million", (10**6, 31000), (10**6, 31400)),
    ("tenMillionConv", (10**8, 2 * 10**7), (10**8, 2 * 10**7 + 30000)),
    ("billion", (10**9, 10**8), (10**9, 10**8 + 20000)),
    ("billionHalf", (10**9, 5 * 10**8), (10**9, 5 * 10**8 + 50000)),
    ("billionFar", (10**9, 10**8), (10**9, 10**8 + 100000)),
]:
    (nc, xc), (nt, xt) = c, t
    sp = stats.fisher_exact([[xc, nc - xc], [xt, nt - xt]]).pvalue
    w = fisher_window(nc, xc, nt, xt)
    assert abs(sp - w) <= 1e-8 + 1e-5 * w, (name, sp, w)
    out["fisherLarge_" + name] = float(w)

# ---- Chance to beat at large counts ----
def beat_large(c, t):
    (nc, xc), (nt, xt) = c, t
    ac, bc, at, bt = 1 + xc, 1 + nc - xc, 1 + xt, 1 + nt - xt
    f = lambda x: stats.beta.pdf(x, at, bt) * special.betainc(ac, bc, x)
    mean, sd = at / (at + bt), np.sqrt(at * bt / ((at + bt) ** 2 * (at + bt + 1)))
    pts = sorted({min(1.0, max(0.0, mean + k * sd)) for k in np.arange(-12, 12.5, 0.5)} | {0.0, 1.0})
    v = float(sum(integrate.quad(f, a, b, epsabs=1e-14, epsrel=1e-12, limit=200)[0] for a, b in zip(pts, pts[1:])))
    mc, vc = ac / (ac + bc), ac * bc / ((ac + bc) ** 2 * (ac + bc + 1))
    mt, vt = at / (at + bt), at * bt / ((at + bt) ** 2 * (at + bt + 1))
    normal = stats.norm.cdf((mt - mc) / np.sqrt(vc + vt))
    assert abs(v - normal) < 1e-3, (c, t, v, normal)
    return v

for name, c, t in [
    ("million", (10**6, 31000), (10**6, 31400)),
    ("tenMillionConv", (10**8, 2 * 10**7), (10**8, 2 * 10**7 + 3000)),
    ("billion", (10**9, 10**8), (10**9, 10**8 + 10000)),
    ("billionHalf", (10**9, 5 * 10**8), (10**9, 5 * 10**8 - 20000)),
    ("billionRare", (10**9, 30000), (10**9, 30300)),
    ("atSwitch", (400000, 20000), (400000, 20400)),
    ("belowSwitch", (400000, 19999), (400000, 20399)),
]:
    out["beatLarge_" + name] = beat_large(c, t)

# ---- Sample size of a mean ----
for name, (sd, mde, alpha, power) in {
    "ordinary": (55.0, 10.0, 0.05, 0.8),
    "strict": (2.0, 0.3, 0.01, 0.9),
    "negative": (800.0, -150.0, 0.05, 0.8),
}.items():
    n = 2 * sd**2 * (stats.norm.ppf(1 - alpha / 2) + stats.norm.ppf(power)) ** 2 / mde**2
    nm = 2 * mp.mpf(sd) ** 2 * (mp.sqrt(2) * mp.erfinv(1 - mp.mpf(alpha)) + mp.sqrt(2) * mp.erfinv(2 * mp.mpf(power) - 1)) ** 2 / mp.mpf(mde) ** 2
    assert abs(n - mp.nint(nm)) > 1e-6 and int(np.ceil(n)) == int(mp.ceil(nm))
    out["nMeans_" + name] = [int(np.ceil(n)), float(n)]

# ---- Always-valid intervals: GrowthBook's / Waudby-Smith et al. (2023) eq. 9 half-width with
# rho^2 = (-2 ln alpha + ln(-2 ln alpha + 1)) / N, N = 2 * plannedPerArm, n = n_c + n_t and the
# per-observation variance se^2 * n (se with half a success and half a failure added per group
# for conversions; Welch's for means), in mpmath.
def avi(d, se2, n, planned, alpha):
    alpha = mp.mpf(alpha)
    rho2 = (-2 * mp.log(alpha) + mp.log(-2 * mp.log(alpha) + 1)) / (2 * planned)
    s2 = se2 * n
    v = n * rho2 + 1
    half = mp.sqrt(s2) * mp.sqrt(2 * v * mp.log(mp.sqrt(v) / alpha) / (n**2 * rho2))
    return [float(d - half), float(d + half)]

for name, (c, t, planned, alpha) in {
    "issueExample": ((140, 18), (150, 34), 231, 0.05),
    "later": ((1400, 180), (1500, 340), 231, 0.05),
    "strict": ((1000, 100), (1000, 130), 2000, 0.01),
}.items():
    (nc, xc), (nt, xt) = c, t
    qc, qt = (xc + mp.mpf(0.5)) / (nc + 1), (xt + mp.mpf(0.5)) / (nt + 1)
    out["avi_" + name] = avi(mp.mpf(xt) / nt - mp.mpf(xc) / nc, qc * (1 - qc) / nc + qt * (1 - qt) / nt, nc + nt, planned, alpha)
(n1, m1, s1), (n2, m2, s2) = (140, 18.5, 55.0), (150, 31.2, 80.0)
out["aviMeans_revenue"] = avi(mp.mpf(m2) - m1, mp.mpf(s1) ** 2 / n1 + mp.mpf(s2) ** 2 / n2, n1 + n2, 300, 0.05)

print(json.dumps(out, indent=1))
