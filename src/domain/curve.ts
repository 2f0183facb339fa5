export interface Point {
  x: number;
  y: number;
}

/**
 * An SVG path through the points as a smooth curve (Catmull-Rom turned into cubic Béziers),
 * which passes exactly through every point and never overshoots wildly between them.
 */
export function smoothPath(points: Point[], tension = 0.5): string {
  if (points.length === 0) return '';
  const [first] = points;
  if (points.length === 1) return `M ${first!.x} ${first!.y}`;
  let d = `M ${first!.x} ${first!.y}`;
  for (let i = 0; i < points.length - 1; i++) {
    const p0 = points[i - 1] ?? points[i]!;
    const p1 = points[i]!;
    const p2 = points[i + 1]!;
    const p3 = points[i + 2] ?? p2;
    const k = tension / 3;
    const c1 = { x: p1.x + (p2.x - p0.x) * k, y: p1.y + (p2.y - p0.y) * k };
    const c2 = { x: p2.x - (p3.x - p1.x) * k, y: p2.y - (p3.y - p1.y) * k };
    d += ` C ${round(c1.x)} ${round(c1.y)}, ${round(c2.x)} ${round(c2.y)}, ${p2.x} ${p2.y}`;
  }
  return d;
}

const round = (n: number) => Math.round(n * 10) / 10;
