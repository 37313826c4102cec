// Compute measurements, on data centres only: hubs and regions have no PUE, capacity, status or
// operator of their own, so these constraints do not apply to them.
import type { DataCentre } from '../atlas';
import type { ConstraintContext } from './createConstraintContext';
import type { ConstraintOf } from './constraint';
import { MEASURED_LAYERS } from './measuredLayers';
import { NOT_APPLICABLE, unknown, value, type Measurement, type Subject } from './measurement';

function onDataCentre(subject: Subject, read: (site: DataCentre) => Measurement): Measurement {
  return subject.layer === MEASURED_LAYERS.computeSites ? read(subject.record) : NOT_APPLICABLE;
}

const known = (measured: number | string | undefined) =>
  measured === undefined ? unknown('missing_value') : value(measured);

/** Design PUE, for data centres in clusters of the constraint's hub role (all when 'any'). */
export function designPue(
  context: ConstraintContext,
  subject: Subject,
  constraint: ConstraintOf<'maxPue'>,
): Measurement {
  return onDataCentre(subject, (site) => {
    if (constraint.hubRole !== 'any') {
      const cluster =
        site.hubClusterId === undefined ? undefined : context.hubById.get(site.hubClusterId);
      if (cluster?.role !== constraint.hubRole) return NOT_APPLICABLE;
    }
    return known(site.designPue);
  });
}

export const capacityMw = (subject: Subject) =>
  onDataCentre(subject, (site) => known(site.capacityMw));

export const siteStatus = (subject: Subject) => onDataCentre(subject, (site) => value(site.status));

export const operatorName = (subject: Subject) =>
  onDataCentre(subject, (site) => known(site.operator));
