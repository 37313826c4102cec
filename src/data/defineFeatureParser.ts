// Builds a layer's feature parser from its geometry reader and a property mapping, so each layer
// file says only what is particular to it. A parser never throws: bad input becomes issues.
import type { FeatureCommon } from '../domain/atlas';
import type { LayerId } from '../domain/layerFamilies';
import type { DataIssue } from './dataIssue';
import { createFeatureContext, fail, type FeatureContext } from './featureContext';
import { parseCommon } from './parseCommon';
import { createPropertyReader, type PropertyReader } from './propertyReader';
import type { GeometryResult } from './readGeometry';

export interface FeatureParseResult<T> {
  /** The record, or undefined when the feature was dropped (an error says why). */
  readonly record: T | undefined;
  readonly issues: readonly DataIssue[];
}

/** Turns one GeoJSON Feature (unchecked) at `index` of `features` into a record or issues. */
export type FeatureParser<T> = (feature: unknown, index: number) => FeatureParseResult<T>;

/** A parser before its layer is named: issues name the layer it is bound to (featureParsers.ts). */
export type LayerParser<T> = (
  feature: unknown,
  index: number,
  layerId: LayerId,
) => FeatureParseResult<T>;

export interface FeatureParts<G> {
  readonly common: FeatureCommon;
  readonly geometry: G;
  readonly read: PropertyReader;
  readonly ctx: FeatureContext;
}

function withoutUndefined<T extends object>(record: T): T {
  const entries = Object.entries(record).filter(([, value]) => value !== undefined);
  return Object.fromEntries(entries) as T;
}

function isObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

export function defineFeatureParser<T extends FeatureCommon, G>(
  readGeometry: (geometry: unknown) => GeometryResult<G>,
  build: (parts: FeatureParts<G>) => T,
): LayerParser<T> {
  return (feature, index, layerId) => {
    const ctx = createFeatureContext(layerId, index);
    const dropped = (message: string): FeatureParseResult<T> => {
      fail(ctx, message);
      return { record: undefined, issues: ctx.issues };
    };
    if (!isObject(feature) || feature.type !== 'Feature') {
      return dropped('is not a GeoJSON Feature; dropped');
    }
    if (!isObject(feature.properties)) return dropped('has no properties object; dropped');
    const read = createPropertyReader(feature.properties, ctx);
    const common = parseCommon(read, ctx, feature.id);
    if (common === undefined) return { record: undefined, issues: ctx.issues };
    const geometry = readGeometry(feature.geometry);
    if (!geometry.ok) return dropped(`${geometry.reason}; feature dropped`);
    const record = build({ common, geometry: geometry.value, read, ctx });
    return { record: withoutUndefined(record), issues: ctx.issues };
  };
}
