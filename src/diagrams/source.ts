/**
 * What the diagrams are drawn from: the parts of the catalog they show. Renderers take this as an
 * argument instead of importing the catalog, so tests can draw a changed copy (a renamed threat).
 */
import {
  architectureElements,
  architectureFlows,
  catalog,
  diagramVariants,
  impactLegend,
  matrixRows,
  riskRules,
} from '../catalog/index.ts';
import type {
  ArchitectureElement,
  ArchitectureFlow,
  Catalog,
  DiagramVariant,
  ImpactLegendItem,
  MatrixRow,
  RiskRule,
} from '../catalog/types.ts';

/** The facts the diagrams show: the catalog and the overview facts about its diagrams. */
export interface DiagramSource extends Catalog {
  readonly impactLegend: readonly ImpactLegendItem[];
  readonly matrixRows: readonly MatrixRow[];
  readonly architectureElements: readonly ArchitectureElement[];
  readonly architectureFlows: readonly ArchitectureFlow[];
  readonly diagramVariants: readonly DiagramVariant[];
  readonly riskRules: readonly RiskRule[];
}

/** The real catalog, as diagram input. */
export const catalogSource: DiagramSource = {
  ...catalog,
  impactLegend,
  matrixRows,
  architectureElements,
  architectureFlows,
  diagramVariants,
  riskRules,
};

/** Indexes over a source, with errors that name the missing id and where ids are defined. */
export function indexSource(src: DiagramSource) {
  const threatById = new Map(src.threats.map((t) => [t.id as string, t]));
  const controlById = new Map(src.controls.map((c) => [c.id as string, c]));
  const groupById = new Map(src.controlGroups.map((g) => [g.id as string, g]));
  const need = <T>(map: Map<string, T>, id: string, where: string): T => {
    const v = map.get(id);
    if (!v)
      throw new Error(
        `Diagram input names unknown id \`${id}\`. Hint: define it in src/catalog/${where} or fix the reference.`,
      );
    return v;
  };
  return {
    threat: (id: string) => need(threatById, id, 'threats.ts'),
    control: (id: string) => need(controlById, id, 'controls.ts'),
    group: (id: string) => need(groupById, id, 'groups.ts'),
    groupIndex: (id: string) => src.controlGroups.findIndex((g) => g.id === id),
    meaning: (code: string) => src.impactLegend.find((i) => i.code === code)?.meaning ?? code,
  };
}
