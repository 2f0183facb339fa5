import qrcode from 'qrcode-generator';
import { useMemo } from 'react';

/** A QR code drawn as SVG squares (no markup strings): scanned from a phone or another laptop. */
export function QrCode({ text, label, size = 168 }: { text: string; label: string; size?: number }) {
  const cells = useMemo(() => {
    const qr = qrcode(0, 'M');
    qr.addData(text);
    qr.make();
    const count = qr.getModuleCount();
    const dark: [number, number][] = [];
    for (let row = 0; row < count; row++) for (let col = 0; col < count; col++) if (qr.isDark(row, col)) dark.push([col, row]);
    return { count, dark };
  }, [text]);
  const quiet = 4;
  const extent = cells.count + quiet * 2;
  return (
    <svg role="img" aria-label={label} width={size} height={size} viewBox={`0 0 ${extent} ${extent}`} shapeRendering="crispEdges" className="qr-code">
      <rect width={extent} height={extent} fill="#fff" />
      <path d={cells.dark.map(([x, y]) => `M${x + quiet} ${y + quiet}h1v1h-1z`).join('')} fill="#000" />
    </svg>
  );
}
