"""Reference values for src/domain/stats.test.ts.

Run with python3 3.11, scipy 1.17.1 and mpmath 1.3.0:  python3 src/domain/stats/reference.py

Every value is computed independently of the TypeScript implementation:
- z-test: scipy.stats.chi2_contingency(correction=False) (chi2 = z^2, same p-value), and the
  formulas evaluated in 50-digit mpmath arithmetic;
- Wald interval: mpmath with the normal quantile sqrt(2) * erfinv(1 - alpha);
- Fisher's exact test: exact rational sums with Python integers and fractions.Fraction
  (tables with probability <= observed * (1 + 1e-7), as R's fisher.test), cross-checked
  against scipy.stats.fisher_exact;
- chance to beat control: numerical integration of f_t(x) * F_c(x) over [0, 1]
  (mpmath.quad with mpmath.betainc for small counts; scipy.integrate.quad with
  scipy.special.betainc split around the posterior mass for large counts);
- normal CDF/quantile: mpmath erfc / erfinv at 50 (quantile: 400) digits of the double input,
  cross-checked with scipy.special;
- sample size: the formula in mpmath at 50 digits (checking the result is not within 1e-6 of
  an integer) and in double precision with scipy.stats.norm.ppf.
"""

import json
from fractions import Fraction
from math import comb

import mpmath as mp
import numpy as np
from scipy import integrate, special, stats

mp.mp.dps = 50


def z_test(c, t, alpha=0.05):
    (nc, xc), (nt, xt) = c, t
    pc, pt = mp.mpf(xc) / nc, mp.mpf(xt) / nt
    pool = mp.mpf(xc + xt) / (nc + nt)
    se = mp.sqrt(pool * (1 - pool) * (mp.mpf(1) / nc + mp.mpf(1) / nt))
    z = (pt - pc) / se if se > 0 else mp.mpf(0)
    p = mp.erfc(abs(z) / mp.sqrt(2)) if se > 0 else mp.mpf(1)
    wald = mp.sqrt(pc * (1 - pc) / nc + pt * (1 - pt) / nt)
    q = mp.sqrt(2) * mp.erfinv(1 - mp.mpf(alpha))
    # Independent package check of z and p: Pearson chi-square without continuity correction.
    if se > 0:
        table = np.array([[xc, nc - xc], [xt, nt - xt]])
        chi2, sp, _, _ = stats.chi2_contingency(table, correction=False)
        assert abs(float(z) ** 2 - chi2) <= 1e-9 * max(1.0, chi2), (chi2, z)
        assert abs(float(p) - sp) <= 1e-12 + 1e-9 * sp, (sp, p)
    return {
        "z": float(z),
        "p": float(p),
        "lo": float(pt - pc - q * wald),
        "hi": float(pt - pc + q * wald),
    }


def fisher(c, t):
    (nc, xc), (nt, xt) = c, t
    k = xc + xt
    lo, hi = max(0, k - nt), min(k, nc)
    total = comb(nc + nt, k)
    probs = {x: Fraction(comb(nc, x) * comb(nt, k - x), total) for x in range(lo, hi + 1)}
    limit = probs[xc] * (1 + Fraction(1, 10**7))
    p = sum(v for v in probs.values() if v <= limit)
    sp = stats.fisher_exact([[xc, nc - xc], [xt, nt - xt]]).pvalue
    assert abs(float(p) - sp) < 1e-9, (p, sp)
    return float(p), str(p) if len(str(p)) < 40 else None


def beat_small(c, t):
    (nc, xc), (nt, xt) = c, t
    ac, bc, at, bt = 1 + xc, 1 + nc - xc, 1 + xt, 1 + nt - xt
    f = lambda x: x ** (at - 1) * (1 - x) ** (bt - 1) / mp.beta(at, bt) * mp.betainc(ac, bc, 0, x, regularized=True)
    return float(mp.quad(f, mp.linspace(0, 1, 9)))


def beat_large(c, t):
    (nc, xc), (nt, xt) = c, t
    ac, bc, at, bt = 1 + xc, 1 + nc - xc, 1 + xt, 1 + nt - xt
    f = lambda x: stats.beta.pdf(x, at, bt) * special.betainc(ac, bc, x)
    mean, sd = at / (at + bt), np.sqrt(at * bt / ((at + bt) ** 2 * (at + bt + 1)))
    pts = sorted({min(1.0, max(0.0, mean + k * sd)) for k in range(-12, 13)} | {0.0, 1.0})
    return float(sum(integrate.quad(f, a, b, epsabs=1e-14, epsrel=1e-12, limit=200)[0] for a, b in zip(pts, pts[1:])))


def sample_size(p1, mde, alpha=0.05, power=0.8):
    p1, mde = mp.mpf(p1), mp.mpf(mde)
    p2 = p1 + mde
    pbar = (p1 + p2) / 2
    za = mp.sqrt(2) * mp.erfinv(1 - mp.mpf(alpha))
    zb = mp.sqrt(2) * mp.erfinv(2 * mp.mpf(power) - 1)
    n = (za * mp.sqrt(2 * pbar * (1 - pbar)) + zb * mp.sqrt(p1 * (1 - p1) + p2 * (1 - p2))) ** 2 / mde**2
    assert abs(n - mp.nint(n)) > 1e-6, n
    d1, d2 = float(p1), float(p1) + float(mde)
    za_d, zb_d = stats.norm.ppf(1 - alpha / 2), stats.norm.ppf(power)
    nd = (za_d * np.sqrt(2 * ((d1 + d2) / 2) * (1 - (d1 + d2) / 2)) + zb_d * np.sqrt(d1 * (1 - d1) + d2 * (1 - d2))) ** 2 / (d2 - d1) ** 2
    assert int(np.ceil(nd)) == int(mp.ceil(n))
    return int(mp.ceil(n)), float(n)


