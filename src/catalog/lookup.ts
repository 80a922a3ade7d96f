/**
 * Indexed views over a resolved catalog: find an entry by id or slug, and gather the controls that apply
 * to a threat by each route (own, inherited, from threat groups, mentioned). The mirrors of the stored
 * relations (a control's threats and groups, a threat's children) are derived once, in `assemble.ts`.
 *
 * How library code receives the catalog: as a `Lookup` (the catalog itself is `lookup.catalog`), built
 * once by the caller. Only the checks of a catalog as stated (`validate`, `checkPages`) take a bare
 * `Catalog`, and the diagram renderers take their own input, a `DiagramSource`.
 */
import { catalog as realCatalog } from './index.ts';
import type {
  Catalog,
  Control,
  ControlGroup,
  ControlRef,
  Part,
  StandardRef,
  Threat,
  ThreatGroup,
} from './types.ts';
import { entryPath } from './urls.ts';

/** A threat or a control. */
export type Entry = Threat | Control;

/** The controls that apply to a threat, by where the relation comes from. */
export interface ThreatControls {
  /** Controls described for the threat itself. */
  readonly own: readonly Control[];
  /** Controls of the parent threat, which apply to its children too. */
  readonly inherited: readonly Control[];
  /** Controls of the threat groups the threat refers to (e.g. all threats through use). */
  readonly fromGroups: readonly {
    readonly group: ThreatGroup;
    readonly controls: readonly Control[];
  }[];
  /** Controls described under another threat that also reduce this one. */
  readonly mentioned: readonly Control[];
  /** Whether the general controls apply. */
  readonly general: boolean;
}

/** Lookups over one catalog. */
export interface Lookup {
  readonly catalog: Catalog;
  /** The threat with this id; throws with a hint when there is none. */
  threat(id: string): Threat;
  /** The control with this id; throws with a hint when there is none. */
  control(id: string): Control;
  /** The threat or control with this id, or undefined. */
  findEntry(id: string): Entry | undefined;
  /** The threat or control with this id; throws with a hint when there is none. */
  entry(id: string): Entry;
  /** Whether an entry is a threat. */
  isThreat(entry: Entry): entry is Threat;
  /** The page of a threat or control. */
  pathOf(entry: Entry): string;
  /** The parent, children and related threats of a threat, in that order. */
  relatedThreats(threat: Threat): readonly Threat[];
  /** The control group with this id. */
  group(id: string): ControlGroup;
  /** The part with this id. */
  part(id: string): Part;
  /** The threat group whose controls a control-reference points to. */
  threatGroupByRef(ref: ControlRef): ThreatGroup | undefined;
  /** Every control that applies to a threat, by origin. */
  controlsOfThreat(threat: Threat): ThreatControls;
  /** Every control id that applies to a threat specifically (own, inherited, group, mentioned). */
  specificControlIds(threat: Threat): ReadonlySet<string>;
  /** The threats a control reduces, as entries. */
  threatsOfControl(control: Control): readonly Threat[];
  /** The groups a control is listed in, primary first. */
  groupsOfControl(control: Control): readonly ControlGroup[];
  /** The threats of a part, in document order. */
  threatsOfPart(partId: string): readonly Threat[];
  /** The controls described in a part, in document order. */
  controlsOfPart(partId: string): readonly Control[];
  /** The threat group that opens a part (parts 2 to 4), whose controls apply to all its threats. */
  threatGroupOfPart(part: Part): ThreatGroup | undefined;
}

/** Builds the lookups for a catalog. */
export function createLookup(catalog: Catalog): Lookup {
  const threats = new Map(catalog.threats.map((t) => [t.id as string, t]));
  const controls = new Map(catalog.controls.map((c) => [c.id as string, c]));
  const groups = new Map(catalog.controlGroups.map((g) => [g.id as string, g]));
  const parts = new Map(catalog.parts.map((p) => [p.id as string, p]));

  const need = <T>(map: Map<string, T>, id: string, kind: string, list: string): T => {
    const found = map.get(id);
    if (!found) {
      throw new Error(
        `Unknown ${kind} id \`${id}\`. Hint: use one of the ids in src/catalog/${list}.`,
      );
    }
    return found;
  };
  const controlList = (ids: readonly string[]) =>
    ids.map((id) => need(controls, id, 'control', 'controls.ts'));
  const threatGroupByRef = (ref: ControlRef) =>
    catalog.threatGroups.find((g) => g.referencedAs === ref);

  const controlsOfThreat = (threat: Threat): ThreatControls => {
    const parent = threat.parent ? threats.get(threat.parent) : undefined;
    const fromGroups = threat.controlRefs.flatMap((ref) => {
      const group = threatGroupByRef(ref);
      return group ? [{ group, controls: controlList(group.controls) }] : [];
    });
    return {
      own: controlList(threat.controls),
      inherited: parent ? controlList(parent.controls) : [],
      fromGroups,
      mentioned: controlList(threat.mentionedControls),
      general: threat.generalControlsApply,
    };
  };

  return {
    catalog,
    threat: (id) => need(threats, id, 'threat', 'threats.ts'),
    control: (id) => need(controls, id, 'control', 'controls.ts'),
    findEntry: (id) => threats.get(id) ?? controls.get(id),
    entry(id) {
      const found = threats.get(id) ?? controls.get(id);
      if (!found) {
        throw new Error(
          `Unknown catalog id \`${id}\`. Hint: ids are upper-case, e.g. \`RATELIMIT\`; see src/catalog/ids.ts.`,
        );
      }
      return found;
    },
    isThreat: (entry): entry is Threat => threats.get(entry.id) === entry,
    pathOf: (entry) => entryPath(threats.get(entry.id) === entry ? 'threat' : 'control', entry),
    relatedThreats: (threat) =>
      [...(threat.parent ? [threat.parent] : []), ...threat.children, ...threat.relatedThreats].map(
        (id) => need(threats, id, 'threat', 'threats.ts'),
      ),
    group: (id) => need(groups, id, 'control group', 'groups.ts'),
    part: (id) => need(parts, id, 'part', 'groups.ts'),
    threatGroupByRef,
    controlsOfThreat,
    specificControlIds(threat) {
      const c = controlsOfThreat(threat);
      return new Set(
        [...c.own, ...c.inherited, ...c.fromGroups.flatMap((g) => g.controls), ...c.mentioned].map(
          (x) => x.id,
        ),
      );
    },
    threatsOfControl: (control) =>
      control.threats.map((id) => need(threats, id, 'threat', 'threats.ts')),
    groupsOfControl: (control) =>
      [control.group, ...control.groups.filter((g) => g !== control.group)].map((id) =>
        need(groups, id, 'control group', 'groups.ts'),
      ),
    threatsOfPart: (partId) => catalog.threats.filter((t) => t.part === partId),
    controlsOfPart: (partId) => catalog.controls.filter((c) => c.part === partId),
    threatGroupOfPart: (part) => catalog.threatGroups.find((g) => g.id === part.threatGroup),
  };
}

/** Lookups over the real catalog. */
export const lookup: Lookup = createLookup(realCatalog);

/** The link of a standards reference: stored, or derived for OpenCRE ids. */
export function standardUrl(ref: StandardRef): string | undefined {
  if (ref.url) return ref.url;
  if (ref.framework === 'OpenCRE' && ref.ref) return `https://www.opencre.org/cre/${ref.ref}`;
  return undefined;
}

// The pages of framework items (ATLAS by the kind of id, the OWASP LLM Top 10 editions on genai.owasp.org,
// AISVS sections) are built by the URL rules of src/catalog/frameworks/index.ts.
