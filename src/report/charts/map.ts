import { createRequire } from 'node:module';
import { type GeoProjection, geoArea, geoBounds, geoEqualEarth, geoPath } from 'd3-geo';
import countries from 'i18n-iso-countries';
import { feature } from 'topojson-client';
import type { GeometryCollection, Topology } from 'topojson-specification';
import { EMPTY, INK, MUTED, rampFill, rampLegend } from './palette.js';
import { describeValues, escapeXml, px, svgDocument, textWidth } from './svg.js';

export interface MapCountry {
  /** ISO 3166-1 alpha-2 (Kosovo is XK). */
  code: string;
  name: string;
  count: number;
}

export interface CountryMapSpec {
  id: string;
  title: string;
  countries: MapCountry[];
  unit: string;
}

type Shape = GeoJSON.Feature<GeoJSON.Geometry, { name: string }>;

const require = createRequire(import.meta.url);
const atlases = new Map<string, Shape[]>();

/** Natural Earth countries from world-atlas: 1:110m to draw, 1:50m to find the small countries it lacks. */
function atlas(scale: '110m' | '50m'): Shape[] {
  let shapes = atlases.get(scale);
  if (!shapes) {
    const topology = require(`world-atlas/countries-${scale}.json`) as Topology<{
      countries: GeometryCollection<{ name: string }>;
    }>;
    shapes = feature(topology, topology.objects.countries).features as Shape[];
    atlases.set(scale, shapes);
  }
  return shapes;
}

/** Countries without an ISO numeric code, which Natural Earth keeps by name only. */
const BY_NAME: Record<string, string> = { XK: 'Kosovo' };
const ANTARCTICA = '010';

function findShape(shapes: Shape[], code: string): Shape | undefined {
  const name = BY_NAME[code];
  if (name) return shapes.find((s) => s.properties.name === name);
  const numeric = countries.alpha2ToNumeric(code);
  return numeric ? shapes.find((s) => s.id === numeric) : undefined;
}

/** The largest polygon of a country: its label goes there, not into the sea between islands. */
function mainland(shape: Shape): GeoJSON.Feature<GeoJSON.Polygon> {
  const g = shape.geometry;
  const polygons = g.type === 'MultiPolygon' ? g.coordinates : g.type === 'Polygon' ? [g.coordinates] : [];
  const largest = polygons
    .map((coordinates) => ({ type: 'Polygon' as const, coordinates }))
    .reduce<GeoJSON.Polygon | undefined>((a, b) => (!a || geoArea(b) > geoArea(a) ? b : a), undefined);
  return { type: 'Feature', properties: {}, geometry: largest ?? { type: 'Polygon', coordinates: [] } };
}

const WIDTH = 900;
const MARGIN = 12;
/** Label size: the map is drawn 900 wide and printed about 680, so its labels are larger than elsewhere. */
const LABEL = 14;

/**
 * The region around the countries shown, in an Equal Earth projection centred on them: the whole world
 * only when they lie all around it, since a world map printed on a page leaves small countries specks.
 */
function projectionFor(shown: Shape[]): { projection: GeoProjection; height: number; world: boolean } {
  const [[west, south], [east, north]] = geoBounds({ type: 'FeatureCollection', features: shown });
  const span = (east - west + 360) % 360;
  const world = shown.length === 0 || span > 260;
  let outline: GeoJSON.Geometry | { type: 'Sphere' } = { type: 'Sphere' };
  const projection = geoEqualEarth();
  if (!world) {
    const pad = Math.max(6, span * 0.08);
    const centre = west + span / 2;
    const half = Math.min(180, Math.max(span / 2 + pad, 20));
    const lat0 = Math.max(-60, Math.min(south, north - 15) - pad);
    const lat1 = Math.min(80, Math.max(north, south + 15) + pad);
    const ring: [number, number][] = [];
    for (let i = 0; i <= 12; i++) {
      const lon = centre - half + (2 * half * i) / 12;
      ring.push([lon, lat0], [lon, lat1]);
    }
    outline = { type: 'MultiPoint', coordinates: ring };
    projection.rotate([-centre, 0]);
  }
  projection.fitExtent(
    [
      [MARGIN, MARGIN],
      [WIDTH - MARGIN, 520],
    ],
    outline as GeoJSON.Geometry,
  );
  const [[, top], [, bottom]] = geoPath(projection).bounds(outline as GeoJSON.Geometry);
  const [tx, ty] = projection.translate();
  projection.translate([tx, ty - top + MARGIN]);
  return { projection, height: bottom - top + 2 * MARGIN, world };
}

