import { EMOTION_MAX, EMOTION_MIN } from './defaults';

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

// The emotion row, shared by the board and the exported picture so the two always match.
export const EMOTION_ROW_HEIGHT = 132;
export const EMOTION_PAD = 22;

/** The y of an emotion score inside the emotion row: +2 at the top, -2 at the bottom. */
export function emotionY(score: number, height = EMOTION_ROW_HEIGHT, pad = EMOTION_PAD): number {
  return pad + ((EMOTION_MAX - score) * (height - 2 * pad)) / (EMOTION_MAX - EMOTION_MIN);
}

/** The score nearest to a y inside the emotion row (dragging a point). */
export function emotionScoreAt(y: number, height = EMOTION_ROW_HEIGHT, pad = EMOTION_PAD): number {
  return Math.max(EMOTION_MIN, Math.min(EMOTION_MAX, Math.round(EMOTION_MAX - ((y - pad) * (EMOTION_MAX - EMOTION_MIN)) / (height - 2 * pad))));
}

/** A point's colour by its score: red for -2 through grey to green for +2. */
export const EMOTION_COLORS: Record<number, string> = { [-2]: '#c62828', [-1]: '#ef6c00', 0: '#9e9e9e', 1: '#7cb342', 2: '#2e7d32' };