out = {}
for name, c, t, alpha in [
    ("ordinary", (1000, 100), (1000, 130), 0.05),
    ("ordinaryAlpha01", (1000, 100), (1000, 130), 0.01),
    ("negative", (2400, 300), (2300, 250), 0.05),
    ("unequal", (37, 11), (52, 24), 0.05),
    ("equal", (500, 50), (500, 50), 0.05),
    ("large", (20000, 2000), (20000, 2150), 0.05),
    ("rare", (20000, 20), (20000, 40), 0.05),
    ("farTail", (20000, 2000), (20000, 3000), 0.05),
    ("controlZero", (100, 0), (100, 5), 0.05),
    ("treatmentAll", (60, 50), (40, 40), 0.05),
    ("bothZero", (500, 0), (300, 0), 0.05),
    ("bothAll", (200, 200), (100, 100), 0.05),
    ("oneUserEach", (1, 0), (1, 1), 0.05),
    ("extremeHigh", (20000, 19990), (20000, 19999), 0.05),
    ("million", (1000000, 31000), (1000000, 31400), 0.05),
    ("alpha20", (37, 11), (52, 24), 0.2),
]:
    out["z_" + name] = z_test(c, t, alpha)

for name, c, t in [
    ("tea", (4, 3), (4, 1)),
    ("tiny", (10, 1), (10, 7)),
    ("tinyUnequal", (7, 0), (13, 6)),
    ("ordinary", (1000, 100), (1000, 130)),
    ("large", (20000, 2000), (20000, 2150)),
    ("rare", (20000, 20), (20000, 40)),
    ("oneZero", (20000, 0), (20000, 9)),
    ("farTail", (20000, 2000), (20000, 3000)),
    ("oneUserEach", (1, 0), (1, 1)),
    ("threeZero", (3, 3), (3, 0)),
    ("rareHuge", (100000, 3), (100000, 15)),
    ("allConverted", (50, 50), (60, 55)),
]:
    out["fisher_" + name] = fisher(c, t)

for name, c, t, fn in [
    ("small", (10, 3), (12, 7), beat_small),
    ("smallReverse", (12, 7), (10, 3), beat_small),
    ("oneEach", (1, 0), (1, 1), beat_small),
    ("highRates", (30, 27), (25, 24), beat_small),
    ("unequal", (37, 11), (52, 24), beat_small),
    ("ordinary", (1000, 100), (1000, 130), beat_large),
    ("large", (20000, 2000), (20000, 2150), beat_large),
    ("rare", (20000, 20), (20000, 40), beat_large),
    ("rareReverse", (20000, 40), (20000, 20), beat_large),
    ("highLarge", (20000, 19950), (20000, 19970), beat_large),
    ("close", (20000, 10000), (20000, 10050), beat_large),
    ("bothZeroUnequal", (100, 0), (50, 0), beat_small),
    ("allVsNone", (5, 5), (5, 0), beat_small),
    ("extremeHigh", (20000, 19990), (20000, 19999), beat_large),
]:
    out["beat_" + name] = fn(c, t)

for name, args in [
    ("p10", (0.1, 0.02)),
    ("p10neg", (0.1, -0.02)),
    ("rare", (0.001, 0.001)),
    ("strict", (0.1, 0.02, 0.01, 0.9)),
    ("big", (0.5, 0.4)),
    ("tinyEffect", (0.05, 0.001)),
    ("high", (0.95, 0.03)),
    ("halfPower", (0.1, 0.02, 0.05, 0.5)),
    ("bigDrop", (0.9, -0.85)),
    ("alpha10power95", (0.2, 0.05, 0.1, 0.95)),
]:
    out["n_" + name] = sample_size(*args)

for x in ["0", "1.96", "-1.96", "-3", "-10", "-20", "-37.5", "5", "8.2"]:
    v = mp.erfc(-mp.mpf(float(x)) / mp.sqrt(2)) / 2
    # scipy's ndtr (Cephes) is only good to ~3e-14 relative in the far lower tail (x = -20).
    assert abs(float(v) - special.ndtr(float(x))) <= 1e-13 * float(v)
    out["cdf_" + x] = float(v)

for p in ["0.975", "0.5", "0.8", "0.1", "0.02425", "1e-10", "1e-20", "1e-300", "0.999999", "0.9999999999"]:
    # The quantile of the double nearest p (what the TypeScript receives), at 400 digits so that
    # 2p - 1 does not round to -1 for p = 1e-300.
    with mp.workdps(400):
        v = mp.sqrt(2) * mp.erfinv(2 * mp.mpf(float(p)) - 1)
    assert abs(float(v) - special.ndtri(float(p))) <= 1e-13 * max(1, abs(float(v)))
    out["q_" + p] = float(v)

print(json.dumps(out, indent=1))
