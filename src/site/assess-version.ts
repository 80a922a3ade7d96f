/**
 * The threat-model builder's model as this build publishes it, stamped with the rules version, the
 * site's version and the build date, which every export of the builder repeats.
 */
import type { AssessModel, AssessVersion } from '../catalog/assess.ts';
import { buildAssessModel, threatModelInput } from '../catalog/assess-model.ts';
import { lookup } from '../catalog/lookup.ts';
import { THREAT_MODEL_RULES_VERSION } from '../catalog/risk.ts';
import { BUILD_DATE, SITE_VERSION } from './build-info.ts';

/** This build's rules and catalog version. */
export const assessVersion: AssessVersion = {
  rules: THREAT_MODEL_RULES_VERSION,
  catalog: SITE_VERSION,
  built: BUILD_DATE,
};

/** The builder's model of this build. */
export function siteAssessModel(): AssessModel {
  return buildAssessModel(lookup, threatModelInput, assessVersion);
}
