// A legend swatch drawn as a small SVG from the same colours the map uses.
import type { Rgba } from '../map/colour';
import type { Swatch } from '../map/legend/legendEntry';

const SIZE = 18;

function css([r, g, b, a]: Rgba): string {
  return `rgba(${r}, ${g}, ${b}, ${(a / 255).toFixed(3)})`;
}

export function SwatchIcon({ swatch }: { swatch: Swatch }) {
  const half = SIZE / 2;
  const radius = Math.min(swatch.sizePx, half - 1);
  const stroke = {
    stroke: css(swatch.stroke),
    strokeWidth: swatch.strokeWidthPx,
    strokeDasharray: swatch.dashed ? '4 3' : undefined,
  };
  return (
    <svg
      width={SIZE}
      height={SIZE}
      viewBox={`0 0 ${SIZE} ${SIZE}`}
      aria-hidden="true"
      className="swatch-svg"
    >
      {swatch.shape === 'line' && <line x1={1} y1={half} x2={SIZE - 1} y2={half} {...stroke} />}
      {swatch.shape === 'area' && (
        <rect x={1} y={3} width={SIZE - 2} height={SIZE - 6} fill={css(swatch.fill)} {...stroke} />
      )}
      {(swatch.shape === 'circle' || swatch.shape === 'ring') && (
        <circle cx={half} cy={half} r={radius} fill={css(swatch.fill)} {...stroke} />
      )}
      {swatch.shape === 'diamond' && (
        <polygon
          points={`${half},${half - radius} ${half + radius},${half} ${half},${half + radius} ${half - radius},${half}`}
          fill={css(swatch.fill)}
          {...stroke}
        />
      )}
    </svg>
  );
}
