// A small SVG chart of one region's D and U_k through the years (the worker's series), with a
// legend naming every line; the year shown is marked. Colours: Okabe–Ito, colour-blind safe.
import { localName } from '../../domain/lang';
import { SUBSYSTEM_LABELS, SUBSYSTEMS, type Subsystem } from '../../domain/score/subsystems';
import type { RegionSeries } from '../../domain/vintage/yearSeries';
import { useAppStore } from '../../state/AppStoreContext';
import { useVintageT } from './useVintageT';
import { seriesPath } from './yearChartGeometry';

const BOX = { widthPx: 300, heightPx: 120, padPx: 12 };
const SUBSYSTEM_COLOURS: Readonly<Record<Subsystem, string>> = {
  compute: '#0072B2',
  power: '#E69F00',
  network: '#009E73',
  data: '#CC79A7',
};

export function YearChart({
  regionId,
  years,
  series,
}: {
  readonly regionId: string;
  readonly years: readonly number[];
  readonly series: RegionSeries;
}) {
  const t = useVintageT();
  const lang = useAppStore((state) => state.lang);
  const region = useAppStore((state) =>
    state.dataset?.atlas.regions.find((r) => r.id === regionId),
  );
  const title = t('chartTitle', {
    region: region ? localName(region, lang) : regionId,
    first: years[0] ?? '',
    latest: years.at(-1) ?? '',
  });
  const lines = [
    { id: 'D', label: t('degree'), colour: 'currentColor', values: series.degree, width: 2.5 },
    ...SUBSYSTEMS.map((k) => ({
      id: k,
      label: `U · ${SUBSYSTEM_LABELS[k][lang]}`,
      colour: SUBSYSTEM_COLOURS[k],
      values: series.subsystems[k],
      width: 1.5,
    })),
  ];
  return (
    <figure className="year-chart" data-testid="year-chart">
      <svg
        viewBox={`0 0 ${BOX.widthPx} ${BOX.heightPx}`}
        role="img"
        aria-label={title}
        width="100%"
      >
        <title>{title}</title>
        <rect
          x={BOX.padPx}
          y={BOX.padPx}
          width={BOX.widthPx - 2 * BOX.padPx}
          height={BOX.heightPx - 2 * BOX.padPx}
          fill="none"
          stroke="var(--border)"
        />
        {lines.map((line) => (
          <path
            key={line.id}
            d={seriesPath(line.values, BOX)}
            fill="none"
            stroke={line.colour}
            strokeWidth={line.width}
          />
        ))}
        <text x={BOX.padPx} y={BOX.heightPx - 1} fontSize="9" fill="currentColor">
          {years[0]}
        </text>
        <text
          x={BOX.widthPx - BOX.padPx}
          y={BOX.heightPx - 1}
          fontSize="9"
          textAnchor="end"
          fill="currentColor"
        >
          {years.at(-1)}
        </text>
      </svg>
      <figcaption>
        <ul className="year-chart-legend">
          {lines.map((line) => (
            <li key={line.id}>
              <span
                className="year-chart-swatch"
                style={{
                  background: line.colour === 'currentColor' ? 'var(--fg)' : line.colour,
                }}
                aria-hidden="true"
              />
              {line.label}
            </li>
          ))}
        </ul>
      </figcaption>
    </figure>
  );
}