interface Box {
  x: number;
  y: number;
  w: number;
  h: number;
}

const overlaps = (a: Box, b: Box) => a.x < b.x + b.w && b.x < a.x + a.w && a.y < b.y + b.h && b.y < a.y + a.h;

/** Where a label goes: beside its point, else further away (with a leader line), not over another label. */
function placeLabel(ax: number, ay: number, w: number, placed: Box[], bounds: Box): Box {
  const h = LABEL + 4;
  const candidates: [number, number][] = [
    [ax + 6, ay - h / 2],
    [ax - 6 - w, ay - h / 2],
    [ax - w / 2, ay - h - 5],
    [ax - w / 2, ay + 5],
  ];
  for (let k = 1; k <= 8; k++)
    candidates.push(
      [ax + 10, ay - h / 2 + (h + 2) * k],
      [ax + 10, ay - h / 2 - (h + 2) * k],
      [ax - 10 - w, ay - h / 2 + (h + 2) * k],
      [ax - 10 - w, ay - h / 2 - (h + 2) * k],
    );
  const inside = (b: Box) =>
    b.x >= bounds.x &&
    b.y >= bounds.y &&
    b.x + b.w <= bounds.x + bounds.w &&
    b.y + b.h <= bounds.y + bounds.h;
  const boxes = candidates.map(([x, y]) => ({ x, y, w, h })).filter(inside);
  return (
    boxes.find((b) => !placed.some((p) => overlaps(p, b))) ?? boxes[0] ?? { x: ax + 6, y: ay - h / 2, w, h }
  );
}

/**
 * Countries shaded by their count on a light-to-dark ramp, each labelled with its name and count. A
 * country too small for the 1:110m atlas is a marker at its place in the 1:50m one; one in neither
 * (no ISO code, or a region) is returned as unplaced for the caller to list.
 */
