// National hubs and their clusters: Point markers. A missing or unknown `type` is inferred
// (cluster when it names a parent hub, else hub) with a warning; `region_ids` defaults to [].
import { HUB_ROLES, HUB_TYPES, type Hub, type HubType } from '../domain/atlas';
import { describeValue } from './dataIssue';
import { defineFeatureParser, type LayerParser } from './defineFeatureParser';
import { warn } from './featureContext';
import { readPoint } from './readGeometry';

export const parseHub: LayerParser<Hub> = defineFeatureParser(
  readPoint, ({ common, geometry, read, ctx }) => {
  const parentHubId = read.string('parent_hub_id');
  let type: HubType | undefined = read.optionalEnum('type', HUB_TYPES);
  if (type === undefined) {
    type = parentHubId === undefined ? 'hub' : 'cluster';
    if (read.props.type === undefined) {
      warn(ctx, `type is missing; read as '${type}'`);
    } else {
      warn(ctx, `type ${describeValue(read.props.type)} read as '${type}'`);
    }
  }
  return {
    ...common,
    position: geometry,
    type,
    role: read.optionalEnum('role', HUB_ROLES),
    parentHubId,
    regionIds: read.stringArray('region_ids') ?? [],
    pueTargetMax: read.number('pue_target_max'),
    rackUtilisationTargetMinPct: read.number('rack_utilisation_target_min_pct'),
    latencyTargetMs: read.number('latency_target_ms'),
    approved: read.string('approved'),
  };
});