export function countryMap(spec: CountryMapSpec): { svg: string; unplaced: MapCountry[] } {
  const drawn = atlas('110m').filter((s) => s.id !== ANTARCTICA);
  const counted = spec.countries.filter((c) => c.count > 0);
  const max = Math.max(0, ...counted.map((c) => c.count));
  const located = counted.map((c) => {
    const shape = findShape(drawn, c.code);
    return { country: c, shape, marker: shape ? undefined : findShape(atlas('50m'), c.code) };
  });
  const unplaced = located.filter((l) => !l.shape && !l.marker).map((l) => l.country);
  const shown = located.flatMap((l) => l.shape ?? l.marker ?? []);
  const { projection, height: mapHeight, world } = projectionFor(shown);
  const path = geoPath(projection).digits(1);
  const view: Box = { x: 0, y: 0, w: WIDTH, h: mapHeight };
  const visible = (s: Shape) => {
    const [[x0, y0], [x1, y1]] = path.bounds(s);
    return overlaps({ x: x0, y: y0, w: x1 - x0, h: y1 - y0 }, view);
  };
  const countOf = new Map(located.filter((l) => l.shape).map((l) => [l.shape, l.country]));
  const land = drawn
    .filter((s) => !countOf.has(s) && visible(s))
    .map((s) => `<path d="${path(s)}"/>`)
    .join('');
  // land beyond the region drawn is cut off at its edge, above the legend
  const parts = [
    `<clipPath id="${spec.id}-clip"><rect width="${WIDTH}" height="${px(mapHeight)}"/></clipPath>`,
    `<g clip-path="url(#${spec.id}-clip)">`,
    world ? `<path d="${path({ type: 'Sphere' })}" fill="none" stroke="#bdbdbd"/>` : '',
    `<g fill="${EMPTY}" stroke="#9e9e9e" stroke-width="0.5">${land}</g>`,
  ];
  const anchors: { country: MapCountry; x: number; y: number; marker: boolean }[] = [];
  for (const l of located) {
    const shape = l.shape ?? l.marker;
    if (!shape) continue;
    const [x, y] = path.centroid(mainland(shape));
    anchors.push({ country: l.country, x, y, marker: !l.shape });
    if (l.shape)
      parts.push(
        `<g><title>${escapeXml(`${l.country.name}: ${l.country.count} ${spec.unit}`)}</title><path d="${path(l.shape)}" fill="${rampFill(l.country.count, max)}" stroke="${INK}" stroke-width="0.7"/></g>`,
      );
  }
  parts.push(
    world ? '</g>' : `<rect width="${WIDTH}" height="${px(mapHeight)}" fill="none" stroke="#bdbdbd"/></g>`,
  );
  const placed: Box[] = anchors.map((a) => ({ x: a.x - 3, y: a.y - 3, w: 6, h: 6 }));
  const labels: string[] = [];
  const order = [...anchors].sort((a, b) => b.country.count - a.country.count || a.x - b.x);
  for (const a of order) {
    const text = `${a.country.name} ${a.country.count}`;
    const box = placeLabel(a.x, a.y, textWidth(text, LABEL) + 4, placed, view);
    placed.push(box);
    const far = Math.hypot(box.x + box.w / 2 - a.x, box.y + box.h / 2 - a.y) > box.w / 2 + 14;
    const toX = box.x > a.x ? box.x : box.x + box.w;
    labels.push(
      `<g><title>${escapeXml(`${a.country.name}: ${a.country.count} ${spec.unit}`)}</title>`,
      far
        ? `<line x1="${px(a.x)}" y1="${px(a.y)}" x2="${px(toX)}" y2="${px(box.y + box.h / 2)}" stroke="${INK}" stroke-width="0.7"/>`
        : '',
      a.marker
        ? `<circle cx="${px(a.x)}" cy="${px(a.y)}" r="4.5" fill="${rampFill(a.country.count, max)}" stroke="${INK}"/>`
        : `<circle cx="${px(a.x)}" cy="${px(a.y)}" r="2" fill="${INK}"/>`,
      `<text x="${px(box.x + 2)}" y="${px(box.y + box.h / 2)}" dominant-baseline="central" font-size="${LABEL}" fill="${INK}" stroke="#ffffff" stroke-width="3.5" stroke-linejoin="round" paint-order="stroke">`,
      `${escapeXml(a.country.name)} <tspan font-weight="bold">${a.country.count}</tspan></text></g>`,
    );
  }
  parts.push(labels.join(''));
  const legend = rampLegend(
    MARGIN,
    mapHeight + 4,
    max,
    `${spec.unit[0]?.toUpperCase()}${spec.unit.slice(1)} per country:`,
  );
  parts.push(legend.svg);
  const height = mapHeight + 28;
  if (unplaced.length)
    parts.push(
      `<text x="${px(MARGIN + legend.width + 16)}" y="${px(mapHeight + 13)}" fill="${MUTED}">Not on the map: ${escapeXml(
        describeValues(
          unplaced.map((u) => ({ label: u.name, value: u.count })),
          spec.unit,
        ),
      )}</text>`,
    );
  const description = `Map of countries, darker countries count more ${spec.unit}. ${
    counted.length
      ? describeValues(
          counted.map((c) => ({ label: c.name, value: c.count })),
          spec.unit,
        )
      : `No ${spec.unit}`
  }.`;
  return {
    svg: svgDocument({ id: spec.id, title: spec.title, description, width: WIDTH, height }, parts.join('')),
    unplaced,
  };
}
